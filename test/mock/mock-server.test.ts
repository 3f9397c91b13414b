/**
 * The `scalev-mock` command as the package ships it (mock/dist/cli.js), started on a free port:
 * requests that used to crash Prism or get a 500 get a 4xx in the API's error shape and the mock stays
 * up; validation errors say what is wrong in the body; a missing credential gets a 401 in the API's
 * shape on every route family; everything else answers as bare `prism mock` on the same spec does
 * (compared side by side); the catalog's pictures come from the mock; the spec reloads without a
 * failed request; and SIGTERM or SIGINT stops it with exit code 0 and nothing left behind.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveRef } from "../../scripts/spec-refs.ts";
import { BANNER, BUSINESS_KEY, crashes, goodRequestStatus, rawExchange, rawRequest, startBarePrism, startMock, STORE, STOREFRONT_KEY, type RawAnswer, type RunningMock } from "./mock-process.ts";
import { childrenOf, describeProcess, processTableAvailable } from "./processes.ts";

let mock: RunningMock;
let prism: Awaited<ReturnType<typeof startBarePrism>>;
beforeAll(async () => {
  mock = await startMock();
  prism = await startBarePrism(mock.specFile);
});
afterAll(async () => {
  await prism?.stop();
  if (mock?.running()) await mock.stop();
});

const cartItems = `/v3/stores/${STORE}/public/cart/items`;
/** The document the mock serves (its private copy). */
const spec = () => JSON.parse(readFileSync(mock.specFile, "utf8"));
const nested = (depth: number) => `{"variant_id":1,"quantity":1,"note":${"[".repeat(depth)}${"]".repeat(depth)}}`;

/** The API's error shape: `{"error": string, "error_code"?: string, ...}`. */
function expectApiError(answer: RawAnswer | undefined, status: number, errorCode: string) {
  expect(answer, "an HTTP answer").toBeDefined();
  expect(answer!.status).toBe(status);
  expect(answer!.headers["content-type"]).toMatch(/^application\/json/);
  const body = JSON.parse(answer!.body);
  expect(typeof body.error).toBe("string");
  expect(body.error.length).toBeGreaterThan(0);
  expect(body.error_code).toBe(errorCode);
  return body;
}

async function expectStillUp() {
  expect(mock.running(), "the mock process is running").toBe(true);
  expect(await goodRequestStatus(mock)).toBe(200);
  expect(crashes(mock), mock.output().slice(-2000)).toBe(0);
}

describe("one process", () => {
  it.runIf(processTableAvailable)("Prism runs inside the mock: the command starts no other process", () => {
    expect(childrenOf(mock.pid).map(describeProcess)).toEqual([]);
  });
});

