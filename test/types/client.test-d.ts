import { describe, expectTypeOf, it } from "vitest";
import { createScalevClient, type components, type operations } from "../../src/index.ts";

const scalev = createScalevClient({ apiKey: "sk_test_types" });
type Order = components["schemas"]["Order"];
type OrderListItem = components["schemas"]["OrderList"];
type CreateOrderBody = NonNullable<operations["createOrder"]["requestBody"]>["content"]["application/json"];

describe("createScalevClient types (Orders)", () => {
  it("rejects a path that is not in the spec", () => {
    // @ts-expect-error: /v3/order (singular) is not a documented path
    void scalev.GET("/v3/order", {});
    // @ts-expect-error: /v3/orders/delete is POST-only
    void scalev.GET("/v3/orders/delete", {});
  });

  it("requires the path parameters", () => {
    // @ts-expect-error: `params.path.id` is required
    void scalev.GET("/v3/orders/{id}", {});
    // @ts-expect-error: `chat_id` is missing
    void scalev.GET("/v3/orders/{id}/chats/{chat_id}", { params: { path: { id: "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11" } } });
    // the id is a UUIDv7 string or a legacy numeric id (as a number or as digits)
    void scalev.GET("/v3/orders/{id}", { params: { path: { id: 884213 } } });
    void scalev.GET("/v3/orders/{id}", { params: { path: { id: "884213" } } });
    // @ts-expect-error: nor anything else
    void scalev.GET("/v3/orders/{id}", { params: { path: { id: true } } });
  });

  it("checks the request body of POST /v3/orders", () => {
    void scalev.POST("/v3/orders", {
      body: { store_unique_id: "store_vlzpML8edzxO5roOdV7Oyfn6", customer_name: "Budi Santoso", payment_method: "bank_transfer" },
    });
    void scalev.POST("/v3/orders", {
      // @ts-expect-error: `customer_name` is required
      body: { store_unique_id: "store_vlzpML8edzxO5roOdV7Oyfn6" },
    });
    // An unknown property is rejected by the body type the client takes for POST /v3/orders (openapi-fetch's generic
    // init object skips TypeScript's excess-property check at the call site, so check the body type itself).
    void ({
      store_unique_id: "store_vlzpML8edzxO5roOdV7Oyfn6",
      customer_name: "Budi Santoso",
      // @ts-expect-error: unknown property
      customer_fullname: "Budi Santoso",
    } satisfies CreateOrderBody);
    const body: CreateOrderBody = { store_unique_id: "store_vlzpML8edzxO5roOdV7Oyfn6", customer_name: "Budi Santoso" };
    void scalev.POST("/v3/orders", { body });
    void scalev.POST("/v3/orders", {
      // @ts-expect-error: `location_id` is an integer, not a string
      body: { store_unique_id: "store_vlzpML8edzxO5roOdV7Oyfn6", customer_name: "Budi Santoso", location_id: "31741" },
    });
    void scalev.POST("/v3/orders", {
      // @ts-expect-error: `payment_method` is an enum
      body: { store_unique_id: "store_vlzpML8edzxO5roOdV7Oyfn6", customer_name: "Budi Santoso", payment_method: "cash" },
    });
  });

  it("accepts UUIDv7 and legacy numeric ids in bulk `ids`", () => {
    void scalev.POST("/v3/orders/delete", { body: { ids: ["019e812d-7320-7a3c-9d4e-5a2b8c7d9e11", 884213] } });
    // @ts-expect-error: `ids` is required
    void scalev.POST("/v3/orders/delete", { body: {} });
  });

  it("types the response of GET /v3/orders/{id} as Order", async () => {
    const { data } = await scalev.GET("/v3/orders/{id}", { params: { path: { id: "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11" } } });
    if (data) {
      // toExtend both ways: the open `agent_context`/`metadata` objects (Record<string, never>) trip toEqualTypeOf's deep brand
      expectTypeOf(data).toExtend<Order>();
      expectTypeOf<Order>().toExtend<typeof data>();
      expectTypeOf(data.order_id).toEqualTypeOf<string | undefined>();
      expectTypeOf(data.public_order_url).toEqualTypeOf<string | null | undefined>();
      expectTypeOf(data.payment_status).toEqualTypeOf<"unpaid" | "paid" | "conflict" | "settled" | undefined>();
    }
  });

  it("types list items of GET /v3/orders as OrderListItem", async () => {
    const { data } = await scalev.GET("/v3/orders", { params: { query: { search_field: "customer_phone", search: "6281234567890" } } });
    if (data) {
      expectTypeOf(data.data).toExtend<OrderListItem[]>();
      expectTypeOf<OrderListItem[]>().toExtend<typeof data.data>();
      expectTypeOf(data.data[0]!.shipping_cost).toEqualTypeOf<number | undefined>();
    }
    // @ts-expect-error: search_field is an enum
    void scalev.GET("/v3/orders", { params: { query: { search_field: "notes" } } });
  });
});
