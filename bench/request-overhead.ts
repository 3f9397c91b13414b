/**
 * Per-request overhead: raw fetch, bare openapi-fetch on the same generated paths, this package's
 * client as built (dist/, what users run), and axios, against one local keep-alive server returning a
 * ~4 KB order.
 *
 * Built to resolve a few percent: every round runs each contender once per mode (a batch of requests),
 * in an order rotated from round to round, so the contenders share the machine's state; ratios are
 * taken within a round (paired) and summarised over many rounds (median and the 25th–75th percentile
 * range, whose half-width is the resolution). Bare openapi-fetch runs on its own copy of the module,
 * so the client's use of openapi-fetch cannot make the shared code's inline caches polymorphic and
 * slow the baseline (or the other way round).
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import axios from "axios";
import type createClientType from "openapi-fetch";
import type { paths } from "../generated/schema.d.ts";
import { orderServer } from "./order-server.ts";
import { fmtQuantiles, markdownTable, medianInterval, quantiles, type Quantiles } from "./stats.ts";

const ORDER_ID = "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11";
const API_KEY = "sk_bench_0000000000000000";
const root = resolve(import.meta.dirname, "..");

type Call = () => Promise<unknown>;

/** openapi-fetch loaded from a copy of its file: a module instance of its own. */
export async function ownOpenapiFetch(name: string): Promise<typeof createClientType> {
  const dir = join(root, "bench", ".tmp", `openapi-fetch-${name}`);
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(root, "node_modules", "openapi-fetch", "dist", "index.mjs"), join(dir, "index.mjs"));
  return (await import(pathToFileURL(join(dir, "index.mjs")).href)).default;
}

/** The package as built (dist/, run `npx tsdown` first), typed by its source. */
export async function builtPackage(): Promise<typeof import("../src/index.ts")> {
  return import(pathToFileURL(join(root, "dist", "index.js")).href);
}

/** The contenders, each calling GET /v3/orders/{id} with the business key, against `baseUrl`. */
export async function contenders(baseUrl: string): Promise<Record<string, Call>> {
  const { createScalevClient } = await builtPackage();
  const createBare = await ownOpenapiFetch("bare");
  const bare = createBare<paths>({ baseUrl });
  const scalev = createScalevClient({ baseUrl, apiKey: API_KEY });
  const http = axios.create({ baseURL: baseUrl });
  const auth = { Authorization: `Bearer ${API_KEY}` };
  return {
    "raw fetch": async () => (await fetch(`${baseUrl}/v3/orders/${ORDER_ID}`, { headers: auth })).json(),
    "openapi-fetch (bare)": () => bare.GET("/v3/orders/{id}", { params: { path: { id: ORDER_ID } }, headers: auth }),
    "scalev client": () => scalev.GET("/v3/orders/{id}", { params: { path: { id: ORDER_ID } } }),
    axios: () => http.get(`/v3/orders/${ORDER_ID}`, { headers: auth }),
  };
}

/** Wall time in µs per request of `requests` calls, `concurrency` at a time. */
export async function timeCalls(call: Call, requests: number, concurrency: number): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < requests) await call();
    }),
  );
  return ((performance.now() - start) * 1000) / requests;
}

export interface OverheadResult {
  markdown: string;
  /** Paired ratios, by "mode: contender / bare" or "/ raw". */
  ratios: Record<string, Quantiles>;
  /** 95 % confidence interval of the client's median ratio to bare openapi-fetch, by mode. */
  interval: Record<string, { low: number; high: number }>;
}

/** Requests per slice and concurrency, per mode. */
const MODES = { sequential: { slice: 8, concurrency: 1 }, "16 concurrent": { slice: 32, concurrency: 16 } } as const;

/**
 * Many short rounds: in each, every contender runs one slice (a few requests), in an order rotated
 * from round to round. A ratio is taken within each round (paired), and the median over all rounds
 * is the result: a burst of other work on the machine spoils a few rounds, not the median.
 */
export async function requestOverhead({ rounds = 500 } = {}): Promise<OverheadResult> {
  const server = await orderServer();
  const calls = await contenders(server.url);
  const names = Object.keys(calls);
  const times: Record<string, number[]> = {};
  const key = (mode: string, name: string) => `${mode}: ${name}`;

  // Warm-up: JIT, sockets, caches.
  for (const name of names) for (const { concurrency } of Object.values(MODES)) await timeCalls(calls[name]!, 800, concurrency);
  for (const [mode, { slice, concurrency }] of Object.entries(MODES)) {
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < names.length; i++) {
        const name = names[(i + round) % names.length]!;
        (times[key(mode, name)] ??= []).push(await timeCalls(calls[name]!, slice, concurrency));
      }
    }
  }
  await server.close();

  const ratios: Record<string, Quantiles> = {};
  const interval: Record<string, { low: number; high: number }> = {};
  const rows: string[][] = [];
  const paired = (a: number[], b: number[]) => quantiles(a.map((x, i) => x / b[i]!));
  for (const mode of Object.keys(MODES)) {
    for (const name of names) {
      const [own, bare, raw] = [name, "openapi-fetch (bare)", "raw fetch"].map((n) => times[key(mode, n)]!);
      ratios[`${mode}: ${name} / bare`] = paired(own!, bare!);
      ratios[`${mode}: ${name} / raw`] = paired(own!, raw!);
      rows.push([mode, name, fmtQuantiles(quantiles(own!), 1, " µs"), fmtQuantiles(ratios[`${mode}: ${name} / raw`]!, 3), fmtQuantiles(ratios[`${mode}: ${name} / bare`]!, 3)]);
      if (name === "scalev client") interval[mode] = medianInterval(own!.map((x, i) => x / bare![i]!));
    }
  }
  const resolution = Object.entries(interval)
    .map(([mode, { low, high }]) => `${mode}: ${low.toFixed(3)}–${high.toFixed(3)} (±${(((high - low) / 2) * 100).toFixed(1)} %)`)
    .join("; ");
  const markdown = [
    `${rounds} rounds per mode; in each, every contender runs one slice (${MODES.sequential.slice} sequential requests, or ${MODES["16 concurrent"].slice} requests 16 at a time), in an order rotated every round. A ~4 KB order JSON over keep-alive loopback HTTP, the server in the same process. Ratios are paired within a round; the table gives the median over the rounds and, in brackets, the 25th–75th percentiles (the spread of single rounds: the median itself is much tighter, see the resolution line below).`,
    "",
    markdownTable(["mode", "contender", "time per request", "× raw fetch", "× bare openapi-fetch"], rows),
    "",
    `Resolution: the 95 % confidence interval of the client's median ratio to bare openapi-fetch is ${resolution}.`,
  ].join("\n");
  return { markdown, ratios, interval };
}
