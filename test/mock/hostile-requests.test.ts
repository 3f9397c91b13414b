/**
 * Property-based hostile requests against the `scalev-mock` command, class by class: percent-escapes
 * in path and query, deep JSON, content types, oversize bodies, header junk, broken request lines,
 * pipelining junk and odd Prefer values. Whatever arrives, the mock answers no 5xx (a 500 means Prism
 * threw on the request; a 503 that it had to be restarted), logs no failure, every error body it writes
 * is the API's error shape, and the next good request still answers 200 on the same port.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUSINESS_KEY, crashes, goodRequestStatus, rawExchange, rawRequest, startMock, STORE, STOREFRONT_KEY, type RunningMock } from "./mock-process.ts";

const SEED = Number(process.env.CHAOS_SEED ?? 20260601) || 20260601;
const RUNS = 120;

let mock: RunningMock;
beforeAll(async () => (mock = await startMock()));
afterAll(async () => {
  if (mock) expect(await mock.stop()).toEqual({ code: 0, signal: null, leftBehind: [] });
});

/** The last inputs sent: a failure may be logged a moment after the answer to the input that caused it. */
const recent: string[] = [];

async function survives(bytes: Buffer) {
  const shown = JSON.stringify(bytes.subarray(0, 200).toString("latin1"));
  recent.push(shown);
  if (recent.length > 3) recent.shift();
  const crashesBefore = crashes(mock);
  const { answers } = await rawExchange(mock.port, bytes, 300);
  const next = await goodRequestStatus(mock);
  if (next !== 200 || crashes(mock) > crashesBefore) {
    expect.fail(`The mock failed on one of these inputs (latest last):\n${recent.join("\n")}\n${mock.output().slice(-1500)}`);
  }
  for (const answer of answers) {
    expect(answer.status, `answer to ${shown}`).toBeLessThan(500);
    if (answer.status >= 400 && /json/.test(answer.headers["content-type"] ?? "") && answer.body) {
      expect(typeof JSON.parse(answer.body).error, `error body for ${shown}`).toBe("string");
    }
  }
  expect(next).toBe(200);
}

const property = (arbitrary: fc.Arbitrary<Buffer>, numRuns = RUNS) =>
  fc.assert(fc.asyncProperty(arbitrary, survives), { seed: SEED, numRuns });

const ROUTES = [
  "/v3/orders",
  "/v3/orders/1",
  `/v3/stores/${STORE}/public/items`,
  `/v3/stores/${STORE}/public/cart/items`,
  `/v3/stores/${STORE}/public/checkout`,
  `/v3/stores/${STORE}/customers/me`,
  "/v3/no-such-route",
  "/",
];
const JSON_ROUTES = ["/v3/orders", `/v3/stores/${STORE}/public/cart/items`, `/v3/stores/${STORE}/public/checkout`, "/v3/orders/1/update-tags"];
const credentials = fc.constantFrom<Record<string, string>>({}, STOREFRONT_KEY, BUSINESS_KEY, { Authorization: "Bearer e30.e30.e30" });
const method = fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
const chars = (alphabet: string, maxLength: number) => fc.string({ unit: fc.constantFrom(...alphabet), maxLength });

const ESCAPES = ["%", "%E0", "%E0%A4", "%A4", "%ZZ", "%G1", "%2", "%C3%A9", "%00", "%2F", "%25", "%FF", "%F0%9F%98", "%F0%9F%98%80", "%C0%AF", "%ED%A0%80", "+", "%20", "..", "//", ";", ",", "=", "&", "?", "#"];
const urlPiece = fc.array(fc.oneof(fc.constantFrom(...ESCAPES), chars("abcXYZ019-._~!$'()*", 6)), { maxLength: 6 }).map((parts) => parts.join(""));
const target = fc
  .tuple(fc.constantFrom(...ROUTES), urlPiece, fc.option(fc.tuple(urlPiece, urlPiece)))
  .map(([route, segment, query]) => `${route}${segment ? `/${segment}` : ""}${query ? `?${query[0]}=${query[1]}` : ""}`);

const deepJson = fc
  .tuple(fc.oneof(fc.integer({ min: 1, max: 150 }), fc.integer({ min: 150, max: 20_000 }), fc.constantFrom(5_000, 100_000)), fc.constantFrom("[", '{"a":'), fc.boolean())
  .map(([depth, open, wrapped]) => {
    const value = `${open.repeat(depth)}1${(open === "[" ? "]" : "}").repeat(depth)}`;
    return wrapped ? `{"variant_id":1,"quantity":1,"note":${value}}` : value;
  });

const CONTENT_TYPES = [
  "application/json", "application/vnd.api+json", "text/plain", "multipart/form-data", "multipart/form-data; boundary=x",
  "multipart/form-data; boundary=", "application/x-www-form-urlencoded", ";;;", "application/json;;", 'application/json; charset="',
  "*/*", "application/", "/json", "application/json; charset=utf-16", 'application/json; charset="utf-8"', "application/json; charset=UTF8",
];
const contentType = fc.oneof(fc.constantFrom(...CONTENT_TYPES), chars('abjsonx/;=" \t+*-,\\', 30));
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? "null"),
  fc.string({ maxLength: 60 }),
  fc.constantFrom("", "{", "[1,]", "\ufeff{}", "--x\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--x--", "a=%ZZ&b"),
);

