/**
 * unwrap(), ScalevApiError and redaction: no message, toString, JSON form or inspect/log output of an
 * error carries a credential, whatever kind.
 */
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  createScalevClient,
  ScalevApiError,
  ScalevConnectionError,
  ScalevError,
  ScalevInputError,
  ScalevTimeoutError,
  unwrap,
} from "../../src/index.ts";
import { redactText, redactValue } from "../../src/redact.ts";
import { hang, json, text, useTestClient, type Handler } from "../support/http-test-server.ts";

const STORE = "store_vlzpML8edzxO5roOdV7Oyfn6";
const ORDER = "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11";
const SECRETS = {
  apiKey: "sk_live_Secret0000000000aaaa",
  accessToken: "oat_opaque_access_token_0001",
  storefrontApiKey: "sfpk_live_4fT9qLmZ2xW8rB1c",
  customerToken: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2VjcmV0c2lnbmF0dXJl",
  guestToken: "b3f1c2d4-guest-token-0001",
  capturedGuestToken: "7d0c9e55-guest-token-captured",
};

const { server, client } = useTestClient({ maxRetries: 0 });

/** Every way an error gets shown: message, String(), JSON, console.log/util.inspect, stack. */
function renderings(error: unknown): string[] {
  const e = error as Error;
  return [e.message, String(e), JSON.stringify(e), inspect(e, { depth: 10 }), e.stack ?? "", JSON.stringify({ ...e })];
}

function expectNoSecrets(error: unknown) {
  for (const shown of renderings(error)) {
    for (const secret of Object.values(SECRETS)) expect(shown).not.toContain(secret);
    expect(shown).not.toMatch(/\b(sk|rk|sfpk)_[A-Za-z0-9]/);
  }
}

/** Echoes every request header and the URL back, with a 401, like a careless server would. */
const echo: Handler = (req, res) => {
  res.writeHead(401, { "content-type": "application/json", "x-scalev-guest-token": SECRETS.capturedGuestToken, "x-echo-authorization": String(req.headers.authorization) });
  res.end(JSON.stringify({ error: `Invalid credentials ${req.headers.authorization} ${req.headers["x-scalev-storefront-api-key"]} ${req.headers["x-scalev-guest-token"]} at ${req.url}`, headers: req.headers, access_token: "whatever" }));
};

