/**
 * Per-call options: a call's `timeoutMs`, `maxRetries` and `signal` override the client's for that
 * call only; invalid values are a ScalevInputError and nothing is sent.
 */
import { describe, expect, it } from "vitest";
import { ScalevInputError, ScalevTimeoutError } from "../../src/index.ts";
import { hang, json, text, useTestClient, type Handler } from "../support/http-test-server.ts";

const { server, client } = useTestClient({ apiKey: "sk_test_percall00000001" });
const unavailable = text(503, "Service Unavailable", { "retry-after": "0" });
const slow =
  (ms: number): Handler =>
  (req, res) =>
    setTimeout(() => json(200, { ok: true })(req, res), ms);

describe("timeoutMs per call", () => {
  it("a shorter one than the client's ends the attempt", async () => {
    server.reply(hang);
    const error = await client({ timeoutMs: 60_000, maxRetries: 0 }).GET("/v3/orders/tags", { timeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevTimeoutError);
    expect((error as Error).message).toMatch(/timed out after 100 ms/);
  });

  it("a longer one than the client's lets a slow answer arrive", async () => {
    server.reply(slow(300));
    const { data } = await client({ timeoutMs: 100, maxRetries: 0 }).GET("/v3/orders/tags", { timeoutMs: 5_000 });
    expect(data).toEqual({ ok: true });
  });

  it("applies to that call only", async () => {
    const scalev = client({ timeoutMs: 100, maxRetries: 0 });
    server.reply(slow(300), slow(300));
    await scalev.GET("/v3/orders/tags", { timeoutMs: 5_000 });
    await expect(scalev.GET("/v3/orders/tags", {})).rejects.toBeInstanceOf(ScalevTimeoutError);
  });
});

describe("maxRetries per call", () => {
  it("more than the client's", async () => {
    server.reply(unavailable, unavailable, json(200, { ok: true }));
    const { data } = await client({ maxRetries: 0 }).GET("/v3/orders/tags", { maxRetries: 2 });
    expect(data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(3);
  });

  it("none, on a client that retries", async () => {
    server.reply(unavailable, json(200, { ok: true }));
    const { response } = await client({ maxRetries: 3 }).GET("/v3/orders/tags", { maxRetries: 0 });
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it("with request(), and with use() middleware registered", async () => {
    const scalev = client({ maxRetries: 0 });
    server.reply(unavailable, json(200, {}));
    expect((await scalev.request("get", "/v3/orders/tags", { maxRetries: 1 })).response.status).toBe(200);
    scalev.use({ onRequest: () => undefined });
    server.reply(unavailable, json(200, {}));
    expect((await scalev.GET("/v3/orders/tags", { maxRetries: 1 })).response.status).toBe(200);
    expect(server.requests).toHaveLength(4);
  });
});

describe("signal per call", () => {
  it("aborts the call, also while waiting between retries, and is not retried", async () => {
    server.reply(text(503, "down", { "retry-after": "30" }), json(200, {}));
    const controller = new AbortController();
    const call = client({ maxRetries: 3 }).GET("/v3/orders/tags", { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("left the page")), 100);
    await expect(call).rejects.toThrow("left the page");
    expect(server.requests).toHaveLength(1);
  });
});

describe("invalid per-call options", () => {
  it.each([
    { timeoutMs: 0 },
    { timeoutMs: -1 },
    { timeoutMs: Number.NaN },
    { timeoutMs: "100" },
    { maxRetries: -1 },
    { maxRetries: 1.5 },
    { maxRetries: "2" },
    { signal: "abort" },
    { redirect: "sometimes" },
  ])("%o: ScalevInputError, nothing sent", async (options) => {
    await expect(client().GET("/v3/orders/tags", options as never)).rejects.toBeInstanceOf(ScalevInputError);
    expect(server.requests).toHaveLength(0);
  });
});
