/**
 * Child process of the pagination benchmark: pages through a local server and reports time, peak RSS
 * and peak live heap (heap used right after a forced GC, sampled every 1,000 items; needs --expose-gc).
 * "array" keeps every item, as paginate.collect() does; "stream" keeps none.
 */
import { createScalevClient, paginate } from "../src/index.ts";

const [mode, baseUrl] = process.argv.slice(2) as ["stream" | "array", string];
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const scalev = createScalevClient({ baseUrl, apiKey: "sk_bench_0000000000000000" });
const kept: unknown[] = [];
let count = 0;
let peakLiveHeap = 0;
const start = performance.now();
for await (const order of paginate(scalev, "/v3/orders", {}, { maxPages: Infinity })) {
  if (mode === "array") kept.push(order);
  if (++count % 1000 === 0) {
    gc();
    peakLiveHeap = Math.max(peakLiveHeap, process.memoryUsage().heapUsed);
  }
}
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ count, ms, kept: kept.length, maxRssMb: process.resourceUsage().maxRSS / 1024, liveHeapMb: peakLiveHeap / 2 ** 20 }));