// Bytes a header may not hold, and bytes it may (obs-text, quotes, separators).
const headerJunk = fc
  .array(fc.oneof(chars("abc =:;,\"'\\/", 4), fc.constantFrom("\r", "\n", "\r\n", "\u0000", "\u007f", "\u00ff", "\t", "\r\n ", "\r\n\r\n")), { maxLength: 6 })
  .map((parts) => parts.join(""));
const HEADER_NAMES = ["X-Note", "Prefer", "Accept", "Authorization", "X-Scalev-Storefront-Api-Key", "Content-Length", "Transfer-Encoding", "Host", "Origin", "Access-Control-Request-Method", "Connection", "Expect", "X Bad", "X:Bad", ""];

// Each property sends a few hundred requests; a loaded CI machine needs more than the default 20 s.
describe("hostile requests never take the mock down", { timeout: 90_000 }, () => {
  it("percent-escapes in path and query", () =>
    property(fc.tuple(method, target, credentials).map(([verb, path, headers]) => rawRequest(verb, path, headers))));

  it("JSON nested from 1 to 100,000 levels", () =>
    property(
      fc.tuple(fc.constantFrom(...JSON_ROUTES), deepJson, credentials).map(([route, json, headers]) =>
        rawRequest("POST", route, { ...headers, "Content-Type": "application/json" }, json),
      ),
    ));

  it("content types and bodies, absent or malformed", () =>
    property(
      fc.tuple(fc.constantFrom(...JSON_ROUTES), fc.option(contentType), body, credentials, method).map(([route, type, payload, headers, verb]) =>
        rawRequest(verb, route, type === null ? headers : { ...headers, "Content-Type": type }, payload),
      ),
    ));

  it("bodies over the 10 MB limit, with and without a declared length", () =>
    property(
      fc.tuple(fc.constantFrom(...JSON_ROUTES), fc.boolean(), fc.integer({ min: 1, max: 4096 })).map(([route, chunked, extra]) => {
        const payload = "x".repeat(10 * 1024 * 1024 + extra);
        return chunked
          ? rawRequest("POST", route, { "Content-Type": "text/plain", "Transfer-Encoding": "chunked" }, `${payload.length.toString(16)}\r\n${payload}\r\n0\r\n\r\n`)
          : rawRequest("POST", route, { "Content-Type": "text/plain" }, payload);
      }),
      6,
    ));

  it("header names and values with injected bytes", () =>
    property(
      fc.tuple(fc.constantFrom(...ROUTES), fc.constantFrom(...HEADER_NAMES), headerJunk, credentials).map(([route, name, value, headers]) => {
        const request = rawRequest("GET", route, headers).toString("latin1");
        return Buffer.from(request.replace("\r\n\r\n", `\r\n${name}: ${value}\r\n\r\n`), "latin1");
      }),
    ));

  it("broken request lines", () =>
    property(
      fc
        .tuple(
          fc.constantFrom("GET", "POST", "FOO", "", "G ET", "get", "PRI", "CONNECT", "TRACE", "\u0000"),
          fc.oneof(target, fc.constantFrom("*", "http://elsewhere.example/v3/orders", "", "v3/orders", "/v3/orders\u00e9", "/\u0001")),
          fc.constantFrom("HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "HTTP/1.1 extra", "", "http/1.1", "HTTP/0.9"),
        )
        .map(([verb, path, version]) => Buffer.from(`${verb} ${path} ${version}\r\nHost: x\r\nConnection: close\r\n\r\n`, "latin1")),
    ));

  it("junk pipelined after good requests", () =>
    property(
      fc.tuple(fc.integer({ min: 1, max: 3 }), fc.string({ unit: "binary", minLength: 1, maxLength: 80 })).map(([count, junk]) => {
        const good = rawRequest("GET", "/v3/orders", BUSINESS_KEY).toString("latin1").replace("Connection: close\r\n", "");
        return Buffer.concat([Buffer.from(good.repeat(count), "latin1"), Buffer.from(junk, "utf8"), Buffer.from("\r\n\r\n")]);
      }),
    ));

  it("Prefer and Accept values Prism parses", () =>
    property(
      fc
        .tuple(
          fc.constantFrom(...ROUTES),
          fc.oneof(fc.constantFrom("code=abc", "code=999", "code=", "code=422", "code=500", "example=", "example=nope", "dynamic=maybe", "code=404, example=x", "dynamic=true"), chars("codexamplynm=,;0-9 ", 30)),
          fc.oneof(fc.constantFrom("*/*", "application/json", "text/plain", "application/xml", ";;;", "", "*/*;q=abc"), chars("a/*;q=0.1,+json", 20)),
          credentials,
        )
        .map(([route, prefer, accept, headers]) => rawRequest("GET", route, { ...headers, Prefer: prefer, Accept: accept })),
    ));

  it("and nothing ever failed inside the mock", async () => {
    expect(mock.running()).toBe(true);
    expect(crashes(mock)).toBe(0);
    expect(await (await fetch(`${mock.url}/__mock/health`)).json()).toMatchObject({ status: "ready", restarts: 0 });
  });
});
