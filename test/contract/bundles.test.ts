import { describe, it, expect } from "vitest";
import { contractClient, expectContract } from "../support/contract.ts";

const scalev = contractClient();

const BUNDLE_ID = 418;
const PRICE_OPTION_ID = 301;
const FOLLOW_UP_CHAT_ID = 4401;
// The contract types every bundle path id (bundle, partner, follow-up chat, price option) as a string.
const BUNDLE_PATH_ID = String(BUNDLE_ID);
const PRICE_OPTION_PATH_ID = String(PRICE_OPTION_ID);
const FOLLOW_UP_CHAT_PATH_ID = String(FOLLOW_UP_CHAT_ID);

const followUpChat = {
  name: "Pengingat pembayaran",
  provider: "waba",
  change_status: false,
  hours_after: 2,
  is_default: true,
  text_for_bank_transfer: "Halo Kak {customer_name}, pesanan {order_id} menunggu transfer. Terima kasih!",
  text_for_cod: "Halo Kak {customer_name}, pesanan COD {order_id} akan segera kami kirim.",
  text_for_epayment: "Halo Kak {customer_name}, selesaikan pembayaran pesanan {order_id} di {payment_url}.",
  trigger: "pending",
  wa_gateway_assignation_type: "store",
  wa_integration_id: 61,
};

