import { describe, it, expect } from "vitest";
import { contractClient, expectContract, TEST_CREDENTIALS } from "../support/contract.ts";

const PAGE_API_KEY = "page_key_test_contract00000";
const CHECKOUT_INTENT_TOKEN = "cit_test_contract000000000";
const GUEST_TOKEN = "b6f1c2d4-3e5a-4f7b-9c8d-1a2b3c4d5e6f";

const scalev = contractClient({ pageApiKey: PAGE_API_KEY, checkoutIntentToken: CHECKOUT_INTENT_TOKEN });

const store_id = "store_vlzpML8edzxO5roOdV7Oyfn6";
const page_unique_id = "page_540f48019f525f41";
const checkout_intent_id = "019e8b10-2c3d-7e4f-9a50-6b7c8d9e0f11";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const startBody = {
  recaptcha_token: "03AFcWeA6-recaptcha-test-token",
  client_session_id: "7d2c5e1a-4b3f-4c6d-8e9f-0a1b2c3d4e5f",
  form_widget_id: "form_kemeja_batik",
  items: [{ type: "variant" as const, variant_id: 5531, quantity: 1 }],
  attribution: { utm_source: "facebook", utm_medium: "cpc", utm_campaign: "promo-juni" },
  source_url: "https://batiknusantara.myscalev.com/kemeja-batik-parang-promo",
};

const snapshotBody = {
  sequence: 1,
  fields: {
    customer_name: "Budi Santoso",
    customer_phone: "6281234567890",
    customer_email: "budi.santoso@example.com",
    shipping_location_id: 31741,
    shipping_postal_code: "12130",
    payment_method: "bank_transfer",
    custom_fields: [{ key: "ukuran", label: "Ukuran", value: "M" }],
  },
  items: [{ type: "bundle_price_option" as const, bundle_price_option_id: 301, quantity: 1 }],
};

describe("Checkout intents contract: capture (storefront and HTML Mode page)", () => {
  it("createStorefrontCheckoutIntent", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/checkout-intents", { params: { path: { store_id } }, body: startBody }),
    );
    expect(body).toMatchObject({ form_widget_id: startBody.form_widget_id, status: "active", last_sequence: 0 });
    expect(body.checkout_intent_token).toMatch(/^cit_/);
  });

  it("updateStorefrontCheckoutIntent", async () => {
    await expectContract(
      scalev.PATCH("/v3/stores/{store_id}/public/checkout-intents/{checkout_intent_id}", {
        params: { path: { store_id, checkout_intent_id } },
        body: snapshotBody,
      }),
      { status: 204 },
    );
  });

  it("createPageCheckoutIntent", async () => {
    const body = await expectContract(
      scalev.POST("/v3/pages/{page_unique_id}/checkout-intents", { params: { path: { page_unique_id } }, body: startBody }),
    );
    expect(body.id).toMatch(UUID);
    expect(Date.parse(body.expires_at)).toBeGreaterThan(Date.parse(body.started_at));
  });

  it("updatePageCheckoutIntent", async () => {
    await expectContract(
      scalev.PATCH("/v3/pages/{page_unique_id}/checkout-intents/{checkout_intent_id}", {
        params: { path: { page_unique_id, checkout_intent_id } },
        body: { ...snapshotBody, sequence: 2, source_url: startBody.source_url },
      }),
      { status: 204 },
    );
  });

  it("getCheckoutIntentPrefill", async () => {
    const body = await expectContract(
      scalev.GET("/v3/checkout-intents/prefill", { params: { query: { checkout_intent_prefill_token: "cip_8Lm2Qx7Tz4Wb9Kc1" } } }),
    );
    expect(body.data.checkout_intent.id).toMatch(UUID);
    expect(body.data.checkout_intent.fields.customer_email).toBe("budi.santoso@example.com");
    expect(body.data.checkout_intent.items[0]?.currency).toBe("IDR");
  });
});

describe("Checkout intents contract: merchant follow-up", () => {
  it("listCheckoutIntents", async () => {
    const body = await expectContract(
      scalev.GET("/v3/checkout-intents", {
        params: {
          query: {
            status: "abandoned",
            search: "budi",
            store_unique_id: store_id,
            page_unique_id,
            form_widget_id: "form_kemeja_batik",
            started_at_from: "2026-06-01T00:00:00Z",
            started_at_until: "2026-06-30T23:59:59Z",
            sort_by: "last_activity_at",
            sort_direction: "desc",
            page_size: 20,
          },
        },
      }),
    );
    expect(body.is_paginated).toBe(true);
    for (const intent of body.data) expect(intent.status).toBe("abandoned");
    expect(body.data[0]?.page?.unique_id).toBe(page_unique_id);
  });

  it("getCheckoutIntent", async () => {
    const body = await expectContract(scalev.GET("/v3/checkout-intents/{checkout_intent_id}", { params: { path: { checkout_intent_id } } }));
    expect(body.id).toBe(checkout_intent_id);
    expect(body.store?.unique_id).toBe(store_id);
    expect(body.recovery_url).toContain("checkout_intent_prefill_token=cip_");
  });

  it("sendCheckoutIntentFollowUpEmail", async () => {
    await expectContract(
      scalev.POST("/v3/checkout-intents/{checkout_intent_id}/follow-up-email", { params: { path: { checkout_intent_id } } }),
      { status: 204 },
    );
  });
});

