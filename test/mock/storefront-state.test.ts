/**
 * The stateful storefront of the `scalev-mock` command (mock/state/), driven over HTTP:
 * carts per guest token and per customer, checkout and the orders it creates, discount codes, the
 * catalog detail routes, reset, `Prefer` and invalid requests left to Prism, and --stateless.
 * Every answer is checked against the status and schema the spec declares for it, and expected prices
 * come from the catalog routes the mock serves, never from the test.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DISCOUNT_CODES } from "../../mock/state/discounts.ts";
import { createStorefrontState } from "../../mock/state/storefront.ts";
import { startMock, STORE, STOREFRONT_KEY, type RunningMock } from "./mock-process.ts";
import { responseChecker } from "./response-schema.ts";

type Json = any;
const doc = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../generated/openapi.json"), "utf8"));
const checkAnswer = responseChecker(doc);
/** The storefront's stateful routes (the back office's are test/mock/back-office.test.ts's). */
const STATEFUL_ROUTES = createStorefrontState(doc).routes.filter((route) => route.includes("/v3/stores/"));
/** Routes whose 2xx answer was checked against its schema, and refusals that were. */
const validated = new Set<string>();

let mock: RunningMock;
let stateless: RunningMock;
beforeAll(async () => {
  [mock, stateless] = await Promise.all([startMock(), startMock({ args: ["--stateless"] })]);
});
afterAll(async () => {
  for (const stopped of await Promise.all([mock?.stop(), stateless?.stop()])) expect(stopped).toEqual({ code: 0, signal: null, leftBehind: [] });
});

const PUBLIC = "/v3/stores/{store_id}/public";
const CUSTOMER = "/v3/stores/{store_id}/customers/me";

interface CallOptions {
  params?: Record<string, string | number>;
  query?: string;
  body?: unknown;
  guest?: string;
  /** A customer bearer token (customer routes and the cart merge). */
  customer?: string;
  prefer?: string;
  /** Leave out the storefront key. */
  anonymous?: boolean;
  /** Another mock than the stateful one. */
  on?: RunningMock;
  /** Skip the schema check: an answer that is Prism's, not the state's (e.g. a 401 no route declares). */
  unchecked?: boolean;
}

interface Called {
  status: number;
  body: Json;
  guestToken: string | null;
  headers: Headers;
}

/** One request to the mock; its answer must be one the spec declares (status and schema). */
async function call(method: string, template: string, options: CallOptions = {}): Promise<Called> {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(name === "store_id" ? STORE : String(options.params?.[name])));
  const headers: Record<string, string> = {};
  if (!options.anonymous && template.startsWith(PUBLIC)) Object.assign(headers, STOREFRONT_KEY);
  if (options.guest) headers["X-Scalev-Guest-Token"] = options.guest;
  if (options.customer) headers.Authorization = `Bearer ${options.customer}`;
  if (options.prefer) headers.Prefer = options.prefer;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(`${(options.on ?? mock).url}${path}${options.query ?? ""}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  const body = text ? JSON.parse(text) : undefined;
  if (!options.unchecked) {
    expect(checkAnswer(method, template, response.status, body), `${method} ${path} → ${response.status} ${text.slice(0, 300)}`).toEqual([]);
    validated.add(`${method} ${template}${response.ok ? "" : ` → ${response.status}`}`);
  }
  return { status: response.status, body, guestToken: response.headers.get("x-scalev-guest-token"), headers: response.headers };
}

async function ok(method: string, template: string, options: CallOptions = {}): Promise<Called> {
  const answer = await call(method, template, options);
  expect(answer.status, `${method} ${template}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
  return answer;
}

async function refused(method: string, template: string, options: CallOptions, status: number, errorCode: string) {
  const answer = await call(method, template, options);
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.body).toEqual({ error: expect.any(String), error_code: errorCode });
  expect(answer.guestToken).toBeNull();
  return answer;
}

// ---------- the catalog the mock serves: what the cart and the orders must agree with ----------
interface Sellable {
  body: Json;
  /** The variant's unique id. */
  uniqueId?: string;
  name: string;
  price: number;
  physical: boolean;
}

let variants: (Sellable & { productName: string })[] = [];
let bundles: Sellable[] = [];

