/**
 * The MSW handlers (scalev-v3-mock/msw) in a test runner, as an app uses them: `setupServer` from
 * msw/node and the client at its default base URL. A guest cart, checkout and the public order, and the
 * same order in the business list and detail; the customer's cart and orders; the back office: an order
 * created, listed, moved through statuses, changed and deleted, customers and statistics; reset between
 * tests; a declared answer asked for per test; one route overridden with openapi-msw's typed `http`.
 * Every answer of a stateful route is checked against the status and schema the spec declares for it,
 * as test/mock/storefront-state.test.ts and back-office.test.ts do over HTTP.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createScalevHandlers } from "../../mock/msw/index.ts";
import { compiledSpec } from "../../mock/msw/spec.ts";
import { createStorefrontState } from "../../mock/state/storefront.ts";
import { createScalevClient, unwrap } from "../../src/index.ts";
import { responseChecker, routeMatcher } from "./response-schema.ts";

type Json = any;
const doc = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../generated/openapi.json"), "utf8"));
const checkAnswer = responseChecker(doc);
const STATEFUL_ROUTES = createStorefrontState(doc).routes;
const STORE = "store_vlzpML8edzxO5roOdV7Oyfn6";
const store = { params: { path: { store_id: STORE } } };

const scalev = createScalevHandlers();
const server = setupServer(...scalev.handlers);
/** Stateful routes whose answers were checked against their schema. */
const checked = new Set<string>();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  scalev.reset();
});
afterAll(() => server.close());

// Every answer of a stateful route, checked against the spec (the template is recovered from the URL).
const stateRoute = routeMatcher(STATEFUL_ROUTES);
server.events.on("response:mocked", async ({ request, response }) => {
  const route = stateRoute(request.method, new URL(request.url).pathname);
  if (!route || request.headers.has("prefer")) return;
  const text = await response.clone().text();
  const body = text ? JSON.parse(text) : undefined;
  // Answers of the engine before the state (a missing credential, an invalid request) are Prism's, not the state's.
  if (response.status === 401 || body?.error_code === "validation_failed") return;
  const problems = checkAnswer(route.method, route.path, response.status, body);
  expect(problems, `${request.method} ${request.url} → ${response.status}`).toEqual([]);
  checked.add(`${route.method} ${route.path}`);
});

const shopper = () => createScalevClient({ storefrontApiKey: "sfpk_test_msw" });
const backOffice = () => createScalevClient({ apiKey: "sk_test_msw" });
const newOrder = { store_unique_id: STORE, customer_name: "Ani Lestari", customer_email: "ani.lestari@example.com", customer_phone: "6281288889999", ordervariants: [{ variant_unique_id: "5531", quantity: 2 }], courier_service_id: 12, shipping_cost: 12000 };

async function guestCheckout() {
  const shop = shopper();
  const cart = await unwrap(shop.POST("/v3/stores/{store_id}/public/cart/items", { ...store, body: { type: "variant", variant_id: 5531, quantity: 2 } }));
  const shipping = await unwrap(shop.POST("/v3/stores/{store_id}/public/checkout/shipping-options", { ...store, body: { destination: { location_id: 31741, postal_code: "12130" } } as Json }));
  const courier = shipping.data[0]!;
  const order = await unwrap(
    shop.POST("/v3/stores/{store_id}/public/checkout", {
      ...store,
      body: { customer_name: "Sari Wulandari", customer_email: "sari@example.com", customer_phone: "6281311112222", shipping_address: "Jl. Dago No. 5", courier_service_id: courier.courier_service_id } as Json,
    }),
  );
  return { shop, cart, courier, order };
}

describe("the spec the handlers carry (prose and request parts left out at build time)", () => {
  it("gives the state the same routes, 404 guards, seeds and webhook events as the bundled spec", () => {
    const events: Record<string, Json[]> = { full: [], shipped: [] };
    const full = createStorefrontState(doc, { onEvent: (event) => events.full!.push(event) });
    const shipped = createStorefrontState(compiledSpec.doc, { onEvent: (event) => events.shipped!.push(event) });
    expect(shipped.routes).toEqual(full.routes);
    const request = (method: string, path: string, body?: unknown) => ({ method, path, query: new URLSearchParams(), header: () => undefined, body });
    const seeds = ["/v3/orders", "/v3/customers", "/v3/orders/statistics", `/v3/stores/${STORE}/public/products/kemeja-batik-parang`, `/v3/stores/${STORE}/public/bundle-price-options/paket-seragam-batik-3-pcs`, "/v3/orders/019e0000-0000-7000-8000-000000000000/actions"];
    for (const path of seeds) expect(shipped.answer(request("GET", path), 200), path).toEqual(full.answer(request("GET", path), 200));
    for (const state of [full, shipped]) {
      const created = state.answer(request("POST", "/v3/orders", newOrder), 200)!.body as Json;
      state.answer(request("POST", "/v3/orders/change-status", { ids: [created.id], status: "confirmed", payment_status: "paid" }), 200);
    }
    // What the state makes up (ids, slugs, order codes, times) differs from one state to the other.
    const invented = (event: Json) =>
      JSON.parse(JSON.stringify(event).replace(/"(unique_id|id|order_id|secret_slug)":"[^"]*"|"\d{4}-\d\d-\d\dT[^"]*"/g, (match, key) => (key ? `"${key}":"…"` : '"<time>"')));
    expect(events.shipped!.map(invented)).toEqual(events.full!.map(invented));
    expect(events.full!.map((event) => event.event)).toEqual(["order.created", "order.status_changed", "order.payment_status_changed", "payment.received"]);
  });
});