describe("requests that crashed Prism or got a 500 get a 4xx in the API's error shape", () => {
  const cases: [string, Buffer, number, string][] = [
    ["malformed percent-escape in the path (%E0%A4)", rawRequest("GET", "/v3/orders/%E0%A4"), 400, "invalid_percent_encoding"],
    ["non-hex percent-escape in the path (%ZZ)", rawRequest("GET", "/v3/orders/%ZZ", BUSINESS_KEY), 400, "invalid_percent_encoding"],
    ["truncated escape in the query", rawRequest("GET", "/v3/orders?status=%E0%A4", BUSINESS_KEY), 400, "invalid_percent_encoding"],
    ["JSON body nested 5,000 levels", rawRequest("POST", cartItems, { ...STOREFRONT_KEY, "Content-Type": "application/json" }, nested(5_000)), 400, "json_too_deep"],
    ["JSON body nested 100,000 levels", rawRequest("POST", cartItems, { ...STOREFRONT_KEY, "Content-Type": "application/json" }, nested(100_000)), 400, "json_too_deep"],
    ["deep JSON under a +json media type", rawRequest("POST", cartItems, { ...STOREFRONT_KEY, "Content-Type": "application/vnd.x+json" }, nested(5_000)), 400, "json_too_deep"],
    ["body that is not JSON", rawRequest("POST", cartItems, { ...STOREFRONT_KEY, "Content-Type": "application/json" }, "{bad"), 400, "invalid_json"],
    ["JSON body that is not UTF-8", rawRequest("POST", cartItems, { ...STOREFRONT_KEY, "Content-Type": "application/json" }, Buffer.from([0x22, 0xff, 0xfe, 0x22])), 400, "invalid_json"],
    ["Content-Type ;;;", rawRequest("POST", cartItems, { ...STOREFRONT_KEY, "Content-Type": ";;;" }, "{}"), 400, "invalid_content_type"],
    ["Content-Type with an open quote", rawRequest("POST", cartItems, { ...STOREFRONT_KEY, "Content-Type": 'application/json; charset="' }, "{}"), 400, "invalid_content_type"],
    ["Content-Type application/json;;", rawRequest("POST", cartItems, { ...STOREFRONT_KEY, "Content-Type": "application/json;;" }, "{}"), 400, "invalid_content_type"],
    ["Content-Type without subtype", rawRequest("POST", cartItems, { ...STOREFRONT_KEY, "Content-Type": "application/" }, "{}"), 400, "invalid_content_type"],
    ["empty Content-Type", rawRequest("POST", cartItems, { ...STOREFRONT_KEY, "Content-Type": "" }, "{}"), 400, "invalid_content_type"],
    ["an Accept item that is not a media type", rawRequest("GET", "/v3/orders", { ...BUSINESS_KEY, Accept: "application/json, ;;;" }), 400, "invalid_accept"],
    ["a charset other than UTF-8", rawRequest("POST", cartItems, { ...STOREFRONT_KEY, "Content-Type": "application/json; charset=foo" }, "{}"), 415, "unsupported_charset"],
    ["body over 10 MB", rawRequest("POST", cartItems, { ...STOREFRONT_KEY, "Content-Type": "application/json" }, `"${"x".repeat(10 * 1024 * 1024)}"`), 413, "payload_too_large"],
    ["chunked body over 10 MB", rawRequest("POST", cartItems, { ...STOREFRONT_KEY, "Content-Type": "text/plain", "Transfer-Encoding": "chunked" }, `A00001\r\n${"x".repeat(0xa00001)}\r\n0\r\n\r\n`), 413, "payload_too_large"],
    ["oversize body announced with Expect: 100-continue (the body is never sent)", rawRequest("POST", cartItems, { ...STOREFRONT_KEY, "Content-Type": "application/json", Expect: "100-continue", "Content-Length": "20000000" }), 413, "payload_too_large"],
    ["absolute-form request target", rawRequest("GET", "http://elsewhere.example/v3/orders", BUSINESS_KEY), 400, "invalid_request_target"],
    ["asterisk-form request target", rawRequest("GET", "*"), 400, "invalid_request_target"],
    ["HTTP/1.1 request without Host", Buffer.from("GET /v3/orders HTTP/1.1\r\nConnection: close\r\n\r\n"), 400, "missing_host"],
    ["unknown Expect", rawRequest("GET", "/v3/orders", { ...BUSINESS_KEY, Expect: "something-else" }), 417, "expectation_failed"],
    ["CONNECT", Buffer.from("CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n"), 405, "method_not_allowed"],
  ];

  it.each(cases)("%s", async (_name, bytes, status, errorCode) => {
    const { answers } = await rawExchange(mock.port, bytes);
    expect(answers).toHaveLength(1);
    expectApiError(answers[0], status, errorCode);
    await expectStillUp();
  });

  it("answers every refusal with Prism's CORS headers, so a browser page can read why", async () => {
    const origin = "http://localhost:5173";
    const response = await fetch(`${mock.url}/v3/orders/%E0%A4`, { headers: { Origin: origin } });
    expect(response.status).toBe(400);
    expect(response.headers.get("access-control-allow-origin")).toBe(origin);
    expect(response.headers.get("access-control-expose-headers")).toBe("*");
    expect((await response.json()).error_code).toBe("invalid_percent_encoding");
  });
});