async function loadCatalog() {
  if (variants.length) return;
  const { body: page } = await ok("GET", `${PUBLIC}/items`);
  for (const card of page.data) {
    if (card.entity_type === "product") {
      const { body: product } = await ok("GET", `${PUBLIC}/products/{slug}`, { params: { slug: card.slug } });
      for (const v of product.variants) {
        variants.push({ body: { type: "variant", variant_id: v.id }, uniqueId: v.unique_id, name: v.name, productName: product.name, price: Number(v.price), physical: v.item_type === "physical" });
      }
    } else {
      const { body: bundle } = await ok("GET", `${PUBLIC}/bundle-price-options/{slug}`, { params: { slug: card.slug } });
      bundles.push({ body: { type: "bundle_price_option", bundle_price_option_id: bundle.bundle_price_option_id }, name: bundle.name, price: Number(bundle.price), physical: true });
    }
  }
  expect(variants.filter((v) => v.physical).length, "the catalog sells a physical variant").toBeGreaterThan(0);
  expect(variants.filter((v) => !v.physical).length, "the catalog sells a digital variant").toBeGreaterThan(0);
  expect(bundles.length, "the catalog sells a bundle price option").toBeGreaterThan(0);
}

const physical = () => variants.find((v) => v.physical)!;
const digital = () => variants.find((v) => !v.physical)!;
const lineSummary = (cart: Json) => cart.items.map((i: Json) => ({ variant_id: i.variant_id, bundle_price_option_id: i.bundle_price_option_id, quantity: i.quantity }));

/** The guest cart a fresh token sees, as GET /public/cart answers it. */
async function freshGuest(): Promise<string> {
  const { body, guestToken } = await ok("GET", `${PUBLIC}/cart`);
  expect(body.items).toEqual([]);
  expect(guestToken).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  return guestToken!;
}

const buyer = {
  customer_name: "Sari Wulandari",
  customer_email: "sari.wulandari@example.com",
  customer_phone: "6281311112222",
  shipping_address: "Jl. Dago No. 5",
  shipping_location_id: 31741,
  shipping_postal_code: "12130",
};

beforeAll(loadCatalog);

