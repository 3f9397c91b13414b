/**
 * The stateful storefront: the cart, checkout, order and catalog-detail routes of the storefront and
 * the customer area, answered from in-memory state (shop.ts). A pure module, with no HTTP and no Node
 * built-ins, so that an HTTP server (the mock's, server.ts) or request handlers in a browser can drive
 * it: a request-like object in, the state's answer out, or undefined for a request that is not the
 * state's. The caller validates the request against the spec first (the mock lets Prism do it, so
 * validation and security answer exactly as without state) and asks the state only for a request the
 * spec accepted. A request with a `Prefer` header is never the state's (it changes nothing), so the
 * spec's named examples and error statuses stay one header away.
 */
import {
  availabilityBody,
  cartBody,
  customerOrderBody,
  customerOrderListBody,
  discountCheckBody,
  publicOrderBody,
  pricingBody,
  readExamples,
  shippingOptionBody,
  summaryBody,
  type Examples,
} from "./bodies.ts";
import { amount, buildCatalog, CUSTOMER, PUBLIC, type Doc } from "./catalog.ts";
import { checkDiscount } from "./discounts.ts";
import { productPrice, ShopState, StateRefusal, type Buyer, type Cart, type Item, type Line } from "./shop.ts";

type Json = any;

/** A request as the state reads it: what a fetch `Request` or a Node request gives, once parsed. */
export interface StateRequest {
  /** Upper-case, as sent: "GET", "POST"… */
  method: string;
  /** The path as sent, percent-escapes and all, without the query. */
  path: string;
  query: URLSearchParams;
  /** A request header by name (any case); undefined when absent. */
  header(name: string): string | undefined;
  /** The parsed JSON body; anything else (undefined, a string) reads as an empty body. */
  body: unknown;
}

/** The state's answer: the status (the spec's, or the one a refusal gets), the JSON body and the guest token. */
export interface StateAnswer {
  status: number;
  body: unknown;
  /** The X-Scalev-Guest-Token to answer with; undefined: answer none (never the spec's example token). */
  guestToken: string | undefined;
}

export interface StorefrontState {
  /**
   * The state's answer to a request the spec accepted with `acceptedStatus` (a 2xx), or undefined when
   * the request is not the state's (another route, or a `Prefer` header).
   */
  answer(request: StateRequest, acceptedStatus: number): StateAnswer | undefined;
  /** Forgets every cart and order (ids start again from the seed); with `doc`, takes its catalog and examples. */
  reset(doc?: Doc): { carts: number; orders: number };
  /** "METHOD /path/template" of every route the state answers. */
  readonly routes: string[];
}

interface Context {
  store: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Json;
  header(name: string): string | undefined;
}

interface Answer {
  body: unknown;
  guestToken?: string | undefined;
}

interface Route {
  method: string;
  path: string;
  pattern: RegExp;
  names: string[];
  run(context: Context): Answer;
}

const GUEST_TOKEN = "x-scalev-guest-token";
const integer = (value: unknown) => (typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value) ? Number(value) : undefined);
const text = (value: unknown) => (typeof value === "string" ? value : null);
/** A path parameter, percent-decoded; as sent when its escapes are malformed (it then matches nothing). */
const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** The statuses each operation declares, by "METHOD /path/template" (the state keeps no document). */
function declaredStatuses(doc: Doc): Map<string, string[]> {
  const statuses = new Map<string, string[]>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries<Json>(item)) {
      if (operation?.responses) statuses.set(`${method.toUpperCase()} ${path}`, Object.keys(operation.responses));
    }
  }
  return statuses;
}

/** The catalog item a cart or checkout item names (`type` and its id). */
const itemOf = (shop: ShopState, body: Json): Item =>
  body.type === "bundle_price_option" ? shop.item("bundle_price_option", body.bundle_price_option_id) : shop.item("variant", body.variant_id);

/** Body items (`StorefrontCheckoutItem[]`) as lines, or undefined when the body names none. */
function bodyLines(shop: ShopState, items: unknown): Line[] | undefined {
  if (!Array.isArray(items) || items.length === 0) return undefined;
  return items.map((raw: Json) => ({ item: itemOf(shop, raw), quantity: integer(raw.quantity) ?? 1 }));
}

const courierOf = (body: Json) => integer(body.courier_service_id ?? body.shipping_option?.courier_service_id ?? body.selected_shipping_option?.courier_service_id);

