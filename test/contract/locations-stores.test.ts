import { describe, it, expect } from "vitest";
import { contractClient, expectContract } from "../support/contract.ts";

const scalev = contractClient();

// Business store endpoints take the numeric store id; storefront setup endpoints also accept the
// store unique_id (both forms are exercised below).
const STORE_ID = 1021;
const STORE_UID = "store_vlzpML8edzxO5roOdV7Oyfn6";
const KEY_ID = "0199a3c2-5e1f-7b2a-9c4d-3e5f6a7b8c91";
const ORIGIN_ID = "0199a3c4-1a2b-7c3d-8e4f-5a6b7c8d9e02";

describe("Locations contract", () => {
  it("listLocations", async () => {
    const body = await expectContract(scalev.GET("/v3/locations", { params: { query: { search: "kebayoran", page_size: 25 } } }));
    expect(body.is_paginated).toBe(true);
    expect(body.data[0]?.id).toBeTypeOf("number");
    expect(body.data[0]?.subdistrict_name).toBeTypeOf("string");
  });

  it("listLocationPostalCodes", async () => {
    const body = await expectContract(
      scalev.GET("/v3/locations/{location_id}/postal-codes", { params: { path: { location_id: 31741 } } }),
    );
    expect(body.is_paginated).toBe(false);
    expect(Array.isArray(body.data)).toBe(true);
  });
});

describe("Business stores contract", () => {
  it("listBusinessStoresSimplified", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/simplified", { params: { query: { page_size: 10, search: "batik" } } }));
    expect(body.is_paginated).toBe(true);
    expect(body.data[0]?.id).toBe(STORE_ID);
  });

  it("listBusinessStoreProducts", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/products", { params: { path: { store_id: STORE_ID }, query: { page_size: 25 } } }),
    );
    expect(body.is_paginated).toBe(true);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("listBusinessStoreBundles", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/bundles", { params: { path: { store_id: STORE_ID } } }));
    expect(body.is_paginated).toBe(true);
    expect(body.has_next).toBeTypeOf("boolean");
  });

  it("attachBusinessStoreBundlePriceOptions", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/bundle-price-options", { params: { path: { store_id: STORE_ID } }, body: { bpo_ids: [301] } }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });

  it("detachBusinessStoreBundlePriceOption", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/stores/{store_id}/bundle-price-options/{id}", { params: { path: { store_id: STORE_ID, id: "301" } } }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });

  it("searchBusinessStoreProductKnowledge", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/product-knowledge", {
        params: { path: { store_id: STORE_ID }, query: { search: "ukuran", product_id: 812, variant_id: 5531, limit: 5 } },
      }),
    );
    expect(body.is_paginated).toBe(false);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("listBusinessStorePaymentAccounts", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/payment-accounts", { params: { path: { store_id: STORE_ID } } }),
    );
    expect(body.is_paginated).toBe(true);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("listBusinessStorePages", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/pages", { params: { path: { store_id: STORE_ID } } }));
    expect(body.is_paginated).toBe(true);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("listBusinessStoreChannels", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/channels", { params: { path: { store_id: STORE_ID } } }));
    expect(body.is_paginated).toBe(true);
    expect(Array.isArray(body.data)).toBe(true);
  });
});

describe("Storefront setup contract", () => {
  it("listStorefrontPublicApiKeys", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/public-api-keys", { params: { path: { store_id: STORE_UID } } }),
    );
    expect(body.is_paginated).toBe(false);
    expect(body.data[0]?.token).toMatch(/^sfpk_/);
  });

  it("createStorefrontPublicApiKey", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public-api-keys", { params: { path: { store_id: STORE_ID } } }),
    );
    expect(body.token).toMatch(/^sfpk_/);
    expect(body.store_id).toBe(STORE_ID);
  });

  it("revokeStorefrontPublicApiKey", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/stores/{store_id}/public-api-keys/{id}", { params: { path: { store_id: STORE_UID, id: KEY_ID } } }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });

  it("listStorefrontAllowedOrigins", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/storefront/allowed-origins", { params: { path: { store_id: STORE_ID } } }),
    );
    expect(body.is_paginated).toBe(false);
    expect(body.data[0]?.status).toBe("active");
  });

  it("createStorefrontAllowedOrigin", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/storefront/allowed-origins", {
        params: { path: { store_id: STORE_UID } },
        body: { origin: "https://batiknusantara.com" },
      }),
    );
    expect(body.id).toBeTypeOf("string");
    expect(body.store_id).toBe(STORE_ID);
  });

  it("revokeStorefrontAllowedOrigin", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/stores/{store_id}/storefront/allowed-origins/{id}", {
        params: { path: { store_id: STORE_UID, id: ORIGIN_ID } },
      }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });
});

describe("Shipping contract", () => {
  it("searchShippingCosts", async () => {
    const body = await expectContract(
      scalev.POST("/v3/shipping-costs", {
        body: { courier_codes: ["jne", "sicepat"], location_id: 31741, postal_code: "12130", warehouse_id: 45, weight: 400 },
      }),
    );
    expect(body.is_paginated).toBe(false);
    expect(body.data[0]?.cost).toBeTypeOf("number");
    expect(body.data[0]?.courier_service?.courier?.code).toBeTypeOf("string");
  });

  it("searchCourierServices", async () => {
    const body = await expectContract(
      scalev.POST("/v3/shipping-costs/search-courier-service", {
        body: { location_id: 31741, payment_method: "cod", postal_code: "12130", store_id: STORE_ID, warehouse_id: 45, weight: 400 },
      }),
    );
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data[0]?.courier_service?.id).toBeTypeOf("number");
    expect(body.data[0]?.warehouse?.unique_id).toMatch(/^warehouse_/);
  });

  it("searchWarehouses", async () => {
    const body = await expectContract(
      scalev.POST("/v3/shipping-costs/search-warehouse", {
        body: { destination_id: 31741, store_id: STORE_ID, variants: [{ variant_id: 5531, qty: 2 }] },
      }),
    );
    expect(body.data[0]?.warehouse?.unique_id).toMatch(/^warehouse_/);
    expect(body.data[0]?.destination?.id).toBeTypeOf("number");
  });
});
