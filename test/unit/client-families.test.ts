/**
 * The route families the published contract added (issue 18): the page key and the checkout-intent
 * token reach exactly their routes, a started intent's token is kept for its snapshots, rate-limit
 * buckets stay per family, and a 403 from a business route names the scope the call needs.
 */
import { describe, expect, it } from "vitest";
import { createScalevClient, ScalevApiError, ScalevConfigError, unwrap } from "../../src/index.ts";
import { json, useTestClient, type RecordedRequest } from "../support/http-test-server.ts";

const { server, client } = useTestClient();
const store_id = "store_vlzpML8edzxO5roOdV7Oyfn6";
const page_unique_id = "page_540f48019f525f41";
const checkout_intent_id = "019e8b10-2c3d-7e4f-9a50-6b7c8d9e0f11";
const secrets = {
  apiKey: "sk_test_family_business_key",
  storefrontApiKey: "sfpk_test_family_storefront",
  pageApiKey: "pgk_test_family_page_key",
  checkoutIntentToken: "cit_test_family_intent_token",
  customerToken: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjdXN0In0.c2ln",
  guestToken: "b6f1c2d4-3e5a-4f7b-9c8d-1a2b3c4d5e6f",
};
const CREDENTIAL_HEADERS = ["authorization", "x-scalev-storefront-api-key", "x-scalev-guest-token", "x-scalev-page-api-key", "x-scalev-checkout-intent-token"];

const everything = (overrides = {}) => client({ ...secrets, throttle: false, maxRetries: 0, ...overrides });

/** The credential headers a recorded request carried, by name. */
const credentialHeaders = (request: RecordedRequest) =>
  Object.fromEntries(CREDENTIAL_HEADERS.filter((name) => request.headers[name] !== undefined).map((name) => [name, request.headers[name]]));

describe("page key and checkout-intent token routing", () => {
  it("a client holding every credential sends each family exactly its own", async () => {
    const scalev = everything();
    await scalev.GET("/v3/pages/{page_unique_id}/locations", { params: { path: { page_unique_id } } });
    await scalev.PATCH("/v3/pages/{page_unique_id}/checkout-intents/{checkout_intent_id}", {
      params: { path: { page_unique_id, checkout_intent_id } },
      body: { sequence: 2 },
    });
    await scalev.PATCH("/v3/stores/{store_id}/public/checkout-intents/{checkout_intent_id}", {
      params: { path: { store_id, checkout_intent_id } },
      body: { sequence: 3 },
    });
    await scalev.GET("/v3/checkout-intents/prefill", { params: { query: { checkout_intent_prefill_token: "cip_test_prefill" } } });
    await scalev.GET("/v3/pages/{id}", { params: { path: { id: 702 } } });
    await scalev.GET("/v3/stores/{store_id}/public/items", { params: { path: { store_id } } });

    expect(server.requests.map(credentialHeaders)).toEqual([
      { "x-scalev-page-api-key": secrets.pageApiKey },
      { "x-scalev-page-api-key": secrets.pageApiKey, "x-scalev-checkout-intent-token": secrets.checkoutIntentToken },
      { "x-scalev-storefront-api-key": secrets.storefrontApiKey, "x-scalev-checkout-intent-token": secrets.checkoutIntentToken },
      {},
      { authorization: `Bearer ${secrets.apiKey}` },
      { "x-scalev-storefront-api-key": secrets.storefrontApiKey },
    ]);
  });

  it("a page route without the page key is refused before anything is sent", async () => {
    const scalev = createScalevClient({ baseUrl: server.url, storefrontApiKey: secrets.storefrontApiKey });
    await expect(scalev.GET("/v3/pages/{page_unique_id}/locations", { params: { path: { page_unique_id } } })).rejects.toThrow(/pageApiKey/);
    expect(server.requests).toHaveLength(0);
  });
});

describe("the checkout-intent token of a started intent", () => {
  it("is kept from the start answer and sent on that intent's snapshots, never shown in errors", async () => {
    const scalev = createScalevClient({ baseUrl: server.url, storefrontApiKey: secrets.storefrontApiKey, throttle: false });
    expect(scalev.checkoutIntentToken).toBeUndefined();
    server.reply(json(201, { id: checkout_intent_id, checkout_intent_token: "cit_4fQm9Lx2Tz7Wb3Kc8Rn1", status: "active", last_sequence: 0 }));
    await unwrap(
      scalev.POST("/v3/stores/{store_id}/public/checkout-intents", {
        params: { path: { store_id } },
        body: { client_session_id: "3f6c2a8e-5b1d-4e7f-9a0c-2d4b6e8f1a3c", form_widget_id: "checkout", recaptcha_token: "r" },
      }),
    );
    expect(scalev.checkoutIntentToken).toBe("cit_4fQm9Lx2Tz7Wb3Kc8Rn1");
    server.reply(json(422, { error: "sequence cit_4fQm9Lx2Tz7Wb3Kc8Rn1 is stale" }));
    const failure = await unwrap(
      scalev.PATCH("/v3/stores/{store_id}/public/checkout-intents/{checkout_intent_id}", {
        params: { path: { store_id, checkout_intent_id } },
        body: { sequence: 1 },
      }),
    ).catch((error: unknown) => error);
    expect(server.requests[1]!.headers["x-scalev-checkout-intent-token"]).toBe("cit_4fQm9Lx2Tz7Wb3Kc8Rn1");
    expect(failure).toBeInstanceOf(ScalevApiError);
    expect(String(failure)).not.toContain("cit_4fQm9Lx2Tz7Wb3Kc8Rn1");
  });

  it("can be set (a reload) and cleared, and refuses a value a header cannot carry", () => {
    const scalev = createScalevClient({ baseUrl: server.url, storefrontApiKey: secrets.storefrontApiKey });
    scalev.checkoutIntentToken = "cit_restored_after_reload";
    expect(scalev.checkoutIntentToken).toBe("cit_restored_after_reload");
    expect(() => (scalev.checkoutIntentToken = "cit_broken\r\nX-Other: 1")).toThrow(ScalevConfigError);
    expect(scalev.checkoutIntentToken).toBe("cit_restored_after_reload");
    scalev.checkoutIntentToken = undefined;
    expect(scalev.checkoutIntentToken).toBeUndefined();
  });
});

