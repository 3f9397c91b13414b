/**
 * `undefined` means "not set" everywhere the package takes an option: a client option, a per-call
 * option, a query parameter, a paginate() or parseWebhook() option given as undefined behaves exactly
 * as when it is left out. That is what `createScalevClient({ apiKey: process.env.SCALEV_API_KEY })`
 * relies on, and what the types say under exactOptionalPropertyTypes (test/types/strict.test.ts).
 */
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createScalevClient, paginate, parseWebhook, ScalevWebhookError, type ScalevClientOptions } from "../../src/index.ts";
import { json, useTestServer, type RecordedRequest } from "../support/http-test-server.ts";

const server = useTestServer();
const API_KEY = "sk_test_undefined0000001";
const ACCESS_TOKEN = "oat_test_undefined_000001";

/** Every client option; a Record over the type, so a new option fails to compile until it is listed here. */
const CLIENT_OPTIONS: Record<keyof ScalevClientOptions, true> = {
  baseUrl: true,
  allowInsecureHttp: true,
  businessUniqueId: true,
  maxRetries: true,
  timeoutMs: true,
  maxRetryDelayMs: true,
  throttle: true,
  fetch: true,
  userAgent: true,
  allowSecretKeyInBrowser: true,
  apiKey: true,
  accessToken: true,
  storefrontApiKey: true,
  customerToken: true,
  guestToken: true,
  pageApiKey: true,
  checkoutIntentToken: true,
};

/** What the server saw, minus what differs between any two requests. */
const seen = ({ method, url, headers, body }: RecordedRequest) => {
  const { host: _host, connection: _connection, ...rest } = headers;
  return { method, url, headers: rest, body };
};

async function sentBy(options: ScalevClientOptions): Promise<ReturnType<typeof seen>> {
  server.reset();
  await createScalevClient(options).GET("/v3/orders", { params: { query: { search: "Budi" } } });
  return seen(server.requests.at(-1)!);
}

describe("undefined client options", () => {
  it.each(Object.keys(CLIENT_OPTIONS).filter((name) => name !== "baseUrl"))("%s: undefined sends what leaving it out sends", async (name) => {
    // apiKey itself is the one left undefined in its case: the access token carries the call.
    const base: ScalevClientOptions = { baseUrl: server.url, ...(name === "apiKey" ? { accessToken: ACCESS_TOKEN } : { apiKey: API_KEY }) };
    expect(await sentBy({ ...base, [name]: undefined })).toEqual(await sentBy(base));
  });

  it("baseUrl: undefined is the default API origin", async () => {
    const urls: string[] = [];
    const fetch = async (request: Request) => {
      urls.push(request.url);
      return Response.json({ data: [] });
    };
    await createScalevClient({ apiKey: API_KEY, fetch: fetch as typeof globalThis.fetch, baseUrl: undefined }).GET("/v3/orders/tags", {});
    await createScalevClient({ apiKey: API_KEY, fetch: fetch as typeof globalThis.fetch }).GET("/v3/orders/tags", {});
    expect(urls).toEqual(["https://api.scalev.com/v3/orders/tags", "https://api.scalev.com/v3/orders/tags"]);
  });

  it("maxRetries: undefined retries as many times as the default (2)", async () => {
    const busy = json(503, { error: "busy" }, { "retry-after": "0" });
    server.reply(busy, busy, busy, busy);
    const { response } = await createScalevClient({ baseUrl: server.url, apiKey: API_KEY, maxRetries: undefined }).GET("/v3/orders/tags", {});
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(3);
  });

  it("apiKey: undefined with no other credential: a business call names the credentials it needs, nothing is sent", async () => {
    const scalev = createScalevClient({ baseUrl: server.url, apiKey: undefined });
    await expect(scalev.GET("/v3/orders/tags", {})).rejects.toThrow(/needs apiKey or accessToken/);
    expect(server.requests).toHaveLength(0);
  });
});

describe("undefined per call", () => {
  it("timeoutMs, maxRetries, signal, baseUrl, headers and query values: as if left out", async () => {
    const scalev = createScalevClient({ baseUrl: server.url, apiKey: API_KEY, maxRetries: 1 });
    const busy = json(503, { error: "busy" }, { "retry-after": "0" });
    server.reply(busy, busy);
    await scalev.GET("/v3/orders", {
      params: { query: { search: "Budi", search_field: undefined, page_size: undefined } },
      timeoutMs: undefined,
      maxRetries: undefined,
      signal: undefined,
      baseUrl: undefined,
      headers: undefined,
    });
    // The client's maxRetries (1) applied: two attempts, each without the undefined query values.
    expect(server.requests.map((r) => r.url)).toEqual(["/v3/orders?search=Budi", "/v3/orders?search=Budi"]);
  });
});

describe("undefined options of the helpers", () => {
  it("paginate(): maxItems, maxPages, pageSize, direction and signal undefined page through everything", async () => {
    server.reply(
      json(200, { data: [{ id: 1 }], has_next: true, next_cursor: "c2" }),
      json(200, { data: [{ id: 2 }], has_next: false, next_cursor: null }),
    );
    const scalev = createScalevClient({ baseUrl: server.url, apiKey: API_KEY });
    const ids: unknown[] = [];
    const options = { maxItems: undefined, maxPages: undefined, pageSize: undefined, direction: undefined, signal: undefined };
    for await (const order of paginate(scalev, "/v3/orders", {}, options)) ids.push(order.id);
    expect(ids).toEqual([1, 2]);
  });

  it("parseWebhook(): allowUnknownEvents undefined refuses an unknown event, as the default does", async () => {
    const secret = "test-signing-secret-undefined";
    const body = JSON.stringify({ event: "shipment.status.updated", data: {} });
    const headers = { "x-scalev-hmac-sha256": createHmac("sha256", secret).update(body).digest("base64") };
    const error = await parseWebhook(body, headers, secret, { allowUnknownEvents: undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevWebhookError);
    expect((error as ScalevWebhookError).reason).toBe("unknown_event");
  });
});
