import { describe, it, expect, inject } from "vitest";
import { contractClient, expectContract, TEST_CREDENTIALS } from "../support/contract.ts";

const scalev = contractClient();
const store_id = "store_vlzpML8edzxO5roOdV7Oyfn6";
const storePath = { path: { store_id } };
const subscriptionId = "019e1b21-6e7f-7a8b-9c0d-1e2f3a4b5c61";
const subscriptionItemId = "019e1b21-7f80-7b9c-8d0e-2f3a4b5c6d71";

describe("Customer Auth contract", () => {
  it("loginCustomer", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/auth/login", {
        params: storePath,
        body: { email: "budi.santoso@example.com", password: "Batik#2026aman", login_as: "customer" },
      }),
    );
    expect("access" in body || "message" in body).toBe(true);
  });

  it("loginCustomer (OTP required: {message} only)", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/auth/login", {
        params: storePath,
        headers: { Prefer: "example=otp_required" },
        body: { email: "budi.santoso@example.com", password: "Batik#2026aman" },
      }),
    );
    expect("message" in body && typeof body.message === "string").toBe(true);
    expect("access" in body).toBe(false);
  });

  it("verifyCustomerOtp", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/auth/otp/verify", { params: storePath, body: { email: "budi.santoso@example.com", otp: "482913" } }),
    );
    expect(body.token_type).toBe("Bearer");
    expect(body.store_unique_id).toBe(store_id);
  });

  it("refreshCustomerJwt", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/auth/jwt/refresh", { params: storePath, body: { refresh: "eyJhbGciOiJIUzI1NiJ9.refresh.sig" } }),
    );
    expect(body.expires_in).toBe(900);
    expect(body.refresh_expires_in).toBe(2592000);
  });

  it("blacklistCustomerJwt", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/auth/jwt/blacklist", { params: storePath, body: { tokens: ["access.jwt", "refresh.jwt"] } }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });

  it("startCustomerPasswordReset", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/auth/forget-password", { params: storePath, body: { email: "budi.santoso@example.com" } }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });

  it("saveCustomerPassword", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/auth/save-password", { params: storePath, body: { token: "rst_9Xw2Lm4Qa7Tb", password: "Parang!Biru2026" } }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });
});

describe("Customer Account contract", () => {
  it("getCustomerMe", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/customers/me", { params: storePath }));
    expect(typeof body).toBe("object");
  });

  it("updateCustomerMe", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/stores/{store_id}/customers/me", { params: storePath, body: { name: "Budi Santoso", date_of_birth: "1990-08-17" } }),
    );
    expect(typeof body).toBe("object");
  });

  it("setCustomerPassword", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/customers/me/set-new-password", { params: storePath, body: { password: "Parang!Biru2026" } }),
    );
    expect(typeof body).toBe("object");
  });

  it("listCustomerMeAddresses", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/customers/me/addresses", { params: { ...storePath, query: { page_size: 25 } } }));
    expect(body.is_paginated).toBe(true);
  });

  it("createCustomerMeAddress", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/customers/me/addresses", {
        params: storePath,
        body: { name: "Budi Santoso", phone: "6281234567890", location_id: 31741, address: "Jl. Wijaya I No. 12, RT 003/RW 005", postal_code: "12130" },
      }),
    );
    expect(body.location?.id).toBe(31741);
  });

  it("getCustomerMeAddress", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/customers/me/addresses/{address_id}", { params: { path: { store_id, address_id: "9012" } } }),
    );
    expect(body.id).toBe(9012);
  });

  it("updateCustomerMeAddress", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/stores/{store_id}/customers/me/addresses/{address_id}", {
        params: { path: { store_id, address_id: "9012" } },
        body: { notes: "Rumah cat hijau, sebelah warung" },
      }),
    );
    expect(body.postal_code).toBe("12130");
  });

  it("deleteCustomerMeAddress", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/stores/{store_id}/customers/me/addresses/{address_id}", { params: { path: { store_id, address_id: "9012" } } }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });
});

