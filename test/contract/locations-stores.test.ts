import { describe, it, expect } from "vitest";
import { contractClient, expectContract, expectOpenObject } from "../support/contract.ts";

const scalev = contractClient();

// Business store routes take the numeric store id; GET /v3/stores/{store_id}/products takes either
// the numeric id or the store's unique_id (the unique_id form is exercised below).
const STORE_ID = 1021;
const STORE_UID = "store_vlzpML8edzxO5roOdV7Oyfn6";
const KEY_ID = "0199a3c2-5e1f-7b2a-9c4d-3e5f6a7b8c91";
const ORIGIN_ID = "0199a3c4-1a2b-7c3d-8e4f-5a6b7c8d9e02";
const storePath = { path: { store_id: STORE_ID } };

describe("Locations contract", () => {
  it("listLocations", async () => {
    const body = await expectContract(scalev.GET("/v3/locations", { params: { query: { search: "kebayoran", page_size: 25 } } }));
    expect(body.is_paginated).toBe(true);
    expect(body.data[0]?.id).toBe(31741);
    expect(body.data[0]?.subdistrict_name).toBe("Kebayoran Baru");
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
  it("listBusinessStores", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores", { params: { query: { page_size: 10, search: "batik", product_id: 812, has_domain: false } } }),
    );
    expect(body.is_paginated).toBe(true);
    expect(body.data[0]?.unique_id).toBe(STORE_UID);
    expect(body.data[0]?.bundles?.[0]?.bundle_price_options[0]?.id).toBe(301);
  });

  it("createBusinessStore", async () => {
    const body = await expectContract(scalev.POST("/v3/stores", { body: { name: "Batik Nusantara Official", custom_domain_id: null } }));
    expect(body.name).toBe("Batik Nusantara Official");
    expect(body.unique_id).toMatch(/^store_/);
  });

  it("getBusinessStore", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{id}", { params: { path: { id: STORE_ID } } }));
    expect(body.id).toBe(STORE_ID);
    expect(body.products?.flatMap((product) => product.variants ?? []).length).toBeGreaterThan(0);
  });

  it("updateBusinessStore", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/stores/{id}", {
        params: { path: { id: STORE_ID } },
        body: { is_public: true, is_unique_code: false, postal_code_requirement: "autofill", digital_only_complete_type: "auto" },
      }),
    );
    expect(body.id).toBe(STORE_ID);
    expect(body.is_public).toBe(true);
  });

  it("deleteBusinessStore (204)", async () => {
    const body = await expectContract(scalev.DELETE("/v3/stores/{id}", { params: { path: { id: STORE_ID } } }), { status: 204 });
    expect(body).toBeUndefined();
  });

  it("listBusinessStoresSimplified", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/simplified", { params: { query: { page_size: 10 } } }));
    expect(body.is_paginated).toBe(true);
    expect(body.data[0]).toMatchObject({ id: STORE_ID });
  });

  it("listBusinessStoreProducts", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/products", { params: { path: { store_id: STORE_UID }, query: { page_size: 25 } } }),
    );
    expect(body.is_paginated).toBe(true);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("listBusinessStoreBundles", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/bundles", { params: storePath }));
    expect(body.is_paginated).toBe(true);
    expect(body.has_next).toBeTypeOf("boolean");
  });

  it("getBusinessStoreBundle", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/bundles/{bundle_id}", { params: { path: { store_id: STORE_ID, bundle_id: "418" } } }),
    );
    expect(body.id).toBe(418);
    expect(body.bundle_price_options[0]?.id).toBe(301);
  });

  it("attachBusinessStoreBundlePriceOptions", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/bundle-price-options", { params: storePath, body: { bpo_ids: [301] } }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });

  it("getBusinessStoreBundlePriceOption", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/bundle-price-options/{id}", { params: { path: { store_id: STORE_ID, id: "301" } } }),
    );
    expect(body.id).toBe(301);
    expect(body.price).toBe(520000);
  });

  it("getBusinessStoreBundlePriceOptionRelations", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/bundle-price-options/{id}/relations", { params: { path: { store_id: STORE_ID, id: "301" } } }),
    );
    expectOpenObject(body);
  });

  it("detachBusinessStoreBundlePriceOption", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/stores/{store_id}/bundle-price-options/{id}", { params: { path: { store_id: STORE_ID, id: "301" } } }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });

  it("getBusinessStoreVariant", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/variants/{variant_id}", { params: { path: { store_id: STORE_ID, variant_id: "5531" } } }),
    );
    expect(body.id).toBe(5531);
    expect(body.sku).toBe("KBP-M-BIRU");
  });

  it("searchBusinessStoreProductKnowledge", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/product-knowledge", {
        params: { ...storePath, query: { search: "ukuran", product_id: 812, variant_id: 5531, limit: 5 } },
      }),
    );
    expect(body.is_paginated).toBe(false);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("listBusinessStorePaymentMethods", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/payment-methods", { params: storePath }));
    expect(body.is_paginated).toBe(false);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("listBusinessStorePaymentAccounts", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/payment-accounts", { params: storePath }));
    expect(body.is_paginated).toBe(true);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("listBusinessStoreSalesPeople", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/sales-people", { params: { ...storePath, query: { page_size: 25 } } }));
    expect(body.is_paginated).toBe(true);
    expect(body.data[0]?.percentage).toBeTypeOf("number");
  });

  it("listBusinessStorePages", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/pages", { params: storePath }));
    expect(body.is_paginated).toBe(true);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("listBusinessStoreChannels", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/channels", { params: storePath }));
    expect(body.is_paginated).toBe(true);
    expect(Array.isArray(body.data)).toBe(true);
  });
});