describe("the MSW handlers with setupServer and the client", () => {
  it("take a guest cart to checkout and keep the public order", async () => {
    const { shop, cart, courier, order } = await guestCheckout();
    expect(shop.guestToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(cart.items).toEqual([expect.objectContaining({ variant_id: 5531, quantity: 2 })]);
    const placed = await unwrap(shop.GET("/v3/stores/{store_id}/public/orders/{secret_slug}", { params: { path: { store_id: STORE, secret_slug: order.secret_slug } } }));
    expect(placed.secret_slug).toBe(order.secret_slug);
    expect(placed.orderlines.map((line: Json) => line.quantity)).toEqual([2]);
    expect(Number(placed.shipping_cost)).toBe(Number(courier.cost));
    expect((await unwrap(shop.GET("/v3/stores/{store_id}/public/cart", store))).items).toEqual([]);
  });

  it("show the storefront's order in the business list and detail, and its buyer among the customers", async () => {
    const { order } = await guestCheckout();
    const office = backOffice();
    const page = await unwrap(office.GET("/v3/orders", { params: { query: { page_size: 5 } } }));
    expect(page.data[0]).toMatchObject({ id: order.id, secret_slug: order.secret_slug, status: "pending" });
    const detail = await unwrap(office.GET("/v3/orders/{id}", { params: { path: { id: order.id! } } }));
    expect(detail).toMatchObject({ id: order.id, order_id: order.order_id });
    expect(Number(detail.gross_revenue)).toBe(Number(order.gross_revenue)); // a decimal string here, a number on the public order
    expect(detail.orderlines?.map((line) => line.quantity)).toEqual([2]);
    const customers: Json[] = (await unwrap(office.GET("/v3/customers"))).data;
    expect(customers.filter((customer) => customer.email === "sari@example.com").map((customer) => customer.name)).toEqual(["Sari Wulandari"]);
  });

  it("remember the back office: an order created is listed first, moves through statuses, changes, is counted, and is gone once deleted", async () => {
    const office = backOffice();
    const count = async () => (await unwrap(office.GET("/v3/orders/statistics"))).data.reduce((sum, row) => sum + (row.count ?? 0), 0);
    const before = await count();
    const created = await unwrap(office.POST("/v3/orders", { body: newOrder }));
    expect(created).toMatchObject({ status: "pending", payment_status: "unpaid", product_price: "370000.00", gross_revenue: "382000.00" });
    const id = created.id!;
    expect((await unwrap(office.GET("/v3/orders"))).data[0]?.id).toBe(id);
    expect(await count()).toBe(before + 1);
    await unwrap(office.POST("/v3/orders/change-status", { body: { ids: [id], status: "confirmed", payment_status: "paid" } }));
    expect(await unwrap(office.GET("/v3/orders/{id}", { params: { path: { id } } }))).toMatchObject({ status: "confirmed", payment_status: "paid" });
    expect((await unwrap(office.GET("/v3/orders", { params: { query: { status: "confirmed" } } }))).data.map((order) => order.id)).toContain(id);
    const patched = await unwrap(office.PATCH("/v3/orders/{id}", { params: { path: { id } }, body: { ordervariants: [{ variant_unique_id: "5531", quantity: 1 }], notes: "Satu saja" } }));
    expect(patched).toMatchObject({ product_price: "185000.00", gross_revenue: "197000.00", notes: "Satu saja" });
    await unwrap(office.POST("/v3/orders/{id}/update-tags", { params: { path: { id } }, body: { tags: ["grosir"] } }));
    const copy = await unwrap(office.POST("/v3/orders/{id}/duplicate", { params: { path: { id } }, body: {} }));
    await unwrap(office.POST("/v3/orders/mark-not-spam", { body: { ids: [copy.id!] } }));
    const buyer: Json = await unwrap(office.POST("/v3/customers", { body: { name: "Budi Santoso", email: "budi.santoso@example.com" } }));
    await unwrap(office.PATCH("/v3/customers/{id}", { params: { path: { id: buyer.id! } }, body: { phone: "6281234599999" } }));
    expect(await unwrap(office.PATCH("/v3/orders/{id}/customer", { params: { path: { id } }, body: { customer_id: buyer.id! } }))).toMatchObject({ customer: { id: buyer.id } });
    expect(await unwrap(office.GET("/v3/customers/{id}", { params: { path: { id: buyer.id! } } }))).toMatchObject({ phone: "6281234599999" });
    expect((await unwrap(office.GET("/v3/customers/count"))).count).toBeGreaterThan(1);
    await unwrap(office.POST("/v3/orders/delete", { body: { ids: [id, copy.id!] } }));
    const gone = await office.GET("/v3/orders/{id}", { params: { path: { id } } });
    expect(gone.response.status).toBe(404);
    expect(gone.error).toMatchObject({ error_code: "order_not_found" });
    expect((await unwrap(office.GET("/v3/orders"))).data.map((order) => order.id)).not.toContain(id);
  });

  it("start every test from the seed: reset() between tests drops the last test's carts and orders", async () => {
    const shop = shopper();
    const { error, response } = await shop.GET("/v3/stores/{store_id}/public/orders/{secret_slug}", { params: { path: { store_id: STORE, secret_slug: "unknown-slug" } } });
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ error_code: "order_not_found" });
    const first = await guestCheckout();
    expect(scalev.reset()).toEqual({ carts: expect.any(Number), orders: 1, customers: 1 });
    const gone = await shop.GET("/v3/stores/{store_id}/public/orders/{secret_slug}", { params: { path: { store_id: STORE, secret_slug: first.order.secret_slug } } });
    expect(gone.response.status).toBe(404);
    expect((await backOffice().GET("/v3/orders/{id}", { params: { path: { id: first.order.id! } } })).response.status).toBe(404);
  });

  it("remember a customer's cart and orders per bearer token", async () => {
    const customer = createScalevClient({ storefrontApiKey: "sfpk_test_msw", customerToken: "eyJhbGciOiJIUzI1NiJ9.e30.msw" });
    await unwrap(customer.POST("/v3/stores/{store_id}/customers/me/cart/items", { ...store, body: { type: "variant", variant_id: 5532 } }));
    const order = await unwrap(customer.POST("/v3/stores/{store_id}/customers/me/checkout", { ...store, body: { courier_service_id: 12, location_id: 31741, address: "Jl. Dago No. 5" } as Json }));
    const orders = await unwrap(customer.GET("/v3/stores/{store_id}/customers/me/orders", store));
    expect(orders.data.map((o: Json) => o.secret_slug)).toEqual([order.secret_slug]);
  });

  it("answer 401 in the API's shape without the route family's credential, and 400 with the violations (as the HTTP mock)", async () => {
    const response = await fetch(`https://api.scalev.com/v3/stores/${STORE}/public/cart`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error_code: "unauthorized", error: expect.stringContaining("X-Scalev-Storefront-Api-Key") });
    const { error, response: invalid } = await shopper().POST("/v3/stores/{store_id}/public/cart/items", { ...store, body: { type: "variant", variant_id: 5531, quantity: 0 } });
    expect(invalid.status).toBe(400); // the status this route declares for an invalid body
    expect(error).toMatchObject({ error_code: "validation_failed", violations: expect.arrayContaining([expect.objectContaining({ location: "body.quantity", code: "minimum" })]) });
  });

  it("give a declared answer for one test with prefer(), as a Prefer header does", async () => {
    server.use(scalev.prefer("get", "/v3/stores/{store_id}/public/orders/{secret_slug}", { code: 404 }));
    const { order } = await guestCheckout();
    const { response, error } = await shopper().GET("/v3/stores/{store_id}/public/orders/{secret_slug}", { params: { path: { store_id: STORE, secret_slug: order.secret_slug } } });
    expect(response.status).toBe(404);
    expect(error).toBeTypeOf("object");
  });

  it("let one route be overridden with the typed http of openapi-msw", async () => {
    server.use(scalev.http.get("/v3/stores/{store_id}/public/cart", ({ response }) => response(200).json({ id: 1, item_count: 0, total: 0, items: [] })));
    expect(await unwrap(shopper().GET("/v3/stores/{store_id}/public/cart", store))).toEqual({ id: 1, item_count: 0, total: 0, items: [] });
  });

  it("checked every stateful route the tests reached against its schema, the storefront's and the back office's", () => {
    const reached = [
      "POST /v3/stores/{store_id}/public/cart/items",
      "POST /v3/stores/{store_id}/public/checkout",
      "GET /v3/stores/{store_id}/public/orders/{secret_slug}",
      "GET /v3/stores/{store_id}/customers/me/orders",
      ...["GET /v3/orders", "POST /v3/orders", "GET /v3/orders/statistics", "GET /v3/orders/{id}", "PATCH /v3/orders/{id}", "POST /v3/orders/change-status", "POST /v3/orders/delete"],
      ...["POST /v3/orders/mark-not-spam", "POST /v3/orders/{id}/update-tags", "POST /v3/orders/{id}/duplicate", "PATCH /v3/orders/{id}/customer"],
      ...["GET /v3/customers", "POST /v3/customers", "GET /v3/customers/count", "GET /v3/customers/{id}", "PATCH /v3/customers/{id}"],
    ];
    for (const route of reached) expect(checked, route).toContain(route);
  });
});
