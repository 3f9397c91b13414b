import { describe, it, expect, inject } from "vitest";
import { contractClient, expectContract, TEST_CREDENTIALS } from "../support/contract.ts";

const scalev = contractClient();
const store_id = "store_vlzpML8edzxO5roOdV7Oyfn6";
const storePath = { path: { store_id } };
const item = { type: "variant" as const, variant_id: 5531, quantity: 1 };

describe("Storefront contract: catalog and locations", () => {
  it("listStorefrontItems", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/public/items", { params: { ...storePath, query: { page_size: 25 } } }));
    expect(body.is_paginated).toBe(true);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("countStorefrontItems", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/public/items/count", { params: storePath }));
    expect(body.total).toBeGreaterThanOrEqual(0);
  });

  it("getStorefrontProduct", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/public/products/{slug}", { params: { path: { store_id, slug: "kemeja-batik-parang" } } }),
    );
    expect(typeof body).toBe("object");
  });

  it("listStorefrontCategories", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/public/categories", { params: storePath }));
    expect(body.is_paginated).toBe(false);
  });

  it("getStorefrontVariantPricing", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/public/variants/pricing", { params: { ...storePath, query: { ids: "5531,5532" } } }),
    );
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
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/public/locations/provinces", { params: storePath }));
    expect(body.is_paginated).toBe(false);
  });

  it("listStorefrontLocationCities", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/public/locations/cities", { params: { ...storePath, query: { province_id: 31 } } }),
    );
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("listStorefrontLocationSubdistricts", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/public/locations/subdistricts", { params: { ...storePath, query: { city_id: 3174 } } }),
    );
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("listStorefrontLocationPostalCodes", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/public/locations/{location_id}/postal-codes", { params: { path: { store_id, location_id: 31741 } } }),
    );
    expect(body.is_paginated).toBe(false);
  });
});

describe("Storefront contract: guest cart", () => {
  it("getGuestCart returns the guest token header", async () => {
    const call = scalev.GET("/v3/stores/{store_id}/public/cart", { params: storePath });
    const { response } = await call;
    expect(response.headers.get("x-scalev-guest-token")).toBeTruthy();
    const body = await expectContract(call);
    expect(typeof body).toBe("object");
  });

  it("getGuestCart with a guest token", async () => {
    const guest = contractClient({ guestToken: "b6f1c2d4-3e5a-4f7b-9c8d-1a2b3c4d5e6f" });
    const body = await expectContract(guest.GET("/v3/stores/{store_id}/public/cart", { params: storePath }));
    expect(typeof body).toBe("object");
  });

  it("addGuestCartItem", async () => {
    const body = await expectContract(scalev.POST("/v3/stores/{store_id}/public/cart/items", { params: storePath, body: item }));
    expect(typeof body).toBe("object");
  });

  it("updateGuestCartItem", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/stores/{store_id}/public/cart/items/{item_id}", { params: { path: { store_id, item_id: "1" } }, body: { quantity: 2 } }),
    );
    expect(typeof body).toBe("object");
  });

  it("removeGuestCartItem", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/stores/{store_id}/public/cart/items/{item_id}", { params: { path: { store_id, item_id: "1" } } }),
    );
    expect(typeof body).toBe("object");
  });

  it("mergeGuestCart", async () => {
    const guest = contractClient({ guestToken: "b6f1c2d4-3e5a-4f7b-9c8d-1a2b3c4d5e6f" });
    const body = await expectContract(guest.POST("/v3/stores/{store_id}/public/cart/merge", { params: storePath }));
    expect(typeof body).toBe("object");
  });
});

describe("Storefront contract: guest checkout and public orders", () => {
  it("listPublicCheckoutShippingOptions", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/checkout/shipping-options", {
        params: storePath,
        body: { items: [item], destination: { location_id: 31741, postal_code: "12130" }, payment_method: "bank_transfer" },
      }),
    );
    expect(body.data[0]?.courier_service_id).toBe(12);
    expect(typeof body.data[0]?.cost).toBe("number");
  });

  it("getPublicCheckoutSummary", async () => {
    const body = await expectContract(scalev.POST("/v3/stores/{store_id}/public/checkout/summary", { params: storePath, body: {} }));
    expect(body.gross_revenue).toBe("197000.00");
  });

  it("checkDiscountCode", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/discount-codes/check", { params: storePath, body: { code: "BATIKHEMAT" } }),
    );
    expect(typeof body.is_eligible).toBe("boolean");
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

  it("createPublicCheckout", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/checkout", {
        params: storePath,
        body: {
          items: [item],
          customer_name: "Budi Santoso",
          customer_email: "budi.santoso@example.com",
          customer_phone: "6281234567890",
          shipping_address: "Jl. Wijaya I No. 12, RT 003/RW 005",
          shipping_location_id: 31741,
          shipping_subdistrict: "Kebayoran Baru",
          shipping_postal_code: "12130",
          courier_service_id: 12,
          warehouse_unique_id: "warehouse_Jk8Tq2Lm5Np1",
          courier_aggregator_code: "lincah",
          payment_method: "bank_transfer",
        },
      }),
    );
    expect(body.secret_slug).toBeTruthy();
    expect(body.redirect_url).toMatch(/^https:\/\//);
  });

  it("getStorefrontPublicOrder", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/public/orders/{secret_slug}", { params: { path: { store_id, secret_slug: "p7RbN4sQe1Yz" } } }),
    );
    expect(body.secret_slug).toBeTruthy();
  });

  it("updateStorefrontPublicOrder", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/stores/{store_id}/public/orders/{secret_slug}", {
        params: { path: { store_id, secret_slug: "p7RbN4sQe1Yz" } },
        body: { transferproof_url: "https://cdn.scalev.com/transfer-proofs/p7RbN4sQe1Yz/bukti-transfer.jpg", notes: "Sudah transfer" },
      }),
    );
    expect(body.public_order_url).toBeTruthy();
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
      headers: { "X-Scalev-Storefront-Api-Key": TEST_CREDENTIALS.storefrontApiKey, "X-Scalev-Guest-Token": "b6f1c2d4-3e5a-4f7b-9c8d-1a2b3c4d5e6f" },
    });
    expect(res.status).toBe(200);
  });

  it("rejects a guest cart route with only a guest token", async () => {
    const res = await fetch(`${inject("prismUrl")}/v3/stores/${store_id}/public/cart`, {
      headers: { "X-Scalev-Guest-Token": "b6f1c2d4-3e5a-4f7b-9c8d-1a2b3c4d5e6f" },
    });
    expect(res.status).toBe(401);
  });
});
