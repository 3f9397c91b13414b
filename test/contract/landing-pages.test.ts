import { describe, it, expect } from "vitest";
import { contractClient, expectContract } from "../support/contract.ts";

const scalev = contractClient();

// The example shop's HTML Mode landing page (numeric id on the business routes).
const PAGE_ID = 702;
const PAGE_UNIQUE_ID = "page_540f48019f525f41";
const DISPLAY_ID = 6400;

/** An HTML Mode page version: the required event lists and parameters are empty, the document is small. */
const htmlModeDisplay = {
  render_mode: "html_mode" as const,
  html_document: "<!doctype html><html><body><main id=\"app\">Kemeja Batik Parang</main></body></html>",
  csp_policy: { connect_src: ["https://api.scalev.com"], img_src: ["https://cdn.scalev.com"] },
  meta: { title: "Kemeja Batik Parang" },
  form_display: { store_id: 1021, variant_ids: [5531, 5532], after_submit_event: "success_page" as const, handler_assignment: "rotator" as const },
  fb_pixel_ids: [],
  onload_fb_events: ["ViewContent"],
  onload_tiktok_events: [],
  onload_kwai_client_events: [],
  onload_kwai_server_events: [],
  fb_events_onload_parameters: {},
  tiktok_events_onload_parameters: {},
  kwai_client_events_onload_parameters: {},
  kwai_server_events_onload_parameters: {},
};

describe("Landing pages contract", () => {
  it("listLandingPages", async () => {
    const body = await expectContract(scalev.GET("/v3/pages", { params: { query: { page_size: 25 } } }));
    expect(body.is_paginated).toBe(true);
    expect(body.data[0]).toMatchObject({ id: PAGE_ID, unique_id: PAGE_UNIQUE_ID, render_mode: "html_mode" });
  });

  it("createLandingPage", async () => {
    const body = await expectContract(
      scalev.POST("/v3/pages", {
        body: { name: "Landing Page Kemeja Batik", slug: "kemeja-batik-parang-promo", is_published: true, store_id: 1021, page_display: htmlModeDisplay },
      }),
    );
    expect(body.unique_id).toMatch(/^page_/);
    expect(body.slug).toBe("kemeja-batik-parang-promo");
    expect(body.page_display?.render_mode).toBe("html_mode");
  });

  it("listLandingPagesSimplified", async () => {
    const body = await expectContract(scalev.GET("/v3/pages/simplified", { params: { query: { page_size: 25 } } }));
    expect(body.data[0]).toMatchObject({ id: PAGE_ID, unique_id: PAGE_UNIQUE_ID });
  });

  it("listLandingPageTags", async () => {
    const body = await expectContract(scalev.GET("/v3/pages/tags"));
    expect(body.is_paginated).toBe(false);
    expect(body.data.length).toBeGreaterThan(0);
  });

  it("getLandingPage", async () => {
    const body = await expectContract(scalev.GET("/v3/pages/{id}", { params: { path: { id: PAGE_ID } } }));
    expect(body.id).toBe(PAGE_ID);
    expect(body.unique_id).toBe(PAGE_UNIQUE_ID);
    expect(body.store_id).toBe(1021);
  });

  it("updateLandingPage", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/pages/{id}", {
        params: { path: { id: PAGE_ID } },
        body: { name: "Landing Page Kemeja Batik", is_disable_client_tagging: true, client_analytics_config: "head" },
      }),
    );
    expect(body.id).toBe(PAGE_ID);
    expect(body.client_analytics_config).toBe("head");
  });

  it("deleteLandingPage", async () => {
    await expectContract(scalev.DELETE("/v3/pages/{id}", { params: { path: { id: PAGE_ID } } }), { status: 204 });
  });

  it("getLandingPagePublicView", async () => {
    const body = await expectContract(scalev.GET("/v3/pages/{id}/public", { params: { path: { id: PAGE_ID } } }));
    expect(body.unique_id).toBe(PAGE_UNIQUE_ID);
    expect(body.current_page_display?.render_mode).toBe("html_mode");
  });

  it("updateLandingPageTags", async () => {
    const body = await expectContract(
      scalev.POST("/v3/pages/{id}/update-tags", { params: { path: { id: PAGE_ID } }, body: { tags: ["promo", "kemeja"] } }),
    );
    expect(body.tags).toEqual(["promo", "kemeja"]);
  });
});

describe("Landing page displays (versions) contract", () => {
  it("listLandingPageDisplays", async () => {
    const body = await expectContract(
      scalev.GET("/v3/pages/{page_id}/page-displays", { params: { path: { page_id: PAGE_ID }, query: { page_size: 25 } } }),
    );
    expect(body.is_paginated).toBe(true);
    expect(body.data[0]?.render_mode).toBe("html_mode");
  });

  it("createLandingPageDisplay", async () => {
    const body = await expectContract(
      scalev.POST("/v3/pages/{page_id}/page-displays", { params: { path: { page_id: PAGE_ID } }, body: htmlModeDisplay }),
    );
    expect(body.id).toBeTypeOf("number");
    expect(body.render_mode).toBe("html_mode");
    expect(body.html_document).toContain("<html>");
  });

  it("validateLandingPageDisplay", async () => {
    const body = await expectContract(
      scalev.POST("/v3/pages/{page_id}/page-displays/validate", {
        params: { path: { page_id: PAGE_ID } },
        body: { render_mode: "html_mode", html_code: "<main id=\"app\"></main>", css_code: "main { margin: 0 }", js_code: "" },
      }),
    );
    expect(body.valid).toBe(body.validation_errors.length === 0);
    for (const issue of body.validation_errors) expect(issue.severity).toBe("error");
    for (const issue of body.validation_warnings) expect(issue.severity).toBe("warning");
  });

  it("getLandingPageDisplay", async () => {
    const body = await expectContract(
      scalev.GET("/v3/pages/{page_id}/page-displays/{display_id}", { params: { path: { page_id: PAGE_ID, display_id: DISPLAY_ID } } }),
    );
    expect(body.render_mode).toBe("html_mode");
    expect(body.version).toBeGreaterThanOrEqual(1);
  });

  it("deleteLandingPageDisplay", async () => {
    await expectContract(
      scalev.DELETE("/v3/pages/{page_id}/page-displays/{display_id}", { params: { path: { page_id: PAGE_ID, display_id: DISPLAY_ID } } }),
      { status: 204 },
    );
  });
});
