import { describe, it, expect } from "vitest";
import { contractClient, expectContract, expectOpenObject } from "../support/contract.ts";

const scalev = contractClient();

// Most request bodies and answers of these routes are documented only as open objects (no property
// name): the bodies sent below are plausible payloads the spec accepts, and open answers are checked
// with expectOpenObject, or against the example shop where the spec's example fills them in.

const WABA_ID = 58;
// The contract types the WABA account path id as a string.
const WABA_PATH_ID = String(WABA_ID);
const WABA_UID = "waba_7Hq2LmX9Tz4K";
const WA_USER_ID = "6281234567890";
const WAMID = "wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFjNFQjBDNzQ1RjE2RDM3QjJFQzVBAA==";
const CUSTOMER_ID = "60231";
const ADDRESS_ID = "902";

describe("Business customers contract", () => {
  it("listBusinessCustomers", async () => {
    const body = await expectContract(scalev.GET("/v3/customers"));
    expect(body.is_paginated).toBe(true);
    expect(body.data[0]).toMatchObject({ id: 60231, name: "Budi Santoso" });
  });

  it("countBusinessCustomers", async () => {
    const body = await expectContract(scalev.GET("/v3/customers/count"));
    expectOpenObject(body);
  });

  it("uploadBusinessCustomers (multipart)", async () => {
    const form = new FormData();
    form.append("file", new Blob(["name,phone,email\nBudi Santoso,6281234567890,budi.santoso@example.com\n"], { type: "text/csv" }), "customers.csv");
    const body = await expectContract(scalev.POST("/v3/customers/upload", { body: form as never }));
    expectOpenObject(body);
  });

  it("listBusinessCustomerTags", async () => {
    const body = await expectContract(scalev.GET("/v3/customers/tags"));
    expect(body.is_paginated).toBe(false);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("getBusinessCustomer", async () => {
    const body = await expectContract(scalev.GET("/v3/customers/{id}", { params: { path: { id: CUSTOMER_ID } } }));
    expect(body).toMatchObject({ id: 60231, name: "Budi Santoso" });
  });

  it("createBusinessCustomer", async () => {
    const body = await expectContract(
      scalev.POST("/v3/customers", {
        body: { name: "Budi Santoso", email: "budi.santoso@example.com", phone: "6281234567890" },
      }),
    );
    expect(body).toMatchObject({ id: 60231, name: "Budi Santoso" });
  });

  it("updateBusinessCustomer", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/customers/{id}", { params: { path: { id: CUSTOMER_ID } }, body: { name: "Budi Santoso" } }),
    );
    expect(body).toMatchObject({ id: 60231, name: "Budi Santoso" });
  });

  it("updateBusinessCustomerTags", async () => {
    const body = await expectContract(
      scalev.POST("/v3/customers/{id}/update-tags", { params: { path: { id: CUSTOMER_ID } }, body: { tags: ["reseller"] } }),
    );
    expectOpenObject(body);
  });

  it("listBusinessCustomerAddresses", async () => {
    const body = await expectContract(
      scalev.GET("/v3/customers/{customer_id}/addresses", { params: { path: { customer_id: CUSTOMER_ID } } }),
    );
    expect(body.is_paginated).toBe(true);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("createBusinessCustomerAddress", async () => {
    const body = await expectContract(
      scalev.POST("/v3/customers/{customer_id}/addresses", {
        params: { path: { customer_id: CUSTOMER_ID } },
        body: { address: "Jl. Wijaya I No. 12, RT 003/RW 005", location_id: 31741, postal_code: "12130" },
      }),
    );
    expectOpenObject(body);
  });

  it("getBusinessCustomerAddress", async () => {
    const body = await expectContract(
      scalev.GET("/v3/customers/{customer_id}/addresses/{id}", { params: { path: { customer_id: CUSTOMER_ID, id: ADDRESS_ID } } }),
    );
    expectOpenObject(body);
  });

  it("updateBusinessCustomerAddress", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/customers/{customer_id}/addresses/{id}", {
        params: { path: { customer_id: CUSTOMER_ID, id: ADDRESS_ID } },
        body: { postal_code: "12130" },
      }),
    );
    expectOpenObject(body);
  });

  it("deleteBusinessCustomerAddress (204)", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/customers/{customer_id}/addresses/{id}", { params: { path: { customer_id: CUSTOMER_ID, id: ADDRESS_ID } } }),
      { status: 204 },
    );
    expect(body ?? undefined).toBeUndefined();
  });
});

