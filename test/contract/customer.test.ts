import { describe, it, expect, inject } from "vitest";
import { contractClient, expectContract, TEST_CREDENTIALS } from "../support/contract.ts";

const scalev = contractClient();
const store_id = "store_vlzpML8edzxO5roOdV7Oyfn6";
const storePath = { path: { store_id } };
const subscriptionId = "019e1b21-6e7f-7a8b-9c0d-1e2f3a4b5c61";
const subscriptionItemId = "019e1b21-7f80-7b9c-8d0e-2f3a4b5c6d71";
const ADDRESS_ID = "120345";
// Kelas Membatik Online: a section of the course and a content of that section.
const courseVariantUuid = "019c1f10-2a3b-7c4d-8e5f-6a7b8c9d0e11";
const courseSectionUuid = "019c2a30-1b2c-7d3e-8f4a-5b6c7d8e9f10";
const courseContentUuid = "019c2a31-2c3d-7e4f-9a5b-6c7d8e9f0a11";

describe("Customer Auth contract", () => {
  it("loginCustomer", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/public/auth/login", {
        params: storePath,
        body: { email: "budi.santoso@example.com", password: "Batik#2026aman", login_as: "customer" },
      }),
    );
    if (!("access" in body)) throw new Error(`expected the token answer, got ${JSON.stringify(body)}`);
    expect(body.token_type).toBe("Bearer");
    expect(body.store_unique_id).toBe(store_id);
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
    expect(body.customer.email).toBe("budi.santoso@example.com");
    expect(body.store.unique_id).toBe(store_id);
  });

  it("updateCustomerMe", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/stores/{store_id}/customers/me", { params: storePath, body: { name: "Budi Santoso", date_of_birth: "1990-08-17" } }),
    );
    expect(body.customer.name).toBe("Budi Santoso");
    expect(body.customer.date_of_birth).toBe("1990-08-17");
  });

  it("setCustomerPassword", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/customers/me/set-new-password", { params: storePath, body: { password: "Parang!Biru2026" } }),
    );
    expect(body.customer.id).toBeTypeOf("number");
    expect(body.is_generated_password_reset).toBeTypeOf("boolean");
  });

  it("listCustomerMeAddresses", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/customers/me/addresses", { params: storePath }));
    expect(body.is_paginated).toBe(true);
    expect(body.data[0]?.location?.id).toBe(31741);
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
      scalev.GET("/v3/stores/{store_id}/customers/me/addresses/{address_id}", { params: { path: { store_id, address_id: ADDRESS_ID } } }),
    );
    expect(String(body.id)).toBe(ADDRESS_ID);
  });

  it("updateCustomerMeAddress", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/stores/{store_id}/customers/me/addresses/{address_id}", {
        params: { path: { store_id, address_id: ADDRESS_ID } },
        body: { notes: "Rumah cat hijau, sebelah warung" },
      }),
    );
    expect(body.postal_code).toBe("12130");
  });

  it("deleteCustomerMeAddress", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/stores/{store_id}/customers/me/addresses/{address_id}", { params: { path: { store_id, address_id: ADDRESS_ID } } }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });
});

describe("Customer Cart and Checkout contract", () => {
  const variantLine = { type: "variant" as const, variant_id: 5531, quantity: 1 };
  const bundleLine = { type: "bundle_price_option" as const, bundle_price_option_id: 301, quantity: 1 };
  const destination = { location_id: 31741, postal_code: "12130" };
  const WAREHOUSE_UID = "warehouse_Jks8Qm2Lx4Tz";

  it("getCustomerCart", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/customers/me/cart", { params: storePath }));
    expect(body.items?.length).toBe(body.item_count);
    expect(body.items?.find((line) => line.type === "bundle_price_option")?.bundle_price_option_unique_id).toBe("bpo_Xy7Lm3Qa9Rt2");
  });

  it("addCustomerCartItem (variant)", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/customers/me/cart/items", { params: storePath, body: { type: "variant", variant_id: 5531, quantity: 2 } }),
      { status: 201 },
    );
    expect(body.items?.find((line) => line.type === "variant")?.variant_id).toBe(5531);
  });

  it("addCustomerCartItem (bundle price option, by unique id)", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/customers/me/cart/items", {
        params: storePath,
        body: { type: "bundle_price_option", bundle_price_option_id: "bpo_Xy7Lm3Qa9Rt2", quantity: 1 },
      }),
      { status: 201 },
    );
    const line = body.items?.find((item) => item.type === "bundle_price_option");
    expect(line?.bundle_price_option_unique_id).toBe("bpo_Xy7Lm3Qa9Rt2");
    expect(line?.variant_id).toBeNull();
  });

  it("updateCustomerCartItem", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/stores/{store_id}/customers/me/cart/items/{item_id}", { params: { path: { store_id, item_id: "88201" } }, body: { quantity: 2 } }),
    );
    expect(body.items?.find((line) => line.id === 88201)?.quantity).toBe(2);
  });

  it("removeCustomerCartItem", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/stores/{store_id}/customers/me/cart/items/{item_id}", { params: { path: { store_id, item_id: "88201" } } }),
    );
    expect(body.items?.map((line) => line.id)).not.toContain(88201);
    expect(body.total).toBe(520000);
  });

  it("listCheckoutAddresses", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/customers/me/checkout/addresses", { params: storePath }));
    expect(body.is_paginated).toBe(false);
    expect(body.data[0]?.location?.id).toBe(31741);
  });

  it("listCheckoutPaymentMethods", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/customers/me/checkout/payment-methods", { params: storePath }));
    expect(body.payment_methods).toContain("bank_transfer");
    expect(body.payment_accounts[0]?.method).toBe("bank_transfer");
  });

  it("listCheckoutShippingOptions", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/customers/me/checkout/shipping-options", {
        params: storePath,
        body: { items: [variantLine, bundleLine], ...destination, payment_method: "bank_transfer" },
      }),
    );
    expect(body.is_paginated).toBe(false);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("getCheckoutSummary", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/customers/me/checkout/summary", {
        params: storePath,
        body: { items: [variantLine], ...destination, courier_service_id: 12, warehouse_unique_id: WAREHOUSE_UID, payment_method: "bank_transfer" },
      }),
    );
    const parts = [body.product_price, body.shipping_cost, body.other_income, body.service_fee].map(Number);
    expect(Number(body.gross_revenue)).toBe(parts.reduce((a, b) => a + b, 0));
  });

  it("createCustomerCheckout (a variant line and a bundle line)", async () => {
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/customers/me/checkout", {
        params: storePath,
        body: {
          items: [variantLine, bundleLine],
          address_id: 120345,
          courier_service_id: 12,
          warehouse_unique_id: WAREHOUSE_UID,
          payment_method: "bank_transfer",
        },
      }),
      { status: 201 },
    );
    expect(body.secret_slug).toBeTruthy();
    expect(body.payment_url).toBe(`${body.public_order_url}/success`);
  });
});

