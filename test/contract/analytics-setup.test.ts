import { describe, it, expect } from "vitest";
import { contractClient, expectContract } from "../support/contract.ts";

const scalev = contractClient();

// The example shop's pixels and container. Their ids are numeric but typed as strings in the contract's path parameters.
const META_PIXEL_ID = "91";
const TIKTOK_PIXEL_ID = "92";
const KWAI_PIXEL_ID = "93";
const CONTAINER_ID = "94";

/** Standard events are a fixed catalogue: every name appears once. */
function expectDistinctNames(events: readonly { event_name: string }[]) {
  const names = events.map((event) => event.event_name);
  expect(names.length).toBeGreaterThan(0);
  expect(new Set(names).size).toBe(names.length);
}

describe("Analytics setup contract: standard events", () => {
  it("listFacebookStandardEvents", async () => {
    const body = await expectContract(scalev.GET("/v3/fb-standard-events", { params: { query: { page_size: 25 } } }));
    expect(body.is_paginated).toBe(true);
    expectDistinctNames(body.data);
  });

  it("listTiktokStandardEvents", async () => {
    const body = await expectContract(scalev.GET("/v3/tiktok-standard-events", { params: { query: { page_size: 25 } } }));
    expectDistinctNames(body.data);
  });

  it("listKwaiStandardEvents", async () => {
    const body = await expectContract(scalev.GET("/v3/kwai-standard-events", { params: { query: { type: "client", page_size: 25 } } }));
    expectDistinctNames(body.data);
    for (const event of body.data) expect(event.type).toBe("client");
  });
});

describe("Analytics setup contract: Meta pixels", () => {
  const pixel = { name: "Pixel Meta Batik Nusantara", pixel_id: "1234567890123456", is_conversion_api: true, conversion_token: "tok_c5a0e6ed76810abb" };

  it("listFacebookPixels", async () => {
    const body = await expectContract(scalev.GET("/v3/fb-pixels", { params: { query: { search: "batik", page_size: 25 } } }));
    expect(body.is_paginated).toBe(true);
    expect(body.data.map((row) => row.id)).toContain(Number(META_PIXEL_ID));
  });

  it("createFacebookPixel", async () => {
    const body = await expectContract(scalev.POST("/v3/fb-pixels", { body: { ...pixel, test_event_code: "TEST12345" } }));
    expect(body.id).toBeTypeOf("number");
    expect(body.pixel_id).toMatch(/^\d+$/);
    expect(body.errors).toEqual([]);
  });

  it("getFacebookPixel", async () => {
    const body = await expectContract(scalev.GET("/v3/fb-pixels/{id}", { params: { path: { id: META_PIXEL_ID } } }));
    expect(body.id).toBe(Number(META_PIXEL_ID));
  });

  it("updateFacebookPixel", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/fb-pixels/{id}", { params: { path: { id: META_PIXEL_ID } }, body: { is_conversion_api: true, conversion_token: pixel.conversion_token } }),
    );
    expect(body.id).toBe(Number(META_PIXEL_ID));
    expect(body.is_conversion_api).toBe(true);
  });

  it("deleteFacebookPixel", async () => {
    await expectContract(scalev.DELETE("/v3/fb-pixels/{id}", { params: { path: { id: META_PIXEL_ID } } }), { status: 204 });
  });
});