describe("Business bundles contract", () => {
  it("listBundles", async () => {
    const body = await expectContract(
      scalev.GET("/v3/bundles", {
        params: { query: { page_size: 25, search: "seragam", is_bundle_sharing: true, store_id: 1021, label: "seragam" } },
      }),
    );
    expect(body.is_paginated).toBe(true);
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data[0]?.business?.unique_id).toBe("BIZ7QK2M9");
  });

  it("createBundle", async () => {
    const body = await expectContract(
      scalev.POST("/v3/bundles", {
        body: {
          name: "Paket Seragam Batik",
          public_name: "Paket Seragam Batik (3 pcs)",
          custom_id: "PSB-3",
          weight_bump: 50,
          images: ["https://cdn.scalev.com/bundles/77/paket-seragam.jpg"],
          bundlelines: [
            { quantity: 2, variant_id: 5531 },
            { quantity: 1, variant_id: 5532 },
          ],
          bundle_price_options: [{ name: "Paket Seragam Batik - 3 pcs", price: 520000, slug: "paket-seragam-batik-3-pcs" }],
        },
      }),
    );
    expect(body.name).toBe("Paket Seragam Batik");
    expect(body.bundlelines?.length).toBe(2);
  });

  it("listBundlesSimplified", async () => {
    const body = await expectContract(
      scalev.GET("/v3/bundles/simplified", { params: { query: { for_store_id: 1021, page_size: 10 } } }),
    );
    expect(body.data[0]?.bundle_price_options?.[0]?.unique_id).toBe("bpo_Xy7Lm3Qa9Rt2");
  });

  it("countBundles", async () => {
    const body = await expectContract(scalev.GET("/v3/bundles/count"));
    expect(typeof body.count).toBe("number");
  });

  it("getBundle", async () => {
    const body = await expectContract(scalev.GET("/v3/bundles/{id}", { params: { path: { id: BUNDLE_PATH_ID } } }));
    expect(body.id).toBe(BUNDLE_ID);
    expect(body.bundlelines?.[0]?.variant?.sku).toBe("KBP-M-BIRU");
  });

  it("updateBundle", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/bundles/{id}", {
        params: { path: { id: BUNDLE_PATH_ID } },
        body: { public_name: "Paket Seragam Batik Kantor (3 pcs)", weight_bump: 75 },
      }),
    );
    expect(body.id).toBe(BUNDLE_ID);
    expect(body.weight_bump).toBe(75);
  });

  it("duplicateBundle", async () => {
    const body = await expectContract(scalev.POST("/v3/bundles/{id}/duplicate", { params: { path: { id: BUNDLE_PATH_ID } } }));
    // The copy is a new bundle that keeps the source's lines and options.
    expect(body.name).toBe("Paket Seragam Batik (Copy)");
    expect(body.id).not.toBe(BUNDLE_ID);
    expect(body.bundlelines?.length).toBeGreaterThan(0);
    expect(body.bundle_price_options?.[0]?.unique_id).toBe("bpo_Xy7Lm3Qa9Rt2");
  });

  it("deleteBundle (204)", async () => {
    const body = await expectContract(scalev.DELETE("/v3/bundles/{id}", { params: { path: { id: BUNDLE_PATH_ID } } }), { status: 204 });
    expect(body ?? undefined).toBeUndefined();
  });

  it("getBundleRelations", async () => {
    const body = await expectContract(
      scalev.GET("/v3/bundles/{bundle_id}/relations", { params: { path: { bundle_id: BUNDLE_PATH_ID } } }),
    );
    expect(body.bundle_price_options?.[0]?.unique_id).toBe("bpo_Xy7Lm3Qa9Rt2");
    expect(body.pages?.all?.length).toBeGreaterThan(0);
    expect(body.stores?.[0]?.unique_id).toBe("store_vlzpML8edzxO5roOdV7Oyfn6");
  });

  it("listBundlePartners", async () => {
    const body = await expectContract(
      scalev.GET("/v3/bundles/{bundle_id}/partners", { params: { path: { bundle_id: BUNDLE_PATH_ID }, query: { page_size: 25 } } }),
    );
    expect(body.data[0]?.partner?.username).toBeTruthy();
  });

  it("createBundlePartner", async () => {
    const body = await expectContract(
      scalev.POST("/v3/bundles/{bundle_id}/partners", {
        params: { path: { bundle_id: BUNDLE_PATH_ID } },
        body: { partner_unique_id: "BIZR4T8N2" },
      }),
    );
    expect(body.partner?.unique_id).toBe("BIZR4T8N2");
  });

  it("deleteBundlePartner", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/bundles/{bundle_id}/partners/{id}", { params: { path: { bundle_id: BUNDLE_PATH_ID, id: "118" } } }),
      { status: 204 },
    );
    expect(body ?? undefined).toBeUndefined();
  });

  it("generateBundleFollowUpChats", async () => {
    const body = await expectContract(
      scalev.POST("/v3/bundles/{bundle_id}/follow-up-chats/generate", { params: { path: { bundle_id: BUNDLE_PATH_ID } } }),
      { status: 204 },
    );
    expect(body ?? undefined).toBeUndefined();
  });

  it("listBundleFollowUpChats", async () => {
    const body = await expectContract(
      scalev.GET("/v3/bundles/{bundle_id}/follow-up-chats", { params: { path: { bundle_id: BUNDLE_PATH_ID } } }),
    );
    expect(body.data.every((chat) => chat.bundle_id === BUNDLE_ID)).toBe(true);
  });

  it("createBundleFollowUpChat", async () => {
    const body = await expectContract(
      scalev.POST("/v3/bundles/{bundle_id}/follow-up-chats", { params: { path: { bundle_id: BUNDLE_PATH_ID } }, body: followUpChat }),
    );
    expect(body.name).toBe("Pengingat pembayaran");
    expect(body.wa_integration?.id).toBe(61);
  });

  it("getBundleFollowUpChat", async () => {
    const body = await expectContract(
      scalev.GET("/v3/bundles/{bundle_id}/follow-up-chats/{id}", {
        params: { path: { bundle_id: BUNDLE_PATH_ID, id: FOLLOW_UP_CHAT_PATH_ID } },
      }),
    );
    expect(body.id).toBe(FOLLOW_UP_CHAT_ID);
  });

  it("updateBundleFollowUpChat", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/bundles/{bundle_id}/follow-up-chats/{id}", {
        params: { path: { bundle_id: BUNDLE_PATH_ID, id: FOLLOW_UP_CHAT_PATH_ID } },
        body: { ...followUpChat, hours_after: 3 },
      }),
    );
    expect(body.hours_after).toBe(3);
  });

  it("deleteBundleFollowUpChat", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/bundles/{bundle_id}/follow-up-chats/{id}", {
        params: { path: { bundle_id: BUNDLE_PATH_ID, id: FOLLOW_UP_CHAT_PATH_ID } },
      }),
      { status: 204 },
    );
    expect(body ?? undefined).toBeUndefined();
  });

  it("listBundlePriceOptions", async () => {
    const body = await expectContract(
      scalev.GET("/v3/bundles/{bundle_id}/bundle-price-options", { params: { path: { bundle_id: BUNDLE_PATH_ID } } }),
    );
    expect(body.data.map((option) => option.unique_id)).toContain("bpo_Xy7Lm3Qa9Rt2");
  });

  it("createBundlePriceOption", async () => {
    const body = await expectContract(
      scalev.POST("/v3/bundles/{bundle_id}/bundle-price-options", {
        params: { path: { bundle_id: BUNDLE_PATH_ID } },
        body: { name: "Paket Seragam Batik - Reseller", price: 495000, slug: "paket-seragam-batik-reseller" },
      }),
    );
    expect(body.bundle_id).toBe(BUNDLE_ID);
    expect(body.unique_id).toMatch(/^bpo_/);
  });

  it("updateBundlePriceOption", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/bundles/{bundle_id}/bundle-price-options/{id}", {
        params: { path: { bundle_id: BUNDLE_PATH_ID, id: PRICE_OPTION_PATH_ID } },
        body: { name: "Paket Seragam Batik - 3 pcs", price: 520000 },
      }),
    );
    expect(body.id).toBe(PRICE_OPTION_ID);
    expect(body.price).toBe(520000);
  });

  it("deleteBundlePriceOption", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/bundles/{bundle_id}/bundle-price-options/{id}", {
        params: { path: { bundle_id: BUNDLE_PATH_ID, id: PRICE_OPTION_PATH_ID } },
      }),
      { status: 204 },
    );
    expect(body ?? undefined).toBeUndefined();
  });

  it("getBundlePriceOptionRelations", async () => {
    const body = await expectContract(
      scalev.GET("/v3/bundles/{bundle_id}/bundle-price-options/{id}/relations", {
        params: { path: { bundle_id: BUNDLE_PATH_ID, id: PRICE_OPTION_PATH_ID } },
      }),
    );
    expect(body.unique_id).toBe("bpo_Xy7Lm3Qa9Rt2");
    expect(body.pages?.will_unpublish).toBeDefined();
  });
});
