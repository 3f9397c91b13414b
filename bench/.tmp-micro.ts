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
import { retryingFetch } from "../src/retry.ts";
const withMw = createClient<paths>({ baseUrl: url });
withMw.use({ onRequest: ({ request }) => { request.headers.set("Authorization", "Bearer sk_x"); return request; } });
const withFetch = createClient<paths>({ baseUrl: url, fetch: retryingFetch({ maxRetries: 2, timeoutMs: 60000, maxRetryDelayMs: 60000 }) as any });
const withFetchNoTimer = createClient<paths>({ baseUrl: url, fetch: retryingFetch({ maxRetries: 2, timeoutMs: Infinity, maxRetryDelayMs: 60000 }) as any });
const calls: Record<string, () => Promise<unknown>> = {
  mw: () => withMw.GET("/v3/orders/{id}", { params: { path: { id: "abc" } } }),
  fetchwrap: () => withFetch.GET("/v3/orders/{id}", { params: { path: { id: "abc" } }, headers: { Authorization: "Bearer sk_x" } }),
  fetchwrapNoTimer: () => withFetchNoTimer.GET("/v3/orders/{id}", { params: { path: { id: "abc" } }, headers: { Authorization: "Bearer sk_x" } }),
  bare: () => bare.GET("/v3/orders/{id}", { params: { path: { id: "abc" } }, headers: { Authorization: "Bearer sk_x" } }),
  scalev: () => scalev.GET("/v3/orders/{id}", { params: { path: { id: "abc" } } }),
};
const totals: Record<string, number> = Object.fromEntries(Object.keys(calls).map((k) => [k, 0]));
const mins: Record<string, number> = {};
for (let round = 0; round < 16; round++) {
  for (const [name, call] of (round % 2 ? Object.entries(calls).reverse() : Object.entries(calls))) {
    const n = 800; const t = performance.now();
    for (let i = 0; i < n; i++) await call();
    const us = ((performance.now() - t) * 1000) / n;
    if (round >= 2) { totals[name] += us; mins[name] = Math.min(mins[name] ?? Infinity, us); }
  }
}
console.log(mins); console.log(Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, (v / 6).toFixed(1)])), (totals.scalev / totals.bare).toFixed(3));
server.close();
