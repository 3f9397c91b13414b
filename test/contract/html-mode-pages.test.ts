import { describe, it, expect } from "vitest";
import { contractClient, expectContract } from "../support/contract.ts";

// The runtime routes of an HTML Mode page take the page's own key (X-Scalev-Page-Api-Key).
const page = contractClient({ pageApiKey: "page_key_test_contract00000" });
const page_unique_id = "page_540f48019f525f41";
const pagePath = { path: { page_unique_id } };

const item = { type: "product" as const, variant_unique_id: "variant_9Qm2LxT4aB7cD1eF", quantity: 2 };
const destination = { address: "Jl. Wijaya I No. 12, RT 003/RW 005", subdistrict_id: 31741, postal_code: "12130" };
const shippingOption = {
  courier_service_id: 12,
  courier_code: "jne",
  service_code: "REG",
  name: "JNE REG",
  cost: 12000,
  etd: "2-3 hari",
  is_cod: false,
  warehouse_unique_id: "warehouse_Jks8Qm2Lx4Tz",
  courier_aggregator_code: "lincah",
};
const pageUrl = "https://batiknusantara.myscalev.com/kemeja-batik-parang-promo";
const analyticsVariants = [{ variant_unique_id: item.variant_unique_id, quantity: 2 }];

describe("HTML Mode page contract: locations", () => {
  it("searchPagePublicLocations", async () => {
    const body = await expectContract(
      page.GET("/v3/pages/{page_unique_id}/locations", { params: { ...pagePath, query: { search: "kebayoran", page_size: 25 } } }),
    );
    expect(body.is_paginated).toBe(true);
    expect(body.data[0]).toMatchObject({ id: 31741, subdistrict_name: "Kebayoran Baru" });
  });

  // The division lists' examples are empty lists, so these check the shape and that every row matches
  // the filter. province_id / city_id are declared oneOf [integer, string]: a numeric id matches both
  // branches, so Prism rejects every numeric value; the filters are optional, so these search by name.
  it("listPagePublicLocationProvinces", async () => {
    const body = await expectContract(page.GET("/v3/pages/{page_unique_id}/locations/provinces", { params: { ...pagePath, query: { search: "jakarta" } } }));
    expect(body.is_paginated).toBe(false);
    // Prism answers the example whatever the search: the shop's province list.
    expect(body.data.map((row) => row.province_name)).toContain("DKI Jakarta");
  });

  it("listPagePublicLocationCities", async () => {
    const body = await expectContract(page.GET("/v3/pages/{page_unique_id}/locations/cities", { params: { ...pagePath, query: { search: "selatan" } } }));
    expect(body.is_paginated).toBe(false);
    expect(body.data.map((row) => row.city_name)).toContain("Kota Jakarta Selatan");
  });

  it("listPagePublicLocationSubdistricts", async () => {
    const body = await expectContract(page.GET("/v3/pages/{page_unique_id}/locations/subdistricts", { params: { ...pagePath, query: { search: "kebayoran" } } }));
    expect(Array.isArray(body.data)).toBe(true);
    for (const row of body.data) expect(row.subdistrict_name.toLowerCase()).toContain("kebayoran");
  });

  it("listPagePublicLocationPostalCodes", async () => {
    const body = await expectContract(
      page.GET("/v3/pages/{page_unique_id}/locations/{location_id}/postal-codes", { params: { path: { page_unique_id, location_id: 31741 } } }),
    );
    expect(body.is_paginated).toBe(false);
    for (const row of body.data) expect(row.postal_code).toMatch(/^\d{5}$/);
  });
});

