// The acceptance flow of the MSW handlers in an app's own Vitest run (copied into a temporary app by
// test/consumer/mock-msw.test.ts, with the setup file taken from the package's README): a guest checkout
// through the storefront, then the same order in the back office's list and detail; the next test starts
// from the seed.
import { createScalevClient, unwrap } from "scalev-v3-client";
import { describe, expect, it } from "vitest";

const STORE = "store_vlzpML8edzxO5roOdV7Oyfn6";
const store = { params: { path: { store_id: STORE } } };
const buyer = { customer_name: "Sari Wulandari", customer_email: "sari@example.com", customer_phone: "6281311112222", shipping_address: "Jl. Dago No. 5" };
const office = () => createScalevClient({ apiKey: "sk_test_app" });
let first = { id: "", slug: "" };

describe("a guest checkout on the MSW handlers", () => {
  it("goes from the cart to checkout to the public order, and the same order is in the business list and detail", async () => {
    const shop = createScalevClient({ storefrontApiKey: "sfpk_test_app" });
    await unwrap(shop.POST("/v3/stores/{store_id}/public/cart/items", { ...store, body: { type: "variant", variant_id: 5531, quantity: 2 } }));
    const shipping = await unwrap(shop.POST("/v3/stores/{store_id}/public/checkout/shipping-options", { ...store, body: { destination: { location_id: 31741, postal_code: "12130" } } }));
    const courier = shipping.data[0]!;
    const placed = await unwrap(shop.POST("/v3/stores/{store_id}/public/checkout", { ...store, body: { ...buyer, courier_service_id: courier.courier_service_id } }));
    const order = await unwrap(shop.GET("/v3/stores/{store_id}/public/orders/{secret_slug}", { params: { path: { store_id: STORE, secret_slug: placed.secret_slug } } }));
    expect(order.secret_slug).toBe(placed.secret_slug);
    expect(order.orderlines.map((line) => line.quantity)).toEqual([2]);
    expect(Number(order.gross_revenue)).toBe(Number(order.product_price) + Number(courier.cost));
    expect((await unwrap(shop.GET("/v3/stores/{store_id}/public/cart", store))).items).toEqual([]);

    const id = placed.id!;
    const list = await unwrap(office().GET("/v3/orders", { params: { query: { page_size: 10 } } }));
    expect(list.data[0]).toMatchObject({ id, secret_slug: placed.secret_slug, order_id: order.order_id, status: "pending" });
    const detail = await unwrap(office().GET("/v3/orders/{id}", { params: { path: { id } } }));
    expect(detail).toMatchObject({ id, secret_slug: placed.secret_slug, order_id: order.order_id, customer: { name: buyer.customer_name, email: buyer.customer_email } });
    expect(Number(detail.gross_revenue)).toBe(Number(order.gross_revenue));
    expect(detail.orderlines?.map((line) => line.quantity)).toEqual([2]);

    first = { id, slug: placed.secret_slug };
    console.log(JSON.stringify({ placed: placed.secret_slug, id, guestToken: shop.guestToken }));
  });

  it("starts the next test from the seed: the previous test's order is gone, from the storefront and the back office", async () => {
    expect(first.id).not.toBe("");
    const shop = createScalevClient({ storefrontApiKey: "sfpk_test_app" });
    const { response } = await shop.GET("/v3/stores/{store_id}/public/orders/{secret_slug}", { params: { path: { store_id: STORE, secret_slug: first.slug } } });
    expect(response.status).toBe(404);
    expect((await office().GET("/v3/orders/{id}", { params: { path: { id: first.id } } })).response.status).toBe(404);
    expect((await unwrap(office().GET("/v3/orders"))).data.map((order) => order.id)).not.toContain(first.id);
  });
});
