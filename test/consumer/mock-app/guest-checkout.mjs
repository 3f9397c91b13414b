// A guest checkout through the client package against `npx scalev-mock`, as a storefront makes it:
// the catalog, a product's variants, the cart (the client keeps the guest token the mock hands out),
// shipping options, checkout, then the public order by its secret slug and the emptied cart.
import { createScalevClient, unwrap } from "scalev-v3-client";

const storeId = "store_vlzpML8edzxO5roOdV7Oyfn6";
const store = { params: { path: { store_id: storeId } } };
const shop = createScalevClient({ baseUrl: process.env.SCALEV_BASE_URL, storefrontApiKey: "sfpk_test_consumer_app" });

const catalog = await unwrap(shop.GET("/v3/stores/{store_id}/public/items", store));
const card = catalog.data.find((item) => item.entity_type === "product" && item.item_type === "physical");
const product = await unwrap(shop.GET("/v3/stores/{store_id}/public/products/{slug}", { params: { path: { store_id: storeId, slug: card.slug } } }));
const variant = product.variants[0];
const cart = await unwrap(shop.POST("/v3/stores/{store_id}/public/cart/items", { ...store, body: { type: "variant", variant_id: variant.id, quantity: 2 } }));
const guestToken = shop.guestToken;

const destination = { location_id: 31741, postal_code: "12130" };
const methods = await unwrap(shop.GET("/v3/stores/{store_id}/public/payment-methods", store));
const payment_method = methods.data[0].code;
const shipping = await unwrap(shop.POST("/v3/stores/{store_id}/public/checkout/shipping-options", { ...store, body: { destination, payment_method } }));
const courier = shipping.data[0];
const placed = await unwrap(
  shop.POST("/v3/stores/{store_id}/public/checkout", {
    ...store,
    body: {
      customer_name: "Sari Wulandari",
      customer_email: "sari.wulandari@example.com",
      customer_phone: "6281311112222",
      shipping_address: "Jl. Dago No. 5",
      shipping_location_id: destination.location_id,
      shipping_postal_code: destination.postal_code,
      payment_method,
      courier_service_id: courier.courier_service_id,
    },
  }),
);
const order = await unwrap(shop.GET("/v3/stores/{store_id}/public/orders/{secret_slug}", { params: { path: { store_id: storeId, secret_slug: placed.secret_slug } } }));
const after = await unwrap(shop.GET("/v3/stores/{store_id}/public/cart", store));

console.log(
  JSON.stringify({
    guestToken,
    variant: { id: variant.id, price: Number(variant.price) },
    cart: { id: cart.id, lines: cart.items.map((line) => ({ variant_id: line.variant_id, quantity: line.quantity })) },
    courierCost: Number(courier.cost),
    placed: { secret_slug: placed.secret_slug, status: placed.status },
    order: {
      secret_slug: order.secret_slug,
      lines: order.orderlines.map((line) => ({ quantity: line.quantity, variant_price: Number(line.variant_price) })),
      product_price: Number(order.product_price),
      shipping_cost: Number(order.shipping_cost),
      gross_revenue: Number(order.gross_revenue),
      buyer: order.destination_address.name,
    },
    cartAfter: after.items.length,
  }),
);