describe("a guest cart, step by step, then checkout and the public order", () => {
  it("adds two lines, changes one, removes one, checks out, and every answer agrees", async () => {
    const shirt = physical();
    const bundle = bundles[0]!;
    const first = await ok("POST", `${PUBLIC}/cart/items`, { body: { ...shirt.body, quantity: 1 } });
    expect(first.status).toBe(201);
    const token = first.guestToken!;
    expect(token, "a first cart call without a token gets one").toBeTruthy();
    expect(first.body).toMatchObject({ item_count: 1, total: shirt.price });

    const second = await ok("POST", `${PUBLIC}/cart/items`, { guest: token, body: bundle.body });
    expect(second.guestToken).toBe(token);
    expect(lineSummary(second.body)).toEqual([
      { variant_id: shirt.body.variant_id, bundle_price_option_id: null, quantity: 1 },
      { variant_id: null, bundle_price_option_id: bundle.body.bundle_price_option_id, quantity: 1 },
    ]);
    expect(second.body).toMatchObject({ id: first.body.id, item_count: 2, total: shirt.price + bundle.price });
    const [shirtLine, bundleLine] = second.body.items;
    expect(shirtLine.id).not.toBe(bundleLine.id);

    const changed = await ok("PATCH", `${PUBLIC}/cart/items/{item_id}`, { guest: token, params: { item_id: shirtLine.id }, body: { quantity: 3 } });
    expect(changed.body).toMatchObject({ item_count: 2, total: 3 * shirt.price + bundle.price });
    expect(changed.body.items.map((i: Json) => [i.id, i.quantity])).toEqual([[shirtLine.id, 3], [bundleLine.id, 1]]);

    const removed = await ok("DELETE", `${PUBLIC}/cart/items/{item_id}`, { guest: token, params: { item_id: bundleLine.id } });
    expect(removed.body).toMatchObject({ item_count: 1, total: 3 * shirt.price });
    expect(removed.body.items.map((i: Json) => i.id)).toEqual([shirtLine.id]);
    expect((await ok("GET", `${PUBLIC}/cart`, { guest: token })).body).toEqual(removed.body);

    const { body: options } = await ok("POST", `${PUBLIC}/checkout/shipping-options`, { guest: token, body: { destination: { location_id: 31741, postal_code: "12130" } } });
    expect(options.data.length).toBeGreaterThan(0);
    const courier = options.data[0];
    const { body: summary } = await ok("POST", `${PUBLIC}/checkout/summary`, { guest: token, body: { courier_service_id: courier.courier_service_id } });
    expect(Number(summary.product_price)).toBe(3 * shirt.price);
    expect(Number(summary.shipping_cost)).toBe(Number(courier.cost));
    expect(Number(summary.gross_revenue)).toBe(3 * shirt.price + Number(courier.cost));

    const placed = await ok("POST", `${PUBLIC}/checkout`, { guest: token, body: { ...buyer, courier_service_id: courier.courier_service_id, payment_method: "bank_transfer" } });
    expect(placed.status).toBe(201);
    expect(placed.guestToken).toBe(token);
    const order = placed.body;
    expect(order.orderlines).toEqual([expect.objectContaining({ quantity: 3, product_name: shirt.productName, variant_price: shirt.price })]);
    expect(Number(order.product_price)).toBe(Number(summary.product_price));
    expect(Number(order.shipping_cost)).toBe(Number(summary.shipping_cost));
    expect(Number(order.gross_revenue)).toBe(Number(summary.gross_revenue));
    expect(order).toMatchObject({ status: "pending", payment_status: "unpaid", payment_method: "bank_transfer", customer: { email: buyer.customer_email } });
    expect(order.destination_address).toMatchObject({ name: buyer.customer_name, address: buyer.shipping_address, subdistrict: expect.any(String) });
    expect(order.courier_service.name).toBe(courier.name);

    const { body: readBack } = await ok("GET", `${PUBLIC}/orders/{secret_slug}`, { params: { secret_slug: order.secret_slug } });
    expect(readBack).toEqual(order);
    const { body: emptied } = await ok("GET", `${PUBLIC}/cart`, { guest: token });
    expect(emptied).toMatchObject({ id: first.body.id, item_count: 0, items: [] });
    expect(Number(emptied.total)).toBe(0);
  });

  it("adds by string id, unique id or slug, and adding the same item again raises its quantity", async () => {
    const variant = physical();
    const token = await freshGuest();
    await ok("POST", `${PUBLIC}/cart/items`, { guest: token, body: { type: "variant", variant_id: String(variant.body.variant_id) } });
    await ok("POST", `${PUBLIC}/cart/items`, { guest: token, body: { type: "variant", variant_id: variant.uniqueId, quantity: 2 } });
    const byId = (await ok("POST", `${PUBLIC}/cart/items`, { guest: token, body: { type: "bundle_price_option", bundle_price_option_id: String(bundles[0]!.body.bundle_price_option_id) } })).body;
    const { bundle_price_option_unique_id: uniqueId, bundle_price_option_slug: slug } = byId.items[1];
    expect(uniqueId).toEqual(expect.any(String));
    await ok("POST", `${PUBLIC}/cart/items`, { guest: token, body: { type: "bundle_price_option", bundle_price_option_id: uniqueId } });
    const { body } = await ok("POST", `${PUBLIC}/cart/items`, { guest: token, body: { type: "bundle_price_option", bundle_price_option_id: slug } });
    expect(lineSummary(body)).toEqual([
      { variant_id: variant.body.variant_id, bundle_price_option_id: null, quantity: 3 },
      { variant_id: null, bundle_price_option_id: bundles[0]!.body.bundle_price_option_id, quantity: 3 },
    ]);
    expect(body.total).toBe(3 * variant.price + 3 * bundles[0]!.price);
  });
});

