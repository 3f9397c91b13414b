/**
 * Type-check cost of a consumer fixture (100 typed calls across all tags plus pagination) on this
 * package vs bare openapi-fetch vs an empty program, with tsc 5.9's --extendedDiagnostics, and the
 * wall time of the native TypeScript 7 compiler on the same fixtures (installed into bench/.tmp).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { markdownTable, summarize, fmtSummary, ratio, type Summary } from "./stats.ts";
import { writeTypecheckFixtures } from "./typecheck-fixture.ts";

const root = resolve(import.meta.dirname, "..");
const tmp = join(root, "bench", ".tmp");

interface Diagnostics {
  seconds: number;
  memoryMb: number;
  instantiations: number;
  errors: number;
}

function runTsc(tscJs: string, fixtureDir: string): Diagnostics {
  const result = spawnSync(process.execPath, [tscJs, "-p", join(fixtureDir, "tsconfig.json"), "--extendedDiagnostics"], { encoding: "utf8" });
  const out = result.stdout + result.stderr;
  const number = (label: string) => Number((out.match(new RegExp(`${label}:\\s+([\\d.]+)`)) ?? [])[1] ?? NaN);
  return {
    seconds: number("Total time"),
    memoryMb: number("Memory used") / 1024,
    instantiations: number("Instantiations"),
    errors: (out.match(/error TS\d+/g) ?? []).length,
  };
}

function installNativeTsc(): string | undefined {
  const dir = join(tmp, "ts7");
  const bin = join(dir, "node_modules", "typescript", "bin", "tsc");
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    const install = spawnSync("npm", ["install", "--prefix", dir, "--no-save", "--no-audit", "--no-fund", "typescript@7"], { encoding: "utf8" });
    if (install.status !== 0 || !existsSync(bin)) return undefined;
  }
  return bin;
}

function wallSeconds(command: string, args: string[]): number {
  const start = performance.now();
  spawnSync(command, args, { encoding: "utf8" });
  return (performance.now() - start) / 1000;
}

export async function typecheckCost({ runs = 2, build = true } = {}) {
  if (build) execFileSync(join(root, "node_modules", ".bin", "tsdown"), { cwd: root, stdio: "ignore" }); // the fixture imports dist/
  rmSync(join(tmp, "typecheck"), { recursive: true, force: true });
  const fixtures = writeTypecheckFixtures(join(tmp, "typecheck"));
  const tsc = join(root, "node_modules", "typescript", "lib", "tsc.js");
  const version = execFileSync(process.execPath, [tsc, "--version"], { encoding: "utf8" }).trim();
  const samples: Record<string, Diagnostics[]> = {};
  for (let i = 0; i < runs; i++) for (const [name, dir] of Object.entries(fixtures)) (samples[name] ??= []).push(runTsc(tsc, dir));

  const native = installNativeTsc();
  const nativeTimes: Record<string, number[]> = {};
  let nativeVersion = "not available (npm install typescript@7 failed)";
  if (native) {
    nativeVersion = execFileSync(process.execPath, [native, "--version"], { encoding: "utf8" }).trim();
    for (let i = 0; i < runs; i++)
      for (const [name, dir] of Object.entries(fixtures)) (nativeTimes[name] ??= []).push(wallSeconds(process.execPath, [native, "-p", join(dir, "tsconfig.json")]));
  }

  const base = samples["bare openapi-fetch"]!;
  const rows = Object.entries(samples).map(([name, list]) => {
    const time = list.map((d) => d.seconds);
    const inst = summarize(list.map((d) => d.instantiations));
    return [
      name,
      fmtSummary(summarize(time), 2, " s"),
      fmtSummary(ratio(time, base.map((d) => d.seconds)), 2),
      `${summarize(list.map((d) => d.memoryMb)).median.toFixed(0)} MB`,
      inst.median,
      (inst.median / summarize(base.map((d) => d.instantiations)).median).toFixed(2),
      list[0]!.errors,
      native ? fmtSummary(summarize(nativeTimes[name]!), 2, " s") : "n/a",
    ];
  });
  const timeRatio: Summary = ratio(samples["scalev client"]!.map((d) => d.seconds), base.map((d) => d.seconds));
  const instantiationRatio = summarize(samples["scalev client"]!.map((d) => d.instantiations)).median / summarize(base.map((d) => d.instantiations)).median;
  const markdown = [
    `Consumer fixture: 100 typed calls across all tags plus one paginated loop (same calls on both clients); ${runs} runs each. \`${version}\` with \`--extendedDiagnostics\` (total time, memory, instantiations); native compiler: \`${nativeVersion}\`, wall time including process start.`,
    "",
    markdownTable(["fixture", "tsc 5.9 total time", "× bare openapi-fetch", "memory", "instantiations", "× bare", "type errors", "native tsc 7 wall time"], rows),
  ].join("\n");
  return { markdown, timeRatio, instantiationRatio };
}
