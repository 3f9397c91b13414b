/**
 * The stateful storefront's routes: the cart, checkout, order and catalog-detail routes of the storefront
 * and the customer area, answered from the state (shop.ts for carts and quotes, orders.ts for the orders a
 * checkout places, which the back office lists too). A checkout's buyer becomes one of the business's
 * customers (customers.ts).
 */
import { CUSTOMER, PUBLIC } from "./catalog.ts";
import { availabilityBody, cartBody, customerOrderBody, customerOrderListBody, discountCheckBody, pricingBody, publicOrderBody, shippingOptionBody, summaryBody } from "./bodies.ts";
import { checkDiscount } from "./discounts.ts";
import { requestAmount, requestQuantity } from "./money.ts";
import { NO_AMOUNTS, uuidv7, type Order } from "./orders.ts";
import type { Context, RouteTable } from "./router.ts";
import { productPrice, StateRefusal, unitPrice, type Buyer, type Cart, type Item, type Line, type ShopState } from "./shop.ts";
import type { Shared } from "./state.ts";

type Json = any;

const GUEST_TOKEN = "x-scalev-guest-token";
const integer = (value: unknown) => (typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value) ? Number(value) : undefined);
const text = (value: unknown) => (typeof value === "string" ? value : null);

/** The catalog item a cart or checkout item names (`type` and its id). */
const itemOf = (shop: ShopState, body: Json): Item =>
  body.type === "bundle_price_option" ? shop.item("bundle_price_option", body.bundle_price_option_id) : shop.item("variant", body.variant_id);

/** Body items (`StorefrontCheckoutItem[]`) as lines, or undefined when the body names none. */
function bodyLines(shop: ShopState, items: unknown): Line[] | undefined {
  if (!Array.isArray(items) || items.length === 0) return undefined;
  return items.map((raw: Json, index) => ({ item: itemOf(shop, raw), quantity: requestQuantity(raw.quantity, `items[${index}].quantity`) }));
}

const courierOf = (body: Json) => integer(body.courier_service_id ?? body.shipping_option?.courier_service_id ?? body.selected_shipping_option?.courier_service_id);

/** A refusal when `value` is undefined: `what` does not exist. */
export const found = <T>(value: T | undefined, what: string, code: string): T => {
  if (value === undefined) throw new StateRefusal("not_found", code, `${what} does not exist on this mock.`);
  return value;
};