describe("WABA contract", () => {
  it("listWabaCustomerTags", async () => {
    const body = await expectContract(scalev.GET("/v3/waba-customer-tags"));
    expect(body.is_paginated).toBe(true);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("createWabaCustomerTag", async () => {
    const body = await expectContract(scalev.POST("/v3/waba-customer-tags", { body: { name: "Pelanggan setia" } }));
    expectOpenObject(body);
  });

  it("getWabaCustomerTag", async () => {
    const body = await expectContract(scalev.GET("/v3/waba-customer-tags/{id}", { params: { path: { id: "58" } } }));
    expectOpenObject(body);
  });

  it("updateWabaCustomerTag", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/waba-customer-tags/{id}", { params: { path: { id: "58" } }, body: { name: "Reseller" } }),
    );
    expectOpenObject(body);
  });

  it("deleteWabaCustomerTag (204)", async () => {
    const body = await expectContract(scalev.DELETE("/v3/waba-customer-tags/{id}", { params: { path: { id: "58" } } }), { status: 204 });
    expect(body ?? undefined).toBeUndefined();
  });

  it("listWabaAccounts", async () => {
    const body = await expectContract(scalev.GET("/v3/waba-accounts"));
    expect(body.is_paginated).toBe(false);
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data[0]?.unique_id).toMatch(/^waba_/);
  });

  it("loginWabaAccount", async () => {
    const body = await expectContract(scalev.PATCH("/v3/waba-accounts/login", { body: { code: "AQBx7Lm2" } }), { status: 204 });
    expect(body ?? undefined).toBeUndefined();
  });

  it("getWabaAccount", async () => {
    const body = await expectContract(scalev.GET("/v3/waba-accounts/{id}", { params: { path: { id: WABA_PATH_ID } } }));
    expect(body.id).toBe(WABA_ID);
    expect(body.store?.unique_id).toBe("store_vlzpML8edzxO5roOdV7Oyfn6");
  });

  it("updateWabaAccount", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/waba-accounts/{id}", { params: { path: { id: WABA_PATH_ID } }, body: { is_pin_enabled: true } }),
    );
    expect(body.unique_id).toBe(WABA_UID);
  });

  it("deleteWabaAccount (204)", async () => {
    const body = await expectContract(scalev.DELETE("/v3/waba-accounts/{id}", { params: { path: { id: WABA_PATH_ID } } }), { status: 204 });
    expect(body ?? undefined).toBeUndefined();
  });

  it("syncWabaAccount", async () => {
    const body = await expectContract(scalev.POST("/v3/waba-accounts/{id}/sync", { params: { path: { id: WABA_PATH_ID } } }));
    expect(body.id).toBe(WABA_ID);
    expect(body.display_phone_number).toBeTruthy();
  });

  it("createWabaDataset", async () => {
    const body = await expectContract(scalev.POST("/v3/waba-accounts/{id}/dataset", { params: { path: { id: WABA_PATH_ID } } }));
    expect(body.dataset_id).toBeTruthy();
  });

  it("registerWabaPhone", async () => {
    const body = await expectContract(
      scalev.POST("/v3/waba-accounts/{id}/register-phone", { params: { path: { id: WABA_PATH_ID } }, body: { pin: "123456" } }),
    );
    expect(body.phone_number_id).toBeTruthy();
  });

  it("uploadWabaMedia (multipart)", async () => {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], { type: "image/jpeg" }), "kemeja-batik-parang.jpg");
    const body = await expectContract(
      scalev.POST("/v3/waba-accounts/{id}/upload-media", {
        params: { path: { id: WABA_PATH_ID } },
        body: form as never, // FormData: openapi-fetch sends it as multipart/form-data with its boundary
      }),
    );
    expectOpenObject(body);
  });

  it("listWabaMessageAttempts", async () => {
    const body = await expectContract(
      scalev.GET("/v3/waba-accounts/{id}/message-attempts", { params: { path: { id: WABA_PATH_ID } } }),
    );
    expect(body.is_paginated).toBe(true);
    expect(body.data.length).toBeGreaterThan(0);
  });

  it("listWabaMessageTemplates", async () => {
    const body = await expectContract(scalev.GET("/v3/waba-accounts/{id}/message-templates", { params: { path: { id: WABA_PATH_ID } } }));
    expect(body.is_paginated).toBe(false);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("sendTemplateMessages", async () => {
    const body = await expectContract(
      scalev.POST("/v3/waba-accounts/{id}/send-messages", {
        params: { path: { id: WABA_PATH_ID } },
        body: { template_name: "konfirmasi_pesanan", phone_numbers: ["6281234567890", "6285711223344"] },
      }),
      { status: 204 },
    );
    expect(body ?? undefined).toBeUndefined();
  });

  it("listQuickReplies", async () => {
    const body = await expectContract(
      scalev.GET("/v3/waba-accounts/{unique_id}/quick-replies", { params: { path: { unique_id: WABA_UID } } }),
    );
    expect(body.is_paginated).toBe(true);
    expect(body.data.length).toBeGreaterThan(0);
  });

  it("createQuickReply", async () => {
    const body = await expectContract(
      scalev.POST("/v3/waba-accounts/{unique_id}/quick-replies", {
        params: { path: { unique_id: WABA_UID } },
        body: { shortcut: "/ongkir", text: "Ongkir ke Jakarta Selatan via JNE REG Rp12.000." },
      }),
    );
    expectOpenObject(body);
  });

  it("updateQuickReply", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/waba-accounts/{unique_id}/quick-replies/{id}", {
        params: { path: { unique_id: WABA_UID, id: "17" } },
        body: { text: "Ongkir ke Bandung via SiCepat BEST Rp12.000." },
      }),
    );
    expectOpenObject(body);
  });

  it("deleteQuickReply (204)", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/waba-accounts/{unique_id}/quick-replies/{id}", { params: { path: { unique_id: WABA_UID, id: "17" } } }),
      { status: 204 },
    );
    expect(body ?? undefined).toBeUndefined();
  });

  it("listWabaCustomers", async () => {
    const body = await expectContract(
      scalev.GET("/v3/waba-accounts/{unique_id}/customers", { params: { path: { unique_id: WABA_UID } } }),
    );
    expect(body.is_paginated).toBe(true);
    expect(body.data.length).toBeGreaterThan(0);
  });

  it("updateWabaCustomer", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/waba-accounts/{unique_id}/customers/{id}", {
        params: { path: { unique_id: WABA_UID, id: WA_USER_ID } },
        body: { name: "Budi Santoso" },
      }),
    );
    expectOpenObject(body);
  });

  it("sendWabaPurchase", async () => {
    const body = await expectContract(
      scalev.POST("/v3/waba-accounts/{unique_id}/customers/{id}/purchase", {
        params: { path: { unique_id: WABA_UID, id: WA_USER_ID } },
        body: { order_id: "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11" },
      }),
    );
    expectOpenObject(body);
  });

  it("listWabaMessages (cursor params)", async () => {
    const body = await expectContract(
      scalev.GET("/v3/waba-accounts/{waba_unique_id}/customers/{wa_user_id}/messages", {
        params: {
          path: { waba_unique_id: WABA_UID, wa_user_id: WA_USER_ID },
          query: { page_size: 25, next_cursor: "eyJ3YW1pZCI6IjEyMyJ9", anchor_id: WAMID },
        },
      }),
    );
    expect(body.is_paginated).toBe(true);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("sendWabaMessage (send-mode header)", async () => {
    const body = await expectContract(
      scalev.POST("/v3/waba-accounts/{waba_unique_id}/customers/{wa_user_id}/messages", {
        params: {
          path: { waba_unique_id: WABA_UID, wa_user_id: WA_USER_ID },
          header: { "X-Scalev-Waba-Send-Mode": "mock" },
        },
        body: { type: "text", text: "Halo Kak Budi, pesanan 260601HPQSPBX sudah kami kirim." },
      }),
    );
    expectOpenObject(body);
  });

  it("getWabaMessage", async () => {
    const body = await expectContract(
      scalev.GET("/v3/waba-accounts/{waba_unique_id}/customers/{wa_user_id}/messages/{wamid}", {
        params: { path: { waba_unique_id: WABA_UID, wa_user_id: WA_USER_ID, wamid: WAMID } },
      }),
    );
    expectOpenObject(body);
  });

  it("updateWabaMessage", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/waba-accounts/{waba_unique_id}/customers/{wa_user_id}/messages/{wamid}", {
        params: { path: { waba_unique_id: WABA_UID, wa_user_id: WA_USER_ID, wamid: WAMID } },
        body: { text: "Halo Kak Budi, pesanan 260601HPQSPBX sudah dikirim via JNE REG." },
      }),
    );
    expectOpenObject(body);
  });

  it("deleteWabaMessage", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/waba-accounts/{waba_unique_id}/customers/{wa_user_id}/messages/{wamid}", {
        params: { path: { waba_unique_id: WABA_UID, wa_user_id: WA_USER_ID, wamid: WAMID } },
      }),
      { status: 204 },
    );
    expect(body ?? undefined).toBeUndefined();
  });

  it("sendWabaTypingIndicator (send-mode header)", async () => {
    const body = await expectContract(
      scalev.POST("/v3/waba-accounts/{waba_unique_id}/customers/{wa_user_id}/messages/{wamid}/typing-indicator", {
        params: {
          path: { waba_unique_id: WABA_UID, wa_user_id: WA_USER_ID, wamid: WAMID },
          header: { "X-Scalev-Waba-Send-Mode": "mock" },
        },
      }),
    );
    expect(body.success).toBe(true);
    expect(body.status).toBe("read");
    expect(body.typing_indicator?.type).toBe("text");
  });

  it("sendWabaTemplateMessage (multipart)", async () => {
    const form = new FormData();
    form.append("template_name", "konfirmasi_pesanan");
    form.append("file", new Blob(["%PDF-1.4\n"], { type: "application/pdf" }), "invoice-260601HPQSPBX.pdf");
    const body = await expectContract(
      scalev.POST("/v3/waba-accounts/{waba_unique_id}/customers/{wa_user_id}/message-templates", {
        params: { path: { waba_unique_id: WABA_UID, wa_user_id: WA_USER_ID } },
        body: form as never, // FormData: openapi-fetch sends it as multipart/form-data with its boundary
      }),
    );
    expectOpenObject(body);
  });
});

