import { describe, it, expect, inject } from "vitest";
import { contractClient, expectContract, TEST_CREDENTIALS } from "../support/contract.ts";

const scalev = contractClient();
const store_id = "store_vlzpML8edzxO5roOdV7Oyfn6";
const storePath = { path: { store_id } };
const item = { type: "variant" as const, variant_id: 5531, quantity: 1 };
const bundleItem = { type: "bundle_price_option" as const, bundle_price_option_id: 301, quantity: 1 };
const destination = { location_id: 31741, postal_code: "12130" };
const WAREHOUSE_UID = "warehouse_Jks8Qm2Lx4Tz";
const GUEST_TOKEN = "b6f1c2d4-3e5a-4f7b-9c8d-1a2b3c4d5e6f";

describe("Storefront contract: catalog and locations", () => {
  it("listStorefrontItems", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/public/items", { params: storePath }));
    expect(body.is_paginated).toBe(true);
    expect(body.data.map((entry) => entry.entity_type)).toEqual(expect.arrayContaining(["product", "bundle_price_option"]));
  });

  it("countStorefrontItems", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/public/items/count", { params: storePath }));
    expect(body.total).toBeGreaterThan(0);
  });

  it("getStorefrontProduct", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/public/products/{slug}", { params: { path: { store_id, slug: "kemeja-batik-parang" } } }),
    );
    expect(body.slug).toBe("kemeja-batik-parang");
    expect(body.variants?.map((variant) => variant.id)).toContain(5531);
  });

  it("getStorefrontBundlePriceOption", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/public/bundle-price-options/{slug}", { params: { path: { store_id, slug: "paket-seragam-batik-3-pcs" } } }),
    );
    expect(body.slug).toBe("paket-seragam-batik-3-pcs");
    expect(body.entity_type).toBe("bundle_price_option");
    expect(body.bundlelines?.length).toBeGreaterThan(0);
  });

  it("listStorefrontCategories", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/public/categories", { params: storePath }));
    expect(body.is_paginated).toBe(false);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("listStorefrontPaymentMethods", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/public/payment-methods", { params: storePath }));
    expect(body.is_paginated).toBe(false);
    expect(body.data[0]?.enabled).toBeTypeOf("boolean");
  });

  it("getStorefrontVariantPricing", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/public/variants/pricing", { params: { ...storePath, query: { ids: "5531,5532" } } }),
    );
    expect(body.is_paginated).toBe(false);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("getStorefrontVariantAvailability", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/public/variants/{variant_id}/availability", { params: { path: { store_id, variant_id: "5531" } } }),
    );
    expect(body.variant_id).toBe(5531);
    expect(body.available).toBe(true);
  });

  it("searchStorefrontLocations", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/public/locations", { params: { ...storePath, query: { search: "kebayoran", page_size: 25 } } }),
    );
    expect(body.data[0]?.id).toBe(31741);
  });

  it("listStorefrontLocationProvinces", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/public/locations/provinces", { params: { ...storePath, query: { search: "jakarta" } } }),
    );
    expect(body.is_paginated).toBe(false);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("listStorefrontLocationCities", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/public/locations/cities", { params: { ...storePath, query: { province_id: 31, search: "jakarta" } } }),
    );
    expect(body.is_paginated).toBe(false);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("listStorefrontLocationSubdistricts", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/public/locations/subdistricts", { params: { ...storePath, query: { city_id: 3174, search: "kebayoran" } } }),
    );
    expect(Array.isArray(body.data)).toBe(true);
    expect(body.page_size).toBeGreaterThan(0);
  });

  it("listStorefrontLocationPostalCodes", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/public/locations/{location_id}/postal-codes", { params: { path: { store_id, location_id: 31741 } } }),
    );
    expect(body.is_paginated).toBe(false);
    expect(Array.isArray(body.data)).toBe(true);
  });
});