describe("rate-limit buckets per family", () => {
  /** A bucket spent for the next 30 s: the throttle holds that family's next call (maxRetryDelayMs is 60 s). */
  const spent = (limit: number) => ({ "x-ratelimit-limit": String(limit), "x-ratelimit-remaining": "0", "x-ratelimit-reset": "30" });

  it("a spent business bucket holds business and Web Analytics calls (they spend it too), not storefront or page calls", async () => {
    const scalev = everything({ throttle: true, maxRetryDelayMs: 60_000 });
    server.reply(json(200, { data: [], is_paginated: false }, spent(100)));
    await scalev.GET("/v3/orders/tags");
    const held = new AbortController();
    const heldCall = scalev.GET("/v3/orders/tags", { signal: held.signal });
    const heldReport = scalev.GET("/v3/web-analytics/traffic", { params: { query: { from: "2026-06-01", to: "2026-06-30" } }, signal: held.signal });
    await scalev.GET("/v3/stores/{store_id}/public/items", { params: { path: { store_id } } });
    await scalev.GET("/v3/pages/{page_unique_id}/locations/provinces", { params: { path: { page_unique_id } } });
    // The other families answered while the business call and the report still wait for the business bucket.
    expect(server.requests.map((r) => r.url.split("?")[0])).toEqual(["/v3/orders/tags", `/v3/stores/${store_id}/public/items`, `/v3/pages/${page_unique_id}/locations/provinces`]);
    held.abort();
    await expect(heldCall).rejects.toMatchObject({ name: "AbortError" });
    await expect(heldReport).rejects.toMatchObject({ name: "AbortError" });
    expect(server.requests).toHaveLength(3);
  });

  it("a spent Web Analytics cap holds Web Analytics calls, not other business calls", async () => {
    const scalev = everything({ throttle: true, maxRetryDelayMs: 60_000 });
    const range = { params: { query: { from: "2026-06-01", to: "2026-06-30" } } };
    server.reply(json(200, { buckets: [] }, spent(600)));
    await scalev.GET("/v3/web-analytics/traffic", range);
    const held = new AbortController();
    const heldCall = scalev.GET("/v3/web-analytics/pages", { ...range, signal: held.signal });
    await scalev.GET("/v3/orders/tags");
    expect(server.requests.map((r) => r.url.split("?")[0])).toEqual(["/v3/web-analytics/traffic", "/v3/orders/tags"]);
    held.abort();
    await expect(heldCall).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe("a 403 names the scope the call needs", () => {
  it("business routes: the scope from the spec, in the message and in requiredScopes", async () => {
    const scalev = everything();
    server.reply(json(403, { error: "Forbidden" }));
    const error = await unwrap(scalev.GET("/v3/orders")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevApiError);
    expect((error as ScalevApiError).message).toMatch(/answered 403: Forbidden; needs order:list$/);
    expect((error as ScalevApiError).requiredScopes).toEqual(["order:list"]);
    expect(JSON.parse(JSON.stringify(error)).requiredScopes).toEqual(["order:list"]);
  });

  it("says so when no scope is documented, and adds nothing outside business routes or on other statuses", async () => {
    const scalev = everything();
    server.reply(json(403, { error: "Forbidden" }), json(403, { error: "Forbidden" }), json(404, { error: "Not found" }));
    const me = (await unwrap(scalev.GET("/v3/me")).catch((e: unknown) => e)) as ScalevApiError;
    expect(me.message).toContain("the documentation names no scope for this operation");
    expect(me.requiredScopes).toEqual([]);
    const storefront = (await unwrap(scalev.GET("/v3/stores/{store_id}/public/items", { params: { path: { store_id } } })).catch((e: unknown) => e)) as ScalevApiError;
    expect(storefront.message).not.toContain("needs");
    expect(storefront.requiredScopes).toBeUndefined();
    const missing = (await unwrap(scalev.GET("/v3/orders")).catch((e: unknown) => e)) as ScalevApiError;
    expect(missing.status).toBe(404);
    expect(missing.requiredScopes).toBeUndefined();
  });
});