describe("WhatsApp integrations contract", () => {
  it("listWhatsappIntegrations", async () => {
    const body = await expectContract(scalev.GET("/v3/whatsapp-integrations"));
    expect(body.is_paginated).toBe(false);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("getWhatsappIntegration", async () => {
    const body = await expectContract(scalev.GET("/v3/whatsapp-integrations/{id}", { params: { path: { id: "9" } } }));
    expectOpenObject(body);
  });

  it("createWhatsappIntegration", async () => {
    const body = await expectContract(
      scalev.POST("/v3/whatsapp-integrations", { body: { name: "CS Batik Nusantara", phone_number: "6281234567890" } }),
    );
    expectOpenObject(body);
  });

  it("updateWhatsappIntegration", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/whatsapp-integrations/{id}", { params: { path: { id: "9" } }, body: { name: "CS Batik Nusantara 2" } }),
    );
    expectOpenObject(body);
  });

  it("checkWhatsappIntegrationStatus", async () => {
    const body = await expectContract(scalev.POST("/v3/whatsapp-integrations/{id}/check-status", { params: { path: { id: "9" } } }));
    expectOpenObject(body);
  });

  it("deleteWhatsappIntegration (204)", async () => {
    const body = await expectContract(scalev.DELETE("/v3/whatsapp-integrations/{id}", { params: { path: { id: "9" } } }), { status: 204 });
    expect(body ?? undefined).toBeUndefined();
  });
});