describe("identities", () => {
  it("two guest tokens never see each other's cart", async () => {
    const [a, b] = [await freshGuest(), await freshGuest()];
    expect(a).not.toBe(b);
    await ok("POST", `${PUBLIC}/cart/items`, { guest: a, body: physical().body });
    await ok("POST", `${PUBLIC}/cart/items`, { guest: b, body: { ...digital().body, quantity: 2 } });
    expect(lineSummary((await ok("GET", `${PUBLIC}/cart`, { guest: a })).body)).toEqual([{ variant_id: physical().body.variant_id, bundle_price_option_id: null, quantity: 1 }]);
    expect(lineSummary((await ok("GET", `${PUBLIC}/cart`, { guest: b })).body)).toEqual([{ variant_id: digital().body.variant_id, bundle_price_option_id: null, quantity: 2 }]);
    const lineOfA = (await ok("GET", `${PUBLIC}/cart`, { guest: a })).body.items[0].id;
    await refused("PATCH", `${PUBLIC}/cart/items/{item_id}`, { guest: b, params: { item_id: lineOfA }, body: { quantity: 5 } }, 404, "cart_item_not_found");
    await refused("DELETE", `${PUBLIC}/cart/items/{item_id}`, { guest: b, params: { item_id: lineOfA } }, 404, "cart_item_not_found");
    expect((await ok("GET", `${PUBLIC}/cart`, { guest: a })).body.items[0].quantity).toBe(1);
    // Neither cart's lines show up in a guest checkout of the other.
    const summary = (await ok("POST", `${PUBLIC}/checkout/summary`, { guest: b })).body;
    expect(Number(summary.product_price)).toBe(2 * digital().price);
  });

  it("a customer's cart is per bearer token; merging moves the guest cart into it", async () => {
    const customer = `customer-${Date.now()}`;
    const other = `${customer}-other`;
    await ok("POST", `${CUSTOMER}/cart/items`, { customer, body: physical().body });
    const guest = await freshGuest();
    await ok("POST", `${PUBLIC}/cart/items`, { guest, body: { ...physical().body, quantity: 2 } });
    await ok("POST", `${PUBLIC}/cart/items`, { guest, body: digital().body });
    expect((await ok("GET", `${CUSTOMER}/cart`, { customer: other })).body.items).toEqual([]);

    const merged = await ok("POST", `${PUBLIC}/cart/merge`, { customer, guest });
    expect(merged.guestToken).toBe(guest);
    expect(lineSummary(merged.body)).toEqual([
      { variant_id: physical().body.variant_id, bundle_price_option_id: null, quantity: 3 },
      { variant_id: digital().body.variant_id, bundle_price_option_id: null, quantity: 1 },
    ]);
    expect(merged.body.total).toBe(3 * physical().price + digital().price);
    expect((await ok("GET", `${CUSTOMER}/cart`, { customer })).body).toEqual(merged.body);
    expect((await ok("GET", `${PUBLIC}/cart`, { guest })).body.items, "the guest cart was emptied by the merge").toEqual([]);
  });
});

