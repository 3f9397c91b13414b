import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.d.ts";
import { createScalevClient } from "../src/index.ts";
const body = JSON.stringify({ id: "x", order_id: "y", items: Array.from({ length: 20 }, (_, i) => ({ i })) });
const realFetch = globalThis.fetch;
const fakeFetch = async (input: Request, init?: RequestInit) => { new Request(input, init); return new Response(body, { headers: { "content-type": "application/json", "content-length": String(body.length), "x-ratelimit-limit": "100", "x-ratelimit-remaining": "99", "x-ratelimit-reset": "10" } }); };
globalThis.fetch = fakeFetch as any;
const bare = createClient<paths>({ baseUrl: "https://api.scalev.com" });
const scalev = createScalevClient({ apiKey: "sk_x_000000000" });
const calls: Record<string, () => Promise<unknown>> = {
  bare: () => bare.GET("/v3/orders/{id}", { params: { path: { id: "abc" } }, headers: { Authorization: "Bearer sk_x" } }),
  scalev: () => scalev.GET("/v3/orders/{id}", { params: { path: { id: "abc" } } }),
};
const mins: Record<string, number> = {};
for (let round = 0; round < 12; round++) for (const [name, call] of Object.entries(calls)) {
  const n = 3000; const t = performance.now();
  for (let i = 0; i < n; i++) await call();
  mins[name] = Math.min(mins[name] ?? Infinity, ((performance.now() - t) * 1000) / n);
}
console.log(mins);