describe("bytes that are not HTTP get a 4xx and a closed connection, not a crash", () => {
  const cases: [string, string, number, string][] = [
    ["garbage request line", "GARBAGE\r\n\r\n", 400, "malformed_request"],
    ["method only", "GET\r\n\r\n", 400, "malformed_request"],
    ["unknown HTTP version", "GET /v3/orders HTTP/9.9\r\nHost: x\r\n\r\n", 400, "malformed_request"],
    ["raw non-ASCII in the target", "GET /v3/orders/\u00e9 HTTP/1.1\r\nHost: x\r\n\r\n", 400, "malformed_request"],
    ["control character in the target", "GET /v3/orders?x=\u0001 HTTP/1.1\r\nHost: x\r\n\r\n", 400, "malformed_request"],
    ["header value with a bare CR (header injection)", "GET /v3/orders HTTP/1.1\r\nHost: x\r\nX-Note: a\rInjected: b\r\n\r\n", 400, "malformed_request"],
    ["header value with a NUL", "GET /v3/orders HTTP/1.1\r\nHost: x\r\nX-Note: a\u0000b\r\n\r\n", 400, "malformed_request"],
    ["obsolete line folding", "GET /v3/orders HTTP/1.1\r\nHost: x\r\nX-Note: a\r\n folded\r\n\r\n", 400, "malformed_request"],
    ["space before the colon", "GET /v3/orders HTTP/1.1\r\nHost: x\r\nX-Note : a\r\n\r\n", 400, "malformed_request"],
    ["two different Content-Lengths (smuggling)", "POST /v3/orders HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400, "malformed_request"],
    ["Content-Length with Transfer-Encoding (smuggling)", "POST /v3/orders HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400, "malformed_request"],
    ["headers over 16 KB", `GET /v3/orders HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`, 431, "headers_too_large"],
  ];

  it.each(cases)("%s", async (_name, bytes, status, errorCode) => {
    const { answers, closedByServer } = await rawExchange(mock.port, bytes);
    expect(answers).toHaveLength(1);
    expectApiError(answers[0], status, errorCode);
    expect(closedByServer).toBe(true);
    await expectStillUp();
  });

  it("answers pipelined requests in order before the 400 for the junk that follows them", async () => {
    const good = rawRequest("GET", "/v3/orders", BUSINESS_KEY).toString("latin1").replace("Connection: close\r\n", "");
    const { answers, closedByServer } = await rawExchange(mock.port, `${good}${good}JUNK / HTTP/1.1\r\n\r\n`);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 400]);
    expectApiError(answers[2], 400, "malformed_request");
    expect(closedByServer).toBe(true);
    await expectStillUp();
  });
});

/** The same request to the mock and to bare `prism mock` on the same spec. */
const bothWays = (path: string, init: RequestInit = {}) => Promise.all([fetch(`${mock.url}${path}`, init), fetch(`${prism.url}${path}`, init)]);