export function storefrontRoutes(shared: Shared): RouteTable {
  const { shop } = shared;
  const customerProfile = () => shared.examples.customerOrder.customer ?? {};

  // ---------- identities ----------
  const guestIdentity = (c: Context, token: string) => `${c.store}\0guest\0${token}`;
  const customerIdentity = (c: Context) => `${c.store}\0customer\0${c.header("authorization")?.replace(/^Bearer\s+/i, "") ?? ""}`;
  const sentGuestToken = (c: Context) => c.header(GUEST_TOKEN) || undefined;

  /** The guest's cart; a call without a token opens a cart under a fresh token, as the API does. */
  function guestCart(c: Context): { cart: Cart; token: string } {
    const token = sentGuestToken(c) ?? crypto.randomUUID();
    return { cart: shop.openCart(guestIdentity(c, token)), token };
  }
  const customerCart = (c: Context) => shop.openCart(customerIdentity(c));

  /** Lines to quote: the body's items, else the cart. */
  const guestLines = (c: Context) => bodyLines(shop, c.body.items) ?? shop.cart(guestIdentity(c, sentGuestToken(c) ?? ""))?.lines ?? [];
  function customerLines(c: Context): Line[] {
    const fromBody = bodyLines(shop, c.body.items);
    if (fromBody) return fromBody;
    const cart = customerCart(c);
    const cartId = c.body.cart_id;
    if (cartId !== undefined && String(cartId) !== String(cart.id)) {
      throw new StateRefusal("not_found", "cart_not_found", `Cart ${JSON.stringify(cartId)} is not this customer's cart (${cart.id}).`);
    }
    return cart.lines;
  }

  // ---------- carts ----------
  /** The guest cart line a path names (refused when there is no such cart or line). */
  function guestLine(c: Context) {
    const token = sentGuestToken(c);
    const cart = token ? shop.cart(guestIdentity(c, token)) : undefined;
    return { line: shop.line(cart?.lines ?? [], c.params.item_id!), cart: cart!, token };
  }

  // ---------- checkout ----------
  function location(id: number | undefined) {
    return shared.examples.locations.find((candidate) => candidate.id === id);
  }

  function guestBuyer(body: Json): Buyer {
    const locationId = integer(body.shipping_location_id ?? body.location_id) ?? null;
    const known = location(locationId ?? undefined);
    return {
      name: text(body.customer_name),
      email: text(body.customer_email),
      phone: text(body.customer_phone),
      address: text(body.shipping_address ?? body.address),
      subdistrict: text(body.shipping_subdistrict) ?? known?.subdistrict_name ?? null,
      city: text(body.shipping_city) ?? known?.city_name ?? null,
      province: text(body.shipping_province) ?? known?.province_name ?? null,
      postalCode: text(body.shipping_postal_code ?? body.postal_code),
      locationId,
    };
  }

  function customerBuyer(body: Json): Buyer {
    const profile = customerProfile();
    const saved = body.address_id === undefined ? undefined : shared.examples.customerAddresses.find((a) => String(a.id) === String(body.address_id));
    if (body.address_id !== undefined && !saved) throw new StateRefusal("not_found", "address_not_found", `The customer has no address ${JSON.stringify(body.address_id)}.`);
    const locationId = integer(saved?.location?.id ?? body.location_id) ?? null;
    const known = saved?.location ?? location(locationId ?? undefined);
    return {
      name: text(saved?.name ?? profile.name),
      email: text(saved?.email ?? profile.email),
      phone: text(saved?.phone ?? profile.phone),
      address: text(saved?.address ?? body.address),
      subdistrict: known?.subdistrict_name ?? null,
      city: known?.city_name ?? null,
      province: known?.province_name ?? null,
      postalCode: text(saved?.postal_code ?? body.postal_code),
      locationId,
    };
  }

  const shippingOptions = (lines: Line[]) => ({ body: { data: shop.shippingOptions(lines).map(shippingOptionBody), is_paginated: false } });
  const summary = (lines: Line[], body: Json) => ({
    body: summaryBody(shop.quote(lines, { courierServiceId: courierOf(body), shippingCost: requestAmount(body.shipping_cost, "shipping_cost"), discountCode: text(body.discount_code_code) }), shared.examples),
  });

  /** A checkout: the order, in the back office too, with its buyer among the business's customers. */
  function placeOrder(store: string, lines: Line[], body: Json, buyer: Buyer, customerIdentity: string | undefined): Order {
    const totals = shop.quote(lines, { courierServiceId: courierOf(body), discountCode: text(body.discount_code_code), forOrder: true });
    const { paymentMethods } = shared.examples;
    const paymentMethod = typeof body.payment_method === "string" ? body.payment_method : (paymentMethods[0] ?? "bank_transfer");
    if (paymentMethods.length > 0 && !paymentMethods.includes(paymentMethod)) {
      throw new StateRefusal("invalid", "payment_method_not_available", `The store does not take ${JSON.stringify(paymentMethod)} (payment methods: ${paymentMethods.join(", ")}).`);
    }
    const customer = shared.customers.findOrCreate(buyer);
    return shared.orders.place({
      store,
      source: "storefront",
      lines: lines.map((line) => ({ id: uuidv7(), item: line.item, quantity: line.quantity, unitPrice: unitPrice(line.item) })),
      amounts: { ...NO_AMOUNTS, productPrice: totals.productPrice, shippingCost: totals.shippingCost, discountCodeDiscount: totals.discount?.discount ?? 0n },
      discountCode: totals.discount?.code,
      courier: totals.courier,
      paymentMethod,
      buyer,
      customerId: customer.id,
      customerIdentity,
      notes: text(body.notes),
      tags: [],
      isProbablySpam: false,
      fields: {},
    });
  }
  const publicOrder = (order: Order) => publicOrderBody(order, shared.examples);
  /** A customer's orders in this store, newest first. */
  const customerOrders = (c: Context) => shared.orders.all().filter((order) => order.customerIdentity === customerIdentity(c));

  // ---------- routes ----------
  /** The order the path's secret slug names in the path's store. */
  const placedOrder = (c: Context) => found(shared.orders.bySlug(c.store, c.params.secret_slug!), `Order ${JSON.stringify(c.params.secret_slug)}`, "order_not_found");
  return [
    // The catalog: each slug and id answers its own entry.
    ["get", `${PUBLIC}/products/{slug}`, (c) => ({ body: found(shop.catalog.product(c.params.slug!), `Product ${JSON.stringify(c.params.slug)}`, "product_not_found").detail })],
    ["get", `${PUBLIC}/bundle-price-options/{slug}`, (c) => ({ body: found(shop.catalog.bundle(c.params.slug!), `Bundle price option ${JSON.stringify(c.params.slug)}`, "bundle_price_option_not_found").detail })],
    ["get", `${PUBLIC}/variants/pricing`, (c) => ({ body: pricingBody(shop.catalog, c.query.get("ids")?.split(",").map((id) => id.trim()).filter(Boolean)) })],
    ["get", `${PUBLIC}/variants/{variant_id}/availability`, (c) => ({ body: availabilityBody(found(shop.catalog.variant(c.params.variant_id), `Variant ${JSON.stringify(c.params.variant_id)}`, "variant_not_found")) })],

    // The guest cart, per X-Scalev-Guest-Token.
    ["get", `${PUBLIC}/cart`, (c) => {
      const { cart, token } = guestCart(c);
      return { body: cartBody(cart, shared.examples), guestToken: token };
    }],
    ["post", `${PUBLIC}/cart/items`, (c) => {
      const item = itemOf(shop, c.body); // Refused before a cart is opened for it.
      const { cart, token } = guestCart(c);
      shop.add(cart, item, requestQuantity(c.body.quantity, "quantity"));
      return { body: cartBody(cart, shared.examples), guestToken: token };
    }],
    ["patch", `${PUBLIC}/cart/items/{item_id}`, (c) => {
      const { cart, line, token } = guestLine(c);
      line.quantity = requestQuantity(c.body.quantity, "quantity", line.quantity);
      return { body: cartBody(cart, shared.examples), guestToken: token };
    }],
    ["delete", `${PUBLIC}/cart/items/{item_id}`, (c) => {
      const { cart, line, token } = guestLine(c);
      shop.remove(cart, line);
      return { body: cartBody(cart, shared.examples), guestToken: token };
    }],
    ["post", `${PUBLIC}/cart/merge`, (c) => {
      const cart = customerCart(c);
      const token = sentGuestToken(c);
      if (token) shop.merge(guestIdentity(c, token), cart);
      return { body: cartBody(cart, shared.examples), guestToken: token };
    }],

    // Guest checkout: the body's items, else the guest cart.
    ["post", `${PUBLIC}/checkout/shipping-options`, (c) => shippingOptions(guestLines(c))],
    ["post", `${PUBLIC}/checkout/summary`, (c) => summary(guestLines(c), c.body)],
    ["post", `${PUBLIC}/checkout`, (c) => {
      const token = sentGuestToken(c);
      const fromBody = bodyLines(shop, c.body.items);
      const cart = token ? shop.cart(guestIdentity(c, token)) : undefined;
      const order = placeOrder(c.store, fromBody ?? cart?.lines ?? [], c.body, guestBuyer(c.body), undefined);
      if (!fromBody && cart) cart.lines = [];
      return { body: publicOrder(order), guestToken: token };
    }],
    ["post", `${PUBLIC}/discount-codes/check`, (c) => {
      const lines = guestLines(c);
      const shippingCost = requestAmount(c.body.shipping_cost, "shipping_cost") ?? shop.shippingOptions(lines).find((o) => o.courierServiceId === courierOf(c.body))?.cost ?? 0n;
      const productTotal = requestAmount(c.body.net_product_price, "net_product_price") ?? productPrice(lines);
      return { body: discountCheckBody(checkDiscount(String(c.body.code), { productPrice: productTotal, shippingCost }), shared.examples) };
    }],
    ["get", `${PUBLIC}/orders/{secret_slug}`, (c) => ({ body: publicOrder(placedOrder(c)) })],
    ["patch", `${PUBLIC}/orders/{secret_slug}`, (c) => {
      const order = shared.orders.update(placedOrder(c), (changed) => {
        for (const field of ["transferproof_url", "transfer_time", "payment_account_holder", "payment_account_number"]) {
          if (c.body[field] !== undefined) changed.fields[field] = c.body[field];
        }
        if (c.body.notes !== undefined) changed.notes = text(c.body.notes);
      });
      return { body: publicOrder(order) };
    }],

    // Paying for an order and uploading a transfer proof answer the spec's example, for this store's orders only.
    ["post", `${PUBLIC}/orders/{secret_slug}/payment`, (c) => void placedOrder(c)],
    ["post", `${PUBLIC}/orders/{secret_slug}/transfer-proof-upload`, (c) => void placedOrder(c)],

    // The customer's cart, checkout and orders, per bearer token.
    ["get", `${CUSTOMER}/cart`, (c) => ({ body: cartBody(customerCart(c), shared.examples) })],
    ["post", `${CUSTOMER}/cart/items`, (c) => {
      const item = itemOf(shop, c.body);
      const cart = customerCart(c);
      shop.add(cart, item, requestQuantity(c.body.quantity, "quantity"));
      return { body: cartBody(cart, shared.examples) };
    }],
    ["patch", `${CUSTOMER}/cart/items/{item_id}`, (c) => {
      const cart = customerCart(c);
      const line = shop.line(cart.lines, c.params.item_id!);
      line.quantity = requestQuantity(c.body.quantity, "quantity", line.quantity);
      return { body: cartBody(cart, shared.examples) };
    }],
    ["delete", `${CUSTOMER}/cart/items/{item_id}`, (c) => {
      // The operation declares no 404: removing a line that is not there leaves the cart as it is.
      const cart = customerCart(c);
      const line = cart.lines.find((candidate) => String(candidate.id) === c.params.item_id);
      if (line) shop.remove(cart, line);
      return { body: cartBody(cart, shared.examples) };
    }],
    ["post", `${CUSTOMER}/checkout/shipping-options`, (c) => shippingOptions(customerLines(c))],
    ["post", `${CUSTOMER}/checkout/summary`, (c) => summary(customerLines(c), c.body)],
    ["post", `${CUSTOMER}/checkout`, (c) => {
      const fromCart = !bodyLines(shop, c.body.items);
      const lines = customerLines(c);
      const order = placeOrder(c.store, lines, c.body, customerBuyer(c.body), customerIdentity(c));
      if (fromCart) customerCart(c).lines = [];
      return { body: publicOrder(order) };
    }],
    ["get", `${CUSTOMER}/orders`, (c) => ({ body: customerOrderListBody(customerOrders(c), shared.examples) })],
    ["get", `${CUSTOMER}/orders/{id}`, (c) => {
      const order = customerOrders(c).find((candidate) => candidate.id === c.params.id);
      return { body: customerOrderBody(found(order, `Order ${JSON.stringify(c.params.id)}`, "order_not_found"), shared.examples) };
    }],
  ];
}
