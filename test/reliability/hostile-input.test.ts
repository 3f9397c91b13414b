/**
 * Hostile input: garbage through every exported function and through the client's path, query and
 * body handling. Each input gets a typed error (ScalevError) or is safely encoded; none changes the
 * request path or reaches another route; nothing crashes with an untyped error. Then hostile answers
 * and circumstances (issue 26): stray credential headers, two checkout intents racing, a burst against
 * two rate-limit buckets, absurd server waits, a scope table that never loads, falsy abort reasons,
 * another client's token churn, secrets in thrown plain objects. One summary line names each class and
 * how many cases it checked.
 */
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as scalevExports from "../../src/index.ts";
import { createScalevClient, paginate, ScalevApiError, ScalevConfigError, ScalevError, ScalevInputError, ScalevResponseError, unwrap } from "../../src/index.ts";
import { pageSizeMax } from "../../generated/routes.ts";
import { parseRetryAfter } from "../../src/rate-limit.ts";
import { hang, json, startTestServer, type Handler, type TestServer } from "../support/http-test-server.ts";
import { leakedSecrets, renderings } from "../support/renderings.ts";
import { bundledSpec, specOperations } from "../support/spec.ts";

const SEED = Number(process.env.CHAOS_SEED ?? 20260601) || 20260601;
/** Answers every request with an empty last page, which every call here can parse. */
const EMPTY_PAGE = { data: [], is_paginated: true, has_next: false, has_previous: false, next_cursor: null, previous_cursor: null, page_size: 25 };
let server: TestServer;
/** Another origin, for redirects: nothing may ever reach it. */
let elsewhere: TestServer;
beforeAll(async () => {
  server = await startTestServer(json(200, EMPTY_PAGE));
  elsewhere = await startTestServer();
});
afterAll(() => Promise.all([server.close(), elsewhere.close()]));
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(warning.name);
beforeAll(() => void process.on("warning", onWarning));
afterAll(() => void process.off("warning", onWarning));
afterEach(() => expect(warnings, "no TimeoutOverflowWarning or other process warning").toEqual([]));

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
    const max = pageSizeMax["GET /v3/orders"] ?? Number.MAX_SAFE_INTEGER;
    expect(Number.isSafeInteger(Number(sent)) && Number(sent) >= 1 && Number(sent) <= max, `page_size sent: ${sent}`).toBe(true);
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

/** A value that stands out in any rendering (so finding it means it leaked), around arbitrary text. */
const marked = (inner: fc.Arbitrary<string>) => inner.map((text) => `Zq9Secret${text}Zq9End`);