describe("validation failures say what is wrong in the body", () => {
  it("names each violation (location and reason), keeps Prism's status and its sl-violations header", async () => {
    const [response, direct] = await bothWays("/v3/orders", {
      method: "POST",
      headers: { ...BUSINESS_KEY, "Content-Type": "application/json" },
      body: "{}",
    });
    expect([400, 422]).toContain(response.status);
    expect(response.status).toBe(direct.status);
    expect(response.headers.get("sl-violations")).toBe(direct.headers.get("sl-violations"));
    const violations = JSON.parse(response.headers.get("sl-violations") ?? "[]");
    expect(violations.length).toBeGreaterThan(0);
    const body = await response.json();
    expect(body.error_code).toBe("validation_failed");
    expect(body.violations).toHaveLength(violations.length);
    for (const violation of body.violations) {
      expect(violation.location).toMatch(/^body\.\w+$/);
      expect(violation.message).toBe("is required");
      expect(body.error).toContain(`${violation.location} is required`);
    }
    const doc = spec();
    const example = resolveRef(doc, doc.paths["/v3/orders"].post.responses[String(response.status)])?.content?.["application/json"]?.example;
    expect(body.error).not.toBe(example?.error);
  });

  it("reports nested locations in path notation", async () => {
    const response = await fetch(`${mock.url}/v3/stores/${STORE}/public/checkout`, {
      method: "POST",
      headers: { ...STOREFRONT_KEY, "Content-Type": "application/json" },
      body: '{"items":[{"quantity":"many"}]}',
    });
    const body = await response.json();
    expect(body.error_code).toBe("validation_failed");
    expect(body.violations).toContainEqual({ location: "body.items[0].quantity", message: "must be integer", code: "type" });
    expect(body.error).toContain("body.items[0].quantity must be integer");
  });

  it("says which query parameter is wrong", async () => {
    const [response, direct] = await bothWays("/v3/orders?page_size=many", { headers: BUSINESS_KEY });
    expect([400, 422]).toContain(response.status);
    expect(response.status).toBe(direct.status);
    const body = await response.json();
    expect(body.error).toMatch(/^query\.page_size must be integer/);
    expect(body.violations[0]).toMatchObject({ location: "query.page_size", code: "type" });
  });

  it("names the Content-Type a route does not accept", async () => {
    const response = await fetch(`${mock.url}${cartItems}`, { method: "POST", headers: { ...STOREFRONT_KEY, "Content-Type": "text/plain" }, body: "hi" });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const body = await response.json();
    expect(body.error_code).toBe("validation_failed");
    expect(body.error).toContain('Content-Type "text/plain" is not accepted here');
    expect(body.error).toContain("application/json");
  });

  it("answers an unknown route with a 404 in the API's error shape", async () => {
    const response = await fetch(`${mock.url}/v3/no-such-route`, { headers: BUSINESS_KEY });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: expect.stringContaining("/v3/no-such-route"), error_code: "no_path_matched" });
  });
});

describe("a missing credential gets 401 in the API's error shape on every route family", () => {
  type Family = { security: string; method: string; path: string; declares401: boolean };
  /** One operation per distinct security requirement the spec declares (storefront, customer, business, page…). */
  function families(): Family[] {
    const doc = spec();
    const byRequirement = new Map<string, Family>();
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const method of ["get", "post", "put", "patch", "delete"]) {
        const operation = item[method];
        const requirement = (operation?.security ?? doc.security ?? []).map((alternative: object) => Object.keys(alternative).sort().join("+"));
        if (!operation || requirement.length === 0 || requirement.includes("")) continue;
        const key = requirement.sort().join(" | ");
        if (!byRequirement.has(key)) byRequirement.set(key, { security: key, method: method.toUpperCase(), path, declares401: "401" in operation.responses });
      }
    }
    return [...byRequirement.values()];
  }

  it("covers the storefront, customer, business and page families", () => {
    const schemes = families().map((family) => family.security).join(" ");
    for (const scheme of ["StorefrontApiKey", "CustomerBearer", "BusinessBearer", "PageApiKey"]) expect(schemes).toContain(scheme);
  });

  it("answers each family without credentials with 401 and {error, error_code?}", async () => {
    for (const family of families()) {
      const path = family.path.replace(/\{store_id\}/g, STORE).replace(/\{[^}]+\}/g, "1");
      const response = await fetch(`${mock.url}${path}`, { method: family.method, headers: { "Content-Type": "application/json" }, body: family.method === "GET" || family.method === "DELETE" ? undefined : "{}" });
      const label = `${family.method} ${family.path} (${family.security})`;
      expect(response.status, label).toBe(401);
      expect(response.headers.get("content-type"), label).toMatch(/^application\/json/);
      const body = await response.json();
      expect(typeof body.error, label).toBe("string");
      expect(body.error, label).not.toMatch(/Prism/);
      // Routes that declare a 401 answer its example; the others name the credential they need.
      if (!family.declares401) expect(body, label).toEqual({ error: expect.stringMatching(/^Missing or malformed credentials: this route needs .*(header)/), error_code: "unauthorized" });
    }
  });

  it("names the storefront key on a storefront route", async () => {
    const response = await fetch(`${mock.url}/v3/stores/${STORE}/public/items`);
    expect(response.status).toBe(401);
    expect((await response.json()).error).toContain("the X-Scalev-Storefront-Api-Key header");
  });
});

