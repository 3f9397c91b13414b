import { describe, it, expect } from "vitest";
import { contractClient, expectContract } from "../support/contract.ts";

const scalev = contractClient();

// Three days of traffic on the landing page of the example shop (store 1021).
const range = { from: "2026-06-01", to: "2026-06-03", timezone: "Asia/Jakarta", store_id: 1021 };
const landingPage = { ...range, entity_type: "landing_page" as const, entity_id: "702", limit: 25 };

const sum = (values: readonly (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

describe("Web analytics contract: reports", () => {
  it("getWebAnalyticsTraffic", async () => {
    const body = await expectContract(scalev.GET("/v3/web-analytics/traffic", { params: { query: range } }));
    expect(body.from).toBe(range.from);
    expect(body.to).toBe(range.to);
    expect(body.timezone).toBe(range.timezone);
    // Views and sessions add up over days; visitors are unique over the whole range, so they need not.
    expect(sum(body.buckets.map((bucket) => bucket.views))).toBe(body.totals.views);
    expect(sum(body.buckets.map((bucket) => bucket.sessions))).toBe(body.totals.sessions);
  });

  it("getWebAnalyticsPages", async () => {
    const body = await expectContract(scalev.GET("/v3/web-analytics/pages", { params: { query: { ...range, ad_click: "paid", limit: 10 } } }));
    expect(body.is_paginated).toBe(false);
    expect(body.data.map((page) => page.page_path)).toContain("/kemeja-batik-parang-promo");
    for (const page of body.data) expect(page.visitors).toBeLessThanOrEqual(page.views);
  });

  it("getWebAnalyticsSources", async () => {
    const body = await expectContract(scalev.GET("/v3/web-analytics/sources", { params: { query: { ...landingPage, utm_type: "source" } } }));
    expect(body.data[0]).toMatchObject({ utm_type: "source", value: "facebook", attribution: "first_touch" });
  });

  it("getWebAnalyticsAudience", async () => {
    const body = await expectContract(scalev.GET("/v3/web-analytics/audience", { params: { query: range } }));
    expect(body.location_basis).toBe("ip_estimate");
    expect(body.countries[0]?.bucket).toBe("ID");
    for (const point of body.map_points) expect(Math.abs(point.latitude)).toBeLessThanOrEqual(90);
  });

  it("getWebAnalyticsConversion", async () => {
    const body = await expectContract(scalev.GET("/v3/web-analytics/conversion", { params: { query: landingPage } }));
    expect(body.matched_orders_paid + body.unattributed_orders_paid).toBe(body.orders_paid);
  });

  it("getWebAnalyticsJourney", async () => {
    const body = await expectContract(scalev.GET("/v3/web-analytics/journey", { params: { query: { ...range, page_path: "/kemeja-batik-parang-promo" } } }));
    expect(body.data[0]?.from_node).toBe("/kemeja-batik-parang-promo");
    for (const step of body.data) expect(step.sessions).toBeLessThanOrEqual(step.from_sessions);
  });

  it("getWebAnalyticsEntityJourney", async () => {
    const body = await expectContract(scalev.GET("/v3/web-analytics/entity-journey", { params: { query: landingPage } }));
    expect(body.came_from[0]?.node).toBe("facebook");
    expect(body.went_to[0]?.path).toBe("/o/k3v9TqLm2Xw8");
  });

  it("getWebAnalyticsEntityFunnel", async () => {
    const body = await expectContract(scalev.GET("/v3/web-analytics/entity-funnel", { params: { query: { ...landingPage, max_steps: 6 } } }));
    expect(body.steps.length).toBeLessThanOrEqual(6);
    expect(body.steps[0]?.sessions).toBe(body.sessions);
    expect(body.paid_sessions).toBeLessThanOrEqual(body.sessions);
  });

  it("getWebAnalyticsSourceRevenue", async () => {
    const body = await expectContract(scalev.GET("/v3/web-analytics/source-revenue", { params: { query: { ...range, utm_type: "source" } } }));
    expect(body.utm_type).toBe("source");
    const facebook = body.last_touch.find((row) => row.value === "facebook");
    expect(facebook?.revenue_status).toBe("available");
    expect(facebook?.currency).toBe("IDR");
    // Each order's revenue comes from its payment snapshot, from the order as a fallback, or is missing.
    expect(sum([facebook!.snapshot_orders, facebook!.fallback_orders, facebook!.missing_revenue_orders])).toBe(facebook!.orders);
  });

  it("getWebAnalyticsAdClicks", async () => {
    const body = await expectContract(scalev.GET("/v3/web-analytics/ad-clicks", { params: { query: { ...range, ad_click_type: "status" } } }));
    expect(body.data[0]).toMatchObject({ ad_click_type: "status", value: "fbclid" });
  });

  it("getWebAnalyticsOrderFunnel", async () => {
    const body = await expectContract(scalev.GET("/v3/web-analytics/order-funnel", { params: { query: landingPage } }));
    expect(body.basis).toBe("page_view_cohort");
    expect(body.orders_paid).toBeLessThanOrEqual(body.orders_created);
    expect(body.views_with_paid_order).toBeLessThanOrEqual(body.views_with_order);
  });

  it("getWebAnalyticsEngagement", async () => {
    const body = await expectContract(scalev.GET("/v3/web-analytics/engagement", { params: { query: range } }));
    expect(body.session_coverage).toBeCloseTo(body.sessions_measured / body.sessions_total, 2);
    expect(body.page_coverage).toBeCloseTo(body.page_visits_measured / body.page_visits_total, 2);
  });
});

describe("Web analytics contract: scope options", () => {
  it("listWebAnalyticsEntities", async () => {
    const body = await expectContract(
      scalev.GET("/v3/web-analytics/entities", { params: { query: { entity_type: "landing_page", search: "kemeja", page_size: 25 } } }),
    );
    expect(body.is_paginated).toBe(true);
    expect(body.data[0]?.name).toBe("Landing Page Kemeja Batik");
  });

  it("listWebAnalyticsStores", async () => {
    const body = await expectContract(scalev.GET("/v3/web-analytics/stores", { params: { query: { search: "batik", page_size: 25 } } }));
    expect(body.data[0]).toEqual({ id: 1021, name: "Batik Nusantara Official" });
  });

  it("listWebAnalyticsPaymentLinks", async () => {
    const body = await expectContract(scalev.GET("/v3/web-analytics/payment-links", { params: { query: { page_size: 25 } } }));
    expect(body.data[0]?.id).toMatch(/^plscope_/);
    expect(body.data[0]?.store_id).toBe(1021);
  });
});