describe("credentials", () => {
  const options = ["apiKey", "accessToken", "storefrontApiKey", "customerToken", "guestToken"] as const;

  it("any string: refused with a ScalevConfigError that does not quote it, or sent exactly as given", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...options), marked(fc.string({ unit: "binary", maxLength: 12 })), async (option, value) => {
        let scalev;
        try {
          scalev = createScalevClient({ baseUrl: server.url, maxRetries: 0, [option]: value, ...(option === "guestToken" ? { storefrontApiKey: "sfpk_test_hostile000000" } : {}) });
        } catch (error) {
          expect(error).toBeInstanceOf(ScalevConfigError);
          expect(leakedSecrets(error, [value])).toEqual([]);
          return;
        }
        const before = server.requests.length;
        const call =
          option === "storefrontApiKey" || option === "guestToken" ? scalev.POST("/v3/stores/{store_id}/public/cart/items", { params: { path: { store_id: "store_x" } }, body: {} } as never)
          : option === "customerToken" ? scalev.GET("/v3/stores/{store_id}/customers/me/addresses", { params: { path: { store_id: "store_x" } } } as never)
          : scalev.GET("/v3/orders/tags", {});
        await call;
        const headers = server.requests[before]!.headers;
        const sent = option === "storefrontApiKey" ? headers["x-scalev-storefront-api-key"] : option === "guestToken" ? headers["x-scalev-guest-token"] : headers.authorization;
        expect(sent).toBe(option === "storefrontApiKey" || option === "guestToken" ? value : `Bearer ${value}`);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("guestToken set to anything on a live client: kept, or a ScalevConfigError that leaves the old token", async () => {
    await fc.assert(
      fc.property(fc.oneof(marked(fc.string({ unit: "binary", maxLength: 12 })), fc.anything()), (value) => {
        const scalev = createScalevClient({ baseUrl: server.url, storefrontApiKey: "sfpk_test_hostile000000", guestToken: "gt-before-000001" });
        try {
          scalev.guestToken = value as never;
        } catch (error) {
          expect(error).toBeInstanceOf(ScalevConfigError);
          expect(scalev.guestToken).toBe("gt-before-000001");
          if (typeof value === "string") expect(leakedSecrets(error, [value])).toEqual([]);
          return;
        }
        expect(scalev.guestToken).toBe(value === "" || value === null || value === undefined ? undefined : value);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("token functions that return or throw anything: a typed error that leaks nothing, or the token is sent", async () => {
    const outcome = fc.oneof(
      fc.record({ returns: fc.oneof(marked(fc.string({ unit: "binary", maxLength: 12 })), fc.anything()) }),
      fc.record({ throws: fc.oneof(marked(fc.string({ maxLength: 12 })).map((text) => new Error(`refresh failed: Bearer ${text}`)), fc.anything()) }),
    );
    await fc.assert(
      fc.asyncProperty(outcome, fc.boolean(), async (plan, isAsync) => {
        const source = () => {
          if ("throws" in plan) throw plan.throws;
          return plan.returns as string;
        };
        const scalev = createScalevClient({ baseUrl: server.url, maxRetries: 0, accessToken: isAsync ? async () => source() : source });
        const before = server.requests.length;
        try {
          await scalev.GET("/v3/orders/tags", {});
        } catch (error) {
          expect(error).toBeInstanceOf(ScalevConfigError);
          expect(server.requests.length).toBe(before);
          const secrets = [("returns" in plan ? plan.returns : (plan.throws as Error)?.message?.slice?.("refresh failed: Bearer ".length)) as unknown];
          expect(leakedSecrets(error, secrets.filter((s): s is string => typeof s === "string" && s.startsWith("Zq9Secret")))).toEqual([]);
          return;
        }
        expect(server.requests[before]!.headers.authorization).toBe(`Bearer ${String("returns" in plan ? plan.returns : "")}`);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe("baseUrl", () => {
  it("URLs with user info, a query or a fragment are refused without printing the user info; the rest is https or loopback", () => {
    const url = fc.webUrl({ validSchemes: ["https", "http"], withQueryParameters: true, withFragments: true, authoritySettings: { withUserInfo: true, withPort: true } });
    fc.assert(
      fc.property(fc.oneof(url, fc.string({ unit: "binary", maxLength: 40 })), (baseUrl) => {
        let accepted: ReturnType<typeof createScalevClient> | undefined;
        try {
          accepted = createScalevClient({ baseUrl, apiKey: "sk_test_hostile000000" });
        } catch (error) {
          expect(error).toBeInstanceOf(ScalevConfigError);
          const userInfo = /^[a-z]+:\/\/([^/?#]*)@/i.exec(baseUrl)?.[1];
          if (userInfo && userInfo.length > 3) expect(leakedSecrets(error, [userInfo])).toEqual([]);
          return;
        }
        expect(accepted).toBeDefined();
        const parsed = new URL(baseUrl);
        expect(parsed.username + parsed.password).toBe("");
        expect(baseUrl).not.toMatch(/[?#]/);
        expect(parsed.protocol === "https:" || ["localhost", "127.0.0.1", "[::1]"].includes(parsed.hostname)).toBe(true);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe("query keys and values", () => {
  it("any keys: each arrives as exactly one parameter of that name, nothing else is added, the path is unchanged", async () => {
    const scalev = client();
    const key = fc.string({ unit: "grapheme", maxLength: 12 }).filter((k) => k !== "__proto__");
    await fc.assert(
      fc.asyncProperty(fc.dictionary(key, fc.string({ maxLength: 8 }), { maxKeys: 5 }), async (query) => {
        await scalev.GET("/v3/orders", { params: { query: query as never } });
        const url = new URL(server.requests.at(-1)!.url, "http://x");
        expect(url.pathname).toBe("/v3/orders");
        expect([...url.searchParams.entries()]).toEqual(Object.entries(query));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("any value: sent in its query form (a Date as ISO 8601), or a ScalevInputError with nothing sent", async () => {
    const scalev = client();
    const notAPlainObject = fc.anything().filter((v) => !(v !== null && typeof v === "object" && !Array.isArray(v)));
    const value = fc.oneof(fc.date(), fc.double(), fc.bigInt(), fc.boolean(), fc.string({ maxLength: 8 }), fc.array(fc.oneof(fc.date(), fc.integer()), { maxLength: 3 }), notAPlainObject);
    await fc.assert(
      fc.asyncProperty(value, async (search) => {
        const before = server.requests.length;
        const outcome = await typedOrOk(() => scalev.GET("/v3/orders", { params: { query: { search } as never } }));
        if (outcome === "typed") return void expect(server.requests.length).toBe(before);
        const sent = new URL(server.requests.at(-1)!.url, "http://x").searchParams.getAll("search");
        const items = Array.isArray(search) ? search : [search];
        const expected = items.filter((item) => item !== null && item !== undefined).map((item) => (item instanceof Date ? item.toISOString() : String(item)));
        expect(sent).toEqual(expected);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe("2xx bodies", () => {
  const types = fc.constantFrom(undefined, "application/json", "application/problem+json", "text/html", "text/plain", "application/octet-stream", "application/x-unknown");
  const bodies = fc.oneof(fc.json(), fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)), fc.constantFrom("", " ", "\n", "<html></html>", "{", "[1,"));

  it("any body, any type, chunked or sized: data (the parsed JSON, undefined when blank) or, when it is not JSON, a ScalevResponseError", async () => {
    const scalev = client();
    await fc.assert(
      fc.asyncProperty(bodies, types, fc.boolean(), fc.constantFrom(200, 201, 202), async (body, type, chunked, status) => {
        server.reply((_req, res) => {
          const headers: Record<string, string> = type ? { "content-type": type } : {};
          if (!chunked) headers["content-length"] = String(Buffer.byteLength(body));
          res.writeHead(status, headers);
          if (chunked && body.length) res.write(body);
          res.end(chunked ? undefined : body);
        });
        const text = new TextDecoder().decode(Buffer.from(body));
        let parsed: unknown;
        let parses = true;
        try {
          parsed = text.trim() === "" ? undefined : JSON.parse(text);
        } catch {
          parses = false;
        }
        try {
          const { data } = await scalev.GET("/v3/orders/tags", {});
          expect(parses).toBe(true);
          expect(data).toEqual(parsed);
        } catch (error) {
          expect(error).toBeInstanceOf(ScalevResponseError);
          expect(parses).toBe(false);
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("error bodies nested to any depth: unwrap() throws a ScalevApiError whose every rendering works", async () => {
    const scalev = client();
    const nested = fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.boolean()).map(([depth, arrays]) =>
      arrays ? `${"[".repeat(depth)}"sk_live_Nested000000"${"]".repeat(depth)}` : `${'{"error":'.repeat(depth)}"sk_live_Nested000000"${"}".repeat(depth)}`,
    );
    await fc.assert(
      fc.asyncProperty(nested, async (body) => {
        server.reply((_req, res) => res.writeHead(422, { "content-type": "application/json" }).end(body));
        const error = await unwrap(scalev.GET("/v3/orders/tags", {})).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ScalevApiError);
        expect(leakedSecrets(error, ["sk_live_Nested000000"])).toEqual([]);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});

describe("redirects", () => {
  it("any redirect: nothing ever reaches another origin; the call ends in data or a typed error", async () => {
    const scalev = createScalevClient({ baseUrl: server.url, apiKey: "sk_hostile_000000000000", storefrontApiKey: "sfpk_hostile_0000000000", guestToken: "gt-hostile-000001", maxRetries: 1, maxRetryDelayMs: 10 });
    const location = fc.oneof(
      fc.webPath().map((path) => `${elsewhere.url}${path}`),
      fc.webPath().map((path) => `${elsewhere.url.replace("127.0.0.1", "localhost")}${path}`),
      fc.webPath().map((path) => `//localhost:${new URL(elsewhere.url).port}${path}`),
      fc.webPath(),
      fc.string({ maxLength: 20 }),
    );
    const call = fc.constantFrom(
      () => scalev.GET("/v3/orders/tags", {}),
      () => scalev.POST("/v3/orders", { body: { customer_name: "Budi" } } as never),
      () => scalev.GET("/v3/stores/{store_id}/public/cart", { params: { path: { store_id: "store_x" } } } as never),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(301, 302, 303, 307, 308), location, call, async (status, target, send) => {
        const safe = target.replace(/[^\x20-\x7e]/g, "");
        server.reply((_req, res) => res.writeHead(status, { location: safe }).end());
        await typedOrOk(() => send());
        server.reset();
        expect(elsewhere.requests).toEqual([]);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});

describe("server-requested waits", () => {
  it("any Retry-After / X-Ratelimit-Reset: parsed as a finite wait or ignored, and a throttle wait stays within maxRetryDelayMs", async () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double().map(String), fc.date().map((d) => (Number.isNaN(d.getTime()) ? "x" : d.toUTCString()))), (value) => {
        const wait = parseRetryAfter(value, 0);
        expect(wait === undefined || (Number.isFinite(wait) && wait >= 0)).toBe(true);
      }),
      { seed: SEED, numRuns: 500 },
    );
    // An empty bucket resetting at any time: the next call waits at most maxRetryDelayMs (or not at all).
    const header = fc.oneof(fc.string({ maxLength: 12 }), fc.double().map(String), fc.integer().map(String), fc.constantFrom("1e400", "-1", "99999999999999999999", "0.01"));
    await fc.assert(
      fc.asyncProperty(header, async (value) => {
        const scalev = createScalevClient({ baseUrl: server.url, apiKey: "sk_hostile_000000000000", maxRetries: 0, maxRetryDelayMs: 50 });
        const reset = value.replace(/[^\x21-\x7e]/g, "") || "0";
        server.reply(json(200, {}, { "x-ratelimit-limit": "100", "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset }), json(429, { error: "slow down" }, { "retry-after": reset }));
        await scalev.GET("/v3/orders/tags", {});
        expect((await scalev.GET("/v3/orders/tags", {})).response.status).toBe(429);
        server.reset();
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe("cursor sequences", () => {
  /** A server-less client whose GET answers pages following a generated cursor sequence. */
  const pagesFollowing = (cursors: string[]) => ({
    GET: async (_path: string, init: { params?: { query?: { next_cursor?: string } } }) => {
      const at = init.params?.query?.next_cursor === undefined ? 0 : cursors.indexOf(init.params.query.next_cursor) + 1;
      const next = cursors[at];
      return { data: { data: [at], is_paginated: true, has_next: next !== undefined, next_cursor: next ?? null }, response: new Response(null, { status: 200 }) };
    },
  });

  it("a sequence that repeats a cursor stops with repeated_cursor exactly there; one that does not, never", async () => {
    const sequence = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 120 }).chain((distinct) =>
      fc.tuple(fc.constant(distinct), fc.option(fc.nat({ max: distinct.length - 1 }), { nil: undefined })),
    );
    await fc.assert(
      fc.asyncProperty(sequence, async ([distinct, back]) => {
        // `back`: the last page points at an earlier cursor (a cycle of any length); undefined: the list ends
        const cursors = back === undefined ? distinct : [...distinct, distinct[back]!];
        const client = pagesFollowing(cursors);
        const pages: unknown[] = [];
        try {
          for await (const page of paginate.pages(client as never, "/v3/orders" as never)) pages.push(page);
        } catch (error) {
          expect(back).not.toBeUndefined();
          expect(error).toMatchObject({ reason: "repeated_cursor", pagesFetched: distinct.length + 1 });
          return;
        }
        expect(back).toBeUndefined();
        expect(pages).toHaveLength(distinct.length + 1);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe("renderings of every error", () => {
  it("stay redacted and JSON-serializable for errors thrown from any garbage call", async () => {
    const scalev = client();
    await fc.assert(
      fc.asyncProperty(fc.anything({ withBigInt: true, withNullPrototype: true, withObjectString: true }), async (init) => {
        try {
          await scalev.GET("/v3/orders", init as never);
        } catch (error) {
          expect(error).toBeInstanceOf(ScalevError);
          expect(() => renderings(error)).not.toThrow();
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe("third pass: hostile answers and circumstances", () => {
  beforeEach(() => server.reset());

  /** Cases passed per class of the third pass (counted as each case ends), printed as the suite's summary line. */
  const checked = new Map<string, number>();
  const count = (name: string, cases = 1) => checked.set(name, (checked.get(name) ?? 0) + cases);
  afterAll(() => {
    if (checked.size) console.log(`hostile input, third pass (cases passed per class): ${[...checked].map(([name, cases]) => `${name} ${cases}`).join(", ")}`);
  });

  const CREDENTIALS = {
    apiKey: "sk_hostile_000000000000",
    storefrontApiKey: "sfpk_hostile_0000000000",
    guestToken: "gt-kept-0000000001",
    customerToken: "customer-kept-000001",
    pageApiKey: "page-key-kept-000001",
    checkoutIntentToken: "cit_kept_000001",
  };
  const STORE = "store_vlzpML8edzxO5roOdV7Oyfn6";
  const delayed =
    (ms: number, handler: Handler): Handler =>
    (req, res) =>
      void setTimeout(() => handler(req, res), ms);

  describe("token capture (third pass)", () => {
    /** Independently of src/: the statuses whose answer declares the guest-token header, or a checkout_intent_token field. */
    const doc = bundledSpec();
    const resolve = (value: any): any => (value?.$ref ? resolve(value.$ref.slice(2).split("/").reduce((node: any, key: string) => node[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc)) : value);
    const declares = (operation: any, status: number, what: "header" | "field") => {
      const response = resolve(operation.responses?.[String(status)]);
      if (!response) return false;
      if (what === "header") return Object.keys(response.headers ?? {}).some((name) => name.toLowerCase() === "x-scalev-guest-token");
      return status < 300 && Boolean(resolve(response.content?.["application/json"]?.schema)?.properties?.checkout_intent_token);
    };
    const operations = specOperations().filter(({ method }) => method !== "HEAD");

    it("a credential header or field is kept only from an answer whose route and status declare it", async () => {
      const scalev = createScalevClient({ baseUrl: server.url, ...CREDENTIALS, maxRetries: 0, throttle: false });
      const answer = fc.record({ op: fc.constantFrom(...operations), status: fc.constantFrom(200, 201, 202, 400, 403, 404, 409, 422, 500, 503) });
      let tokens = 0;
      await fc.assert(
        fc.asyncProperty(answer, async ({ op, status }) => {
          const before = { guestToken: scalev.guestToken, checkoutIntentToken: scalev.checkoutIntentToken };
          const guest = `gt-answer-${++tokens}-000000`;
          const intent = `cit_answer_${tokens}_000000`;
          server.reply(json(status, { id: "x", checkout_intent_token: intent }, { "x-scalev-guest-token": guest, "x-scalev-checkout-intent-token": `cit_header_${tokens}_0000` }));
          const path = Object.fromEntries([...op.path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => [name, "x1"]));
          await (scalev as any).request(op.method, op.path, { params: { path }, body: op.method === "GET" || op.method === "DELETE" ? undefined : {} });
          server.reset();
          expect(scalev.guestToken, `${op.key} → ${status}`).toBe(declares(op.operation, status, "header") ? guest : before.guestToken);
          expect(scalev.checkoutIntentToken, `${op.key} → ${status}`).toBe(declares(op.operation, status, "field") ? intent : before.checkoutIntentToken);
          count("token-capture");
        }),
        { seed: SEED, numRuns: 300 },
      );
    });

    it("a business route's 200 and a cart call's 500 carrying X-Scalev-Guest-Token leave the kept token", async () => {
      const scalev = createScalevClient({ baseUrl: server.url, ...CREDENTIALS, maxRetries: 0 });
      server.reply(json(200, { data: [] }, { "x-scalev-guest-token": "gt-stray-business-01" }), json(500, { error: "boom" }, { "x-scalev-guest-token": "gt-stray-cart-500-01" }));
      await scalev.GET("/v3/orders/tags", {});
      await scalev.GET("/v3/stores/{store_id}/public/cart", { params: { path: { store_id: STORE } } } as never);
      expect(scalev.guestToken).toBe(CREDENTIALS.guestToken);
      count("token-capture", 2);
    });

    it("two checkout intents started 30 ms apart: the one started last wins, though the first is answered last", async () => {
      const scalev = createScalevClient({ baseUrl: server.url, storefrontApiKey: CREDENTIALS.storefrontApiKey, maxRetries: 0 });
      const start = () => scalev.POST("/v3/stores/{store_id}/public/checkout-intents", { params: { path: { store_id: STORE } }, body: {} } as never);
      server.reply(delayed(150, json(201, { id: "first", checkout_intent_token: "cit_first_started" })), json(201, { id: "second", checkout_intent_token: "cit_second_started" }));
      const first = start();
      await new Promise((resolve) => setTimeout(resolve, 30));
      await Promise.all([first, start()]);
      expect(server.requests.map((r) => r.method)).toEqual(["POST", "POST"]);
      expect(scalev.checkoutIntentToken).toBe("cit_second_started");
      // The same for guest tokens: two cart calls racing.
      server.reset();
      server.reply(delayed(150, json(201, {}, { "x-scalev-guest-token": "gt-first-started-01" })), json(201, {}, { "x-scalev-guest-token": "gt-second-started-1" }));
      const add = () => scalev.POST("/v3/stores/{store_id}/public/cart/items", { params: { path: { store_id: STORE } }, body: {} } as never);
      const firstAdd = add();
      await new Promise((resolve) => setTimeout(resolve, 30));
      await Promise.all([firstAdd, add()]);
      expect(scalev.guestToken).toBe("gt-second-started-1");
      count("newest-start-wins", 2);
    });
  });

  describe("Web Analytics budgets (third pass)", () => {
    /**
     * A server that keeps both buckets the API documents, scaled down: every business-bearer call spends
     * the business bucket (BUSINESS per window) and a Web Analytics call also the Web Analytics cap
     * (REPORTS per window). An answer carries the X-Ratelimit-* of the bucket that applied to it; a call
     * either bucket cannot take gets a 429.
     */
    const BUSINESS = 10;
    const REPORTS = 4;
    const WINDOW_MS = 1_500;
    function bucketServer() {
      const buckets = { business: { used: 0, end: 0 }, reports: { used: 0, end: 0 } };
      const take = (bucket: { used: number; end: number }, limit: number, now: number) => {
        if (now >= bucket.end) Object.assign(bucket, { used: 0, end: now + WINDOW_MS });
        return bucket.used < limit;
      };
      const headers = (bucket: { used: number; end: number }, limit: number) => ({
        "x-ratelimit-limit": String(limit),
        "x-ratelimit-remaining": String(Math.max(0, limit - bucket.used)),
        "x-ratelimit-reset": String(bucket.end), // epoch milliseconds
      });
      const handler: Handler = (req, res) => {
        const now = Date.now();
        const report = req.url.startsWith("/v3/web-analytics/");
        const businessOk = take(buckets.business, BUSINESS, now);
        const reportsOk = !report || take(buckets.reports, REPORTS, now);
        if (!businessOk || !reportsOk) {
          const refusing = businessOk ? headers(buckets.reports, REPORTS) : headers(buckets.business, BUSINESS);
          return json(429, { error: "Too Many Requests" }, refusing)(req, res);
        }
        buckets.business.used++;
        if (report) buckets.reports.used++;
        json(200, { data: [] }, report ? headers(buckets.reports, REPORTS) : headers(buckets.business, BUSINESS))(req, res);
      };
      return handler;
    }

    it("a burst of business and report calls draws no 429: report calls spend the business bucket too", async () => {
      const enforcing = await startTestServer(bucketServer());
      try {
        const scalev = createScalevClient({ baseUrl: enforcing.url, apiKey: CREDENTIALS.apiKey, maxRetries: 0 });
        const range = { params: { query: { from: "2026-06-01", to: "2026-06-30" } } };
        const calls = [
          ...Array.from({ length: 8 }, () => scalev.GET("/v3/orders/tags", {})),
          ...Array.from({ length: 6 }, () => scalev.GET("/v3/web-analytics/traffic", range)),
        ];
        const statuses = (await Promise.all(calls)).map(({ response }) => response.status);
        expect(statuses.filter((status) => status === 429)).toEqual([]);
        expect(enforcing.requests).toHaveLength(14);
        count("web-analytics-budgets", calls.length);
      } finally {
        await enforcing.close();
      }
    });

    it("a 403 on every /v3/web-analytics/* route names its required scope", async () => {
      const scalev = createScalevClient({ baseUrl: server.url, apiKey: CREDENTIALS.apiKey, maxRetries: 0 });
      const reports = specOperations().filter(({ path }) => path.startsWith("/v3/web-analytics/"));
      expect(reports.length).toBeGreaterThan(10);
      for (const { key, method, path } of reports) {
        server.reply(json(403, { error: "Forbidden" }));
        const error = await unwrap((scalev as any).request(method, path, {})).catch((e: unknown) => e);
        expect(error, key).toBeInstanceOf(ScalevApiError);
        const expected = await scalevExports.requiredScopes(method as never, path);
        expect(expected?.length, key).toBeGreaterThan(0);
        expect((error as ScalevApiError).requiredScopes, key).toEqual(expected);
        expect((error as ScalevApiError).message, key).toContain(`needs ${expected!.join(" and ")}`);
        count("web-analytics-scopes");
      }
    });
  });

  describe("absurd server waits (third pass)", () => {
    const ABSURD = ["1e400", "Infinity", "1e309", "9".repeat(400), "+1e999", "Sat, 01 Jan 275761 00:00:00 GMT", "Fri, 31 Dec 999999 23:59:59 GMT", "Sun Nov  6 08:49:37 999999"];

    it.each(ABSURD.flatMap((value) => [429, 503].map((status) => [value.length > 40 ? `${value.slice(0, 12)}… (${value.length} chars)` : value, status, value] as const)))(
      "Retry-After %s on a %i: the answer at once, one request, no retry",
      async (_shown, status, value) => {
        const scalev = createScalevClient({ baseUrl: server.url, apiKey: CREDENTIALS.apiKey, maxRetries: 2, throttle: false });
        server.reply(json(status, { error: "wait" }, { "retry-after": value }), json(200, { retried: true }));
        const started = Date.now();
        const { response } = await scalev.GET("/v3/orders/tags", {});
        expect(response.status).toBe(status);
        expect(server.requests).toHaveLength(1);
        expect(Date.now() - started).toBeLessThan(400); // no backoff was slept
        server.reset();
        count("absurd-retry-after");
      },
    );

    it("X-Ratelimit-Reset of 1e400 on a 429: the answer at once", async () => {
      const scalev = createScalevClient({ baseUrl: server.url, apiKey: CREDENTIALS.apiKey, maxRetries: 2, throttle: false });
      server.reply(json(429, { error: "wait" }, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1e400" }), json(200, {}));
      expect((await scalev.GET("/v3/orders/tags", {})).response.status).toBe(429);
      expect(server.requests).toHaveLength(1);
      server.reset();
      count("absurd-retry-after");
    });
  });

  describe("a scope table that never loads (third pass)", () => {
    afterEach(() => {
      vi.doUnmock("../../src/scope-table.ts");
      vi.resetModules();
    });
    /** The client, imported afresh with a scope-table chunk whose load never settles. */
    async function clientWithStuckScopeTable() {
      vi.resetModules();
      vi.doMock("../../src/scope-table.ts", () => new Promise<never>(() => {}));
      return (await import("../../src/index.ts")) as typeof scalevExports;
    }

    it("a 403 call still settles at its timeoutMs, with ScalevTimeoutError, and is not retried", async () => {
      const fresh = await clientWithStuckScopeTable();
      const scalev = fresh.createScalevClient({ baseUrl: server.url, apiKey: CREDENTIALS.apiKey, timeoutMs: 300, maxRetries: 2 });
      server.reply(json(403, { error: "Forbidden" }));
      const started = Date.now();
      const error = await scalev.GET("/v3/orders", {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(fresh.ScalevTimeoutError);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(server.requests).toHaveLength(1);
      count("scope-table-wait");
    });

    it("a 403 call still settles on the caller's abort, with the abort's reason", async () => {
      const fresh = await clientWithStuckScopeTable();
      const scalev = fresh.createScalevClient({ baseUrl: server.url, apiKey: CREDENTIALS.apiKey, timeoutMs: 60_000 });
      server.reply(json(403, { error: "Forbidden" }));
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error("user left")), 100);
      await expect(scalev.GET("/v3/orders", { signal: controller.signal })).rejects.toThrow("user left");
      count("scope-table-wait");
    });
  });

  describe("falsy abort reasons (third pass)", () => {
    const FALSY = [null, 0, "", false, Number.NaN, 0n] as const;
    const cases = FALSY.flatMap((reason) => (["before the call", "during the call", "while waiting to retry", "with middleware"] as const).map((when) => [String(reason) || '""', when, reason] as const));

    it.each(cases)("abort(%s) %s: rejects with that reason, as fetch does", async (_shown, when, reason) => {
      const scalev = createScalevClient({ baseUrl: server.url, apiKey: CREDENTIALS.apiKey, maxRetries: 2, throttle: false });
      if (when === "with middleware") scalev.use({ onRequest: ({ request }) => request });
      const controller = new AbortController();
      if (when === "before the call") controller.abort(reason);
      else {
        server.reply(when === "while waiting to retry" ? json(503, { error: "later" }, { "retry-after": "30" }) : hang);
        setTimeout(() => controller.abort(reason), 50);
      }
      const outcome = await scalev.GET("/v3/orders/tags", { signal: controller.signal }).then(
        () => ({ settled: "resolved" }),
        (error: unknown) => ({ settled: "rejected", error }),
      );
      expect(outcome.settled).toBe("rejected");
      expect(Object.is((outcome as { error: unknown }).error, reason)).toBe(true);
      server.reset();
      count("falsy-abort-reason");
    });
  });

  describe("redaction memory (third pass)", () => {
    const OPAQUE = "opaqueAccessTokenOfClientA7f3k9q2";

    it("client A's opaque token stays redacted in its 401 while client B rotates 150 guest tokens", async () => {
      const a = createScalevClient({ baseUrl: server.url, accessToken: OPAQUE, maxRetries: 0 });
      const b = createScalevClient({ baseUrl: server.url, storefrontApiKey: CREDENTIALS.storefrontApiKey, maxRetries: 0 });
      await a.GET("/v3/orders/tags", {});
      for (let i = 0; i < 150; i++) {
        server.reply(json(200, {}, { "x-scalev-guest-token": `gt-rotating-${String(i).padStart(6, "0")}` }));
        await b.GET("/v3/stores/{store_id}/public/cart", { params: { path: { store_id: STORE } } } as never);
      }
      expect(b.guestToken).toBe("gt-rotating-000149");
      server.reply(json(401, { error: `Invalid token ${OPAQUE}`, echo: { sent: OPAQUE } }, { "x-debug-token": OPAQUE }));
      const apiError = await unwrap(a.GET("/v3/orders/tags", {})).catch((e: unknown) => e);
      expect(apiError).toBeInstanceOf(ScalevApiError);
      expect(leakedSecrets(apiError, [OPAQUE])).toEqual([]);
      // And the cause chain of a failure whose message quotes it.
      const failing = createScalevClient({ baseUrl: server.url, accessToken: OPAQUE, maxRetries: 0, fetch: async () => Promise.reject(new Error(`socket hang up (token ${OPAQUE})`, { cause: new Error(`inner ${OPAQUE}`) })) });
      const connectionError = await failing.GET("/v3/orders/tags", {}).catch((e: unknown) => e);
      expect(connectionError).toBeInstanceOf(ScalevError);
      expect(leakedSecrets(connectionError, [OPAQUE])).toEqual([]);
      count("redaction-memory", 152);
    });

    it("stays bounded after 10,000 rotating tokens, and always holds the client's current credentials", async () => {
      let n = 0;
      const rotating = createScalevClient({
        storefrontApiKey: CREDENTIALS.storefrontApiKey,
        maxRetries: 0,
        fetch: async () => new Response("{}", { status: 200, headers: { "content-type": "application/json", "x-scalev-guest-token": `gt-churn-${String(++n).padStart(8, "0")}` } }),
      });
      for (let i = 0; i < 10_000; i++) await rotating.GET("/v3/stores/{store_id}/public/cart", { params: { path: { store_id: STORE } } } as never);
      expect(rotating.guestToken).toBe("gt-churn-00010000");
      const { SecretMemory } = await import("../../src/redact.ts");
      const memory = new SecretMemory(() => ["current-credential-0001"]);
      for (let i = 0; i < 10_000; i++) memory.remember(`gt-churn-${String(i).padStart(8, "0")}`);
      expect(memory.size).toBeLessThanOrEqual(64);
      expect([...memory.values()]).toContain("current-credential-0001");
      // The client's own current guest token and the last ones it held are still redacted from its errors.
      const failing = createScalevClient({ storefrontApiKey: CREDENTIALS.storefrontApiKey, guestToken: rotating.guestToken, maxRetries: 0, fetch: async () => Promise.reject(new Error(`reset while sending ${rotating.guestToken}`)) });
      const error = await failing.GET("/v3/stores/{store_id}/public/cart", { params: { path: { store_id: STORE } } } as never).catch((e: unknown) => e);
      expect(leakedSecrets(error, [rotating.guestToken!])).toEqual([]);
      count("redaction-memory-bound", 10_000);
    });
  });

  describe("plain-object causes (third pass)", () => {
    const SECRETS = {
      access_token: "plainAccess0000001",
      refresh_token: "plainRefresh000002",
      client_secret: "plainClientSecret3",
      password: "plainPassword00004",
      "api-key": "plainApiKey0000005",
      authorization: "plainAuthorization",
      accessToken: "plainAccessCamel07",
    };
    /** A thrown plain object: credentials at the top and nested, an ordinary field, a cycle. */
    function thrownObject() {
      const object: Record<string, unknown> = { ...SECRETS, status: 401, note: "kept as is", nested: { refresh_token: "plainNestedRefresh8", hint: "also kept" } };
      object.self = object;
      return object;
    }
    const thrown = fc.constantFrom(
      () => thrownObject(),
      () => new Error("token refresh failed", { cause: thrownObject() }),
      () => new Error("outer", { cause: new Error("middle", { cause: { response: thrownObject() } }) }),
      () => Object.assign(new Error("with fields"), { response: thrownObject(), code: "E_REFRESH" }),
    );

    it("from a custom fetch or a token function: redacted field by field in the cause chain, nothing else lost, no hang", async () => {
      await fc.assert(
        fc.asyncProperty(thrown, fc.constantFrom("fetch", "token function"), async (make, where) => {
          const scalev =
            where === "fetch"
              ? createScalevClient({ baseUrl: server.url, apiKey: CREDENTIALS.apiKey, maxRetries: 0, fetch: async () => Promise.reject(make()) })
              : createScalevClient({ baseUrl: server.url, maxRetries: 0, accessToken: async () => Promise.reject(make()) });
          const error = await scalev.GET("/v3/orders/tags", {}).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(ScalevError);
          expect(leakedSecrets(error, [...Object.values(SECRETS), "plainNestedRefresh8"])).toEqual([]);
          const shown = renderings(error).join("\n");
          expect(shown).toContain("kept as is");
          expect(shown).toContain("also kept");
          count("plain-object-causes");
        }),
        { seed: SEED, numRuns: 40 },
      );
    });
  });
});
