import { describe, it, expect } from "vitest";
import { contractClient, expectContract, expectOpenObject } from "../support/contract.ts";

const scalev = contractClient();

const PAID_ID = "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11";
const UNPAID_ID = "019e87b4-4980-7a3c-9d4e-5a2b8c7d9e12";
const LEGACY_ID = "884213";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A multipart body with a small CSV file plus extra text fields. */
function csvForm(csv: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append("file", new Blob([csv], { type: "text/csv" }), "orders.csv");
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

describe("Orders contract", () => {
  it("listOrders", async () => {
    const body = await expectContract(
      scalev.GET("/v3/orders", {
        params: {
          query: {
            page_size: 25,
            search: "budi.santoso@example.com",
            search_field: "customer_email",
            status: "confirmed",
            payment_status: "paid",
            is_probably_spam: "false",
            confirmed_time_since: "2026-06-01T00:00:00Z",
          },
        },
      }),
    );
    expect(body.is_paginated).toBe(true);
    expect(Array.isArray(body.data)).toBe(true);
    for (const order of body.data) expect(order.id).toMatch(UUID);
  });

  it("createOrder", async () => {
    const body = await expectContract(
      scalev.POST("/v3/orders", {
        body: {
          store_unique_id: "store_vlzpML8edzxO5roOdV7Oyfn6",
          customer_name: "Budi Santoso",
          customer_phone: "6281234567890",
          customer_email: "budi.santoso@example.com",
          address: "Jl. Wijaya I No. 12, RT 003/RW 005",
          location_id: 31741,
          postal_code: "12130",
          warehouse_unique_id: "warehouse_Jks8Qm2Lx4Tz",
          courier_service_id: 12,
          shipping_cost: 12000,
          payment_method: "bank_transfer",
          ordervariants: [{ quantity: 1, variant_unique_id: "variant_9Qm2LxT4aB7cD1eF" }],
          orderbundles: [{ quantity: 1, bundle_price_option_unique_id: "bpo_Xy7Lm3Qa9Rt2" }],
        },
      }),
    );
    expect(body.order_id).toBeTruthy();
    expect(body.id).toMatch(UUID);
    expect(body.payment_url).toBe(`${body.public_order_url}/success`);
  });

  it("getOrderStatistics", async () => {
    const body = await expectContract(
      scalev.GET("/v3/orders/statistics", {
        params: { query: { breakdown_date: "day", is_breakdown_status: "true", tz: "Asia/Jakarta", search: "260601", search_field: "order_id" } },
      }),
    );
    expect(body.data.length).toBeGreaterThan(0);
    expect(typeof body.data[0]!.count).toBe("number");
  });

  it("changeOrderStatus", async () => {
    const body = await expectContract(
      scalev.POST("/v3/orders/change-status", {
        body: { ids: [UNPAID_ID, Number(LEGACY_ID)], status: "confirmed", payment_status: "paid", by: "Rina Marlina" },
      }),
    );
    expect(body.is_paginated).toBe(false);
    expect(body.data[0]!.status).toBeDefined();
  });

  it("deleteOrders", async () => {
    const body = await expectContract(scalev.POST("/v3/orders/delete", { body: { ids: [UNPAID_ID] } }));
    for (const id of body.data) expect(id).toMatch(UUID);
  });

  it("markOrdersNotSpam", async () => {
    const body = await expectContract(scalev.POST("/v3/orders/mark-not-spam", { body: { ids: [UNPAID_ID] } }));
    expect(body.data[0]!.is_probably_spam).toBe(false);
  });

  it("uploadOrderStatusChanges (multipart)", async () => {
    const form = csvForm("order_id,status,shipment_receipt,day,month,year\n260601HPQSPBX,shipped,JP1234567890,,,\n", { tz: "Asia/Jakarta" });
    const body = await expectContract(
      scalev.POST("/v3/orders/upload-change-status", { body: form as never }),
    );
    expect(body.data.length).toBeGreaterThan(0);
  });

  it("uploadOrderReceipt (multipart)", async () => {
    const form = csvForm("order_id,shipment_receipt\n260601HPQSPBX,JP1234567890\n");
    const body = await expectContract(
      scalev.POST("/v3/orders/upload-receipt", { body: form as never }),
    );
    expect(body.data[0]!.shipment_receipt).toBeTruthy();
  });

  it("uploadOrders (multipart)", async () => {
    const form = csvForm("external_id,customer_name,customer_phone,sku,quantity\nTKP-88211,Budi Santoso,6281234567890,KBP-M-BIRU,1\n", {
      create_type: "archive",
      tz: "Asia/Jakarta",
    });
    const body = await expectContract(scalev.POST("/v3/orders/upload", { body: form as never }));
    expect(Array.isArray(body.success)).toBe(true);
  });

  it("generateOrderAwb", async () => {
    const body = await expectContract(scalev.POST("/v3/orders/generate-awb", { body: { ids: [PAID_ID, UNPAID_ID] } }));
    expect(typeof body.successes).toBe("object");
  });

  it("cancelOrderAwb", async () => {
    const body = await expectContract(scalev.POST("/v3/orders/cancel-awb", { body: { ids: [PAID_ID] } }));
    expect(typeof body.failures).toBe("object");
  });

  it("listOrderTags", async () => {
    const body = await expectContract(scalev.GET("/v3/orders/tags", { params: { query: { search: "pri" } } }));
    expect(body.data.length).toBeGreaterThan(0);
  });

  it("listOrderUtmSources", async () => {
    const body = await expectContract(scalev.GET("/v3/orders/utm-sources", { params: { query: { search: "face" } } }));
    expect(body.data).toContain("facebook");
  });

  it("listOrderUtmMediums", async () => {
    const body = await expectContract(scalev.GET("/v3/orders/utm-mediums", { params: { query: { search: "c" } } }));
    expect(body.data?.length).toBeGreaterThan(0);
  });

  it("listOrderUtmCampaigns", async () => {
    const body = await expectContract(scalev.GET("/v3/orders/utm-campaigns", {}));
    expect(body.data?.length).toBeGreaterThan(0);
  });

  it("listOrderUtmContents", async () => {
    const body = await expectContract(scalev.GET("/v3/orders/utm-contents", {}));
    expect(body.data?.length).toBeGreaterThan(0);
    expect(body.data?.every((v) => typeof v === "string")).toBe(true);
  });

  it("listOrderUtmTerms", async () => {
    const body = await expectContract(scalev.GET("/v3/orders/utm-terms", { params: { query: { search: "batik" } } }));
    expect(body.data?.length).toBeGreaterThan(0);
  });

  it("getOrderByPgReferenceId", async () => {
    const body = await expectContract(
      scalev.GET("/v3/orders/pg-reference-id/{pg_reference_id}", { params: { path: { pg_reference_id: "pg_8Kq2Lm7Xw4Tz" } } }),
    );
    expect(body.id).toBe(PAID_ID);
  });

  it("listOrdersByPgReferenceIds", async () => {
    const body = await expectContract(
      scalev.GET("/v3/orders/pg-reference-ids", { params: { query: { pg_reference_ids: "va-260602KRTWMZA,va-260601HPQSPBX" } } }),
    );
    const found = Object.values(body);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.order_id).toBeTruthy();
  });

  it("getOrder (UUIDv7 id)", async () => {
    const body = await expectContract(scalev.GET("/v3/orders/{id}", { params: { path: { id: PAID_ID } } }));
    expect(body.id).toMatch(UUID);
    expect(body.order_id).toBeTruthy();
    expect(body.orderlines?.length).toBeGreaterThan(0);
  });

  it("getOrder (legacy numeric id)", async () => {
    const body = await expectContract(scalev.GET("/v3/orders/{id}", { params: { path: { id: LEGACY_ID } } }));
    expect(body.id).toMatch(UUID);
  });

  it("updateOrder", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/orders/{id}", {
        params: { path: { id: PAID_ID } },
        body: { notes: "Titip ke satpam bila tidak ada orang.", shipment_provider_code: null },
      }),
    );
    expect(body.order_id).toBeTruthy();
  });

  it("getOrderActions", async () => {
    const body = await expectContract(scalev.GET("/v3/orders/{id}/actions", { params: { path: { id: PAID_ID } } }));
    expect(typeof body.is_physical_product_present).toBe("boolean");
  });

  it("listOrderChats", async () => {
    const body = await expectContract(scalev.GET("/v3/orders/{id}/chats", { params: { path: { id: UNPAID_ID } } }));
    expect(body.follow_up_chats?.length).toBeGreaterThan(0);
    expect(body.payment_url).toBe(`${body.public_order_url}/success`);
  });

  it("getOrderChat", async () => {
    const body = await expectContract(scalev.GET("/v3/orders/{id}/chats/{chat_id}", { params: { path: { id: UNPAID_ID, chat_id: "88" } } }));
    expect(body.text).toBeTruthy();
  });

  it("listOrderEmails", async () => {
    const body = await expectContract(scalev.GET("/v3/orders/{id}/emails", { params: { path: { id: PAID_ID } } }));
    expect(body.is_paginated).toBe(false);
  });

  it("getOrderMessageHistory", async () => {
    const body = await expectContract(scalev.GET("/v3/orders/{id}/message-history", { params: { path: { id: PAID_ID } } }));
    expect(Array.isArray(body.message_history)).toBe(true);
  });

  it("addOrderMessageHistory", async () => {
    const body = await expectContract(
      scalev.POST("/v3/orders/{id}/message-history", { params: { path: { id: PAID_ID } }, body: { follow_up_chat_id: 88 } }),
    );
    expect(body.message_history?.length).toBeGreaterThan(0);
  });

  it("createOrderPayment (raw gateway payload)", async () => {
    const body = await expectContract(scalev.POST("/v3/orders/{id}/payment", { params: { path: { id: UNPAID_ID } } }));
    expectOpenObject(body);
  });

  it("updateOrderCustomer", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/orders/{id}/customer", { params: { path: { id: PAID_ID } }, body: { customer_id: 60231 } }),
    );
    expect(body.customer?.id).toBeTypeOf("number");
  });

  it("updateOrderShipment", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/orders/{id}/shipment", {
        params: { path: { id: PAID_ID } },
        body: { shipment_receipt: "JP1234567890", awb_ca_status: "created", is_shipment_completed: false },
      }),
    );
    expect(body.id).toMatch(UUID);
  });

  it("updateOrderShipmentReceipt", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/orders/{id}/shipment-receipt", { params: { path: { id: PAID_ID } }, body: { shipment_receipt: "JP1234567890" } }),
    );
    expect(body.shipment_receipt).toBeTruthy();
  });

  it("createOrderShipmentStatusHistory", async () => {
    const body = await expectContract(
      scalev.POST("/v3/orders/{id}/shipment-status-history", {
        params: { path: { id: PAID_ID } },
        body: { description: "Paket diserahkan ke kurir JNE", status: "shipped", timestamp: "2026-06-02T02:30:00Z" },
      }),
    );
    expect(body.order_id).toBeTruthy();
  });

  it("updateOrderTags", async () => {
    const body = await expectContract(
      scalev.POST("/v3/orders/{id}/update-tags", { params: { path: { id: PAID_ID } }, body: { tags: ["prioritas", "reseller"] } }),
    );
    expect(Array.isArray(body.tags)).toBe(true);
  });

  it("triggerOrderPurchase", async () => {
    const body = await expectContract(scalev.POST("/v3/orders/{id}/trigger-purchase", { params: { path: { id: PAID_ID } } }));
    expect(Object.keys(body).sort()).toEqual(["kwai", "meta", "tiktok"]);
  });

  it("duplicateOrder", async () => {
    const body = await expectContract(
      scalev.POST("/v3/orders/{id}/duplicate", { params: { path: { id: UNPAID_ID } }, body: { payment_method: "va_bca" } }),
    );
    expect(body.id).toMatch(UUID);
    expect(body.id).not.toBe(UNPAID_ID);
  });

  it("checkOrderPayment", async () => {
    const body = await expectContract(scalev.POST("/v3/orders/{id}/check-payment", { params: { path: { id: UNPAID_ID } } }));
    expect(["unpaid", "paid", "conflict", "settled"]).toContain(body.payment_status);
  });

  it("checkOrderSettlement", async () => {
    const body = await expectContract(scalev.POST("/v3/orders/{id}/check-settlement", { params: { path: { id: PAID_ID } } }));
    expect(body.payment_status).toBeDefined();
  });

  it("sendDigitalProduct (204, no body)", async () => {
    const result = scalev.POST("/v3/orders/{id}/send-product-digital", { params: { path: { id: PAID_ID } } });
    const body = await expectContract(result, { status: 204 });
    expect(body ?? undefined).toBeUndefined();
    expect((await result).response.status).toBe(204);
  });

  it("sendLmsAccess (204, no body)", async () => {
    const body = await expectContract(scalev.POST("/v3/orders/{id}/send-lms-access", { params: { path: { id: PAID_ID } } }), { status: 204 });
    expect(body ?? undefined).toBeUndefined();
  });
});