describe("what Prism does works as with bare `prism mock`", () => {
  const IGNORED = new Set(["date", "connection", "keep-alive", "content-length"]);
  /** The mock's pictures written back as the CDN URLs the spec has, to compare bodies. */
  const asInSpec = (text: string) => text.replaceAll(`${mock.url}/__mock/images/`, "https://cdn.scalev.com/");

  /** The same request to both: status, headers and body match. */
  async function expectSameAsPrism(path: string, init: RequestInit = {}) {
    const [viaMock, direct] = await bothWays(path, init);
    const headers = (r: Response) => Object.fromEntries([...r.headers].filter(([name]) => !IGNORED.has(name)));
    expect(viaMock.status).toBe(direct.status);
    expect(headers(viaMock)).toEqual(headers(direct));
    expect(asInSpec(await viaMock.text())).toBe(await direct.text());
    return viaMock;
  }

  it("the spec's example answer, byte for byte (on a route the state leaves to Prism)", async () => {
    expect((await expectSameAsPrism("/v3/products", { headers: BUSINESS_KEY })).status).toBe(200);
  });

  it("a route that declares 401 answers its example without a credential", async () => {
    expect((await expectSameAsPrism("/v3/orders")).status).toBe(401);
  });

  it("the guest-token response header (a Prefer header leaves a stateful route to Prism)", async () => {
    const response = await expectSameAsPrism(`/v3/stores/${STORE}/public/cart`, { headers: { ...STOREFRONT_KEY, Prefer: "code=200" } });
    expect(response.headers.get("x-scalev-guest-token")).toBeTruthy();
  });

  it("Prefer: code= picks a declared status and keeps the spec's example body", async () => {
    const response = await expectSameAsPrism(`/v3/orders/1`, { headers: { ...BUSINESS_KEY, Prefer: "code=404" } });
    expect(response.status).toBe(404);
  });

  it("Prefer: example= picks a named example", async () => {
    const doc = spec();
    const named = Object.entries<any>(doc.paths).flatMap(([path, item]) => {
      const responses = Object.entries<any>(item.get?.responses ?? {}).filter(([status]) => status.startsWith("2"));
      const names = responses.flatMap(([, r]) => Object.keys(resolveRef(doc, r)?.content?.["application/json"]?.examples ?? {}));
      return names.length > 1 && !path.includes("{") ? [{ path, name: names[1]!, security: item.get.security }] : [];
    })[0];
    if (!named) return expect.fail("the spec has no parameterless GET with several named examples");
    const credential = JSON.stringify(named.security ?? doc.security).includes("Storefront") ? STOREFRONT_KEY : BUSINESS_KEY;
    await expectSameAsPrism(named.path, { headers: { ...credential, Prefer: `example=${named.name}` } });
  });

  it("Prefer: dynamic=true answers 200 from the schema", async () => {
    const response = await fetch(`${mock.url}/v3/orders`, { headers: { ...BUSINESS_KEY, Prefer: "dynamic=true" } });
    expect(response.status).toBe(200);
    expect(await response.json()).toBeTypeOf("object");
  });

  it("CORS: a simple request and a preflight are answered as Prism answers them", async () => {
    const origin = { Origin: "http://localhost:5173" };
    const simple = await expectSameAsPrism("/v3/products", { headers: { ...BUSINESS_KEY, ...origin } });
    expect(simple.headers.get("access-control-allow-origin")).toBe(origin.Origin);
    const preflight = await expectSameAsPrism(cartItems, {
      method: "OPTIONS",
      headers: { ...origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type,x-scalev-storefront-api-key" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("POST");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("content-type,x-scalev-storefront-api-key");
  });
});

describe("the example catalog's pictures come from the mock", () => {
  it("points every CDN image URL at the mock, on the host the client called", async () => {
    const viaLocalhost = `http://localhost:${mock.port}`;
    const response = await fetch(`${viaLocalhost}/v3/stores/${STORE}/public/items`, { headers: STOREFRONT_KEY });
    const text = await response.text();
    expect(text).not.toContain("https://cdn.scalev.com/");
    const cards = JSON.parse(text).data;
    const images = cards.flatMap((card: any) => card.images ?? []);
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(image).toMatch(new RegExp(`^${viaLocalhost}/__mock/images/`));
  });

  it("serves a picture for each of them", async () => {
    const cards = (await (await fetch(`${mock.url}/v3/stores/${STORE}/public/items`, { headers: STOREFRONT_KEY })).json()).data;
    for (const image of new Set<string>(cards.flatMap((card: any) => card.images ?? []))) {
      const picture = await fetch(image, { headers: { Origin: "http://localhost:5173" } });
      expect(picture.status, image).toBe(200);
      expect(picture.headers.get("content-type")).toBe("image/svg+xml");
      expect(picture.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
      expect(await picture.text()).toMatch(/^<svg [^>]*width="600"[^>]*>.*<\/svg>$/);
    }
  });
});

describe("GET /__mock/health", () => {
  it("answers 200 with what it serves once Prism answers", async () => {
    const response = await fetch(`${mock.url}/__mock/health`);
    expect(response.status).toBe(200);
    const operations = Object.values<any>(spec().paths).flatMap((item) => ["get", "post", "put", "patch", "delete"].filter((m) => item[m])).length;
    expect(await response.json()).toMatchObject({ status: "ready", operations, stateful: true, spec: mock.specFile });
  });
});

describe("the spec reloads when its file changes", () => {
  it("serves the new route without one failed request meanwhile", async () => {
    const probe = "/v3/__mock_reload_probe";
    expect((await fetch(`${mock.url}${probe}`)).status).toBe(404);
    const doc = spec();
    doc.paths[probe] = {
      get: { security: [], responses: { "200": { description: "ok", content: { "application/json": { example: { reloaded: true } } } } } },
    };
    writeFileSync(mock.specFile, JSON.stringify(doc));
    const deadline = Date.now() + 30_000;
    const statuses = new Set<number>();
    let status = 0;
    while (status !== 200 && Date.now() < deadline) {
      statuses.add(await goodRequestStatus(mock));
      await new Promise((r) => setTimeout(r, 100));
      status = (await fetch(`${mock.url}${probe}`)).status;
    }
    expect(status).toBe(200);
    expect(await (await fetch(`${mock.url}${probe}`)).json()).toEqual({ reloaded: true });
    expect([...statuses], "the business order list meanwhile").toEqual([200]);
    expect(mock.output()).toMatch(/changed; Prism reloaded it/);
  }, 40_000);
});

describe("stopping", () => {
  it("SIGTERM: the command exits 0 and leaves no process behind", async () => {
    await prism.stop();
    const stopped = await mock.stop("SIGTERM");
    expect(stopped).toEqual({ code: 0, signal: null, leftBehind: [] });
    expect(mock.output()).toContain("mock: stopped (SIGTERM).");
  });
});

describe("starting", () => {
  it("answers health 503 until Prism answers, prints the banner only then, and holds early requests instead of refusing them", async () => {
    const starting = await startMock({ noWait: true });
    try {
      const healthStatuses: number[] = [];
      let early: Promise<number> | undefined;
      const deadline = Date.now() + 60_000;
      for (;;) {
        const response = await fetch(`${starting.url}/__mock/health`).catch(() => undefined);
        if (response) {
          const body = await response.json();
          healthStatuses.push(response.status);
          if (response.status === 200) break;
          expect(body).toMatchObject({ status: "starting", error_code: "mock_starting" });
          expect(starting.output(), "no banner before Prism answers").not.toContain(BANNER);
          // A client that only waited for the port: its request waits for Prism instead of a 503.
          early ??= fetch(`${starting.url}/v3/orders`, { headers: BUSINESS_KEY }).then((r) => r.arrayBuffer().then(() => r.status));
        }
        expect(Date.now()).toBeLessThan(deadline);
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(healthStatuses.at(-1)).toBe(200);
      expect(healthStatuses.slice(0, -1).every((status) => status === 503)).toBe(true);
      if (early) expect(await early).toBe(200);
      await expect.poll(() => starting.output(), { timeout: 5000 }).toContain(BANNER);
    } finally {
      const stopped = await starting.stop("SIGINT");
      expect(stopped).toEqual({ code: 0, signal: null, leftBehind: [] });
    }
  }, 90_000);
});