describe("Storefront contract: guest cart", () => {
  const guest = contractClient({ guestToken: GUEST_TOKEN });
  const bundleLine = (cart: { items?: { type: string; bundle_price_option_unique_id?: string }[] }) =>
    cart.items?.find((line) => line.type === "bundle_price_option");

  it("getGuestCart returns the guest token header", async () => {
    const call = scalev.GET("/v3/stores/{store_id}/public/cart", { params: storePath });
    const { response } = await call;
    expect(response.headers.get("x-scalev-guest-token")).toBeTruthy();
    const body = await expectContract(call);
    expect(body.items?.length).toBe(body.item_count);
  });

  it("getGuestCart with a guest token", async () => {
    const body = await expectContract(guest.GET("/v3/stores/{store_id}/public/cart", { params: storePath }));
    expect(bundleLine(body)?.bundle_price_option_unique_id).toBe("bpo_Xy7Lm3Qa9Rt2");
  });

  it("addGuestCartItem (variant)", async () => {
    const body = await expectContract(scalev.POST("/v3/stores/{store_id}/public/cart/items", { params: storePath, body: item }), { status: 201 });
    expect(body.items?.find((line) => line.type === "variant")?.variant_id).toBe(5531);
  });

  it("addGuestCartItem (bundle price option)", async () => {
    const body = await expectContract(guest.POST("/v3/stores/{store_id}/public/cart/items", { params: storePath, body: bundleItem }), { status: 201 });
    const line = bundleLine(body);
    expect(line?.bundle_price_option_unique_id).toBe("bpo_Xy7Lm3Qa9Rt2");
    expect(line).toMatchObject({ bundle_price_option_id: 301, variant_id: null });
  });

  it("updateGuestCartItem", async () => {
    const body = await expectContract(
      guest.PATCH("/v3/stores/{store_id}/public/cart/items/{item_id}", { params: { path: { store_id, item_id: "88201" } }, body: { quantity: 2 } }),
    );
    expect(body.items?.find((line) => line.id === 88201)?.quantity).toBe(2);
  });

  it("removeGuestCartItem", async () => {
    const body = await expectContract(
      guest.DELETE("/v3/stores/{store_id}/public/cart/items/{item_id}", { params: { path: { store_id, item_id: "88201" } } }),
    );
    expect(body.items?.map((line) => line.id)).not.toContain(88201);
    expect(body.items?.length).toBe(body.item_count);
    expect(body.total).toBe(520000);
  });

  it("mergeGuestCart", async () => {
    const body = await expectContract(guest.POST("/v3/stores/{store_id}/public/cart/merge", { params: storePath }));
    expect(body.items?.length).toBeGreaterThan(0);
    expect(body.id).toBeTypeOf("number");
  });
});

describe("Storefront contract: guest checkout and public orders", () => {
  it("listPublicCheckoutShippingOptions", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/checkout/shipping-options", {
        params: storePath,
        body: { items: [item, bundleItem], destination, payment_method: "bank_transfer" },
      }),
    );
    expect(body.data[0]?.courier_service_id).toBe(12);
    expect(body.data[0]?.warehouse_unique_id).toBe(WAREHOUSE_UID);
  });

  it("getPublicCheckoutSummary", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/checkout/summary", {
        params: storePath,
        body: { items: [item], destination, payment_method: "bank_transfer", courier_service_id: 12, warehouse_unique_id: WAREHOUSE_UID },
      }),
    );
    const parts = [body.product_price, body.shipping_cost, body.other_income, body.service_fee].map(Number);
    expect(Number(body.gross_revenue)).toBe(parts.reduce((a, b) => a + b, 0));
  });

  it("checkDiscountCode", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/discount-codes/check", {
        params: storePath,
        body: { code: "JUNIHEMAT", items: [item, bundleItem], destination, payment_method: "bank_transfer" },
      }),
    );
    expect(body.is_eligible).toBe(true);
    expect(body.discount_code?.code).toBe("JUNIHEMAT");
  });

  it("checkDiscountCode (unknown code: not a 404)", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/discount-codes/check", {
        params: storePath,
        headers: { Prefer: "example=unknown" },
        body: { code: "TIDAKADA" },
      }),
    );
    expect(body.is_eligible).toBe(false);
    expect(body.discount_code).toBeNull();
  });

  it("createPublicCheckout (a variant line and a bundle line)", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/checkout", {
        params: storePath,
        body: {
          items: [item, bundleItem],
          customer_name: "Budi Santoso",
          customer_email: "budi.santoso@example.com",
          customer_phone: "6281234567890",
          shipping_address: "Jl. Wijaya I No. 12, RT 003/RW 005",
          shipping_location_id: 31741,
          shipping_subdistrict: "Kebayoran Baru",
          shipping_postal_code: "12130",
          courier_service_id: 12,
          warehouse_unique_id: WAREHOUSE_UID,
          courier_aggregator_code: "lincah",
          payment_method: "bank_transfer",
        },
      }),
      { status: 201 },
    );
    expect(body.secret_slug).toBeTruthy();
    expect(body.redirect_url).toMatch(/^https:\/\//);
    expect(Number(body.gross_revenue)).toBe(Number(body.product_price) + Number(body.shipping_cost));
  });

  it("getStorefrontPublicOrder", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/public/orders/{secret_slug}", { params: { path: { store_id, secret_slug: "p7RbN4sQe1Yz" } } }),
    );
    expect(body.secret_slug).toBe("p7RbN4sQe1Yz");
    expect(body.order_id).toBe("260602KRTWMZA");
  });

  it("updateStorefrontPublicOrder", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/stores/{store_id}/public/orders/{secret_slug}", {
        params: { path: { store_id, secret_slug: "p7RbN4sQe1Yz" } },
        body: { transferproof_url: "https://cdn.scalev.com/transfer-proofs/p7RbN4sQe1Yz/bukti-transfer.jpg", notes: "Sudah transfer" },
      }),
    );
    expect(body.public_order_url).toMatch(/\/p7RbN4sQe1Yz$/);
  });

  it("createStorefrontPublicOrderPayment", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/orders/{secret_slug}/payment", { params: { path: { store_id, secret_slug: "p7RbN4sQe1Yz" } } }),
    );
    expect(body.payment_method).toBeTruthy();
  });

  it("createStorefrontPublicOrderTransferProofUpload", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/orders/{secret_slug}/transfer-proof-upload", {
        params: { path: { store_id, secret_slug: "p7RbN4sQe1Yz" } },
        body: { filename: "bukti-transfer.jpg", content_type: "image/jpeg", content_length: 284512 },
      }),
    );
    expect(body.upload_url).toMatch(/^https:\/\//);
    expect(body.file_url).toMatch(/^https:\/\//);
    expect(body.size_in_bytes).toBe(284512);
  });
});