describe("unwrap", () => {
  it("returns data on 2xx", async () => {
    server.reply(json(200, { id: ORDER, order_id: "260601HPQSPBX" }));
    const order = await unwrap(client({ apiKey: SECRETS.apiKey }).GET("/v3/orders/{id}", { params: { path: { id: ORDER } } }));
    expect(order).toEqual({ id: ORDER, order_id: "260601HPQSPBX" });
  });

  it("throws ScalevApiError with status, error, errorCode, body, headers, method and URL", async () => {
    server.reply(json(409, { error: "Checkout intent already completed", error_code: "checkout_intent_completed" }, { "x-request-id": "req_1" }));
    const error = await unwrap(client({ apiKey: SECRETS.apiKey }).GET("/v3/orders/{id}", { params: { path: { id: ORDER } } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevApiError);
    expect(error).toBeInstanceOf(ScalevError);
    const apiError = error as ScalevApiError;
    expect(apiError).toMatchObject({
      name: "ScalevApiError",
      status: 409,
      error: "Checkout intent already completed",
      errorCode: "checkout_intent_completed",
      body: { error: "Checkout intent already completed", error_code: "checkout_intent_completed" },
      method: "GET",
      url: `${server.url}/v3/orders/${ORDER}`,
    });
    expect(apiError.headers.get("x-request-id")).toBe("req_1");
    expect(apiError.message).toBe(`GET ${server.url}/v3/orders/${ORDER} answered 409: Checkout intent already completed (checkout_intent_completed)`);
    expect(JSON.parse(JSON.stringify(apiError))).toMatchObject({ status: 409, errorCode: "checkout_intent_completed", method: "GET" });
  });

  it("handles a text/plain 429 body", async () => {
    server.reply(text(429, "Too Many Requests", { "x-ratelimit-remaining": "0", "retry-after": "3600" }));
    const error = (await unwrap(client({ apiKey: SECRETS.apiKey }).GET("/v3/orders/tags", {})).catch((e: unknown) => e)) as ScalevApiError;
    expect(error).toBeInstanceOf(ScalevApiError);
    expect(error).toMatchObject({ status: 429, error: "Too Many Requests", errorCode: undefined, body: "Too Many Requests" });
    expect(error.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(error.message).toMatch(/answered 429: Too Many Requests$/);
  });

  it("handles an error without a body", async () => {
    server.reply((_req, res) => {
      res.writeHead(404, { "content-length": "0" });
      res.end();
    });
    const error = (await unwrap(client({ apiKey: SECRETS.apiKey }).GET("/v3/orders/tags", {})).catch((e: unknown) => e)) as ScalevApiError;
    expect(error).toMatchObject({ status: 404, error: undefined, body: undefined });
    expect(error.message).toMatch(/answered 404: Not Found$/);
  });

  it("refuses something that is not a client result with ScalevInputError", async () => {
    for (const garbage of [undefined, null, 42, "x", {}, { response: {} }, Promise.resolve({ data: 1 })]) {
      await expect(unwrap(garbage as never)).rejects.toBeInstanceOf(ScalevInputError);
    }
  });

  it("lets network errors and timeouts through as typed errors", async () => {
    server.reply(hang);
    await expect(unwrap(client({ apiKey: SECRETS.apiKey, timeoutMs: 50 }).GET("/v3/orders/tags", {}))).rejects.toBeInstanceOf(ScalevTimeoutError);
    const failing: typeof fetch = async () => {
      throw new TypeError("fetch failed");
    };
    await expect(unwrap(client({ apiKey: SECRETS.apiKey, fetch: failing }).GET("/v3/orders/tags", {}))).rejects.toBeInstanceOf(ScalevConnectionError);
  });
});

describe("redaction", () => {
  it("business key: an API error that echoes it", async () => {
    server.reply(echo);
    const error = await unwrap(client({ apiKey: SECRETS.apiKey }).GET("/v3/orders/tags", { params: { query: { search: SECRETS.apiKey } } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevApiError);
    expect(renderings(error).join("\n")).toContain("[REDACTED]");
    expectNoSecrets(error);
  });

  it("OAuth access token (no recognisable shape): redacted because the client sent it", async () => {
    server.reply(echo);
    const error = await unwrap(client({ accessToken: () => SECRETS.accessToken }).GET("/v3/orders/tags", {})).catch((e: unknown) => e);
    expect((error as ScalevApiError).status).toBe(401);
    expectNoSecrets(error);
  });

  it("storefront key, guest token (sent and captured)", async () => {
    // The 201 of a cart call declares the guest-token header: captured; the 401 does not: left alone.
    server.reply(json(201, {}, { "x-scalev-guest-token": SECRETS.capturedGuestToken }), echo);
    const scalev = client({ storefrontApiKey: SECRETS.storefrontApiKey, guestToken: SECRETS.guestToken });
    const addItem = () =>
      unwrap(scalev.POST("/v3/stores/{store_id}/public/cart/items", { params: { path: { store_id: STORE } }, body: { type: "variant", variant_id: 5531, quantity: 1 } } as never));
    await addItem();
    expect(scalev.guestToken).toBe(SECRETS.capturedGuestToken);
    const error = await addItem().catch((e: unknown) => e);
    expect((error as ScalevApiError).status).toBe(401);
    expect(scalev.guestToken).toBe(SECRETS.capturedGuestToken);
    expect((error as ScalevApiError).headers.get("x-scalev-guest-token")).toBe("[REDACTED]");
    expectNoSecrets(error);
  });

  it("customer token", async () => {
    server.reply(echo);
    const error = await unwrap(
      client({ customerToken: SECRETS.customerToken }).GET("/v3/stores/{store_id}/customers/me/addresses", { params: { path: { store_id: STORE } } } as never),
    ).catch((e: unknown) => e);
    expect((error as ScalevApiError).status).toBe(401);
    expectNoSecrets(error);
  });

  it("connection and timeout errors with a key in the URL", async () => {
    const failing: typeof fetch = async (input) => {
      throw new TypeError(`could not reach ${(input as Request).url} with ${(input as Request).headers.get("authorization")}`);
    };
    const connection = await client({ apiKey: SECRETS.apiKey, fetch: failing })
      .GET("/v3/orders/tags", { params: { query: { search: SECRETS.storefrontApiKey } } })
      .catch((e: unknown) => e);
    expect(connection).toBeInstanceOf(ScalevConnectionError);
    expectNoSecrets(connection);
    server.reply(hang);
    const timeout = await client({ apiKey: SECRETS.apiKey, timeoutMs: 50 })
      .GET("/v3/orders/tags", { params: { query: { search: SECRETS.apiKey } } })
      .catch((e: unknown) => e);
    expect(timeout).toBeInstanceOf(ScalevTimeoutError);
    expectNoSecrets(timeout);
  });

  it("configuration errors never quote credentials", () => {
    expect(() => createScalevClient({ apiKey: SECRETS.apiKey, baseUrl: `http://example.com/?key=${SECRETS.apiKey}` })).toThrow(/https/);
    try {
      createScalevClient({ apiKey: SECRETS.apiKey, baseUrl: `http://example.com/?key=${SECRETS.apiKey}` });
    } catch (error) {
      expectNoSecrets(error);
    }
  });

  it("redacts by shape and by sensitive key", () => {
    expect(redactText("key rk_live_abc123 and sk_test_x and sfpk_live_y in text")).toBe("key [REDACTED] and [REDACTED] and [REDACTED] in text");
    expect(redactValue({ access: "a", refresh: "b", nested: [{ client_secret: "c", note: "Bearer eyJa.eyJb.sig" }], id: 5 })).toEqual({
      access: "[REDACTED]",
      refresh: "[REDACTED]",
      nested: [{ client_secret: "[REDACTED]", note: "Bearer [REDACTED]" }],
      id: 5,
    });
  });
});