/** The state, seeded from the examples of `doc` (the bundled spec). */
export function createStorefrontState(doc: Doc): StorefrontState {
  let examples: Examples = readExamples(doc);
  let declared = declaredStatuses(doc);
  const shop = new ShopState(buildCatalog(doc), examples.shippingOptions);
  const customerProfile = () => examples.customerOrder.customer ?? {};

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
    return examples.locations.find((candidate) => candidate.id === id);
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
    const saved = body.address_id === undefined ? undefined : examples.customerAddresses.find((a) => String(a.id) === String(body.address_id));
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
    body: summaryBody(shop.quote(lines, { courierServiceId: courierOf(body), shippingCost: amount(body.shipping_cost), discountCode: text(body.discount_code_code) }), examples),
  });

  function placeOrder(lines: Line[], body: Json, buyer: Buyer, customer: string | undefined) {
    const totals = shop.quote(lines, { courierServiceId: courierOf(body), discountCode: text(body.discount_code_code), forOrder: true });
    const paymentMethod = typeof body.payment_method === "string" ? body.payment_method : (examples.paymentMethods[0] ?? "bank_transfer");
    if (examples.paymentMethods.length > 0 && !examples.paymentMethods.includes(paymentMethod)) {
      throw new StateRefusal("invalid", "payment_method_not_available", `The store does not take ${JSON.stringify(paymentMethod)} (payment methods: ${examples.paymentMethods.join(", ")}).`);
    }
    return shop.placeOrder({ lines, totals, paymentMethod, buyer, notes: text(body.notes), customer });
  }
  const publicOrder = (order: ReturnType<typeof placeOrder>) => publicOrderBody(order, integer(customerProfile().id) ?? null, examples);

  // ---------- routes ----------
  const found = <T>(value: T | undefined, what: string, code: string): T => {
    if (value === undefined) throw new StateRefusal("not_found", code, `${what} does not exist on this mock.`);
    return value;
  };
  const table: [string, string, (c: Context) => Answer][] = [
    // The catalog: each slug and id answers its own entry.
    ["get", `${PUBLIC}/products/{slug}`, (c) => ({ body: found(shop.catalog.product(c.params.slug!), `Product ${JSON.stringify(c.params.slug)}`, "product_not_found").detail })],
    ["get", `${PUBLIC}/bundle-price-options/{slug}`, (c) => ({ body: found(shop.catalog.bundle(c.params.slug!), `Bundle price option ${JSON.stringify(c.params.slug)}`, "bundle_price_option_not_found").detail })],
    ["get", `${PUBLIC}/variants/pricing`, (c) => ({ body: pricingBody(shop.catalog, c.query.get("ids")?.split(",").map((id) => id.trim()).filter(Boolean)) })],
    ["get", `${PUBLIC}/variants/{variant_id}/availability`, (c) => ({ body: availabilityBody(found(shop.catalog.variant(c.params.variant_id), `Variant ${JSON.stringify(c.params.variant_id)}`, "variant_not_found")) })],

    // The guest cart, per X-Scalev-Guest-Token.
    ["get", `${PUBLIC}/cart`, (c) => {
      const { cart, token } = guestCart(c);
      return { body: cartBody(cart, examples), guestToken: token };
    }],
    ["post", `${PUBLIC}/cart/items`, (c) => {
      const item = itemOf(shop, c.body); // Refused before a cart is opened for it.
      const { cart, token } = guestCart(c);
      shop.add(cart, item, integer(c.body.quantity) ?? 1);
      return { body: cartBody(cart, examples), guestToken: token };
    }],
    ["patch", `${PUBLIC}/cart/items/{item_id}`, (c) => {
      const { cart, line, token } = guestLine(c);
      line.quantity = integer(c.body.quantity) ?? line.quantity;
      return { body: cartBody(cart, examples), guestToken: token };
    }],
    ["delete", `${PUBLIC}/cart/items/{item_id}`, (c) => {
      const { cart, line, token } = guestLine(c);
      shop.remove(cart, line);
      return { body: cartBody(cart, examples), guestToken: token };
    }],
    ["post", `${PUBLIC}/cart/merge`, (c) => {
      const cart = customerCart(c);
      const token = sentGuestToken(c);
      if (token) shop.merge(guestIdentity(c, token), cart);
      return { body: cartBody(cart, examples), guestToken: token };
    }],

    // Guest checkout: the body's items, else the guest cart.
    ["post", `${PUBLIC}/checkout/shipping-options`, (c) => shippingOptions(guestLines(c))],
    ["post", `${PUBLIC}/checkout/summary`, (c) => summary(guestLines(c), c.body)],
    ["post", `${PUBLIC}/checkout`, (c) => {
      const token = sentGuestToken(c);
      const fromBody = bodyLines(shop, c.body.items);
      const cart = token ? shop.cart(guestIdentity(c, token)) : undefined;
      const order = placeOrder(fromBody ?? cart?.lines ?? [], c.body, guestBuyer(c.body), undefined);
      if (!fromBody && cart) cart.lines = [];
      return { body: publicOrder(order), guestToken: token };
    }],
    ["post", `${PUBLIC}/discount-codes/check`, (c) => {
      const lines = guestLines(c);
      const shippingCost = amount(c.body.shipping_cost) ?? shop.shippingOptions(lines).find((o) => o.courierServiceId === courierOf(c.body))?.cost ?? 0;
      const productTotal = amount(c.body.net_product_price) ?? productPrice(lines);
      return { body: discountCheckBody(checkDiscount(String(c.body.code), { productPrice: productTotal, shippingCost }), examples) };
    }],
    ["get", `${PUBLIC}/orders/{secret_slug}`, (c) => ({ body: publicOrder(found(shop.order(c.params.secret_slug!), `Order ${JSON.stringify(c.params.secret_slug)}`, "order_not_found")) })],
    ["patch", `${PUBLIC}/orders/{secret_slug}`, (c) => {
      const order = found(shop.order(c.params.secret_slug!), `Order ${JSON.stringify(c.params.secret_slug)}`, "order_not_found");
      for (const field of ["transferproof_url", "transfer_time", "payment_account_holder", "payment_account_number"]) {
        if (c.body[field] !== undefined) order.buyerUpdates[field] = c.body[field];
      }
      if (c.body.notes !== undefined) order.notes = text(c.body.notes);
      return { body: publicOrder(order) };
    }],

    // The customer's cart, checkout and orders, per bearer token.
    ["get", `${CUSTOMER}/cart`, (c) => ({ body: cartBody(customerCart(c), examples) })],
    ["post", `${CUSTOMER}/cart/items`, (c) => {
      const item = itemOf(shop, c.body);
      const cart = customerCart(c);
      shop.add(cart, item, integer(c.body.quantity) ?? 1);
      return { body: cartBody(cart, examples) };
    }],
    ["patch", `${CUSTOMER}/cart/items/{item_id}`, (c) => {
      const cart = customerCart(c);
      const line = shop.line(cart.lines, c.params.item_id!);
      line.quantity = integer(c.body.quantity) ?? line.quantity;
      return { body: cartBody(cart, examples) };
    }],
    ["delete", `${CUSTOMER}/cart/items/{item_id}`, (c) => {
      // The operation declares no 404: removing a line that is not there leaves the cart as it is.
      const cart = customerCart(c);
      const line = cart.lines.find((candidate) => String(candidate.id) === c.params.item_id);
      if (line) shop.remove(cart, line);
      return { body: cartBody(cart, examples) };
    }],
    ["post", `${CUSTOMER}/checkout/shipping-options`, (c) => shippingOptions(customerLines(c))],
    ["post", `${CUSTOMER}/checkout/summary`, (c) => summary(customerLines(c), c.body)],
    ["post", `${CUSTOMER}/checkout`, (c) => {
      const fromCart = !bodyLines(shop, c.body.items);
      const lines = customerLines(c);
      const order = placeOrder(lines, c.body, customerBuyer(c.body), customerIdentity(c));
      if (fromCart) customerCart(c).lines = [];
      return { body: publicOrder(order) };
    }],
    ["get", `${CUSTOMER}/orders`, (c) => ({ body: customerOrderListBody(shop.customerOrders(customerIdentity(c)), examples) })],
    ["get", `${CUSTOMER}/orders/{id}`, (c) => {
      const order = shop.customerOrders(customerIdentity(c)).find((candidate) => candidate.id === c.params.id);
      return { body: customerOrderBody(found(order, `Order ${JSON.stringify(c.params.id)}`, "order_not_found"), examples) };
    }],
  ];
  const routes: Route[] = table.map(([method, path, run]) => {
    const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, "([^/]+)")}$`);
    return { method: method.toUpperCase(), path, pattern, names, run };
  });

  /** The status a refusal gets: one the operation declares. */
  function refusalStatus(route: Route, refusal: StateRefusal): number {
    const statuses = declared.get(`${route.method} ${route.path}`) ?? [];
    const candidates = refusal.kind === "not_found" ? ["404", "400", "422"] : ["400", "422"];
    return Number(candidates.find((status) => statuses.includes(status)) ?? candidates[0]);
  }

  function answer(request: StateRequest, acceptedStatus: number): StateAnswer | undefined {
    const route = routes.find((candidate) => candidate.method === request.method && candidate.pattern.test(request.path));
    if (!route || request.header("prefer") !== undefined) return undefined;
    const values = route.pattern.exec(request.path)!.slice(1).map(decoded);
    const context: Context = {
      store: values[route.names.indexOf("store_id")] ?? "",
      params: Object.fromEntries(route.names.map((name, i) => [name, values[i]!])),
      query: request.query,
      body: request.body && typeof request.body === "object" ? request.body : {},
      header: (name) => request.header(name),
    };
    try {
      const result = route.run(context);
      return { status: acceptedStatus, body: result.body, guestToken: result.guestToken };
    } catch (error) {
      if (!(error instanceof StateRefusal)) throw error;
      return { status: refusalStatus(route, error), body: { error: error.message, error_code: error.errorCode }, guestToken: undefined };
    }
  }

  function reset(nextDoc?: Doc) {
    if (!nextDoc) return shop.reset();
    examples = readExamples(nextDoc);
    declared = declaredStatuses(nextDoc);
    return shop.reset(buildCatalog(nextDoc), examples.shippingOptions);
  }

  return { answer, reset, routes: routes.map((route) => `${route.method} ${route.path}`) };
}