describe("a customer checkout and the customer's orders", () => {
  it("changes, removes, checks out the cart, and lists the order with the same lines and totals", async () => {
    const customer = `customer-orders-${Date.now()}`;
    await ok("POST", `${CUSTOMER}/cart/items`, { customer, body: physical().body });
    const { body: cart } = await ok("POST", `${CUSTOMER}/cart/items`, { customer, body: bundles[0]!.body });
    const [shirtLine, bundleLine] = cart.items;
    expect((await ok("PATCH", `${CUSTOMER}/cart/items/{item_id}`, { customer, params: { item_id: shirtLine.id }, body: { quantity: 2 } })).body.total).toBe(2 * physical().price + bundles[0]!.price);
    const { body: after } = await ok("DELETE", `${CUSTOMER}/cart/items/{item_id}`, { customer, params: { item_id: bundleLine.id } });
    expect(after).toMatchObject({ item_count: 1, total: 2 * physical().price });
    expect((await ok("DELETE", `${CUSTOMER}/cart/items/{item_id}`, { customer, params: { item_id: bundleLine.id } })).body, "removing it again changes nothing").toEqual(after);

    const { body: options } = await ok("POST", `${CUSTOMER}/checkout/shipping-options`, { customer, body: { cart_id: after.id, location_id: 31741, postal_code: "12130" } });
    const courier = options.data.at(-1);
    const { body: summary } = await ok("POST", `${CUSTOMER}/checkout/summary`, { customer, body: { courier_service_id: courier.courier_service_id, discount_code_code: "JUNIHEMAT" } });
    const discount = Math.min(Math.round(0.1 * 2 * physical().price), 50_000);
    expect(Number(summary.gross_revenue)).toBe(2 * physical().price + Number(courier.cost) - discount);

    const addresses = (await ok("GET", `${CUSTOMER}/checkout/addresses`, { customer })).body.data;
    const { body: order } = await ok("POST", `${CUSTOMER}/checkout`, {
      customer,
      body: { cart_id: after.id, address_id: addresses[0].id, courier_service_id: courier.courier_service_id, discount_code_code: "JUNIHEMAT", notes: "Tolong dibungkus kado" },
    });
    expect(Number(order.gross_revenue)).toBe(Number(summary.gross_revenue));
    expect(Number(order.discount_code_discount)).toBe(discount);
    expect(order.discount_code_code).toBe("JUNIHEMAT");
    expect(order.destination_address.address).toBe(addresses[0].address);
    expect((await ok("GET", `${CUSTOMER}/cart`, { customer })).body.items).toEqual([]);

    const { body: list } = await ok("GET", `${CUSTOMER}/orders`, { customer });
    expect(list.data.map((o: Json) => o.id)).toEqual([order.id]);
    const { body: detail } = await ok("GET", `${CUSTOMER}/orders/{id}`, { customer, params: { id: order.id } });
    expect(detail).toEqual(list.data[0]);
    expect(detail).toMatchObject({ secret_slug: order.secret_slug, order_id: order.order_id, notes: "Tolong dibungkus kado", total_quantity: 2 });
    expect(detail.orderlines).toEqual([expect.objectContaining({ quantity: 2, variant: physical().body.variant_id, product_name: physical().productName, variant_price: physical().price, product_price: 2 * physical().price })]);
    for (const field of ["product_price", "shipping_cost", "discount_code_discount", "gross_revenue"]) expect(Number(detail[field]), field).toBe(Number(order[field]));
    expect((await ok("GET", `${PUBLIC}/orders/{secret_slug}`, { params: { secret_slug: order.secret_slug } })).body).toEqual(order);

    expect((await ok("GET", `${CUSTOMER}/orders`, { customer: `${customer}-other` })).body.data).toEqual([]);
    await refused("GET", `${CUSTOMER}/orders/{id}`, { customer: `${customer}-other`, params: { id: order.id } }, 404, "order_not_found");
  });

  it("a buyer's update to a placed order shows on it", async () => {
    const { body: order } = await ok("POST", `${PUBLIC}/checkout`, { body: { ...buyer, items: [{ ...digital().body, quantity: 1 }] } });
    const proof = "https://example.com/bukti.jpg";
    const { body: updated } = await ok("PATCH", `${PUBLIC}/orders/{secret_slug}`, { params: { secret_slug: order.secret_slug }, body: { transferproof_url: proof } });
    expect(updated).toEqual({ ...order, transferproof_url: proof });
    expect((await ok("GET", `${PUBLIC}/orders/{secret_slug}`, { params: { secret_slug: order.secret_slug } })).body.transferproof_url).toBe(proof);
  });

  it("paying and uploading a transfer proof answer for this store's orders only", async () => {
    const { body: order } = await ok("POST", `${PUBLIC}/checkout`, { body: { ...buyer, items: [{ ...digital().body, quantity: 1 }] } });
    const upload = { filename: "bukti.jpg", content_type: "image/jpeg", content_length: 52_000 };
    await ok("POST", `${PUBLIC}/orders/{secret_slug}/payment`, { params: { secret_slug: order.secret_slug } });
    await ok("POST", `${PUBLIC}/orders/{secret_slug}/transfer-proof-upload`, { params: { secret_slug: order.secret_slug }, body: upload });
    await refused("POST", `${PUBLIC}/orders/{secret_slug}/payment`, { params: { secret_slug: "noSuchOrder1" } }, 404, "order_not_found");
    await refused("POST", `${PUBLIC}/orders/{secret_slug}/transfer-proof-upload`, { params: { secret_slug: "noSuchOrder1" }, body: upload }, 404, "order_not_found");
  });
});

