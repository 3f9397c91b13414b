/**
 * Memory per request: the JS heap and the memory outside it (`external`: buffers and array buffers,
 * where response bodies land) each contender allocates per GET, and what a kept result holds, measured
 * in a child process (bench/memory-child.ts) against a server in another process (its memory does not
 * count).
 */
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { estimate, fmtEstimate, markdownTable, pairedRatios, type Estimate } from "./stats.ts";

const root = resolve(import.meta.dirname, "..");
type Samples = Record<"heap" | "external" | "heldExternal", number[]>;

function runChild(): Promise<Record<string, Samples>> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--expose-gc", "--max-semi-space-size=128", resolve(import.meta.dirname, "memory-child.ts")], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("error", fail);
    child.on("exit", (code) => (code === 0 ? done(JSON.parse(out)) : fail(new Error(`memory child exited ${code}`))));
  });
}

export interface MemoryResult {
  markdown: string;
  /** The client's figure ÷ bare openapi-fetch's, batch by batch, by measure. */
  ratios: Record<"heap" | "external" | "heldExternal", Estimate>;
}

export async function memoryPerRequest(): Promise<MemoryResult> {
  const samples = await runChild();
  const bare = samples["openapi-fetch (bare)"]!;
  const scalev = samples["scalev client"]!;
  const kb = (values: number[]) => {
    const e = estimate(values.map((v) => v / 1024));
    return `${e.median.toFixed(2)} KB [${e.low.toFixed(2)}–${e.high.toFixed(2)}]`;
  };
  const rows = Object.entries(samples).map(([name, s]) => [name, kb(s.heap), kb(s.external), kb(s.heldExternal)]);
  const ratio = (measure: keyof Samples) => estimate(pairedRatios(scalev[measure], bare[measure]));
  const ratios = { heap: ratio("heap"), external: ratio("external"), heldExternal: ratio("heldExternal") };
  const markdown = [
    `Per sequential GET of the ~4 KB order, ${bare.heap.length} batches of 200 per contender, median [95 % interval]. *Allocated*: \`heapUsed\` and \`external\` (buffers and array buffers, outside the JS heap) after a batch minus before it, in a process with a 128 MB young generation so that no garbage collection runs during a batch (checked with a GC observer; such a batch is measured again). *Held*: the same after a full collection, with every result of the batch kept by the caller (as an app that keeps \`{ data, response }\` does). The server runs in another process.`,
    "",
    markdownTable(["contender", "JS heap allocated", "outside the heap allocated", "outside the heap held per kept result"], rows),
    "",
    markdownTable(
      ["scalev client ÷ bare openapi-fetch (batch by batch)", "median [95 % interval]"],
      [
        ["JS heap allocated", fmtEstimate(ratios.heap)],
        ["outside the JS heap allocated", fmtEstimate(ratios.external)],
        ["outside the JS heap held per kept result", fmtEstimate(ratios.heldExternal)],
      ],
    ),
  ].join("\n");
  return { markdown, ratios };
}
