/**
 * Retries, Retry-After / X-Ratelimit-Reset, timeouts, cancellation, rate-limit visibility and
 * throttling, against a real local HTTP server.
 */
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import {
  createScalevClient,
  ScalevConnectionError,
  ScalevResponseError,
  ScalevTimeoutError,
} from "../../src/index.ts";
import { isRetryableFailure, isRetryableStatus, neverReachedServer } from "../../src/retry.ts";
import { parseRetryAfter, readRateLimit, resetToEpochMs } from "../../src/rate-limit.ts";
import { hang, json, text, useTestClient, type Handler } from "../support/http-test-server.ts";

const API_KEY = "sk_test_retry00000000001";
const ORDER = "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11";

const { server, client } = useTestClient({ apiKey: API_KEY });
const getOrder = (c: ReturnType<typeof client>, init: { signal?: AbortSignal } = {}) =>
  c.GET("/v3/orders/{id}", { params: { path: { id: ORDER } }, ...init });
const createOrder = (c: ReturnType<typeof client>) =>
  c.POST("/v3/orders", { body: { store_unique_id: "store_vlzpML8edzxO5roOdV7Oyfn6", customer_name: "Budi Santoso" } } as never);
/** A 503 that asks for an immediate retry, so tests don't wait for the backoff. */
const unavailable = text(503, "Service Unavailable", { "retry-after": "0" });

