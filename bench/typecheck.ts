/**
 * Type-check cost, with tsc 5.9's --extendedDiagnostics on fixtures that import the built package:
 * - the first paginate() in a file against a cursor loop written by hand with the client's GET (the
 *   same file otherwise), in interleaved runs, as paired ratios of check time with an interval;
 * - a consumer of 100 typed calls across all tags and one paginated loop against the same on bare
 *   openapi-fetch, and the wall time of the native TypeScript 7 compiler on both (installed into
 *   bench/.tmp).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { estimate, fmtEstimate, fmtSummary, markdownTable, pairedRatios, summarize, type Estimate } from "./stats.ts";
import { writeLoopFixtures, writeTypecheckFixtures } from "./typecheck-fixture.ts";

const root = resolve(import.meta.dirname, "..");
const tmp = join(root, "bench", ".tmp");
const tsc = join(root, "node_modules", "typescript", "lib", "tsc.js");

interface Diagnostics {
  checkSeconds: number;
  totalSeconds: number;
  memoryMb: number;
  instantiations: number;
  errors: number;
}

function runTsc(fixtureDir: string): Diagnostics {
  const result = spawnSync(process.execPath, [tsc, "-p", join(fixtureDir, "tsconfig.json"), "--extendedDiagnostics"], { encoding: "utf8" });
  const out = result.stdout + result.stderr;
  const number = (label: string) => Number((out.match(new RegExp(`${label}:\\s+([\\d.]+)`)) ?? [])[1] ?? NaN);
  return {
    checkSeconds: number("Check time"),
    totalSeconds: number("Total time"),
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

/** Runs every fixture once per round, in an order rotated every round. */
function interleavedRuns(fixtures: Record<string, string>, runs: number): Record<string, Diagnostics[]> {
  const names = Object.keys(fixtures);
  const samples: Record<string, Diagnostics[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + run) % names.length]!;
      samples[name]!.push(runTsc(fixtures[name]!));
    }
  }
  return samples;
}

export interface TypecheckResult {
  markdown: string;
  /** Check time of the file with paginate() ÷ the file with the hand-written loop, run by run. */
  firstPaginate: Estimate;
  /** Instantiations of the 100-call consumer on this package ÷ on bare openapi-fetch (results not used). */
  instantiationRatio: number;
  /** The same when each call's `error` is read. */
  instantiationRatioReadingErrors: number;
}

export async function typecheckCost({ loopRuns = 12, consumerRuns = 2 } = {}): Promise<TypecheckResult> {
  const version = execFileSync(process.execPath, [tsc, "--version"], { encoding: "utf8" }).trim();

  // The first paginate() in a file against a hand-written loop.
  rmSync(join(tmp, "typecheck-loops"), { recursive: true, force: true });
  const loops = interleavedRuns(writeLoopFixtures(join(tmp, "typecheck-loops")), loopRuns);
  const check = (name: string) => loops[name]!.map((d) => d.checkSeconds);
  const firstPaginate = estimate(pairedRatios(check("paginate()"), check("hand-written loop")));
  const added = (name: string) => pairedRatios(check(name), check("client only")).map((ratio, i) => (ratio - 1) * check("client only")[i]!);
  const loopRows = Object.entries(loops).map(([name, list]) => [
    name,
    fmtEstimate(estimate(list.map((d) => d.checkSeconds)), 3, " s"),
    name === "client only" ? "" : fmtEstimate(estimate(added(name)), 3, " s"),
    String(list[0]!.instantiations),
    String(list[0]!.errors),
  ]);

  // 100 typed calls on this package and on bare openapi-fetch.
  rmSync(join(tmp, "typecheck"), { recursive: true, force: true });
  const fixtures = writeTypecheckFixtures(join(tmp, "typecheck"));
  const samples = interleavedRuns(fixtures, consumerRuns);
  const native = installNativeTsc();
  const nativeTimes: Record<string, number[]> = {};
  let nativeVersion = "not available (npm install typescript@7 failed)";
  if (native) {
    nativeVersion = execFileSync(process.execPath, [native, "--version"], { encoding: "utf8" }).trim();
    for (let i = 0; i < consumerRuns; i++) {
      for (const [name, dir] of Object.entries(fixtures)) (nativeTimes[name] ??= []).push(wallSeconds(process.execPath, [native, "-p", join(dir, "tsconfig.json")]));
    }
  }
  const base = samples["bare openapi-fetch"]!;
  const rows = Object.entries(samples).map(([name, list]) => {
    const inst = summarize(list.map((d) => d.instantiations));
    return [
      name,
      fmtSummary(summarize(list.map((d) => d.totalSeconds)), 2, " s"),
      `${summarize(list.map((d) => d.memoryMb)).median.toFixed(0)} MB`,
      inst.median,
      (inst.median / summarize(base.map((d) => d.instantiations)).median).toFixed(2),
      list[0]!.errors,
      native ? fmtSummary(summarize(nativeTimes[name]!), 2, " s") : "n/a",
    ];
  });
  const instantiationRatio = summarize(samples["scalev client"]!.map((d) => d.instantiations)).median / summarize(base.map((d) => d.instantiations)).median;

  // The same calls, each result's `error` read.
  rmSync(join(tmp, "typecheck-read"), { recursive: true, force: true });
  const reading = Object.fromEntries(Object.entries(writeTypecheckFixtures(join(tmp, "typecheck-read"), 100, true)).map(([name, dir]) => [name, runTsc(dir)]));
  const instantiationRatioReadingErrors = reading["scalev client"]!.instantiations / reading["bare openapi-fetch"]!.instantiations;

  const markdown = [
    `\`${version}\` with \`--extendedDiagnostics\`, on fixtures that import the built package (dist/).`,
    "",
    `**The first paginate() in a file.** Three files that create a client (bench/typecheck-fixture.ts): with nothing else, with a cursor loop over \`GET /v3/orders\` written by hand with the client's GET, and with the same loop through \`paginate()\`. ${loopRuns} runs of each, in an order rotated every run; check time median [95 % interval], and what the loop adds to the client-only file (paired per run).`,
    "",
    markdownTable(["file", "check time", "added by the loop", "instantiations", "type errors"], loopRows),
    "",
    `paginate() ÷ hand-written loop, check time of the file, run by run: **${fmtEstimate(firstPaginate)}**.`,
    "",
    `**A consumer of 100 typed calls** across all tags plus one paginated loop (the same calls on both clients); ${consumerRuns} runs each; native compiler: \`${nativeVersion}\`, wall time including process start.`,
    "",
    markdownTable(["fixture", "tsc 5.9 total time", "memory", "instantiations", "× bare", "type errors", "native tsc 7 wall time"], rows),
    "",
    `The same calls, each written \`if ((await client.GET(…)).error) return;\` (code that checks its calls): ${reading["scalev client"]!.instantiations} instantiations on this package, ${reading["bare openapi-fetch"]!.instantiations} on bare openapi-fetch (**${instantiationRatioReadingErrors.toFixed(2)}×**; type errors: ${reading["scalev client"]!.errors} and ${reading["bare openapi-fetch"]!.errors}). A result nobody reads leaves openapi-fetch's error type unresolved, while the client's call type (its \`error\` is never a string: src/client-types.ts) resolves it at the call.`,
  ].join("\n");
  return { markdown, firstPaginate, instantiationRatio, instantiationRatioReadingErrors };
}
