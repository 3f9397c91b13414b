/**
 * The contenders the per-request benchmarks compare, each with what it does, against one server
 * (bench/order-server.ts): the package as built (dist/, what users run) and bare openapi-fetch on its
 * own copy of the module, so the client's use of openapi-fetch cannot make the shared code's inline
 * caches polymorphic and slow the baseline (or the other way round).
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type createClientType from "openapi-fetch";
import type { paths } from "../generated/schema.d.ts";

const root = resolve(import.meta.dirname, "..");
export const ORDER_ID = "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11";
export const API_KEY = "sk_bench_0000000000000000";
/** The client's default timeout, given to bare openapi-fetch the same way. */
const TIMEOUT_MS = 60_000;

export type Call = () => Promise<unknown>;
export interface Contender {
  call: Call;
  /** What it does per request, for the report. */
  does: string;
}

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

/** What the client does per attempt for its timeout: an AbortController, a timer, cleared after the call. */
async function withTimeoutSignal<T>(send: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    return await send(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

const ORDER_PATCH = { notes: "Mohon dikirim sebelum jam 3 sore.", tags: ["reseller", "prioritas"] };
const ORDER_BODY = { store_unique_id: "store_vlzpML8edzxO5roOdV7Oyfn6", customer_name: "Budi Santoso", customer_phone: "6281234567890", notes: "Mohon dikirim sebelum jam 3 sore." };

/**
 * GET /v3/orders/{id} (a ~4 KB order), POST /v3/orders and PATCH /v3/orders/{id} (a JSON body; the
 * order comes back) with the business key.
 */
export async function requestContenders(baseUrl: string): Promise<Record<"GET" | "POST" | "PATCH", Record<string, Contender>>> {
  const { createScalevClient } = await builtPackage();
  const bare = (await ownOpenapiFetch("bare"))<paths>({ baseUrl });
  const scalev = createScalevClient({ baseUrl, apiKey: API_KEY });
  const headers = { Authorization: `Bearer ${API_KEY}` };
  const order = { params: { path: { id: ORDER_ID } }, headers };
  const created = { body: ORDER_BODY as never, headers };
  const patched = { params: { path: { id: ORDER_ID } }, body: ORDER_PATCH as never, headers };
  const bareDoes = "openapi-fetch's createClient<paths>() with the Authorization header passed per call: it builds a Request, fetch() builds another from it";
  const signalDoes = `${bareDoes}; plus an AbortController and a ${TIMEOUT_MS / 1000} s timer per call, cleared after it (what the client does for its default timeout)`;
  const scalevDoes =
    `createScalevClient({ apiKey }) as built, defaults on: route lookup, credentials for the route, option checks, the throttle, a ${TIMEOUT_MS / 1000} s timeout (AbortController + timer per attempt), ` +
    "the retry policy, rate-limit headers read, the body read within the attempt and kept";
  return {
    GET: {
      "openapi-fetch (bare)": { call: () => bare.GET("/v3/orders/{id}", order), does: bareDoes },
      "openapi-fetch (bare) + timeout signal": { call: () => withTimeoutSignal((signal) => bare.GET("/v3/orders/{id}", { ...order, signal })), does: signalDoes },
      "scalev client": { call: () => scalev.GET("/v3/orders/{id}", { params: { path: { id: ORDER_ID } } }), does: scalevDoes },
    },
    POST: {
      "openapi-fetch (bare)": { call: () => bare.POST("/v3/orders", created), does: `${bareDoes}, with the JSON body` },
      "openapi-fetch (bare) + timeout signal": { call: () => withTimeoutSignal((signal) => bare.POST("/v3/orders", { ...created, signal })), does: `${signalDoes}, with the JSON body` },
      "scalev client": { call: () => scalev.POST("/v3/orders", { body: ORDER_BODY as never }), does: `${scalevDoes}; the body is kept so a 429 can be resent` },
    },
    PATCH: {
      "openapi-fetch (bare)": { call: () => bare.PATCH("/v3/orders/{id}", patched), does: `${bareDoes}, with the JSON body` },
      "openapi-fetch (bare) + timeout signal": { call: () => withTimeoutSignal((signal) => bare.PATCH("/v3/orders/{id}", { ...patched, signal })), does: `${signalDoes}, with the JSON body` },
      "scalev client": { call: () => scalev.PATCH("/v3/orders/{id}", { params: { path: { id: ORDER_ID } }, body: ORDER_PATCH as never }), does: `${scalevDoes}; the body is kept so a 429 can be resent` },
    },
  };
}

/** Walks `pages` pages of GET /v3/orders: paginate() against loops written by hand. */
export async function paginationContenders(baseUrl: string, pages: number): Promise<Record<string, Contender>> {
  const { createScalevClient, paginate } = await builtPackage();
  const bare = (await ownOpenapiFetch("bare-pages"))<paths>({ baseUrl });
  const scalev = createScalevClient({ baseUrl, apiKey: API_KEY });
  const headers = { Authorization: `Bearer ${API_KEY}` };
  const handLoop = async (get: (cursor: string | undefined) => Promise<{ data?: { data?: unknown[]; has_next?: boolean; next_cursor?: string | null } }>) => {
    let cursor: string | undefined;
    let items = 0;
    for (let page = 0; page < pages; page++) {
      const { data } = await get(cursor);
      items += data?.data?.length ?? 0;
      if (!data?.has_next || !data.next_cursor) break;
      cursor = data.next_cursor;
    }
    return items;
  };
  return {
    "paginate() on the scalev client": {
      call: async () => {
        let items = 0;
        for await (const _order of paginate(scalev, "/v3/orders", {}, { maxPages: pages })) items++;
        return items;
      },
      does: `for await over paginate(scalev, "/v3/orders", {}, { maxPages: ${pages} }): every item, the cursor checked against the ones seen`,
    },
    "hand-written loop on the scalev client": {
      call: () => handLoop((cursor) => scalev.GET("/v3/orders", { params: { query: { next_cursor: cursor } } })),
      does: "a do/while over scalev.GET with next_cursor, as a user would write it",
    },
    "hand-written loop on bare openapi-fetch + timeout signal": {
      call: () => handLoop((cursor) => withTimeoutSignal((signal) => bare.GET("/v3/orders", { params: { query: { next_cursor: cursor } }, headers, signal }))),
      does: "the same loop over bare openapi-fetch, with the Authorization header and an AbortController + timer per page",
    },
  };
}
