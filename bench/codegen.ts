/** Wall time of lint, bundle + type generation (make generate) on the full spec. */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { markdownTable, summarize, fmtSummary } from "./stats.ts";

const root = resolve(import.meta.dirname, "..");
const bin = (name: string) => resolve(root, "node_modules", ".bin", name);

function wall(command: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8", env: { ...process.env, REDOCLY_TELEMETRY: "off" } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr}`);
  return (performance.now() - start) / 1000;
}

export async function codegenTime({ runs = 2 } = {}) {
  const steps = {
    "lint (redocly lint)": () => wall(bin("redocly"), ["lint", "spec/openapi.yaml"]),
    "bundle + types + route table (make generate)": () => wall(bin("tsx"), ["scripts/generate.ts"]),
  };
  const samples: Record<string, number[]> = {};
  for (let i = 0; i < runs; i++) for (const [name, step] of Object.entries(steps)) (samples[name] ??= []).push(step());
  const totals = samples[Object.keys(steps)[0]!]!.map((_, i) => Object.values(samples).reduce((sum, list) => sum + list[i]!, 0));
  const rows = [
    ...Object.entries(samples).map(([name, list]) => [name, fmtSummary(summarize(list), 2, " s")]),
    ["**total**", fmtSummary(summarize(totals), 2, " s")],
  ];
  const markdown = [`${runs} runs of each step, each a fresh process (what a developer types).`, "", markdownTable(["step", "wall time"], rows)].join("\n");
  return { markdown, total: summarize(totals) };
}
