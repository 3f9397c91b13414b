/**
 * Hostile input: garbage through every exported function and through the client's path, query and
 * body handling. Each input gets a typed error (ScalevError) or is safely encoded; none changes the
 * request path or reaches another route; nothing crashes with an untyped error.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as scalevExports from "../../src/index.ts";
import { createScalevClient, paginate, ScalevError, ScalevInputError } from "../../src/index.ts";
import { json, startTestServer, type TestServer } from "../support/http-test-server.ts";

const SEED = Number(process.env.CHAOS_SEED ?? 20260601) || 20260601;
/** Answers every request with an empty last page, which every call here can parse. */
const EMPTY_PAGE = { data: [], is_paginated: true, has_next: false, has_previous: false, next_cursor: null, previous_cursor: null, page_size: 25 };
let server: TestServer;
beforeAll(async () => (server = await startTestServer(json(200, EMPTY_PAGE))));
afterAll(() => server.close());

const client = () => createScalevClient({ baseUrl: server.url, apiKey: "sk_hostile_000000000000", maxRetries: 0, timeoutMs: 5_000 });

/** Runs `action`; returns "ok", or "typed" when it threw a ScalevError; rethrows anything else. */
async function typedOrOk(action: () => unknown): Promise<"ok" | "typed"> {
  try {
    const result = action();
    if (result && typeof (result as { then?: unknown }).then === "function") await result;
    else if (result && typeof (result as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function") {
      for await (const _ of result as AsyncIterable<unknown>) break;
    }
    return "ok";
  } catch (error) {
    if (error instanceof ScalevError) return "typed";
    throw error;
  }
}

const NASTY_IDS = [
  "/", "a/b", "..", ".", "../x", "../../v3/products", "?", "#", "?status=paid", "#frag", "%2F", "%2e%2e", "%", "%zz",
  " ", "\t", "\n", "\r\n", "\u0000", "\u001f", "\u007f", "ü", "订单", "🧾", "\u202e", "\ud800", " leading", "trailing ",
  "x".repeat(100_000), "__proto__", "constructor",
];

describe("path parameters", () => {
  it("never change the request path: each id is one encoded segment of the same route, or a typed error", async () => {
    const scalev = client();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...NASTY_IDS), fc.string({ unit: "binary", maxLength: 40 })), async (id) => {
        const before = server.requests.length;
        const outcome = await typedOrOk(() => scalev.GET("/v3/orders/{id}", { params: { path: { id } } }));
        if (outcome === "typed") {
          expect(server.requests.length, "a rejected id must not be sent").toBe(before);
          return;
        }
        const url = server.requests.at(-1)!.url;
        const path = url.split("?")[0]!;
        expect(url).not.toContain("#");
        expect(path.startsWith("/v3/orders/")).toBe(true);
        const segment = path.slice("/v3/orders/".length);
        expect(segment).not.toContain("/");
        expect(segment).not.toContain("?");
        expect(decodeURIComponent(segment)).toBe(id);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("rejects non-string, non-number ids with a typed error before sending", async () => {
    const scalev = client();
    for (const id of [undefined, null, {}, [], NaN, Infinity, -Infinity, Symbol("x"), () => 1, { toString: () => "../x" }]) {
      const before = server.requests.length;
      expect(await typedOrOk(() => scalev.GET("/v3/orders/{id}", { params: { path: { id: id as never } } }))).toBe("typed");
      expect(server.requests.length).toBe(before);
    }
  });
});

describe("query and body objects", () => {
  it("__proto__ and constructor keys are data: no prototype pollution, same route", async () => {
    const scalev = client();
    const query = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "search": "budi"}');
    const body = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "customer_name": "Budi"}');
    const getOutcome = await typedOrOk(() => scalev.GET("/v3/orders", { params: { query } }));
    const postOutcome = await typedOrOk(() => scalev.POST("/v3/orders", { body }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    if (getOutcome === "ok") expect(server.requests.at(postOutcome === "ok" ? -2 : -1)!.url.split("?")[0]).toBe("/v3/orders");
    if (postOutcome === "ok") {
      const last = server.requests.at(-1)!;
      expect(last.url).toBe("/v3/orders");
      expect(JSON.parse(last.body).customer_name).toBe("Budi");
    }
  });

  it("hostile query values are encoded into the query string, never the path", async () => {
    const scalev = client();
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 60 }), async (search) => {
        const before = server.requests.length;
        const outcome = await typedOrOk(() => scalev.GET("/v3/orders", { params: { query: { search } } }));
        if (outcome === "typed") return void expect(server.requests.length).toBe(before);
        const url = new URL(server.requests.at(-1)!.url, "http://x");
        expect(url.pathname).toBe("/v3/orders");
        expect(url.hash).toBe("");
        if (!/[\ud800-\udfff]/.test(search)) expect(url.searchParams.get("search")).toBe(search);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("a 100 KB string in a body is sent intact", async () => {
    const notes = "catatan ".repeat(12_800);
    expect(await typedOrOk(() => client().PATCH("/v3/orders/{id}", { params: { path: { id: "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11" } }, body: { notes } as never }))).toBe("ok");
    expect(JSON.parse(server.requests.at(-1)!.body).notes).toBe(notes);
  });
});

describe("page sizes", () => {
  it.each([NaN, Infinity, -Infinity, -1, 0, 0.5, 1e12, Number.MAX_SAFE_INTEGER + 2, "25", null])("pageSize %s: typed error or clamped, never sent as is", async (pageSize) => {
    const before = server.requests.length;
    const outcome = await typedOrOk(() => paginate.collect(client(), "/v3/orders", {}, { pageSize: pageSize as never, maxPages: 1 }));
    if (outcome === "typed") return void expect(server.requests.length).toBe(before);
    const sent = new URL(server.requests.at(-1)!.url, "http://x").searchParams.get("page_size");
    if (pageSize === null) return void expect(sent, "null means no page size: the server default").toBeNull();
    expect(Number.isInteger(Number(sent)) && Number(sent) >= 1 && Number(sent) <= 25, `page_size sent: ${sent}`).toBe(true);
  });
});

describe("client options", () => {
  it.each([
    ["baseUrl: number", { baseUrl: 123 }],
    ["baseUrl: empty", { baseUrl: "" }],
    ["baseUrl: not a URL", { baseUrl: "api scalev com" }],
    ["baseUrl: ftp", { baseUrl: "ftp://api.scalev.com" }],
    ["baseUrl: plain http to a remote host", { baseUrl: "http://api.scalev.com" }],
    ["apiKey: number", { apiKey: 42 }],
    ["apiKey: whitespace", { apiKey: "   " }],
    ["maxRetries: negative", { maxRetries: -1 }],
    ["maxRetries: NaN", { maxRetries: NaN }],
    ["maxRetries: string", { maxRetries: "2" }],
    ["timeoutMs: zero", { timeoutMs: 0 }],
    ["timeoutMs: negative", { timeoutMs: -5 }],
    ["timeoutMs: NaN", { timeoutMs: NaN }],
    ["fetch: not a function", { fetch: "fetch" }],
  ])("%s → ScalevConfigError", (_, options) => {
    expect(() => createScalevClient(options as never)).toThrow(scalevExports.ScalevConfigError);
  });
});

describe("every exported function", () => {
  const functions = Object.entries(scalevExports).filter(
    ([name, value]) => typeof value === "function" && !/^Scalev[A-Za-z]*Error$/.test(name),
  ) as [string, (...args: unknown[]) => unknown][];

  it("has something to test", () => expect(functions.length).toBeGreaterThan(10));

  it.each(functions.map(([name, fn]) => [name, fn] as const))("%s: garbage arguments give a typed error or a value, never a crash", async (_name, fn) => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }), { maxLength: 4 }), async (args) => {
        await typedOrOk(() => fn(...args));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