describe("Storefront contract: conversion events (204)", () => {
  const pageUrl = "https://batiknusantara.com/produk/kemeja-batik-parang";
  const bought = {
    variants: [{ variant_unique_id: "variant_9Qm2LxT4aB7cD1eF", quantity: 1 }],
    bundle_price_options: [{ bundle_price_option_unique_id: "bpo_Xy7Lm3Qa9Rt2", quantity: 1 }],
  };

  it("sendStorefrontMetaConversionEvent", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/analytics/meta/events", {
        params: storePath,
        body: {
          event_source_url: pageUrl,
          user_data: { em: "budi.santoso@example.com", fbp: "fb.1.1780300000000.1234567890" },
          events: [{ event_id: "evt_01J0ATC5531", event_name: "AddToCart", parameters: { currency: "IDR", value: 185000 } }],
          ...bought,
        },
      }),
      { status: 204 },
    );
    expect(body ?? undefined).toBeUndefined();
  });

  it("sendStorefrontTiktokConversionEvent", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/analytics/tiktok/events", {
        params: storePath,
        body: {
          event_source_url: pageUrl,
          user: { email: "budi.santoso@example.com", ttclid: "E.C.P.v3ttclid" },
          events: [{ event_id: "evt_01J0ATC5531", event: "AddToCart", parameters: { currency: "IDR", value: 185000 } }],
          ...bought,
        },
      }),
      { status: 204 },
    );
    expect(body ?? undefined).toBeUndefined();
  });

  it("sendStorefrontSnackVideoConversionEvent", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/analytics/snackvideo/events", {
        params: storePath,
        body: {
          click_id: "sv_click_7Hq2Lm9X",
          event_source_url: pageUrl,
          events: [{ event_name: "EVENT_ADD_TO_CART", properties: { currency: "IDR", value: 185000, quantity: 1 } }],
          ...bought,
        },
      }),
      { status: 204 },
    );
    expect(body ?? undefined).toBeUndefined();
  });
});

describe("Storefront security (raw fetch against Prism)", () => {
  const url = () => `${inject("prismUrl")}/v3/stores/${store_id}/public/items/count`;

  it("rejects a storefront route without the storefront key", async () => {
    const res = await fetch(url());
    expect(res.status).toBe(401);
  });

  it("accepts a storefront route with the storefront key", async () => {
    const res = await fetch(url(), { headers: { "X-Scalev-Storefront-Api-Key": TEST_CREDENTIALS.storefrontApiKey } });
    expect(res.status).toBe(200);
  });

  it("accepts a guest cart route with the storefront key plus guest token", async () => {
    const res = await fetch(`${inject("prismUrl")}/v3/stores/${store_id}/public/cart`, {
      headers: { "X-Scalev-Storefront-Api-Key": TEST_CREDENTIALS.storefrontApiKey, "X-Scalev-Guest-Token": GUEST_TOKEN },
    });
    expect(res.status).toBe(200);
  });

  it("rejects a guest cart route with only a guest token", async () => {
    const res = await fetch(`${inject("prismUrl")}/v3/stores/${store_id}/public/cart`, {
      headers: { "X-Scalev-Guest-Token": GUEST_TOKEN },
    });
    expect(res.status).toBe(401);
  });
});