describe("Customer Orders contract", () => {
  it("listCustomerOrders", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/customers/me/orders", { params: storePath }));
    expect(body.is_paginated).toBe(true);
    expect(body.data.length).toBeGreaterThan(0);
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
  const itemPath = { path: { store_id, id: subscriptionItemId } };

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
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/customers/me/subscription-items/{id}/upgrade", { params: itemPath }));
    expect(body.is_paginated).toBe(false);
    expect(body.data[0]?.pricing_type).toBe("recurring");
  });

  it("upgradeSubscriptionItem to an offered option", async () => {
    const options = await expectContract(scalev.GET("/v3/stores/{store_id}/customers/me/subscription-items/{id}/upgrade", { params: itemPath }));
    const option = options.data[0]!;
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/customers/me/subscription-items/{id}/upgrade", { params: itemPath, body: { variant_id: option.id! } }),
    );
    const item = body.subscription_items?.find((entry) => entry.id === subscriptionItemId);
    expect(item?.price).toBe(option.price);
  });

  it("listSubscriptionDowngradeOptions", async () => {
    const body = await expectContract(scalev.GET("/v3/stores/{store_id}/customers/me/subscription-items/{id}/downgrade", { params: itemPath }));
    expect(body.is_paginated).toBe(false);
    expect(body.data[0]?.pricing_type).toBe("recurring");
  });

  it("downgradeSubscriptionItem to an offered option", async () => {
    const options = await expectContract(scalev.GET("/v3/stores/{store_id}/customers/me/subscription-items/{id}/downgrade", { params: itemPath }));
    const option = options.data[0]!;
    const body = await expectContract(
      scalev.POST("/v3/stores/{store_id}/customers/me/subscription-items/{id}/downgrade", { params: itemPath, body: { variant_id: option.id! } }),
    );
    const item = body.subscription_items?.find((entry) => entry.id === subscriptionItemId);
    expect(item?.price).toBe(option.price);
  });

  it("getCustomerVariantCourse", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/customers/me/variants/{uuid}/course", { params: { path: { store_id, uuid: courseVariantUuid } } }),
    );
    expect(body.fullname).toBe("Kelas Membatik Online - Akses Selamanya");
    expect(body.course_sections?.[0]?.uuid).toBe(courseSectionUuid);
    expect(body.course_sections?.[0]?.course_contents?.[0]?.uuid).toBe(courseContentUuid);
  });

  it("getCustomerCourseSection", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/customers/me/course-sections/{uuid}", { params: { path: { store_id, uuid: courseSectionUuid } } }),
    );
    expect(body.uuid).toBe(courseSectionUuid);
    expect(body.course_contents?.length).toBeGreaterThan(0);
  });

  it("getCustomerCourseContent", async () => {
    const body = await expectContract(
      scalev.GET("/v3/stores/{store_id}/customers/me/course-contents/{uuid}", { params: { path: { store_id, uuid: courseContentUuid } } }),
    );
    expect(body.uuid).toBe(courseContentUuid);
    expect(body.section_uuid).toBe(courseSectionUuid);
  });

  it("updateCustomerCourseContentProgress", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/stores/{store_id}/customers/me/course-contents/{uuid}", {
        params: { path: { store_id, uuid: courseContentUuid } },
        body: { progress: 1 },
      }),
    );
    expect(body.progress?.progress).toBe(1);
    expect(body.progress?.is_completed).toBe(true);
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
