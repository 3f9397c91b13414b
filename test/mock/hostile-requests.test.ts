/**
 * Property-based hostile requests against the `scalev-mock` command, class by class: percent-escapes
 * in path and query, deep JSON, content types, oversize bodies, header junk, broken request lines,
 * pipelining junk, odd Prefer values, broken chunked framing, quantities and amounts out of range,
 * look-alike discount codes, orders asked for under another store, resets from web pages, and state
 * that grows without bound. Whatever arrives, the mock answers no 5xx (a 500 means Prism threw on the
 * request; a 503 that it had to be restarted), logs no failure, every error body it writes is the API's
 * error shape, and the next good request still answers 200 on the same port. The last test prints one
 * summary line: every class, how many inputs it sent, and how they were answered.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUSINESS_KEY, crashes, goodRequestStatus, rawExchange, rawRequest, startMock, STORE, STOREFRONT_KEY, type RawAnswer, type RunningMock } from "./mock-process.ts";
import { catalogVariants, exactDecimal, expectMoneyFields, min, sen, toSen, type CatalogVariant } from "./money-check.ts";

const SEED = Number(process.env.CHAOS_SEED ?? 20260601) || 20260601;
const RUNS = 120;
/** An input the mock has not answered (nor closed) after this long counts as unanswered: a hang. */
const QUIET_MS = 2000;

let mock: RunningMock;
beforeAll(async () => (mock = await startMock()));
afterAll(async () => {
  if (mock) expect(await mock.stop()).toEqual({ code: 0, signal: null, leftBehind: [] });
});
afterAll(() => {
  // One line for the run's log: every class with its inputs and how they were answered.
  const classes = [...tally.entries()].map(([name, { inputs, statuses }]) => `${name} ${inputs} (${[...statuses].map(([status, n]) => `${status}×${n}`).join(" ")})`);
  const all = [...tally.values()];
  const answeredWith = (test: (status: string) => boolean) => all.reduce((sum, { statuses }) => sum + [...statuses].filter(([status]) => test(status)).reduce((n, [, c]) => n + c, 0), 0);
  console.log(
    `hostile requests: ${tally.size} classes, ${all.reduce((sum, { inputs }) => sum + inputs, 0)} inputs, ${answeredWith((s) => s.startsWith("5"))} answered 5xx, ${answeredWith((s) => s === "none")} unanswered; ${classes.join("; ")}`,
  );
});

/** The last inputs sent: a failure may be logged a moment after the answer to the input that caused it. */
const recent: string[] = [];
/** Per class: inputs sent, and the statuses they got ("none" for an input left unanswered). */
const tally = new Map<string, { inputs: number; statuses: Map<string, number> }>();

function count(inputClass: string, answers: RawAnswer[]) {
  const entry = tally.get(inputClass) ?? { inputs: 0, statuses: new Map() };
  tally.set(inputClass, entry);
  entry.inputs++;
  for (const status of answers.length ? answers.map((a) => String(a.status)) : ["none"]) entry.statuses.set(status, (entry.statuses.get(status) ?? 0) + 1);
}

/** The API's error shape: a JSON object with a non-empty `error` string. */
function expectErrorShape(answer: RawAnswer, shown: string) {
  expect(answer.headers["content-type"], `error answer to ${shown}`).toMatch(/^application\/json/);
  const body = JSON.parse(answer.body);
  expect(typeof body.error, `error body for ${shown}`).toBe("string");
  expect(body.error.length).toBeGreaterThan(0);
  return body;
}

/**
 * Sends `bytes` on a fresh connection and checks the mock survived it: no 5xx, error bodies in the API's
 * shape, nothing failed inside, the next good request answers 200. Returns the answers for more checks.
 */