describe("Customer Cart and Checkout contract", () => {
  it("getCustomerCart", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/customers/me/cart", { params: storePath }));
    expect(typeof body).toBe("object");
  });

  it("addCustomerCartItem", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/customers/me/cart/items", { params: storePath, body: { variant_id: 5531, quantity: 1 } }),
      { status: 201 },
    );
    expect(typeof body).toBe("object");
  });

  it("updateCustomerCartItem", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/stores/{store_id}/customers/me/cart/items/{item_id}", { params: { path: { store_id, item_id: "1" } }, body: { quantity: 2 } }),
    );
    expect(typeof body).toBe("object");
  });

  it("removeCustomerCartItem", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/stores/{store_id}/customers/me/cart/items/{item_id}", { params: { path: { store_id, item_id: "1" } } }),
    );
    expect(typeof body).toBe("object");
  });

  it("listCheckoutShippingOptions", async () => {
    const body = await expectContract(scalev.POST("/v3/stores/{store_id}/customers/me/checkout/shipping-options", { params: storePath, body: {} }));
    expect(body.is_paginated).toBe(false);
  });

  it("getCheckoutSummary", async () => {
    const body = await expectContract(scalev.POST("/v3/stores/{store_id}/customers/me/checkout/summary", { params: storePath, body: {} }));
    expect(typeof body).toBe("object");
  });

  it("createCustomerCheckout", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/customers/me/checkout", { params: storePath, body: { items: [{ type: "variant", variant_id: 5531, quantity: 1 }] } }),
    );
    expect(typeof body).toBe("object");
  });
});

describe("Customer Orders contract", () => {
  it("listCustomerOrders", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/customers/me/orders", { params: { ...storePath, query: { page_size: 25 } } }));
    expect(body.is_paginated).toBe(true);
    for (const order of body.data) expect(order.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("getCustomerOrder", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/customers/me/orders/{id}", {
        params: { path: { store_id, id: "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11" } },
      }),
    );
    expect(body.order_id).toBe("260601HPQSPBX");
    expect(body.orderlines.length).toBeGreaterThan(0);
  });
});

describe("Customer Subscriptions and Courses contract", () => {
  it("listCustomerSubscriptions", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/customers/me/subscriptions", { params: { ...storePath, query: { status: "active", page_size: 25 } } }),
    );
    expect(body.data[0]?.status).toBe("active");
  });

  it("getCustomerSubscription", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/customers/me/subscriptions/{id}", { params: { path: { store_id, id: subscriptionId } } }),
    );
    expect(body.id).toBe(subscriptionId);
  });

  it("cancelCustomerSubscription", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/customers/me/subscriptions/{id}/cancel", { params: { path: { store_id, id: subscriptionId } } }),
    );
    expect(body.is_cancel_at_period_end).toBe(true);
  });

  it("resumeCustomerSubscription", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/customers/me/subscriptions/{id}/resume", { params: { path: { store_id, id: subscriptionId } } }),
    );
    expect(body.is_cancel_at_period_end).toBe(false);
  });

  it("listSubscriptionUpgradeOptions", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/customers/me/subscription-items/{id}/upgrade", { params: { path: { store_id, id: subscriptionItemId } } }),
    );
    expect(body.is_paginated).toBe(false);
  });

  it("upgradeSubscriptionItem", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/customers/me/subscription-items/{id}/upgrade", {
        params: { path: { store_id, id: subscriptionItemId } },
        body: { variant_id: 6121 },
      }),
    );
    expect(body.subscription_items?.[0]?.variant_id).toBe(6121);
  });

  it("listSubscriptionDowngradeOptions", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/customers/me/subscription-items/{id}/downgrade", { params: { path: { store_id, id: subscriptionItemId } } }),
    );
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("downgradeSubscriptionItem", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/customers/me/subscription-items/{id}/downgrade", {
        params: { path: { store_id, id: subscriptionItemId } },
        body: { variant_id: 6119 },
      }),
    );
    expect(body.subscription_items?.[0]?.variant_id).toBe(6119);
  });

  it("updateCustomerCourseContentProgress", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/stores/{store_id}/customers/me/course-contents/{uuid}", {
        params: { path: { store_id, uuid: "019e2c31-1a2b-7c3d-8e4f-5a6b7c8d9e91" } },
        body: {},
      }),
    );
    expect(typeof body).toBe("object");
  });
});

describe("Customer security (raw fetch against Prism)", () => {
  const url = () => `${inject("prismUrl")}/v3/stores/${store_id}/customers/me`;

  it("rejects a customer route without a customer bearer", async () => {
    const res = await fetch(url());
    expect(res.status).toBe(401);
  });

  it("rejects a customer route called with only the storefront key", async () => {
    const res = await fetch(url(), { headers: { "X-Scalev-Storefront-Api-Key": TEST_CREDENTIALS.storefrontApiKey } });
    expect(res.status).toBe(401);
  });

  it("accepts a customer route with the customer bearer", async () => {
    const res = await fetch(url(), { headers: { Authorization: `Bearer ${TEST_CREDENTIALS.customerToken}` } });
    expect(res.status).toBe(200);
  });

  it("rejects a customer auth route without the storefront key", async () => {
    const res = await fetch(`${inject("prismUrl")}/v3/stores/${store_id}/public/auth/jwt/refresh`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ refresh: "x" }),
    });
    expect(res.status).toBe(401);
  });
});