/** A loopback port with nothing listening: connections are refused. */
async function closedPort(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}`;
}

describe("retry policy", () => {
  it.each(["GET", "PUT", "DELETE", "HEAD"])("%s: retried on 408, 429, 5xx", (method) => {
    for (const status of [408, 429, 500, 502, 503, 504]) expect(isRetryableStatus(method, status)).toBe(true);
    for (const status of [400, 401, 403, 404, 409, 422]) expect(isRetryableStatus(method, status)).toBe(false);
    expect(isRetryableFailure(method, new TypeError("fetch failed"))).toBe(true);
  });

  it.each(["POST", "PATCH"])("%s: retried on 429 and refused connections only", (method) => {
    expect(isRetryableStatus(method, 429)).toBe(true);
    for (const status of [408, 500, 502, 503, 504]) expect(isRetryableStatus(method, status)).toBe(false);
    expect(isRetryableFailure(method, new TypeError("fetch failed", { cause: { code: "ECONNRESET" } }))).toBe(false);
    expect(isRetryableFailure(method, new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } }))).toBe(true);
    expect(isRetryableFailure(method, undefined)).toBe(false);
  });

  it("finds ECONNREFUSED through causes and AggregateErrors", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    expect(neverReachedServer(new TypeError("fetch failed", { cause: new AggregateError([refused, refused]) }))).toBe(true);
    expect(neverReachedServer(new TypeError("fetch failed", { cause: new AggregateError([refused, new Error("reset")]) }))).toBe(false);
  });
});

describe("retries against a server", () => {
  it("GET: 1 + maxRetries attempts on 5xx, then the last answer", async () => {
    server.reply(unavailable, unavailable, unavailable, unavailable);
    const { error, response } = await getOrder(client({ maxRetries: 2 }));
    expect(server.requests).toHaveLength(3);
    expect(response.status).toBe(503);
    expect(error).toEqual({ error: "Service Unavailable", message: "Service Unavailable" });
  });

  it("GET: succeeds on the retry that works", async () => {
    server.reply(unavailable, json(200, { id: ORDER }));
    const { data } = await getOrder(client());
    expect(data).toEqual({ id: ORDER });
    expect(server.requests).toHaveLength(2);
  });

  it.each(["PUT", "DELETE"] as const)("%s: retried on 5xx", async (method) => {
    server.reply(unavailable, json(200, {}));
    const scalev = client();
    const { response } = await (scalev.request as any)(method.toLowerCase(), "/v3/orders/{id}", { params: { path: { id: ORDER } } });
    expect(response.status).toBe(200);
    expect(server.requests.map((r) => r.method)).toEqual([method, method]);
  });

  it("maxRetries: 0 sends once", async () => {
    server.reply(unavailable);
    await getOrder(client({ maxRetries: 0 }));
    expect(server.requests).toHaveLength(1);
  });

  it("POST: not retried on 500 (it may have created the order)", async () => {
    server.reply(json(500, { error: "Internal error" }), json(201, {}));
    const { error, response } = await createOrder(client({ maxRetries: 3 }));
    expect(response.status).toBe(500);
    expect(error).toEqual({ error: "Internal error" });
    expect(server.requests).toHaveLength(1);
  });

  it("POST: retried on 429, resending the same body", async () => {
    server.reply(text(429, "Too Many Requests", { "retry-after": "0" }), json(201, { id: ORDER }));
    const { data } = await createOrder(client());
    expect(data).toEqual({ id: ORDER });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.body).toBe(server.requests[0]!.body);
    expect(JSON.parse(server.requests[1]!.body)).toEqual({ store_unique_id: "store_vlzpML8edzxO5roOdV7Oyfn6", customer_name: "Budi Santoso" });
  });

  it("PATCH: not retried on 503", async () => {
    server.reply(unavailable, json(200, {}));
    const { response } = await client().PATCH("/v3/orders/{id}", { params: { path: { id: ORDER } }, body: { notes: "x" } } as never);
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it("4xx other than 408/429 are not retried", async () => {
    server.reply(json(404, { error: "Not found" }), json(200, {}));
    const { response } = await getOrder(client());
    expect(response.status).toBe(404);
    expect(server.requests).toHaveLength(1);
  });

  it("Retry-After in seconds is honoured", async () => {
    server.reply(text(429, "slow down", { "retry-after": "1" }), json(200, { id: ORDER }));
    const started = Date.now();
    const { data } = await getOrder(client());
    expect(data).toEqual({ id: ORDER });
    expect(server.requests).toHaveLength(2);
    // waited for the server's delay, not a shorter backoff (a lower bound, not a timing threshold)
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("Retry-After as an HTTP date is honoured", async () => {
    const at = new Date(Date.now() + 1500).toUTCString();
    server.reply(text(503, "down", { "retry-after": at }), json(200, { id: ORDER }));
    const started = Date.now();
    await getOrder(client());
    expect(server.requests).toHaveLength(2);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(at));
    expect(Date.now() - started).toBeGreaterThan(0);
  });

  it("X-Ratelimit-Reset on a 429 is honoured (seconds to wait)", async () => {
    server.reply(text(429, "Too Many Requests", { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1" }), json(200, { id: ORDER }));
    const started = Date.now();
    await getOrder(client());
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("a server-requested wait above maxRetryDelayMs is not made: the 429 comes back", async () => {
    server.reply(text(429, "Too Many Requests", { "retry-after": "3600" }), json(200, {}));
    const { response, error } = await getOrder(client({ maxRetryDelayMs: 1000 }));
    expect(response.status).toBe(429);
    expect(error).toEqual({ error: "Too Many Requests", message: "Too Many Requests" });
    expect(server.requests).toHaveLength(1);
  });

  it("connection refused: retried for GET and POST, then ScalevConnectionError", async () => {
    const baseUrl = await closedPort();
    let attempts = 0;
    const counting: typeof fetch = (input, init) => {
      attempts++;
      return fetch(input, init);
    };
    const scalev = createScalevClient({ baseUrl, apiKey: API_KEY, maxRetries: 1, fetch: counting });
    const error = await getOrder(scalev).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevConnectionError);
    expect(attempts).toBe(2);
    attempts = 0;
    await expect(createOrder(scalev)).rejects.toBeInstanceOf(ScalevConnectionError);
    expect(attempts).toBe(2);
  });

  it("other network errors: GET retried, POST not", async () => {
    let attempts = 0;
    const resetting: typeof fetch = async () => {
      attempts++;
      throw new TypeError("fetch failed", { cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) });
    };
    const scalev = client({ fetch: resetting, maxRetries: 2 });
    await expect(getOrder(scalev)).rejects.toBeInstanceOf(ScalevConnectionError);
    expect(attempts).toBe(3);
    attempts = 0;
    await expect(createOrder(scalev)).rejects.toBeInstanceOf(ScalevConnectionError);
    expect(attempts).toBe(1);
  });
});

describe("bodies that break", () => {
  const truncated: Handler = (_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"id":"019e812d-7320-7a3c-9d4e-5a2b8c7d9e11","order_id":"2606');
  };
  const cutMidBody: Handler = (_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": "4000" });
    res.write('{"id":"019e');
    setTimeout(() => res.socket?.destroy(), 5);
  };
  const stallAfterHeaders: Handler = (_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": "4000" });
    res.write('{"id":"019e');
  };

  it("GET: invalid JSON in a 2xx body is retried", async () => {
    server.reply(truncated, json(200, { id: ORDER }));
    const { data } = await getOrder(client());
    expect(data).toEqual({ id: ORDER });
    expect(server.requests).toHaveLength(2);
  });

  it("POST: invalid JSON in a 2xx body is a ScalevResponseError, not retried", async () => {
    server.reply(truncated, json(201, {}));
    await expect(createOrder(client())).rejects.toBeInstanceOf(ScalevResponseError);
    expect(server.requests).toHaveLength(1);
  });

  it("GET: a connection cut mid-body is retried; POST: ScalevConnectionError", async () => {
    server.reply(cutMidBody, json(200, { id: ORDER }));
    expect((await getOrder(client())).data).toEqual({ id: ORDER });
    expect(server.requests).toHaveLength(2);
    server.reset();
    server.reply(cutMidBody, json(201, {}));
    await expect(createOrder(client())).rejects.toBeInstanceOf(ScalevConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it("the timeout covers a body that stalls after the headers", async () => {
    server.reply(stallAfterHeaders, stallAfterHeaders);
    await expect(getOrder(client({ timeoutMs: 100, maxRetries: 1 }))).rejects.toBeInstanceOf(ScalevTimeoutError);
    expect(server.requests).toHaveLength(2);
  });

  it("the read body still serves every parseAs, clone() and a second json()", async () => {
    const scalev = client();
    const cloned: unknown[] = [];
    scalev.use({ onResponse: async ({ response }) => void cloned.push(await response.clone().json()) });
    for (const parseAs of ["text", "arrayBuffer", "blob", "stream"] as const) server.reply(json(200, { id: ORDER }));
    const asText = await scalev.GET("/v3/orders/{id}", { params: { path: { id: ORDER } }, parseAs: "text" });
    expect(JSON.parse(asText.data as string)).toEqual({ id: ORDER });
    const asBuffer = await scalev.GET("/v3/orders/{id}", { params: { path: { id: ORDER } }, parseAs: "arrayBuffer" });
    expect(new TextDecoder().decode(asBuffer.data as ArrayBuffer)).toBe(JSON.stringify({ id: ORDER }));
    const asBlob = await scalev.GET("/v3/orders/{id}", { params: { path: { id: ORDER } }, parseAs: "blob" });
    expect(await (asBlob.data as Blob).text()).toBe(JSON.stringify({ id: ORDER }));
    const asStream = await scalev.GET("/v3/orders/{id}", { params: { path: { id: ORDER } }, parseAs: "stream" });
    expect(await new Response(asStream.data as ReadableStream).json()).toEqual({ id: ORDER });
    expect(cloned).toEqual([{ id: ORDER }, { id: ORDER }, { id: ORDER }, { id: ORDER }]);
  });

  it("keeps status, headers and url of the answer", async () => {
    server.reply(json(200, { id: ORDER }, { "x-request-id": "req_9" }));
    const { data, response } = await getOrder(client());
    expect(data).toEqual({ id: ORDER });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req_9");
    expect(response.url).toBe(`${server.url}/v3/orders/${ORDER}`);
  });
});

describe("timeouts and cancellation", () => {
  it("an attempt that exceeds timeoutMs is retried (GET), then ScalevTimeoutError", async () => {
    server.reply(hang, hang);
    const error = await getOrder(client({ timeoutMs: 100, maxRetries: 1 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevTimeoutError);
    expect((error as Error).message).toMatch(/timed out after 100 ms/);
    expect(server.requests).toHaveLength(2);
  });

  it("a POST that times out is not retried", async () => {
    server.reply(hang, json(201, {}));
    await expect(createOrder(client({ timeoutMs: 100, maxRetries: 2 }))).rejects.toBeInstanceOf(ScalevTimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it("a timed-out attempt followed by a good one succeeds", async () => {
    server.reply(hang, json(200, { id: ORDER }));
    const { data } = await getOrder(client({ timeoutMs: 100 }));
    expect(data).toEqual({ id: ORDER });
  });

  it("the caller's signal aborts an attempt in flight and is not retried", async () => {
    server.reply(hang, json(200, {}));
    const controller = new AbortController();
    const call = getOrder(client({ maxRetries: 3 }), { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await call.catch((e: unknown) => e);
    expect((error as Error).name).toBe("AbortError");
    expect(server.requests).toHaveLength(1);
  });

  it("the caller's signal aborts during a backoff wait, with its own reason", async () => {
    server.reply(text(503, "down", { "retry-after": "30" }), json(200, {}));
    const controller = new AbortController();
    const reason = new Error("user navigated away");
    const call = getOrder(client({ maxRetries: 3 }), { signal: controller.signal });
    while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    setTimeout(() => controller.abort(reason), 20);
    await expect(call).rejects.toBe(reason);
    expect(server.requests).toHaveLength(1);
  });

  it("an already aborted signal sends nothing", async () => {
    await expect(getOrder(client(), { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
    expect(server.requests).toHaveLength(0);
  });
});

describe("rate limits", () => {
  it("exposes the last X-Ratelimit-* values as scalev.rateLimit", async () => {
    const scalev = client();
    expect(scalev.rateLimit).toBeUndefined();
    server.reply(json(200, {}, { "x-ratelimit-limit": "100", "x-ratelimit-remaining": "97", "x-ratelimit-reset": "7" }));
    const before = Date.now();
    await getOrder(scalev);
    expect(scalev.rateLimit).toMatchObject({ limit: 100, remaining: 97, reset: 7 });
    expect(scalev.rateLimit!.resetAt).toBeGreaterThanOrEqual(before + 7000);
    await getOrder(scalev); // no headers: the last known values stay
    expect(scalev.rateLimit).toMatchObject({ remaining: 97 });
  });

  it("reads X-Ratelimit-Reset as epoch seconds above 10^9, seconds to wait below", () => {
    expect(resetToEpochMs(1_900_000_000, 0)).toBe(1_900_000_000_000);
    expect(resetToEpochMs(5, 1_000)).toBe(6_000);
    expect(readRateLimit(new Headers({ "x-ratelimit-remaining": "0" }))).toMatchObject({ remaining: 0, limit: undefined });
    expect(readRateLimit(new Headers())).toBeUndefined();
  });

  it("parses Retry-After seconds and HTTP dates", () => {
    expect(parseRetryAfter("2", 0)).toBe(2000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it("throttle: waits for the reset instead of sending into an empty bucket", async () => {
    const scalev = client({ throttle: true });
    server.reply(
      json(200, {}, { "x-ratelimit-limit": "2", "x-ratelimit-remaining": "1", "x-ratelimit-reset": "1" }),
      json(200, {}, { "x-ratelimit-limit": "2", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1" }),
      json(200, {}, { "x-ratelimit-limit": "2", "x-ratelimit-remaining": "1", "x-ratelimit-reset": "1" }),
    );
    await getOrder(scalev);
    await getOrder(scalev);
    const emptied = Date.now();
    await getOrder(scalev);
    expect(server.requests).toHaveLength(3);
    expect(Date.now() - emptied).toBeGreaterThanOrEqual(950);
  });

  it("throttle (the default) vs throttle: false with an empty bucket", async () => {
    // throttle: false sends into a bucket that resets in an hour (a throttled client would wait that hour)
    const eager = client({ throttle: false, maxRetryDelayMs: 10 * 3_600_000 });
    server.reply(json(200, {}, { "x-ratelimit-limit": "2", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "3600" }), json(200, {}));
    await getOrder(eager);
    await getOrder(eager);
    expect(server.requests).toHaveLength(2);
    server.reset();
    const patient = client();
    server.reply(json(200, {}, { "x-ratelimit-limit": "2", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1" }), json(200, {}));
    await getOrder(patient);
    const emptied = Date.now();
    await getOrder(patient);
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - emptied).toBeGreaterThanOrEqual(950);
  });

  it("throttle: concurrent requests wait for the first answer, then use the budget", async () => {
    const scalev = client({ throttle: true });
    server.reply((_req, res) =>
      setTimeout(() => {
        res.writeHead(200, { "content-type": "application/json", "x-ratelimit-limit": "100", "x-ratelimit-remaining": "99", "x-ratelimit-reset": "10" });
        res.end("{}");
      }, 50),
    );
    const results = await Promise.all([getOrder(scalev), getOrder(scalev), getOrder(scalev)]);
    expect(results.map((r) => r.response.status)).toEqual([200, 200, 200]);
    expect(server.requests).toHaveLength(3);
  });
});
