/**
 * The MSW handlers (scalev-v3-mock/msw) in a test runner, as an app uses them: `setupServer` from
 * msw/node and the client at its default base URL. A guest cart, checkout and the public order; the
 * customer's cart and orders; reset between tests; a declared answer asked for per test; one route
 * overridden with openapi-msw's typed `http`. Every answer of a stateful route is checked against the
 * status and schema the spec declares for it, as test/mock/storefront-state.test.ts does over HTTP.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createScalevHandlers } from "../../mock/msw/index.ts";
import { createStorefrontState } from "../../mock/state/storefront.ts";
import { createScalevClient, unwrap } from "../../src/index.ts";
import { responseChecker } from "./response-schema.ts";

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
const templates = STATEFUL_ROUTES.map((route) => {
  const [method, path] = route.split(" ") as [string, string];
  return { method, path, pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`) };
});
server.events.on("response:mocked", async ({ request, response }) => {
  const { pathname } = new URL(request.url);
  const template = templates.find((t) => t.method === request.method && t.pattern.test(pathname));
  if (!template || request.headers.has("prefer")) return;
  const text = await response.clone().text();
  const body = text ? JSON.parse(text) : undefined;
  // Answers of the engine before the state (a missing credential, an invalid request) are Prism's, not the state's.
  if (response.status === 401 || body?.error_code === "validation_failed") return;
  const problems = checkAnswer(request.method, template.path, response.status, body);
  expect(problems, `${request.method} ${pathname} → ${response.status}`).toEqual([]);
  checked.add(`${template.method} ${template.path}`);
});

const shopper = () => createScalevClient({ storefrontApiKey: "sfpk_test_msw" });

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

  it("start every test from the seed: reset() between tests drops the last test's carts and orders", async () => {
    const shop = shopper();
    const { error, response } = await shop.GET("/v3/stores/{store_id}/public/orders/{secret_slug}", { params: { path: { store_id: STORE, secret_slug: "unknown-slug" } } });
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ error_code: "order_not_found" });
    const first = await guestCheckout();
    expect(scalev.reset()).toEqual({ carts: expect.any(Number), orders: 1 });
    const gone = await shop.GET("/v3/stores/{store_id}/public/orders/{secret_slug}", { params: { path: { store_id: STORE, secret_slug: first.order.secret_slug } } });
    expect(gone.response.status).toBe(404);
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

  it("checked every stateful route the tests reached against its schema", () => {
    for (const route of ["POST /v3/stores/{store_id}/public/cart/items", "POST /v3/stores/{store_id}/public/checkout", "GET /v3/stores/{store_id}/public/orders/{secret_slug}", "GET /v3/stores/{store_id}/customers/me/orders"]) {
      expect(checked, route).toContain(route);
    }
  });
});