describe("HTML Mode page contract: checkout", () => {
  it("checkPagePublicDiscountCode", async () => {
    const body = await expectContract(
      page.POST("/v3/pages/{page_unique_id}/discount-codes/check", {
        params: pagePath,
        body: { code: "JUNIHEMAT", gross_revenue: 382000, net_product_price: "370000.00", shipping_cost: 12000, payment_method: "bank_transfer" },
      }),
    );
    expect(body.discount_code?.code).toBe("JUNIHEMAT");
    expect(body.is_eligible).toBe(true);
  });

  it("checkPagePublicDiscountCode (unknown code: not a 404)", async () => {
    const body = await expectContract(
      page.POST("/v3/pages/{page_unique_id}/discount-codes/check", {
        params: pagePath,
        body: { code: "TIDAKADA" },
        headers: { Prefer: "example=unknown" },
      }),
    );
    expect(body.discount_code).toBeNull();
    expect(body.is_eligible).toBe(false);
  });

  it("listPagePublicCheckoutShippingOptions", async () => {
    const body = await expectContract(
      page.POST("/v3/pages/{page_unique_id}/checkout/shipping-options", {
        params: pagePath,
        body: { items: [item], destination, payment_method: "bank_transfer" },
      }),
    );
    expect(body.data.map((option) => option.courier_service_id)).toContain(shippingOption.courier_service_id);
    for (const option of body.data) expect(Number(option.cost)).toBeGreaterThan(0);
  });

  it("getPagePublicCheckoutSummary", async () => {
    const body = await expectContract(
      page.POST("/v3/pages/{page_unique_id}/checkout/summary", {
        params: pagePath,
        body: { items: [item], destination, payment_method: "bank_transfer", shipping_option: shippingOption, discount_code_code: null },
      }),
    );
    expect(Number(body.gross_revenue)).toBe(Number(body.product_price) + Number(body.shipping_cost) + Number(body.other_income) + Number(body.service_fee));
  });

  it("createPagePublicOrder", async () => {
    const body = await expectContract(
      page.POST("/v3/pages/{page_unique_id}/orders", {
        params: pagePath,
        body: {
          checkout_intent_token: "cit_4fQm9Lx2Tz7Wb3Kc8Rn1",
          customer: { name: "Budi Santoso", phone: "6281234567890", email: "budi.santoso@example.com" },
          destination,
          items: [item],
          payment_method: "bank_transfer",
          shipping_option: shippingOption,
          notes: "Mohon dikemas rapi, untuk hadiah.",
          event_source_url: pageUrl,
          utm_source: "facebook",
        },
      }),
    );
    expect(body).toMatchObject({ order_id: "260602KRTWMZA", status: "pending", payment_method: "bank_transfer" });
  });
});

describe("HTML Mode page contract: conversion events", () => {
  it("sendPagePublicMetaConversionEvent", async () => {
    await expectContract(
      page.POST("/v3/pages/{page_unique_id}/analytics/meta/events", {
        params: pagePath,
        body: {
          event_source_url: pageUrl,
          user_data: { fbp: "fb.1.1779840000000.1234567890", external_id: "60231" },
          events: [{ event_id: "evt_viewcontent_01", event_name: "ViewContent", parameters: { currency: "IDR", value: 185000 } }],
          variants: analyticsVariants,
        },
      }),
      { status: 204 },
    );
  });

  it("sendPagePublicTiktokConversionEvent", async () => {
    await expectContract(
      page.POST("/v3/pages/{page_unique_id}/analytics/tiktok/events", {
        params: pagePath,
        body: {
          event_source_url: pageUrl,
          user: { ttclid: "E.C.P.abc123", external_id: "60231" },
          events: [{ event_id: "evt_viewcontent_01", event: "ViewContent" }],
          variants: analyticsVariants,
        },
      }),
      { status: 204 },
    );
  });

  it("sendPagePublicSnackVideoConversionEvent", async () => {
    await expectContract(
      page.POST("/v3/pages/{page_unique_id}/analytics/snackvideo/events", {
        params: pagePath,
        body: {
          click_id: "kwai_click_01",
          event_source_url: pageUrl,
          events: [{ event_name: "EVENT_CONTENT_VIEW", properties: { currency: "IDR", value: 185000, quantity: 2 } }],
          variants: analyticsVariants,
        },
      }),
      { status: 204 },
    );
  });
});