describe("Analytics setup contract: TikTok pixels", () => {
  it("listTiktokPixels", async () => {
    const body = await expectContract(scalev.GET("/v3/tiktok-pixels", { params: { query: { search: "batik", page_size: 25 } } }));
    expect(body.data.map((row) => row.id)).toContain(Number(TIKTOK_PIXEL_ID));
  });

  it("createTiktokPixel", async () => {
    const body = await expectContract(
      scalev.POST("/v3/tiktok-pixels", { body: { name: "Pixel TikTok Batik Nusantara", pixel_id: "CK3QF1RC77U2B5T7JJ40", is_conversion_api: false } }),
    );
    expect(body.id).toBeTypeOf("number");
    expect(body.pixel_id).toMatch(/^[A-Z0-9]+$/);
  });

  it("getTiktokPixel", async () => {
    const body = await expectContract(scalev.GET("/v3/tiktok-pixels/{id}", { params: { path: { id: TIKTOK_PIXEL_ID } } }));
    expect(body.id).toBe(Number(TIKTOK_PIXEL_ID));
  });

  it("updateTiktokPixel", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/tiktok-pixels/{id}", { params: { path: { id: TIKTOK_PIXEL_ID } }, body: { test_event_code: "TEST12345" } }),
    );
    expect(body.id).toBe(Number(TIKTOK_PIXEL_ID));
  });

  it("deleteTiktokPixel", async () => {
    await expectContract(scalev.DELETE("/v3/tiktok-pixels/{id}", { params: { path: { id: TIKTOK_PIXEL_ID } } }), { status: 204 });
  });
});

describe("Analytics setup contract: Kwai (SnackVideo) pixels", () => {
  it("listKwaiPixels", async () => {
    const body = await expectContract(scalev.GET("/v3/kwai-pixels", { params: { query: { type: "client", page_size: 25 } } }));
    for (const row of body.data) expect(row.type).toBe("client");
  });

  it("createKwaiPixel", async () => {
    const body = await expectContract(
      scalev.POST("/v3/kwai-pixels", { body: { name: "Pixel SnackVideo Batik Nusantara", type: "client", pixel_id: "472918365012", is_test_mode: true } }),
    );
    expect(body.id).toBeTypeOf("number");
    expect(["client", "server"]).toContain(body.type);
  });

  it("getKwaiPixel", async () => {
    const body = await expectContract(scalev.GET("/v3/kwai-pixels/{id}", { params: { path: { id: KWAI_PIXEL_ID } } }));
    expect(body.id).toBe(Number(KWAI_PIXEL_ID));
  });

  it("updateKwaiPixel", async () => {
    const body = await expectContract(scalev.PATCH("/v3/kwai-pixels/{id}", { params: { path: { id: KWAI_PIXEL_ID } }, body: { is_test_mode: true } }));
    expect(body.id).toBe(Number(KWAI_PIXEL_ID));
    expect(body.is_test_mode).toBe(true);
  });

  it("deleteKwaiPixel", async () => {
    await expectContract(scalev.DELETE("/v3/kwai-pixels/{id}", { params: { path: { id: KWAI_PIXEL_ID } } }), { status: 204 });
  });
});

describe("Analytics setup contract: Google Tag Manager containers", () => {
  const GTM_CONTAINER = /^GTM-[A-Z0-9]+$/;

  it("listGtmContainers", async () => {
    const body = await expectContract(scalev.GET("/v3/gtm", { params: { query: { search: "batik", page_size: 25 } } }));
    expect(body.is_paginated).toBe(true);
    for (const row of body.data) expect(row.container_id).toMatch(GTM_CONTAINER);
  });

  it("createGtmContainer", async () => {
    const body = await expectContract(scalev.POST("/v3/gtm", { body: { name: "GTM Batik Nusantara", container_id: "GTM-5KQ2M7X" } }));
    expect(body.id).toBeTypeOf("number");
    expect(body.container_id).toMatch(GTM_CONTAINER);
  });

  it("getGtmContainer", async () => {
    const body = await expectContract(scalev.GET("/v3/gtm/{id}", { params: { path: { id: CONTAINER_ID } } }));
    expect(body.id).toBe(Number(CONTAINER_ID));
  });

  it("updateGtmContainer", async () => {
    const body = await expectContract(scalev.PATCH("/v3/gtm/{id}", { params: { path: { id: CONTAINER_ID } }, body: { name: "GTM Batik Nusantara" } }));
    expect(body.id).toBe(Number(CONTAINER_ID));
  });

  it("deleteGtmContainer", async () => {
    await expectContract(scalev.DELETE("/v3/gtm/{id}", { params: { path: { id: CONTAINER_ID } } }), { status: 204 });
  });
});
