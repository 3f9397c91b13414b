import createClient from "openapi-fetch";
import { createServer } from "node:http";
import type { paths } from "../generated/schema.d.ts";
import { createScalevClient } from "../src/index.ts";
const body = JSON.stringify({ id: "x", order_id: "y", items: Array.from({ length: 20 }, (_, i) => ({ i })) });
const server = createServer((_q, res) => { res.writeHead(200, { "content-type": "application/json", "content-length": String(body.length), "x-ratelimit-limit": "100", "x-ratelimit-remaining": "99", "x-ratelimit-reset": "10" }); res.end(body); });
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const url = `http://127.0.0.1:${(server.address() as any).port}`;
const bare = createClient<paths>({ baseUrl: url });
const scalev = createScalevClient({ baseUrl: url, apiKey: "sk_x_000000000" });
const calls: Record<string, () => Promise<unknown>> = {
  bare: () => bare.GET("/v3/orders/{id}", { params: { path: { id: "abc" } }, headers: { Authorization: "Bearer sk_x" } }),
  scalev: () => scalev.GET("/v3/orders/{id}", { params: { path: { id: "abc" } } }),
};
const totals: Record<string, number> = { bare: 0, scalev: 0 };
for (let round = 0; round < 8; round++) {
  for (const [name, call] of (round % 2 ? Object.entries(calls).reverse() : Object.entries(calls))) {
    const n = 1500; const t = performance.now();
    for (let i = 0; i < n; i++) await call();
    const us = ((performance.now() - t) * 1000) / n;
    if (round >= 2) totals[name] += us;
  }
}
console.log(Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, (v / 6).toFixed(1)])), (totals.scalev / totals.bare).toFixed(3));
server.close();