describe("shipping, summaries and discount codes are computed from the lines", () => {
  it("quotes couriers per started kilogram of physical goods, and none for digital goods", async () => {
    const one = (await ok("POST", `${PUBLIC}/checkout/shipping-options`, { body: { items: [{ ...physical().body, quantity: 1 }] } })).body.data;
    const many = (await ok("POST", `${PUBLIC}/checkout/shipping-options`, { body: { items: [{ ...physical().body, quantity: 9 }] } })).body.data;
    expect(one.length).toBeGreaterThan(0);
    expect(many.map((o: Json) => o.courier_service_id)).toEqual(one.map((o: Json) => o.courier_service_id));
    for (const [index, option] of many.entries()) expect(Number(option.cost)).toBeGreaterThan(Number(one[index].cost));
    expect((await ok("POST", `${PUBLIC}/checkout/shipping-options`, { body: { items: [{ ...digital().body, quantity: 1 }] } })).body.data).toEqual([]);
  });

  it("answers the discount-code check from the documented codes", async () => {
    const items = [{ ...physical().body, quantity: 4 }];
    const products = 4 * physical().price;
    for (const code of DISCOUNT_CODES) {
      const { body } = await ok("POST", `${PUBLIC}/discount-codes/check`, { body: { code: code.code.toLowerCase(), items, shipping_cost: 24_000 } });
      expect(body.discount_code.code).toBe(code.code);
      expect(body.is_eligible).toBe(code.expiredAt === undefined);
      const base = code.appliesTo === "product_price" ? products : 24_000;
      const expected = code.expiredAt ? 0 : Math.min(code.percentage ? Math.round((base * code.percentage) / 100) : code.amount!, code.maxAmount ?? Infinity, base);
      expect(Number(body.discount_code_discount), code.code).toBe(expected);
    }
    const unknown = (await ok("POST", `${PUBLIC}/discount-codes/check`, { body: { code: "NOPE", items } })).body;
    expect(unknown).toMatchObject({ discount_code: null, is_eligible: false });
    const small = (await ok("POST", `${PUBLIC}/discount-codes/check`, { body: { code: "JUNIHEMAT", net_product_price: 1000 } })).body;
    expect(small).toMatchObject({ is_eligible: false, eligibility_details: { reason: "minimum_not_met" } });
  });
});

describe("requests the state cannot honour get a declared error status", () => {
  it("unknown items, lines, orders, couriers, codes and payment methods; an empty checkout", async () => {
    const token = await freshGuest();
    await refused("POST", `${PUBLIC}/cart/items`, { guest: token, body: { type: "variant", variant_id: 999999 } }, 404, "variant_not_found");
    await refused("POST", `${PUBLIC}/cart/items`, { guest: token, body: { type: "bundle_price_option", bundle_price_option_id: "no-such-bundle" } }, 404, "bundle_price_option_not_found");
    await refused("PATCH", `${PUBLIC}/cart/items/{item_id}`, { guest: token, params: { item_id: "1" }, body: { quantity: 2 } }, 404, "cart_item_not_found");
    await refused("PATCH", `${PUBLIC}/cart/items/{item_id}`, { params: { item_id: "1" }, body: { quantity: 2 } }, 404, "cart_item_not_found");
    await refused("POST", `${PUBLIC}/checkout`, { guest: token, body: buyer }, 400, "cart_empty");
    await refused("POST", `${PUBLIC}/checkout`, { body: { ...buyer, items: [{ ...physical().body, quantity: 1 }] } }, 400, "courier_required");
    await refused("POST", `${PUBLIC}/checkout`, { body: { ...buyer, items: [{ ...physical().body, quantity: 1 }], courier_service_id: 999 } }, 400, "courier_not_available");
    await refused("POST", `${PUBLIC}/checkout`, { body: { ...buyer, items: [{ ...digital().body, quantity: 1 }], discount_code_code: "NOPE" } }, 400, "discount_code_not_eligible");
    await refused("POST", `${PUBLIC}/checkout`, { body: { ...buyer, items: [{ ...digital().body, quantity: 1 }], payment_method: "cheque" } }, 400, "payment_method_not_available");
    await refused("POST", `${PUBLIC}/checkout/summary`, { body: { items: [{ ...digital().body, quantity: 1 }], discount_code_code: "MEIHEMAT" } }, 400, "discount_code_not_eligible");
    await refused("GET", `${PUBLIC}/orders/{secret_slug}`, { params: { secret_slug: "noSuchOrder1" } }, 404, "order_not_found");
    await refused("PATCH", `${PUBLIC}/orders/{secret_slug}`, { params: { secret_slug: "noSuchOrder1" }, body: { notes: "x" } }, 404, "order_not_found");
    await refused("GET", `${PUBLIC}/products/{slug}`, { params: { slug: "no-such-product" } }, 404, "product_not_found");
    await refused("GET", `${PUBLIC}/bundle-price-options/{slug}`, { params: { slug: "no-such-bundle" } }, 404, "bundle_price_option_not_found");
    await refused("GET", `${PUBLIC}/variants/{variant_id}/availability`, { params: { variant_id: "999999" } }, 404, "variant_not_found");
    const customer = `refusals-${Date.now()}`;
    await refused("POST", `${CUSTOMER}/cart/items`, { customer, body: { type: "variant", variant_id: 999999 } }, 400, "variant_not_found");
    await refused("PATCH", `${CUSTOMER}/cart/items/{item_id}`, { customer, params: { item_id: "1" }, body: { quantity: 2 } }, 400, "cart_item_not_found");
    await refused("POST", `${CUSTOMER}/checkout`, { customer, body: {} }, 400, "cart_empty");
    await refused("POST", `${CUSTOMER}/checkout`, { customer, body: { cart_id: 1 } }, 404, "cart_not_found");
    await refused("POST", `${CUSTOMER}/checkout`, { customer, body: { items: [{ ...digital().body, quantity: 1 }], address_id: 1 } }, 404, "address_not_found");
    expect((await ok("GET", `${PUBLIC}/cart`, { guest: token })).body.items, "refusals changed nothing").toEqual([]);
  });
});