async function survives(inputClass: string, bytes: Buffer, quietMs = QUIET_MS): Promise<{ answers: RawAnswer[]; closedByServer: boolean; shown: string }> {
  const shown = JSON.stringify(bytes.subarray(0, 200).toString("latin1"));
  recent.push(shown);
  if (recent.length > 3) recent.shift();
  const crashesBefore = crashes(mock);
  const exchange = await rawExchange(mock.port, bytes, quietMs);
  count(inputClass, exchange.answers);
  const next = await goodRequestStatus(mock);
  if (next !== 200 || crashes(mock) > crashesBefore) {
    expect.fail(`The mock failed on one of these inputs (latest last):\n${recent.join("\n")}\n${mock.output().slice(-1500)}`);
  }
  for (const answer of exchange.answers) {
    expect(answer.status, `answer to ${shown}`).toBeLessThan(500);
    if (answer.status >= 400 && /json/.test(answer.headers["content-type"] ?? "") && answer.body) expectErrorShape(answer, shown);
  }
  expect(next).toBe(200);
  return { ...exchange, shown };
}

const property = (inputClass: string, arbitrary: fc.Arbitrary<Buffer>, numRuns = RUNS) =>
  fc.assert(fc.asyncProperty(arbitrary, (bytes) => survives(inputClass, bytes).then(() => undefined)), { seed: SEED, numRuns });

/** A property whose every input must also pass `check` on the single answer it gets. */
const answered = <T>(inputClass: string, arbitrary: fc.Arbitrary<T>, toBytes: (input: T) => Buffer, check: (answer: RawAnswer, input: T, shown: string) => void, numRuns = RUNS, quietMs = QUIET_MS) =>
  fc.assert(
    fc.asyncProperty(arbitrary, async (input) => {
      const { answers, shown } = await survives(inputClass, toBytes(input), quietMs);
      expect(answers, `one answer to ${shown}`).toHaveLength(1);
      check(answers[0]!, input, shown);
    }),
    { seed: SEED, numRuns },
  );

