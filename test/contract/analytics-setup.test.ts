import { describe, it, expect } from "vitest";
import { contractClient, expectContract } from "../support/contract.ts";

const scalev = contractClient();

// Pixel and container ids are numeric but typed as strings in the contract's path parameters.
const PIXEL_ID = "8365";
const CONTAINER_ID = "8437";
const PIXEL = { name: "Pixel Batik Nusantara", pixel_id: "1234567890123456", is_conversion_api: true, conversion_token: "tok_c5a0e6ed76810abb" };

describe("Analytics setup contract: standard events", () => {
  it("listFacebookStandardEvents", async () => {
    const body = await expectContract(scalev.GET("/v3/fb-standard-events", { params: { query: { page_size: 25 } } }));
    expect(body.is_paginated).toBe(true);
    expect(body.data[0]?.event_name).toBeTypeOf("string");
  });

  it("listTiktokStandardEvents", async () => {
    const body = await expectContract(scalev.GET("/v3/tiktok-standard-events", { params: { query: { page_size: 25 } } }));
    expect(body.data[0]?.event_name).toBeTypeOf("string");
  });

  it("listKwaiStandardEvents", async () => {
    const body = await expectContract(scalev.GET("/v3/kwai-standard-events", { params: { query: { type: "client", page_size: 25 } } }));
    for (const event of body.data) expect(event.type).toBe("client");
  });
});

describe("Analytics setup contract: Meta pixels", () => {
  it("listFacebookPixels", async () => {
    const body = await expectContract(scalev.GET("/v3/fb-pixels", { params: { query: { search: "batik", page_size: 25 } } }));
    expect(body.is_paginated).toBe(true);
    expect(body.data[0]?.pixel_id).toMatch(/^\d+$/);
  });

  it("createFacebookPixel", async () => {
    const body = await expectContract(scalev.POST("/v3/fb-pixels", { body: { ...PIXEL, test_event_code: "TEST12345" } }));
    expect(body.id).toBeTypeOf("number");
    expect(body.pixel_id).toBe(PIXEL.pixel_id);
    expect(body.errors).toEqual([]);
  });

  it("getFacebookPixel", async () => {
    const body = await expectContract(scalev.GET("/v3/fb-pixels/{id}", { params: { path: { id: PIXEL_ID } } }));
    expect(body.pixel_id).toBe(PIXEL.pixel_id);
    expect(body.is_conversion_api).toBe(true);
  });

  it("updateFacebookPixel", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/fb-pixels/{id}", { params: { path: { id: PIXEL_ID } }, body: { is_conversion_api: true, conversion_token: PIXEL.conversion_token } }),
    );
    expect(body.conversion_token).toBe(PIXEL.conversion_token);
  });

  it("deleteFacebookPixel", async () => {
    await expectContract(scalev.DELETE("/v3/fb-pixels/{id}", { params: { path: { id: PIXEL_ID } } }), { status: 204 });
  });
});

describe("Analytics setup contract: TikTok pixels", () => {
  it("listTiktokPixels", async () => {
    const body = await expectContract(scalev.GET("/v3/tiktok-pixels", { params: { query: { search: "batik", page_size: 25 } } }));
    expect(body.data[0]?.pixel_id).toMatch(/^\d+$/);
  });

  it("createTiktokPixel", async () => {
    const body = await expectContract(scalev.POST("/v3/tiktok-pixels", { body: PIXEL }));
    expect(body.id).toBeTypeOf("number");
    expect(body.pixel_id).toBe(PIXEL.pixel_id);
  });

  it("getTiktokPixel", async () => {
    const body = await expectContract(scalev.GET("/v3/tiktok-pixels/{id}", { params: { path: { id: PIXEL_ID } } }));
    expect(body.pixel_id).toBe(PIXEL.pixel_id);
  });

  it("updateTiktokPixel", async () => {
    const body = await expectContract(scalev.PATCH("/v3/tiktok-pixels/{id}", { params: { path: { id: PIXEL_ID } }, body: { is_conversion_api: true } }));
    expect(body.is_conversion_api).toBe(true);
  });

  it("deleteTiktokPixel", async () => {
    await expectContract(scalev.DELETE("/v3/tiktok-pixels/{id}", { params: { path: { id: PIXEL_ID } } }), { status: 204 });
  });
});

describe("Analytics setup contract: Kwai pixels", () => {
  it("listKwaiPixels", async () => {
    const body = await expectContract(scalev.GET("/v3/kwai-pixels", { params: { query: { type: "client", page_size: 25 } } }));
    for (const pixel of body.data) expect(pixel.type).toBe("client");
  });

  it("createKwaiPixel", async () => {
    const body = await expectContract(
      scalev.POST("/v3/kwai-pixels", { body: { name: PIXEL.name, type: "client", pixel_id: PIXEL.pixel_id, is_test_mode: true } }),
    );
    expect(body.type).toBe("client");
    expect(body.pixel_id).toBe(PIXEL.pixel_id);
  });

  it("getKwaiPixel", async () => {
    const body = await expectContract(scalev.GET("/v3/kwai-pixels/{id}", { params: { path: { id: PIXEL_ID } } }));
    expect(["client", "server"]).toContain(body.type);
  });

  it("updateKwaiPixel", async () => {
    const body = await expectContract(scalev.PATCH("/v3/kwai-pixels/{id}", { params: { path: { id: PIXEL_ID } }, body: { is_test_mode: true } }));
    expect(body.is_test_mode).toBe(true);
  });

  it("deleteKwaiPixel", async () => {
    await expectContract(scalev.DELETE("/v3/kwai-pixels/{id}", { params: { path: { id: PIXEL_ID } } }), { status: 204 });
  });
});

describe("Analytics setup contract: Google Tag Manager containers", () => {
  it("listGtmContainers", async () => {
    const body = await expectContract(scalev.GET("/v3/gtm", { params: { query: { search: "batik", page_size: 25 } } }));
    expect(body.is_paginated).toBe(true);
    expect(body.data[0]?.container_id).toBeTypeOf("string");
  });

  it("createGtmContainer", async () => {
    const body = await expectContract(scalev.POST("/v3/gtm", { body: { name: "GTM Batik Nusantara", container_id: "GTM-5XK2QWL" } }));
    expect(body.id).toBeTypeOf("number");
    expect(body.display).toBeTypeOf("string");
  });

  it("getGtmContainer", async () => {
    const body = await expectContract(scalev.GET("/v3/gtm/{id}", { params: { path: { id: CONTAINER_ID } } }));
    expect(body.container_id).toMatch(/\S/);
  });

  it("updateGtmContainer", async () => {
    const body = await expectContract(scalev.PATCH("/v3/gtm/{id}", { params: { path: { id: CONTAINER_ID } }, body: { name: "GTM Batik Nusantara" } }));
    expect(body.name).toMatch(/\S/);
  });

  it("deleteGtmContainer", async () => {
    await expectContract(scalev.DELETE("/v3/gtm/{id}", { params: { path: { id: CONTAINER_ID } } }), { status: 204 });
  });
});