describe("the catalog detail routes answer each product, bundle and variant", () => {
  it("product and bundle details by slug, pricing by ids, availability by variant", async () => {
    const { body: page } = await ok("GET", `${PUBLIC}/items`);
    const seen = new Set<number>();
    for (const card of page.data.filter((c: Json) => c.entity_type === "product")) {
      const { body } = await ok("GET", `${PUBLIC}/products/{slug}`, { params: { slug: card.slug } });
      expect(body).toMatchObject({ id: card.id, slug: card.slug, name: card.name });
      expect(body.variants.length).toBeGreaterThan(0);
      for (const v of body.variants) seen.add(v.id);
    }
    const ids = [...seen];
    const { body: pricing } = await ok("GET", `${PUBLIC}/variants/pricing`, { query: `?ids=${ids.reverse().join(",")}` });
    expect(pricing.data.map((p: Json) => p.variant_id)).toEqual(ids);
    for (const price of pricing.data) expect(variants.find((v) => v.body.variant_id === price.variant_id)!.price).toBe(Number(price.price));
    expect((await ok("GET", `${PUBLIC}/variants/pricing`, { query: `?ids=${ids[0]}` })).body.data).toHaveLength(1);
    const { body: stock } = await ok("GET", `${PUBLIC}/variants/{variant_id}/availability`, { params: { variant_id: ids[0]! } });
    expect(stock).toMatchObject({ variant_id: ids[0], available: true });
    for (const card of page.data.filter((c: Json) => c.entity_type === "bundle_price_option")) {
      expect((await ok("GET", `${PUBLIC}/bundle-price-options/{slug}`, { params: { slug: card.slug } })).body).toMatchObject({ id: card.id, name: card.name });
    }
  });
});

