/**
 * Allocation per request: JS heap bytes each contender allocates per sequential request, measured in
 * a child process whose young generation is large enough that no garbage collection runs during a
 * measured batch (a batch during which one ran is measured again), against a server in another
 * process (its allocations do not count).
 */
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { markdownTable, quantiles, fmtQuantiles, type Quantiles } from "./stats.ts";

const root = resolve(import.meta.dirname, "..");

export interface AllocationResult {
  markdown: string;
  /** Median JS heap bytes per request, by contender. */
  perRequest: Record<string, Quantiles>;
}

function runChild(): Promise<Record<string, number[]>> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--expose-gc", "--max-semi-space-size=128", resolve(import.meta.dirname, "allocation-child.ts")], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("error", fail);
    child.on("exit", (code) => (code === 0 ? done(JSON.parse(out)) : fail(new Error(`allocation child exited ${code}`))));
  });
}

export async function allocationPerRequest(): Promise<AllocationResult> {
  const samples = await runChild();
  const perRequest = Object.fromEntries(Object.entries(samples).map(([name, bytes]) => [name, quantiles(bytes)]));
  const bare = perRequest["openapi-fetch (bare)"]!.median;
  const kb = (q: Quantiles) => fmtQuantiles({ p25: q.p25 / 1024, median: q.median / 1024, p75: q.p75 / 1024 }, 1, " KB");
  const rows = Object.entries(perRequest).map(([name, q]) => [name, kb(q), (q.median / bare).toFixed(3)]);
  const markdown = [
    "JS heap bytes allocated per sequential request (GET of a ~4 KB order): `heapUsed` after a batch of 200 requests minus before it, in a process with a 128 MB young generation so that no garbage collection runs during a batch (checked with a GC observer; such a batch is measured again), against a server in another process. Median and 25th–75th percentiles over 10 batches per contender. Buffers outside the JS heap (socket data, the response bytes) are the same for every contender and not counted.",
    "",
    markdownTable(["contender", "allocated per request", "× bare openapi-fetch"], rows),
  ].join("\n");
  return { markdown, perRequest };
}
