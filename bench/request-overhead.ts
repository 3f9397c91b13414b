/**
 * Per-request overhead: raw fetch, bare openapi-fetch on the same generated paths, this package's
 * client with all its middleware, and axios, against one local keep-alive server returning a ~5 KB
 * order. Contenders run interleaved in every round so they share the machine's state.
 */
import axios from "axios";
import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.d.ts";
import { createScalevClient } from "../src/index.ts";
import { listen, orderJson } from "./servers.ts";
import { markdownTable, ratio, summarize, fmtSummary, type Summary } from "./stats.ts";

const ORDER_ID = "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11";
const API_KEY = "sk_bench_0000000000000000";

type Call = () => Promise<unknown>;

async function timeCalls(call: Call, requests: number, concurrency: number): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < requests) await call();
    }),
  );
  return ((performance.now() - start) * 1000) / requests; // µs per request
}

export interface OverheadResult {
  markdown: string;
  perRequest: Record<string, Summary>;
}

export async function requestOverhead({ rounds = 9, requests = 400 } = {}): Promise<OverheadResult> {
  const body = orderJson();
  const server = await listen((_req, res) => {
    res.writeHead(200, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      "x-ratelimit-limit": "100",
      "x-ratelimit-remaining": "99",
      "x-ratelimit-reset": "10",
    });
    res.end(body);
  });
  const bare = createClient<paths>({ baseUrl: server.url });
  const scalev = createScalevClient({ baseUrl: server.url, apiKey: API_KEY });
  const http = axios.create({ baseURL: server.url });
  const contenders: Record<string, Call> = {
    "raw fetch": async () => {
      const res = await fetch(`${server.url}/v3/orders/${ORDER_ID}`, { headers: { Authorization: `Bearer ${API_KEY}` } });
      return res.json();
    },
    "openapi-fetch (bare)": () =>
      bare.GET("/v3/orders/{id}", { params: { path: { id: ORDER_ID } }, headers: { Authorization: `Bearer ${API_KEY}` } }),
    "scalev client": () => scalev.GET("/v3/orders/{id}", { params: { path: { id: ORDER_ID } } }),
    axios: () => http.get(`/v3/orders/${ORDER_ID}`, { headers: { Authorization: `Bearer ${API_KEY}` } }),
  };
  const names = Object.keys(contenders);
  const samples: Record<string, Record<string, number[]>> = { sequential: {}, "16 concurrent": {} };
  for (const mode of Object.keys(samples)) for (const name of names) samples[mode]![name] = [];

  // Warm-up: JIT, sockets, caches.
  for (const name of names) await timeCalls(contenders[name]!, 200, 4);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...names].reverse() : names;
    for (const name of order) {
      samples.sequential![name]!.push(await timeCalls(contenders[name]!, requests, 1));
      samples["16 concurrent"]![name]!.push(await timeCalls(contenders[name]!, requests, 16));
    }
  }
  await server.close();

  const rows: (string | number)[][] = [];
  const perRequest: Record<string, Summary> = {};
  for (const [mode, byName] of Object.entries(samples)) {
    for (const name of names) {
      const s = summarize(byName[name]!);
      perRequest[`${mode}: ${name}`] = s;
      rows.push([
        mode,
        name,
        fmtSummary(s, 1, " µs"),
        fmtSummary(ratio(byName[name]!, byName["raw fetch"]!), 3),
        fmtSummary(ratio(byName[name]!, byName["openapi-fetch (bare)"]!), 3),
      ]);
    }
  }
  const markdown = [
    `${rounds} rounds × ${requests} requests per contender and mode, interleaved; a ~${Math.round(body.length / 1024)} KB order JSON over keep-alive loopback HTTP. Ratios are per round, paired, then min/median/max.`,
    "",
    markdownTable(["mode", "contender", "time per request: median (min, max)", "× raw fetch", "× bare openapi-fetch"], rows),
  ].join("\n");
  return { markdown, perRequest };
}
