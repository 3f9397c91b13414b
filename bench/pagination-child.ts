/** Child process of the pagination benchmark: pages through a local server and reports time and peak RSS. */
import { createScalevClient, paginate } from "../src/index.ts";

const [mode, baseUrl] = process.argv.slice(2) as ["stream" | "array", string];
const scalev = createScalevClient({ baseUrl, apiKey: "sk_bench_0000000000000000" });
const start = performance.now();
let count = 0;
if (mode === "stream") {
  for await (const order of paginate(scalev, "/v3/orders", {}, { maxPages: Infinity })) if (order.order_id) count++;
} else {
  const all = await paginate.collect(scalev, "/v3/orders", {}, { maxPages: Infinity });
  count = all.length;
}
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ count, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
