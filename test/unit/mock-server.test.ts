/**
 * The mock's HTTP server (mock/server.ts) around a stand-in for Prism's engine: requests wait for the
 * engine while it starts or restarts and get a 503 only past the bound; health says when it is ready;
 * Prism's problems and invalid-request answers take the API's error shape; the state answers its
 * routes from Prism's 2xx; the example pictures point at the mock; an engine that throws costs one 500.
 */
import { get, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { EngineRequest, EngineResult, PrismEngine } from "../../mock/prism-engine.ts";
import { createMockServer, type MockServerOptions } from "../../mock/server.ts";
import type { StorefrontState } from "../../mock/state/storefront.ts";
import { supervise } from "../../mock/supervisor.ts";

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => (s.closeAllConnections(), s.close(done)))));
});

const ok: EngineResult = { kind: "answer", status: 200, headers: { "Content-type": "application/json" }, body: '{"data":[]}', violations: [] };

/** An engine answering `answer` to every request, recording what it was asked. */
function engine(answer: (request: EngineRequest) => EngineResult | Promise<EngineResult> = () => ok) {
  const seen: EngineRequest[] = [];
  const prism: PrismEngine = { operations: 3, request: async (request) => (seen.push(request), answer(request)) };
  return { prism, seen };
}

/** GET with a Host header of our choosing (fetch will not send one), parsed as JSON. */
const getWithHost = (url: string, host: string) =>
  new Promise<any>((resolve, reject) => {
    get(url, { headers: { Host: host } }, (response) => {
      let text = "";
      response.on("data", (chunk) => (text += chunk)).on("end", () => resolve(JSON.parse(text)));
    }).on("error", reject);
  });

