/**
 * Child of memory.ts (run with --expose-gc and a young generation large enough that no collection runs
 * during a batch): per contender, the JS heap and the memory outside it (`external`: buffers, array
 * buffers) allocated per GET, and the memory outside the heap that stays held per result the caller keeps.
 */
import { PerformanceObserver } from "node:perf_hooks";
import { requestContenders } from "./contenders.ts";
import { orderServerProcess } from "./order-server.ts";
import { timeCalls } from "./request-overhead.ts";

const BATCH = 200;
const BATCHES = 12;
const gc = (globalThis as { gc?: () => void }).gc!;

const server = await orderServerProcess();

let collections = 0;
new PerformanceObserver((list) => (collections += list.getEntries().length)).observe({ entryTypes: ["gc"] });
const settle = () => new Promise((r) => setTimeout(r, 5)); // lets the GC observer report
const collect = async () => {
  gc();
  await settle();
  gc();
  await settle();
};

const { GET } = await requestContenders(server.url);
const contenders = ["openapi-fetch (bare)", "openapi-fetch (bare) + timeout signal", "scalev client"];
type Samples = { heap: number[]; external: number[]; heldExternal: number[] };
const result: Record<string, Samples> = {};
for (const name of contenders) {
  const call = GET[name]!.call;
  await timeCalls(call, 2_000, 1);
  const samples: Samples = { heap: [], external: [], heldExternal: [] };
  // Allocated: a batch with no collection during it (one that had one is measured again).
  while (samples.heap.length < BATCHES) {
    await collect();
    collections = 0;
    const before = process.memoryUsage();
    await timeCalls(call, BATCH, 1);
    const after = process.memoryUsage();
    await settle();
    if (collections > 0) continue;
    samples.heap.push((after.heapUsed - before.heapUsed) / BATCH);
    samples.external.push((after.external - before.external) / BATCH);
  }
  // Held: what the results the caller keeps still hold after a full collection.
  for (let i = 0; i < BATCHES; i++) {
    await collect();
    const before = process.memoryUsage();
    const kept: unknown[] = [];
    for (let j = 0; j < BATCH; j++) kept.push(await call());
    await collect();
    const after = process.memoryUsage();
    samples.heldExternal.push((after.external - before.external) / kept.length);
  }
  result[name] = samples;
}
process.stdout.write(JSON.stringify(result));
await server.close();
