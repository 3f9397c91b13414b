/**
 * Hostile input: garbage through every exported function and through the client's path, query and
 * body handling. Each input gets a typed error (ScalevError) or is safely encoded; none changes the
 * request path or reaches another route; nothing crashes with an untyped error.
 */
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as scalevExports from "../../src/index.ts";
import { createScalevClient, paginate, ScalevApiError, ScalevConfigError, ScalevError, ScalevInputError, ScalevResponseError, unwrap } from "../../src/index.ts";
import { pageSizeMax } from "../../generated/routes.ts";
import { parseRetryAfter } from "../../src/rate-limit.ts";
import { json, startTestServer, type TestServer } from "../support/http-test-server.ts";
import { leakedSecrets, renderings } from "../support/renderings.ts";

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