describe("what stays Prism's", () => {
  /** The same request against the stateful and the stateless mock. */
  async function bothMocks(method: string, template: string, options: CallOptions) {
    const [withState, without] = [await call(method, template, { ...options, unchecked: true }), await call(method, template, { ...options, unchecked: true, on: stateless })];
    expect(withState.status).toBe(without.status);
    expect(withState.body).toEqual(without.body);
    expect(withState.headers.get("sl-violations")).toBe(without.headers.get("sl-violations"));
    return withState;
  }

  it("an invalid request gets exactly the 4xx it gets without state, and changes nothing", async () => {
    const token = await freshGuest();
    const invalid: [string, string, CallOptions][] = [
      ["POST", `${PUBLIC}/cart/items`, { guest: token, body: { type: "variant" } }],
      ["POST", `${PUBLIC}/cart/items`, { guest: token, body: { ...physical().body, quantity: 0 } }],
      ["POST", `${PUBLIC}/cart/items`, { guest: token, anonymous: true, body: physical().body }],
      ["PATCH", `${PUBLIC}/cart/items/{item_id}`, { guest: token, params: { item_id: "1" }, body: { quantity: "two" } }],
      ["GET", `${PUBLIC}/cart`, { guest: token, anonymous: true }],
      ["POST", `${PUBLIC}/checkout`, { guest: token, body: { customer_name: "Sari" } }],
      ["POST", `${PUBLIC}/checkout/summary`, { guest: token, body: { items: [{ type: "variant", variant_id: 1, quantity: 101 }] } }],
      ["POST", `${PUBLIC}/discount-codes/check`, { guest: token, body: {} }],
      ["POST", `${PUBLIC}/cart/merge`, { guest: token }],
      ["GET", `${CUSTOMER}/cart`, {}],
      ["POST", `${CUSTOMER}/cart/items`, { customer: "x", body: { type: "bundle_price_option" } }],
      ["GET", `${CUSTOMER}/orders`, {}],
    ];
    for (const [method, template, options] of invalid) {
      const answer = await bothMocks(method, template, options);
      expect(answer.status, `${method} ${template}`).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
    }
    expect((await ok("GET", `${PUBLIC}/cart`, { guest: token })).body.items).toEqual([]);
  });

  it("a request with a Prefer header gets Prism's answer and changes nothing", async () => {
    const token = await freshGuest();
    const example = await bothMocks("POST", `${PUBLIC}/cart/items`, { guest: token, prefer: "example=guest_cart", body: physical().body });
    expect(example.body.items.length).toBeGreaterThan(0);
    await bothMocks("GET", `${PUBLIC}/orders/{secret_slug}`, { params: { secret_slug: "anything" }, prefer: "code=404" });
    expect((await ok("GET", `${PUBLIC}/cart`, { guest: token })).body.items).toEqual([]);
  });

  it("--stateless: the cart never changes and there is nothing to reset", async () => {
    const before = await call("GET", `${PUBLIC}/cart`, { on: stateless });
    const added = await call("POST", `${PUBLIC}/cart/items`, { on: stateless, guest: before.guestToken!, body: physical().body });
    const after = await call("GET", `${PUBLIC}/cart`, { on: stateless, guest: before.guestToken! });
    expect(after.body).toEqual(before.body);
    expect(added.body).toEqual((await call("POST", `${PUBLIC}/cart/items`, { on: stateless, body: digital().body })).body);
    expect((await fetch(`${stateless.url}/__mock/reset`, { method: "POST" })).status).toBe(404);
  });
});

describe("POST /__mock/reset", () => {
  const reset = async () => {
    const response = await fetch(`${mock.url}/__mock/reset`, { method: "POST" });
    expect(response.status).toBe(200);
    return response.json();
  };

  it("is refused to a page of another origin, which cannot read the refusal either", async () => {
    const token = await freshGuest();
    await ok("POST", `${PUBLIC}/cart/items`, { guest: token, body: digital().body });
    const response = await fetch(`${mock.url}/__mock/reset`, { method: "POST", headers: { Origin: "http://localhost:5173" } });
    expect(response.status).toBe(403);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(await response.json()).toEqual({ error: expect.any(String), error_code: "reset_forbidden" });
    expect((await ok("GET", `${PUBLIC}/cart`, { guest: token })).body.items).toHaveLength(1);
  });

  it("forgets carts and orders, and ids start again from the seed", async () => {
    const token = await freshGuest();
    await ok("POST", `${PUBLIC}/cart/items`, { guest: token, body: digital().body });
    const { body: order } = await ok("POST", `${PUBLIC}/checkout`, { body: { ...buyer, items: [{ ...digital().body, quantity: 1 }] } });
    expect(await reset()).toEqual({ reset: true, dropped: { carts: expect.any(Number), orders: expect.any(Number), customers: expect.any(Number) } });
    expect((await ok("GET", `${PUBLIC}/cart`, { guest: token })).body.items).toEqual([]);
    await refused("GET", `${PUBLIC}/orders/{secret_slug}`, { params: { secret_slug: order.secret_slug } }, 404, "order_not_found");

    const firstAfterReset = async () => {
      await reset();
      return (await ok("POST", `${PUBLIC}/cart/items`, { body: digital().body })).body;
    };
    const [one, two] = [await firstAfterReset(), await firstAfterReset()];
    expect(two.id).toBe(one.id);
    expect(two.items[0].id).toBe(one.items[0].id);
    expect((await fetch(`${mock.url}/__mock/reset`)).status).toBe(405);
  });
});

describe("coverage", () => {
  it("the schema check refuses what its schema does not allow", () => {
    expect(checkAnswer("GET", `${PUBLIC}/cart`, 200, { id: "not an integer" })).not.toEqual([]);
    expect(checkAnswer("GET", `${PUBLIC}/cart`, 401, {})).not.toEqual([]);
  });

  it("every stateful route answered at least once, and every answer matched its schema", () => {
    const answered = STATEFUL_ROUTES.filter((route) => validated.has(route));
    expect(answered).toEqual(STATEFUL_ROUTES);
  });
});