describe("Checkout intents: credentials per route family", () => {
  const CREDENTIAL_HEADERS = ["authorization", "x-scalev-storefront-api-key", "x-scalev-guest-token", "x-scalev-page-api-key", "x-scalev-checkout-intent-token"];
  const credentials = { ...TEST_CREDENTIALS, pageApiKey: PAGE_API_KEY, checkoutIntentToken: CHECKOUT_INTENT_TOKEN, guestToken: GUEST_TOKEN };
  const secrets = [...Object.values(credentials), "cit_4fQm9Lx2Tz7Wb3Kc8Rn1"];

  // One client holding every credential; a middleware added after the client's own sees the final headers.
  const client = contractClient(credentials);
  const sent = new Map<string, { url: string; headers: Headers }>();
  client.use({
    onRequest({ request, schemaPath }) {
      sent.set(`${request.method} ${schemaPath}`, { url: request.url, headers: new Headers(request.headers) });
    },
  });

  /** The credential headers of the last request to an operation, and a check that no secret went anywhere else. */
  function credentialHeadersOf(operation: string): Record<string, string> {
    const recorded = sent.get(operation);
    expect(recorded, `${operation} was not sent`).toBeDefined();
    const found: Record<string, string> = {};
    recorded!.headers.forEach((value, name) => {
      if (CREDENTIAL_HEADERS.includes(name)) found[name] = value;
      else for (const secret of secrets) expect(value, `${operation}: a credential in ${name}`).not.toContain(secret);
    });
    for (const secret of secrets) expect(recorded!.url, `${operation}: a credential in the URL`).not.toContain(secret);
    return found;
  }

  interface RouteCase {
    operation: string;
    call: () => Promise<{ data?: unknown; error?: unknown; response: Response }>;
    headers: Record<string, string>;
  }
  const business = { authorization: `Bearer ${credentials.apiKey}` };
  // Starting an intent replaces the configured token with the one the start answer carries (the spec example's).
  const STARTED_TOKEN = "cit_4fQm9Lx2Tz7Wb3Kc8Rn1";
  const routes: RouteCase[] = [
    {
      operation: "POST /v3/stores/{store_id}/public/checkout-intents",
      call: () => client.POST("/v3/stores/{store_id}/public/checkout-intents", { params: { path: { store_id } }, body: startBody }),
      headers: { "x-scalev-storefront-api-key": credentials.storefrontApiKey },
    },
    {
      operation: "PATCH /v3/stores/{store_id}/public/checkout-intents/{checkout_intent_id}",
      call: () =>
        client.PATCH("/v3/stores/{store_id}/public/checkout-intents/{checkout_intent_id}", { params: { path: { store_id, checkout_intent_id } }, body: snapshotBody }),
      headers: { "x-scalev-storefront-api-key": credentials.storefrontApiKey, "x-scalev-checkout-intent-token": STARTED_TOKEN },
    },
    {
      operation: "POST /v3/pages/{page_unique_id}/checkout-intents",
      call: () => client.POST("/v3/pages/{page_unique_id}/checkout-intents", { params: { path: { page_unique_id } }, body: startBody }),
      headers: { "x-scalev-page-api-key": PAGE_API_KEY },
    },
    {
      operation: "PATCH /v3/pages/{page_unique_id}/checkout-intents/{checkout_intent_id}",
      call: () =>
        client.PATCH("/v3/pages/{page_unique_id}/checkout-intents/{checkout_intent_id}", { params: { path: { page_unique_id, checkout_intent_id } }, body: snapshotBody }),
      headers: { "x-scalev-page-api-key": PAGE_API_KEY, "x-scalev-checkout-intent-token": STARTED_TOKEN },
    },
    {
      operation: "GET /v3/checkout-intents/prefill",
      call: () => client.GET("/v3/checkout-intents/prefill", { params: { query: { checkout_intent_prefill_token: "cip_8Lm2Qx7Tz4Wb9Kc1" } } }),
      headers: {},
    },
    {
      operation: "GET /v3/checkout-intents",
      call: () => client.GET("/v3/checkout-intents", { params: { query: { page_size: 20 } } }),
      headers: business,
    },
    {
      operation: "GET /v3/checkout-intents/{checkout_intent_id}",
      call: () => client.GET("/v3/checkout-intents/{checkout_intent_id}", { params: { path: { checkout_intent_id } } }),
      headers: business,
    },
    {
      operation: "POST /v3/checkout-intents/{checkout_intent_id}/follow-up-email",
      call: () => client.POST("/v3/checkout-intents/{checkout_intent_id}/follow-up-email", { params: { path: { checkout_intent_id } } }),
      headers: business,
    },
  ];

  for (const { operation, call, headers } of routes) {
    it(`${operation} sends exactly its own credentials`, async () => {
      await expectContract(call());
      expect(credentialHeadersOf(operation)).toEqual(headers);
    });
  }
});
