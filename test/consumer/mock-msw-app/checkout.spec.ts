// The acceptance flow of the MSW handlers in an app's own Vitest run (copied into a temporary app by
// test/consumer/mock-msw.test.ts, with the setup file taken from the package's README).
import { createScalevClient, unwrap } from "scalev-v3-client";
import { describe, expect, it } from "vitest";

const STORE = "store_vlzpML8edzxO5roOdV7Oyfn6";
const store = { params: { path: { store_id: STORE } } };
const buyer = { customer_name: "Sari Wulandari", customer_email: "sari@example.com", customer_phone: "6281311112222", shipping_address: "Jl. Dago No. 5" };
let firstSlug = "";

describe("a guest checkout on the MSW handlers", () => {
  it("goes from the cart to checkout to the public order", async () => {
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
    firstSlug = placed.secret_slug;
    console.log(JSON.stringify({ placed: placed.secret_slug, guestToken: shop.guestToken }));
  });

  it("starts the next test from the seed: the previous test's order is gone", async () => {
    expect(firstSlug).not.toBe("");
    const shop = createScalevClient({ storefrontApiKey: "sfpk_test_app" });
    const { response } = await shop.GET("/v3/stores/{store_id}/public/orders/{secret_slug}", { params: { path: { store_id: STORE, secret_slug: firstSlug } } });
    expect(response.status).toBe(404);
  });
});