let variants: CatalogVariant[] | undefined;
/** A variant the storefront sells (a physical one, a digital one, or any), with its price in sen. */
async function storefrontVariant(physical?: boolean): Promise<CatalogVariant> {
  variants ??= await catalogVariants(mock.url);
  const found = variants.find((v) => physical === undefined || v.physical === physical);
  if (!found) return expect.fail(`the catalog sells no ${physical ? "physical" : "digital"} variant`);
  return found;
}

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
    property("percent-escapes", fc.tuple(method, target, credentials).map(([verb, path, headers]) => rawRequest(verb, path, headers))));

  it("JSON nested from 1 to 100,000 levels", () =>
    property(
      "deep JSON",
      fc.tuple(fc.constantFrom(...JSON_ROUTES), deepJson, credentials).map(([route, json, headers]) =>
        rawRequest("POST", route, { ...headers, "Content-Type": "application/json" }, json),
      ),
    ));

  it("content types and bodies, absent or malformed", () =>
    property(
      "content types",
      fc.tuple(fc.constantFrom(...JSON_ROUTES), fc.option(contentType), body, credentials, method).map(([route, type, payload, headers, verb]) =>
        rawRequest(verb, route, type === null ? headers : { ...headers, "Content-Type": type }, payload),
      ),
    ));

  it("bodies over the 10 MB limit, with and without a declared length", () =>
    property(
      "oversize bodies",
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
      "header junk",
      fc.tuple(fc.constantFrom(...ROUTES), fc.constantFrom(...HEADER_NAMES), headerJunk, credentials).map(([route, name, value, headers]) => {
        const request = rawRequest("GET", route, headers).toString("latin1");
        return Buffer.from(request.replace("\r\n\r\n", `\r\n${name}: ${value}\r\n\r\n`), "latin1");
      }),
    ));

  it("broken request lines", () =>
    property(
      "request lines",
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
      "pipelined junk",
      fc.tuple(fc.integer({ min: 1, max: 3 }), fc.string({ unit: "binary", minLength: 1, maxLength: 80 })).map(([count, junk]) => {
        const good = rawRequest("GET", "/v3/orders", BUSINESS_KEY).toString("latin1").replace("Connection: close\r\n", "");
        return Buffer.concat([Buffer.from(good.repeat(count), "latin1"), Buffer.from(junk, "utf8"), Buffer.from("\r\n\r\n")]);
      }),
    ));

  it("Prefer and Accept values Prism parses", () =>
    property(
      "Prefer and Accept",
      fc
        .tuple(
          fc.constantFrom(...ROUTES),
          fc.oneof(fc.constantFrom("code=abc", "code=999", "code=", "code=422", "code=500", "example=", "example=nope", "dynamic=maybe", "code=404, example=x", "dynamic=true"), chars("codexamplynm=,;0-9 ", 30)),
          fc.oneof(fc.constantFrom("*/*", "application/json", "text/plain", "application/xml", ";;;", "", "*/*;q=abc"), chars("a/*;q=0.1,+json", 20)),
          credentials,
        )
        .map(([route, prefer, accept, headers]) => rawRequest("GET", route, { ...headers, Prefer: prefer, Accept: accept })),
    ));

  it("broken chunked framing: a 400 in the API's error shape and a closed connection, at once", async () => {
    const hex = fc.constantFrom(..."0123456789abcdefABCDEF");
    const data = (length: number) => "x".repeat(length);
    const framing = fc.oneof(
      // A chunk size that overflows 64 bits.
      fc.tuple(fc.string({ unit: hex, minLength: 17, maxLength: 40 }).map((size) => `1${size}`), fc.integer({ min: 0, max: 8 })).map(([size, n]) => `${size}\r\n${data(n)}\r\n0\r\n\r\n`),
      // More data than the chunk size says.
      fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 })).map(([n, extra]) => `${n.toString(16)}\r\n${data(n + extra)}\r\n0\r\n\r\n`),
      // No CRLF after the chunk's data.
      fc.integer({ min: 1, max: 20 }).map((n) => `${n.toString(16)}\r\n${data(n)}0\r\n\r\n`),
      // A size line ended by a bare LF.
      fc.integer({ min: 1, max: 20 }).map((n) => `${n.toString(16)}\n${data(n)}\r\n0\r\n\r\n`),
      // A control byte in a chunk extension.
      fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 31 }).filter((c) => c !== 9 && c !== 10 && c !== 13)).map(
        ([n, control]) => `${n.toString(16)};ext=a${String.fromCharCode(control)}b\r\n${data(n)}\r\n0\r\n\r\n`,
      ),
    );
    const route = fc.constantFrom<[string, Record<string, string>]>([`/v3/stores/${STORE}/public/cart/items`, STOREFRONT_KEY], ["/v3/orders", BUSINESS_KEY], ["/v3/orders/1/update-tags", BUSINESS_KEY]);
    await answered(
      "chunked framing",
      fc.tuple(route, framing, fc.boolean()),
      ([[path, headers], body, keepAlive]) => {
        const request = rawRequest("POST", path, { ...headers, "Content-Type": "application/json", "Transfer-Encoding": "chunked" }, body).toString("latin1");
        return Buffer.from(keepAlive ? request.replace("Connection: close\r\n", "") : request, "latin1");
      },
      (answer, _input, shown) => {
        expect(answer.status, shown).toBe(400);
        expect(expectErrorShape(answer, shown).error_code).toBe("malformed_request");
        expect(answer.headers.connection, shown).toBe("close");
      },
    );
  });

  it("quantities past any sane maximum (1e400, 1e15, 9e15, 2^53 + 1…) get a 4xx; the others exact totals", async () => {
    const variant = await storefrontVariant();
    let customers = 0; // a fresh customer (bearer token) per input: an empty cart to add to
    const quantity = fc.oneof(
      fc.constantFrom("1e400", "1e15", "9e15", "9007199254740993", "1e21", "10001", "1E5", "99999999999999999999999", "-1", "0", "1.5", "1e3", "1E2", "10000", "1"),
      fc.bigInt({ min: 10_001n, max: 10n ** 30n }).map(String),
      fc.integer({ min: 1, max: 10_000 }).map(String),
    );
    await answered(
      "quantities",
      fc.tuple(quantity, fc.constantFrom("guest cart", "customer cart", "business order")),
      ([text, where]) => {
        if (where === "business order") {
          const body = `{"store_unique_id":"${STORE}","customer_name":"Budi","ordervariants":[{"variant_unique_id":"${variant.id}","quantity":${text}}]}`;
          return rawRequest("POST", "/v3/orders", { ...BUSINESS_KEY, "Content-Type": "application/json" }, body);
        }
        const path = where === "customer cart" ? `/v3/stores/${STORE}/customers/me/cart/items` : `/v3/stores/${STORE}/public/cart/items`;
        const headers = where === "customer cart" ? { Authorization: `Bearer quantities-${++customers}` } : STOREFRONT_KEY;
        return rawRequest("POST", path, { ...headers, "Content-Type": "application/json" }, `{"type":"variant","variant_id":${variant.id},"quantity":${text}}`);
      },
      (answer, [text, where], shown) => {
        const exact = exactDecimal(text);
        const inRange = exact !== undefined && exact.scale === 0 && exact.units >= 1n && exact.units <= 10_000n;
        if (!inRange) {
          expect(answer.status, shown).toBeGreaterThanOrEqual(400);
          expect(answer.status, shown).toBeLessThan(500);
          expectErrorShape(answer, shown);
          return;
        }
        const body = JSON.parse(answer.body);
        expectMoneyFields(body, shown);
        if (where === "business order") {
          expect(answer.status, `${shown}: ${answer.body}`).toBe(200);
          expect(body.total_quantity, shown).toBe(Number(exact.units));
          expect(sen(body.gross_revenue), shown).toBe(variant.sen * exact.units);
          return;
        }
        expect(answer.status, `${shown}: ${answer.body}`).toBe(201);
        expect(body.items.map((item: { quantity: number }) => item.quantity), shown).toEqual([Number(exact.units)]);
        expect(sen(body.total), shown).toBe(variant.sen * exact.units);
      },
    );
  });

  it("negative, absurd and exact amounts: a 400 invalid_amount, or a total computed to the sen", async () => {
    const variant = await storefrontVariant(true);
    const amount = fc.oneof(
      fc.constantFrom("-50000", "-0.01", "-1e400", "1e400", "9e15", "1e13", "-1", '"-50000"', '"abc"', '""', '"1e3"', "0", "0.5", '"12000.00"', "1000000000000", "1000000000000.01"),
      fc.integer({ min: -1_000_000_000, max: -1 }).map(String),
      fc.integer({ min: 0, max: 1_000_000_000 }).map(String),
      fc.tuple(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 0, max: 99 })).map(([whole, cents]) => `"${whole}.${String(cents).padStart(2, "0")}"`),
      fc.bigInt({ min: 10n ** 12n + 1n, max: 10n ** 40n }).map(String),
    );
    const code = fc.constantFrom(undefined, "GRATISONGKIR", "JUNIHEMAT");
    const route = fc.constantFrom("public summary", "customer summary", "discount check");
    await answered(
      "amounts",
      fc.tuple(amount, code, route),
      ([text, discountCode, where]) => {
        const items = `[{"type":"variant","variant_id":${variant.id},"quantity":2}]`;
        if (where === "discount check") {
          return rawRequest("POST", `/v3/stores/${STORE}/public/discount-codes/check`, { ...STOREFRONT_KEY, "Content-Type": "application/json" }, `{"code":"${discountCode ?? "GRATISONGKIR"}","items":${items},"shipping_cost":${text}}`);
        }
        const body = `{"items":${items},"shipping_cost":${text}${discountCode ? `,"discount_code_code":"${discountCode}"` : ""}}`;
        return where === "public summary"
          ? rawRequest("POST", `/v3/stores/${STORE}/public/checkout/summary`, { ...STOREFRONT_KEY, "Content-Type": "application/json" }, body)
          : rawRequest("POST", `/v3/stores/${STORE}/customers/me/checkout/summary`, { Authorization: "Bearer amounts", "Content-Type": "application/json" }, body);
      },
      (answer, [text, discountCode, where], shown) => {
        const exact = exactDecimal(text.replace(/^"(.*)"$/, "$1"));
        const shipping = exact && exact.units >= 0n ? toSen(exact) : undefined;
        if (shipping === undefined || shipping > 100_000_000_000_000n) {
          expect(answer.status, `${shown}: ${answer.body}`).toBe(400);
          expect(expectErrorShape(answer, shown).error_code, shown).toBe("invalid_amount");
          return;
        }
        const products = 2n * variant.sen;
        const body = JSON.parse(answer.body);
        expectMoneyFields(body, shown);
        const code = where === "discount check" ? (discountCode ?? "GRATISONGKIR") : discountCode;
        const discount = code === "GRATISONGKIR" ? min(2_000_000n, shipping) : code === "JUNIHEMAT" && products >= 18_500_000n ? min(((products * 10n + 5_000n) / 10_000n) * 100n, 5_000_000n) : 0n;
        if (where === "discount check") {
          expect(answer.status, shown).toBe(200);
          expect(sen(body.discount_code_discount), shown).toBe(discount);
          return;
        }
        if (code === "JUNIHEMAT" && products < 18_500_000n) return void expect(answer.status, shown).toBe(400);
        expect(answer.status, `${shown}: ${answer.body}`).toBe(200);
        expect(sen(body.shipping_cost), shown).toBe(shipping);
        expect(sen(body.gross_revenue), shown).toBe(products + shipping - discount);
        expect(sen(body.gross_revenue) >= products - (code === "JUNIHEMAT" ? discount : 0n), "no total below the product price").toBe(true);
      },
    );
  });

  it("look-alike discount codes (dotless ı, long ſ, Kelvin K, full-width letters) never match; ASCII case does", async () => {
    const LOOK_ALIKES: Record<string, string[]> = {
      I: ["ı", "İ", "ｉ", "Ｉ", "Ι", "ⅰ"],
      S: ["ſ", "ｓ", "Ｓ", "Ѕ"],
      K: ["\u212a", "ｋ", "Κ"],
      A: ["ａ", "Α", "а"],
      N: ["ｎ", "Ν"],
      T: ["ｔ", "Τ"],
      O: ["ｏ", "Ο", "о"],
      H: ["ｈ", "Η"],
      E: ["ｅ", "Ε", "е"],
      M: ["ｍ", "Μ"],
      G: ["ｇ"],
      R: ["ｒ"],
      J: ["ｊ", "Ј"],
      U: ["ｕ"],
      F: ["ﬀ", "ｆ"],
    };
    const known = ["JUNIHEMAT", "GRATISONGKIR", "MEIHEMAT"];
    const code = fc.oneof(
      fc.constantFrom("junıhemat", "GRATIſONGKIR", "JUNİHEMAT", "ＪＵＮＩＨＥＭＡＴ", "gratisongkir", "JuniHemat", " junihemat ", "MEIHEMAT\u00a0", "\u3000JUNIHEMAT"),
      fc.tuple(fc.constantFrom(...known), fc.nat(), fc.nat(), fc.boolean()).map(([base, at, pick, lower]) => {
        const letters = [...(lower ? base.toLowerCase() : base)];
        const index = at % letters.length;
        const options = LOOK_ALIKES[base[index]!] ?? ["\u0131"];
        letters[index] = options[pick % options.length]!;
        return letters.join("");
      }),
      fc.tuple(fc.constantFrom(...known), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 })).map(([base, flips]) => [...base].map((c, i) => (flips[i] ? c.toLowerCase() : c)).join("")),
    );
    const variant = await storefrontVariant(true);
    await answered(
      "look-alike codes",
      code,
      (text) => rawRequest("POST", `/v3/stores/${STORE}/public/discount-codes/check`, { ...STOREFRONT_KEY, "Content-Type": "application/json" }, JSON.stringify({ code: text, items: [{ type: "variant", variant_id: variant.id, quantity: 1 }], shipping_cost: 24000 })),
      (answer, text, shown) => {
        expect(answer.status, shown).toBe(200);
        const asciiFolded = text.replace(/^[ \t]+|[ \t]+$/g, "").replace(/[a-z]/g, (c) => c.toUpperCase());
        const body = JSON.parse(answer.body);
        if (known.includes(asciiFolded)) expect(body.discount_code?.code, shown).toBe(asciiFolded);
        else expect(body, shown).toMatchObject({ discount_code: null, is_eligible: false });
      },
    );
  });

  it("an order placed in one store is not found under another store's path", async () => {
    const variant = await storefrontVariant(false);
    const customer = "Bearer cross-store-customer";
    const placed = await fetch(`${mock.url}/v3/stores/${STORE}/customers/me/checkout`, {
      method: "POST",
      headers: { Authorization: customer, "Content-Type": "application/json" },
      body: JSON.stringify({ items: [{ type: "variant", variant_id: variant.id, quantity: 1 }] }),
    });
    expect(placed.status, await placed.clone().text()).toBe(201);
    const order = await placed.json();
    const otherStore = fc.oneof(
      fc.constantFrom(STORE.toUpperCase(), STORE.toLowerCase(), `${STORE}x`, "store_other", STORE.slice(0, -1)),
      fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"), minLength: 1, maxLength: 30 }).map((id) => `store_${id}`),
    ).filter((store) => store !== STORE);
    const request = fc.constantFrom("public order", "public order PATCH", "public order payment", "customer order", "customer orders");
    await answered(
      "orders across stores",
      fc.tuple(otherStore, request),
      ([store, what]) => {
        const base = `/v3/stores/${store}`;
        const json = { "Content-Type": "application/json" };
        switch (what) {
          case "public order":
            return rawRequest("GET", `${base}/public/orders/${order.secret_slug}`, STOREFRONT_KEY);
          case "public order PATCH":
            return rawRequest("PATCH", `${base}/public/orders/${order.secret_slug}`, { ...STOREFRONT_KEY, ...json }, '{"notes":"moved"}');
          case "public order payment":
            return rawRequest("POST", `${base}/public/orders/${order.secret_slug}/payment`, STOREFRONT_KEY);
          case "customer order":
            return rawRequest("GET", `${base}/customers/me/orders/${order.id}`, { Authorization: customer });
          default:
            return rawRequest("GET", `${base}/customers/me/orders`, { Authorization: customer });
        }
      },
      (answer, [, what], shown) => {
        if (what === "customer orders") {
          expect(answer.status, shown).toBe(200);
          expect(JSON.parse(answer.body).data.map((o: { id: string }) => o.id), shown).not.toContain(order.id);
          return;
        }
        expect(answer.status, `${shown}: ${answer.body}`).toBe(404);
        expect(expectErrorShape(answer, shown).error_code).toBe("order_not_found");
      },
      60,
    );
    const home = await fetch(`${mock.url}/v3/stores/${STORE}/public/orders/${order.secret_slug}`, { headers: STOREFRONT_KEY });
    expect(home.status, "the order still answers under its own store").toBe(200);
    expect((await home.json()).notes ?? null, "no PATCH under another store changed it").not.toBe("moved");
  });

  it("a reset from a web page (another origin, with or without a preflight) is refused and wipes nothing", async () => {
    const guest = await fetch(`${mock.url}/v3/stores/${STORE}/public/cart/items`, {
      method: "POST",
      headers: { ...STOREFRONT_KEY, "Content-Type": "application/json" },
      body: JSON.stringify({ type: "variant", variant_id: (await storefrontVariant()).id, quantity: 1 }),
    });
    const token = guest.headers.get("x-scalev-guest-token")!;
    const origin = fc.oneof(
      fc.constantFrom("http://evil.example", "null", "http://localhost:5173", "http://127.0.0.1:1", `http://localhost:${mock.port}`, `https://127.0.0.1:${mock.port}`, `http://127.0.0.1:${mock.port}.evil.example`),
      fc.webUrl({ withQueryParameters: false, withFragments: false }).map((url) => new URL(url).origin),
    );
    const attempt = fc.oneof(
      fc.tuple(origin, fc.constantFrom(undefined, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json"), fc.constantFrom(undefined, "cross-site", "same-site")).map(
        ([from, type, site]) => rawRequest("POST", "/__mock/reset", { Origin: from, ...(type && { "Content-Type": type }), ...(site && { "Sec-Fetch-Site": site }) }, type ? "a=1" : undefined),
      ),
      fc.constantFrom("cross-site", "same-site").map((site) => rawRequest("POST", "/__mock/reset", { "Sec-Fetch-Site": site })),
      fc.tuple(origin, fc.constantFrom("content-type", "x-scalev-mock-reset", "authorization")).map(([from, header]) =>
        rawRequest("OPTIONS", "/__mock/reset", { Origin: from, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": header }),
      ),
    );
    await answered("resets from web pages", attempt, (bytes) => bytes, (answer, bytes, shown) => {
      expect(answer.status, `${shown}: ${answer.body}`).toBe(403);
      expect(expectErrorShape(answer, shown).error_code).toBe("reset_forbidden");
      expect(answer.headers["access-control-allow-origin"], "a page cannot even read the refusal").toBeUndefined();
      expect(bytes.toString("latin1")).toMatch(/^(POST|OPTIONS) \/__mock\/reset /);
    });
    const cart = await (await fetch(`${mock.url}/v3/stores/${STORE}/public/cart`, { headers: { ...STOREFRONT_KEY, "X-Scalev-Guest-Token": token } })).json();
    expect(cart.items, "the cart survived every attempt").toHaveLength(1);
  });

  it("and nothing ever failed inside the mock", async () => {
    expect(mock.running()).toBe(true);
    expect(crashes(mock)).toBe(0);
    expect(await (await fetch(`${mock.url}/__mock/health`)).json()).toMatchObject({ status: "ready", restarts: 0 });
  });
});

describe("state that grows without bound", { timeout: 90_000 }, () => {
  let small: RunningMock;
  beforeAll(async () => (small = await startMock({ args: ["--max-carts", "20"] })));
  afterAll(async () => {
    if (small) expect(await small.stop()).toEqual({ code: 0, signal: null, leftBehind: [] });
  });

  const health = async () => (await (await fetch(`${small.url}/__mock/health`)).json()).state;
  const cart = async (token: string) => (await (await fetch(`${small.url}/v3/stores/${STORE}/public/cart`, { headers: { ...STOREFRONT_KEY, "X-Scalev-Guest-Token": token } })).json()).items;

  it("keeps at most --max-carts carts: the one used longest ago goes first, however long the tokens", async () => {
    const variant = (await (await fetch(`${small.url}/v3/stores/${STORE}/public/variants/pricing`, { headers: STOREFRONT_KEY })).json()).data[0].variant_id;
    const tokens = fc.sample(fc.oneof(fc.uuid(), fc.string({ unit: fc.constantFrom(..."abcdefXYZ0123456789-_"), minLength: 1, maxLength: 8_000 })), { seed: SEED, numRuns: 60 });
    const unique = [...new Set(tokens)];
    for (const [index, token] of unique.entries()) {
      const request = rawRequest("POST", `/v3/stores/${STORE}/public/cart/items`, { ...STOREFRONT_KEY, "X-Scalev-Guest-Token": token, "Content-Type": "application/json" }, JSON.stringify({ type: "variant", variant_id: variant }));
      const { answers } = await rawExchange(small.port, request, 2000);
      count("carts past the cap", answers);
      expect(answers[0]?.status, `cart ${index}`).toBe(201);
      if (index === 1) expect((await cart(unique[0]!)).length, "using the first cart again keeps it").toBe(1);
    }
    expect((await health()).carts).toBeLessThanOrEqual(20);
    expect(await cart(unique.at(-1)!), "the newest cart is kept").toHaveLength(1);
    expect(await cart(unique[1]!), "an old cart is forgotten").toEqual([]);
  });

  it("a reset still works from a terminal or a script (no Origin) and from the mock's own origin", async () => {
    expect((await health()).carts).toBeGreaterThan(0);
    const plain = await fetch(`${small.url}/__mock/reset`, { method: "POST" });
    expect(plain.status).toBe(200);
    expect(await plain.json()).toMatchObject({ reset: true });
    expect((await health()).carts).toBe(0);
    const sameOrigin = await fetch(`${small.url}/__mock/reset`, { method: "POST", headers: { Origin: small.url, "Sec-Fetch-Site": "same-origin" } });
    expect(sameOrigin.status).toBe(200);
    const byName = await fetch(`http://localhost:${small.port}/__mock/reset`, { method: "POST", headers: { Origin: `http://localhost:${small.port}` } });
    expect(byName.status).toBe(200);
  });
});