describe("Storefront setup contract", () => {
  it("listStorefrontPublicApiKeys", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/public-api-keys", { params: storePath }));
    expect(body.is_paginated).toBe(false);
    expect(body.data[0]?.token).toMatch(/^sfpk_/);
  });

  it("createStorefrontPublicApiKey", async () => {
    const body = await expectContract(scalev.POST("/v3/stores/{store_id}/public-api-keys", { params: storePath }));
    expect(body.token).toMatch(/^sfpk_/);
    expect(body.store_id).toBe(STORE_ID);
  });

  it("revokeStorefrontPublicApiKey", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/stores/{store_id}/public-api-keys/{id}", { params: { path: { store_id: STORE_ID, id: KEY_ID } } }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });

  it("listStorefrontAllowedOrigins", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/storefront/allowed-origins", { params: storePath }));
    expect(body.is_paginated).toBe(false);
    expect(body.data[0]?.status).toBe("active");
  });

  it("createStorefrontAllowedOrigin", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/storefront/allowed-origins", { params: storePath, body: { origin: "https://batiknusantara.com" } }),
    );
    expect(body.id).toBe(ORIGIN_ID);
    expect(body.store_id).toBe(STORE_ID);
  });

  it("revokeStorefrontAllowedOrigin", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/stores/{store_id}/storefront/allowed-origins/{id}", { params: { path: { store_id: STORE_ID, id: ORIGIN_ID } } }),
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
    expect(body.data[0]?.weight).toBe(400);
  });

  it("searchCourierServices", async () => {
    const body = await expectContract(
      scalev.POST("/v3/shipping-costs/search-courier-service", {
        body: { location_id: 31741, payment_method: "cod", postal_code: "12130", store_id: STORE_ID, warehouse_id: 45, weight: 400 },
      }),
    );
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data[0]?.weight).toBe(400);
    expect(body.data[0]?.warehouse).toMatchObject({ id: 45 });
  });

  it("searchWarehouses", async () => {
    const body = await expectContract(
      scalev.POST("/v3/shipping-costs/search-warehouse", {
        body: { destination_id: 31741, store_id: STORE_ID, variants: [{ variant_id: 5531, qty: 2 }] },
      }),
    );
    expect(body.data[0]?.destination).toMatchObject({ id: 31741 });
    expect(body.data[0]?.distance_km).toBeTypeOf("number");
  });
});