/** A promise settled from outside: an engine that loads when the test says so. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}

async function serve(options: Partial<MockServerOptions> & Pick<MockServerOptions, "supervisor">) {
  const logged: string[] = [];
  const server = createMockServer({
    state: () => undefined,
    readDoc: () => ({ paths: {} }),
    localImages: true,
    readyWaitMs: 5000,
    describe: () => ({ spec: "test.json" }),
    log: (kind, line) => logged.push(`${kind}: ${line}`),
    ...options,
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, logged };
}

describe("waiting for Prism", () => {
  it("holds a request while Prism starts and answers it once Prism is ready; health says 503 until then", async () => {
    const loading = deferred<PrismEngine>();
    const supervisor = supervise(() => loading.promise);
    const { url } = await serve({ supervisor });
    const health = await fetch(`${url}/__mock/health`);
    expect(health.status).toBe(503);
    expect(health.headers.get("retry-after")).toBe("1");
    expect(await health.json()).toMatchObject({ status: "starting", error_code: "mock_starting" });
    const early = fetch(`${url}/v3/orders`);
    await new Promise((r) => setTimeout(r, 100));
    loading.resolve(engine().prism);
    expect((await early).status).toBe(200);
    expect(await (await fetch(`${url}/__mock/health`)).json()).toMatchObject({ status: "ready", operations: 3, spec: "test.json" });
  });

  it("answers 503 in the API's error shape, with Retry-After and CORS, only past the bound", async () => {
    const supervisor = supervise(() => new Promise<PrismEngine>(() => {}));
    const { url } = await serve({ supervisor, readyWaitMs: 300 });
    const started = Date.now();
    const response = await fetch(`${url}/v3/orders`, { headers: { Origin: "http://localhost:5173" } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("1");
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(await response.json()).toEqual({ error: expect.any(String), error_code: "mock_restarting" });
  });

  it("holds requests while Prism restarts after a crash, then answers from the fresh engine", async () => {
    let loads = 0;
    const second = deferred<PrismEngine>();
    const supervisor = supervise(() => (++loads === 1 ? Promise.resolve(engine(() => ({ ...ok, body: '"first"' })).prism) : second.promise));
    await supervisor.started;
    const { url } = await serve({ supervisor });
    supervisor.restart("a test crash");
    expect(await (await fetch(`${url}/__mock/health`)).json()).toMatchObject({ status: "restarting", restarts: 1 });
    const waiting = fetch(`${url}/v3/orders`).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 100));
    second.resolve(engine(() => ({ ...ok, body: '"second"' })).prism);
    expect(await waiting).toBe('"second"');
  });
});

describe("answers", () => {
  it("passes the request on as Prism's server reads it: method, path, query, headers, parsed JSON or text body", async () => {
    const { prism, seen } = engine();
    const supervisor = supervise(async () => prism);
    const { url } = await serve({ supervisor });
    await fetch(`${url}/v3/orders?tag=a&tag=b&x=1`, { method: "POST", headers: { "Content-Type": "application/json", "X-Custom": "yes" }, body: '{"a":[1]}' });
    await fetch(`${url}/v3/notes`, { method: "PUT", headers: { "Content-Type": "text/plain" }, body: "héllo" });
    await fetch(`${url}/v3/orders`);
    expect(seen.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      { method: "POST", path: "/v3/orders", body: { a: [1] } },
      { method: "PUT", path: "/v3/notes", body: "héllo" },
      { method: "GET", path: "/v3/orders", body: null },
    ]);
    expect(seen[0]!.query.getAll("tag")).toEqual(["a", "b"]);
    expect(seen[0]!.headers["x-custom"]).toBe("yes");
  });

  it("writes Prism's problems in the API's error shape, with their headers", async () => {
    const unauthorized: EngineResult = {
      kind: "problem",
      headers: { "WWW-Authenticate": "Bearer" },
      problem: { status: 401, type: "https://stoplight.io/prism/errors#UNAUTHORIZED", title: "Invalid security scheme used", detail: "…Prism is generating this error for you.", credentials: "the X-Scalev-Storefront-Api-Key header" },
    };
    const supervisor = supervise(async () => engine(() => unauthorized).prism);
    const { url } = await serve({ supervisor });
    const response = await fetch(`${url}/v3/stores/s/public/items`);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("www-authenticate")).toBe("Bearer");
    expect(await response.json()).toEqual({
      error: "Missing or malformed credentials: this route needs the X-Scalev-Storefront-Api-Key header (any value works on the mock).",
      error_code: "unauthorized",
    });
  });

  it("replaces the spec's fixed 400/422 example with the request's violations, keeping sl-violations", async () => {
    const violations = [{ location: ["request", "body", "quantity"], severity: "Error", code: "type", message: "Request body property quantity must be integer" }];
    const invalid: EngineResult = { kind: "answer", status: 422, headers: { "Content-type": "application/json" }, body: '{"error":"example"}', violations };
    const supervisor = supervise(async () => engine(() => invalid).prism);
    const { url } = await serve({ supervisor });
    const response = await fetch(`${url}/v3/cart`, { method: "POST" });
    expect(response.status).toBe(422);
    expect(JSON.parse(response.headers.get("sl-violations")!)).toEqual(violations);
    expect(await response.json()).toMatchObject({ error: "body.quantity must be integer", error_code: "validation_failed" });
  });

  it("lets the state answer its routes from Prism's 2xx: its status, its body, its guest token instead of the example's", async () => {
    const prismAnswer: EngineResult = { kind: "answer", status: 201, headers: { "Content-type": "application/json", "X-Scalev-Guest-Token": "example-token", "X-Kept": "yes" }, body: '{"example":true}', violations: [] };
    const state: StorefrontState = {
      routes: [],
      reset: () => ({ carts: 0, orders: 0 }),
      answer: (request, status) => (request.path === "/v3/cart" ? { status, body: { from: "state", quantity: (request.body as any).quantity }, guestToken: "state-token" } : undefined),
    };
    const supervisor = supervise(async () => engine(() => prismAnswer).prism);
    const { url } = await serve({ supervisor, state: () => state });
    const answered = await fetch(`${url}/v3/cart`, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"quantity":2}' });
    expect(answered.status).toBe(201);
    expect(await answered.json()).toEqual({ from: "state", quantity: 2 });
    expect(answered.headers.get("x-scalev-guest-token")).toBe("state-token");
    expect(answered.headers.get("x-kept")).toBe("yes");
    const notTheState = await fetch(`${url}/v3/other`, { method: "POST" });
    expect(await notTheState.json()).toEqual({ example: true });
    expect(notTheState.headers.get("x-scalev-guest-token")).toBe("example-token");
  });

  it("points the examples' CDN pictures at the mock, on the host the client called, and draws them", async () => {
    const withImage: EngineResult = { ...ok, body: '{"image":"https://cdn.scalev.com/shop/products/kemeja-biru.jpg"}' };
    const supervisor = supervise(async () => engine(() => withImage).prism);
    const { url } = await serve({ supervisor });
    const { image } = await getWithHost(`${url}/v3/items`, "shop.test:4010");
    expect(image).toBe("http://shop.test:4010/__mock/images/shop/products/kemeja-biru.jpg");
    const picture = await fetch(`${url}/__mock/images/shop/products/kemeja-biru.jpg`);
    expect(picture.headers.get("content-type")).toBe("image/svg+xml");
    expect(await picture.text()).toContain(">kemeja biru</text>");
    // A Host header that cannot go into a URL falls back to the address the client reached.
    const { image: fallback } = await getWithHost(`${url}/v3/items`, 'x"y');
    expect(fallback).toBe(`${url}/__mock/images/shop/products/kemeja-biru.jpg`);
  });

  it("keeps the CDN URLs when told to", async () => {
    const withImage: EngineResult = { ...ok, body: '{"image":"https://cdn.scalev.com/a.jpg"}' };
    const supervisor = supervise(async () => engine(() => withImage).prism);
    const { url } = await serve({ supervisor, localImages: false });
    expect(await (await fetch(`${url}/v3/items`)).json()).toEqual({ image: "https://cdn.scalev.com/a.jpg" });
  });

  it("answers 500 in the error shape, logs, and stays up when Prism throws", async () => {
    let calls = 0;
    const supervisor = supervise(async () =>
      engine(() => {
        if (++calls === 1) throw new Error("prism bug");
        return ok;
      }).prism,
    );
    const { url, logged } = await serve({ supervisor });
    const failed = await fetch(`${url}/v3/orders`);
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ error: expect.any(String), error_code: "mock_internal_error" });
    expect(logged.join("\n")).toMatch(/error: mock: answering GET \/v3\/orders failed: Error: prism bug/);
    expect((await fetch(`${url}/v3/orders`)).status).toBe(200);
  });

  it("logs one line per request with its outcome, and a query's parameter names but never their values", async () => {
    const supervisor = supervise(async () => engine().prism);
    const { url, logged } = await serve({ supervisor });
    await fetch(`${url}/v3/orders`);
    await fetch(`${url}/v3/orders/%ZZ`);
    await fetch(`${url}/v3/oauth/token?client_secret=shh-secret-value&page_size=5`);
    expect(logged).toEqual([
      expect.stringMatching(/^request: GET \/v3\/orders → 200 [\d.]+ ms$/),
      expect.stringMatching(/^request: GET \/v3\/orders\/%ZZ → 400 invalid_percent_encoding [\d.]+ ms$/),
      expect.stringMatching(/^request: GET \/v3\/oauth\/token\?client_secret&page_size → 200 [\d.]+ ms$/),
    ]);
    expect(logged.join("\n")).not.toContain("shh-secret-value");
  });

  it("resets the state with the spec as it is now, and says so when there is no state", async () => {
    const resets: unknown[] = [];
    const state: StorefrontState = { routes: [], answer: () => undefined, reset: (doc) => (resets.push(doc), { carts: 2, orders: 1 }) };
    const supervisor = supervise(async () => engine().prism);
    const stateful = await serve({ supervisor, state: () => state, readDoc: () => ({ paths: { "/x": {} } }) });
    expect(await (await fetch(`${stateful.url}/__mock/reset`, { method: "POST" })).json()).toEqual({ reset: true, dropped: { carts: 2, orders: 1 } });
    expect(resets).toEqual([{ paths: { "/x": {} } }]);
    expect((await fetch(`${stateful.url}/__mock/reset`)).status).toBe(405);
    const stateless = await serve({ supervisor });
    const refused = await fetch(`${stateless.url}/__mock/reset`, { method: "POST" });
    expect(refused.status).toBe(404);
    expect((await refused.json()).error_code).toBe("not_stateful");
  });
});
