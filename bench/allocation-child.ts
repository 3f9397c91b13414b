/** Child of allocation.ts: prints, per contender, the JS heap bytes allocated per request of each batch. */
import { spawn } from "node:child_process";
import { PerformanceObserver } from "node:perf_hooks";
import { resolve } from "node:path";
import { contenders, timeCalls } from "./request-overhead.ts";

const BATCH = 200;
const BATCHES = 10;
const gc = (globalThis as { gc?: () => void }).gc!;

const server = spawn(process.execPath, ["--import", "tsx", resolve(import.meta.dirname, "order-server.ts")], { stdio: ["pipe", "pipe", "inherit"] });
const url = await new Promise<string>((done) => server.stdout.once("data", (chunk) => done(String(chunk).trim())));

let collections = 0;
new PerformanceObserver((list) => (collections += list.getEntries().length)).observe({ entryTypes: ["gc"] });
const settle = () => new Promise((r) => setTimeout(r, 5)); // lets the GC observer report

const calls = await contenders(url);
const result: Record<string, number[]> = {};
for (const [name, call] of Object.entries(calls)) {
  await timeCalls(call, 2_000, 1);
  const bytes: number[] = [];
  while (bytes.length < BATCHES) {
    gc();
    await settle();
    collections = 0;
    const before = process.memoryUsage().heapUsed;
    await timeCalls(call, BATCH, 1);
    const after = process.memoryUsage().heapUsed;
    await settle();
    if (collections === 0) bytes.push((after - before) / BATCH);
  }
  result[name] = bytes;
}
process.stdout.write(JSON.stringify(result));
server.stdin.end();
server.kill();
