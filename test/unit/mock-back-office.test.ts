/**
 * The back office of the mock's state (mock/state/), driven with request-like objects as request handlers
 * in a browser would drive it: the spec's example orders and customers seeded, orders created, listed
 * with working cursors, filtered, changed, moved through statuses and deleted, statistics, a checkout
 * in the business list, and the webhook event each change tells, in its event's schema. Every answer is
 * checked against the status and schema the spec declares for it.
 */
import { describe, expect, it } from "vitest";
import { createMockState, type StateEvent, type StateRequest } from "../../mock/state/index.ts";
import { specAjv } from "../support/spec-ajv.ts";
import { bundledSpec } from "../support/spec.ts";
import { responseChecker } from "../mock/response-schema.ts";

type Json = any;
const doc = bundledSpec() as Json;
const checkAnswer = responseChecker(doc);
const ajv = specAjv(doc, "spec");
const STORE = "store_vlzpML8edzxO5roOdV7Oyfn6";
const BUSINESS = { authorization: "Bearer sk_test_mock" };

/** A state, the events it told, and a call that checks every answer against the spec. */
function mock(options: { maxOrders?: number } = {}) {
  const events: StateEvent[] = [];
  const state = createMockState(doc, { ...options, onEvent: (event) => events.push(event) });
  const call = (method: string, template: string, params: Record<string, string> = {}, body?: unknown, query = "", headers: Record<string, string> = BUSINESS) => {
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? (name === "store_id" ? STORE : "")));
    const request: StateRequest = { method, path, query: new URLSearchParams(query), header: (name) => headers[name.toLowerCase()], body };
    const accepted = Number(Object.keys(doc.paths[template][method.toLowerCase()].responses).find((status) => status.startsWith("2")));
    const answer = state.answer(request, accepted);
    if (answer) expect(checkAnswer(method, template, answer.status, answer.body), `${method} ${path} → ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`).toEqual([]);
    return answer;
  };
  const ok = (...args: Parameters<typeof call>): Json => {
    const answer = call(...args);
    expect(answer?.status, JSON.stringify(answer?.body)).toBeLessThan(300);
    return answer!.body;
  };
  return { state, events, call, ok };
}

const exampleOrders: Json[] = Object.values<Json>(doc.paths["/v3/orders"].get.responses["200"].content["application/json"].examples)
  .map((example) => example.value ?? doc.components.examples[example.$ref.split("/").pop()].value)
  .flatMap((page) => page.data);
const newOrder = (overrides: Json = {}) => ({
  store_unique_id: STORE,
  customer_name: "Ani Lestari",
  customer_email: "ani.lestari@example.com",
  customer_phone: "6281288889999",
  address: "Jl. Kenari No. 3",
  location_id: 31741,
  ordervariants: [{ variant_unique_id: "5531", quantity: 2 }],
  courier_service_id: 12,
  shipping_cost: 12000,
  payment_method: "bank_transfer",
  ...overrides,
});

describe("the back office, seeded with the spec's examples", () => {
  it("lists the example orders and answers each example id, as the example has it", () => {
    const { ok } = mock();
    const list = ok("GET", "/v3/orders");
    expect(list.data.map((order: Json) => order.id).sort()).toEqual([...new Set(exampleOrders.map((order) => order.id))].sort());
    for (const example of exampleOrders) {
      const detail = ok("GET", "/v3/orders/{id}", { id: example.id });
      expect(detail).toMatchObject({ id: example.id, order_id: example.order_id, secret_slug: example.secret_slug, status: example.status, payment_status: example.payment_status });
      expect(Number(detail.gross_revenue)).toBe(Number(example.gross_revenue));
    }
    const budi = exampleOrders[0].customer;
    expect(ok("GET", "/v3/customers/{id}", { id: String(budi.id) })).toMatchObject({ id: budi.id, name: budi.name, email: budi.email });
  });

  it("answers 404 in the API's error shape for an order or customer it does not know, on every route that declares 404", () => {
    const { call } = mock();
    for (const [method, template] of [["GET", "/v3/orders/{id}"], ["PATCH", "/v3/orders/{id}"], ["GET", "/v3/orders/{id}/actions"], ["POST", "/v3/orders/{id}/update-tags"], ["GET", "/v3/customers/{id}"]] as const) {
      const answer = call(method, template, { id: "019e0000-0000-7000-8000-000000000000" }, method === "GET" ? undefined : { tags: [] });
      expect(answer, `${method} ${template}`).toEqual({ status: 404, body: { error: expect.any(String), error_code: expect.stringMatching(/^(order|customer)_not_found$/) }, guestToken: undefined });
    }
    expect(call("GET", "/v3/customers/{customer_id}/addresses", { customer_id: "1" })?.status).toBe(404);
    // A known id leaves the route's own answer to the spec's example.
    expect(call("GET", "/v3/orders/{id}/actions", { id: exampleOrders[0].id })).toBeUndefined();
  });

  it("takes /v3/orders/statistics and /v3/orders/tags for what they are, not for an order id", () => {
    const { call } = mock();
    expect(call("GET", "/v3/orders/statistics")?.status).toBe(200);
    expect(call("GET", "/v3/orders/tags")).toBeUndefined();
  });
});

describe("orders that remember", () => {
  it("creates an order with computed totals, lists it first, changes it, moves its status, and deletes it", () => {
    const { ok, call, events } = mock();
    const created = ok("POST", "/v3/orders", {}, newOrder());
    expect(created).toMatchObject({ status: "pending", payment_status: "unpaid", product_price: "370000.00", shipping_cost: "12000.00", gross_revenue: "382000.00", total_quantity: 2 });
    expect(created.customer).toMatchObject({ name: "Ani Lestari", email: "ani.lestari@example.com" });
    expect(ok("GET", "/v3/orders").data[0].id).toBe(created.id);
    expect(ok("GET", "/v3/orders/{id}", { id: created.id })).toEqual(created);

    const changed = ok("PATCH", "/v3/orders/{id}", { id: created.id }, { ordervariants: [{ variant_unique_id: "5531", quantity: 3 }], product_discount: 5000, notes: "Kado" });
    expect(changed).toMatchObject({ product_price: "555000.00", product_discount: "5000.00", gross_revenue: "562000.00", notes: "Kado", total_quantity: 3 });

    const moved = ok("POST", "/v3/orders/change-status", {}, { ids: [created.id], status: "confirmed", payment_status: "paid" });
    expect(moved.data).toEqual([expect.objectContaining({ id: created.id, status: "confirmed", payment_status: "paid" })]);
    const confirmed = ok("GET", "/v3/orders/{id}", { id: created.id });
    expect(confirmed).toMatchObject({ status: "confirmed", payment_status: "paid", confirmed_time: expect.any(String), paid_time: expect.any(String) });
    expect(confirmed.status_history.map((entry: Json) => entry.status)).toEqual(["pending", "confirmed"]);

    expect(ok("POST", "/v3/orders/delete", {}, { ids: [created.id] }).data).toEqual([created.id]);
    expect(call("GET", "/v3/orders/{id}", { id: created.id })?.status).toBe(404);
    expect(ok("GET", "/v3/orders").data.map((order: Json) => order.id)).not.toContain(created.id);

    expect(events.map((event) => event.event)).toEqual(["order.created", "order.updated", "order.status_changed", "order.payment_status_changed", "payment.received", "order.deleted"]);
  });

  it("refuses what it cannot honour, changing nothing: unknown items, stores, couriers, ids; discounts above what they apply to", () => {
    const { call, ok, events } = mock();
    const refused = (body: Json, code: string, template = "/v3/orders", method = "POST") => expect(call(method, template, {}, body)?.body).toEqual({ error: expect.any(String), error_code: code });
    refused(newOrder({ ordervariants: [{ variant_unique_id: "variant_nope", quantity: 1 }] }), "variant_not_found");
    refused(newOrder({ ordervariants: [{ variant_unique_id: "5531", quantity: 0 }] }), "invalid_quantity");
    refused(newOrder({ ordervariants: [{ variant_unique_id: "5531", quantity: 1e400 }] }), "invalid_quantity");
    refused(newOrder({ ordervariants: [] }), "order_empty");
    refused(newOrder({ store_unique_id: "store_other" }), "store_not_found");
    refused(newOrder({ courier_service_id: 999 }), "courier_not_available");
    refused(newOrder({ shipping_cost: -50_000 }), "invalid_amount");
    refused(newOrder({ product_discount: 400_000 }), "invalid_amount");
    refused(newOrder({ shipping_discount: 13_000 }), "invalid_amount");
    refused({ ids: ["019e0000-0000-7000-8000-000000000000"], status: "confirmed" }, "order_not_found", "/v3/orders/change-status");
    refused({ ids: [exampleOrders[0].id, "nope"] }, "order_not_found", "/v3/orders/delete");
    expect(ok("GET", "/v3/orders").data).toHaveLength(new Set(exampleOrders.map((order) => order.id)).size);
    expect(events).toEqual([]);
  });

  it("pages newest first with cursors that keep working while orders are added and deleted", () => {
    const { ok } = mock();
    const ids = Array.from({ length: 12 }, (_, i) => ok("POST", "/v3/orders", {}, newOrder({ notes: `order ${i}` })).id).reverse();
    const all = [...ids, ...ok("GET", "/v3/orders", {}, undefined, "page_size=25").data.slice(12).map((order: Json) => order.id)];
    const seen: string[] = [];
    let query = "page_size=5";
    let page: Json;
    do {
      page = ok("GET", "/v3/orders", {}, undefined, query);
      seen.push(...page.data.map((order: Json) => order.id));
      if (seen.length === 5) ok("POST", "/v3/orders/delete", {}, { ids: [all[7]] }); // a deletion between pages
      if (seen.length === 5) ok("POST", "/v3/orders", {}, newOrder()); // and a new order: it is on page one, not again on page two
      query = `page_size=5&next_cursor=${page.next_cursor}`;
    } while (page.has_next);
    expect(seen).toEqual(all.filter((id) => id !== all[7]));
    const last = ok("GET", "/v3/orders", {}, undefined, `page_size=5&next_cursor=${ok("GET", "/v3/orders", {}, undefined, "page_size=5").next_cursor}`);
    expect(last.has_previous).toBe(true);
    const back = ok("GET", "/v3/orders", {}, undefined, `page_size=5&previous_cursor=${last.previous_cursor}`);
    expect(back.data.map((order: Json) => order.id)).toEqual(ok("GET", "/v3/orders", {}, undefined, "page_size=5").data.map((order: Json) => order.id));
    expect(ok("GET", "/v3/orders", {}, undefined, "next_cursor=not-a-cursor")).toMatchObject({ data: [], has_next: false });
  });

  it("filters as the query asks: status, payment status, search, store", () => {
    const { ok } = mock();
    const a = ok("POST", "/v3/orders", {}, newOrder({ customer_name: "Joko Widagdo" }));
    ok("POST", "/v3/orders", {}, newOrder());
    ok("POST", "/v3/orders/change-status", {}, { ids: [a.id], status: "shipped" });
    const ids = (query: string) => ok("GET", "/v3/orders", {}, undefined, query).data.map((order: Json) => order.id);
    expect(ids("status=shipped")).toEqual([a.id]);
    expect(ids("search=joko&search_field=customer_name")).toEqual([a.id]);
    expect(ids(`search=${a.order_id}`)).toEqual([a.id]);
    expect(ids("payment_status=paid")).toEqual(exampleOrders.filter((order) => order.payment_status === "paid").map((order) => order.id));
    expect(ids("store_id=store_other")).toEqual([]);
  });

  it("counts orders and their gross revenue in the statistics, by status when asked", () => {
    const { ok } = mock();
    const before = ok("GET", "/v3/orders/statistics", {}, undefined, "is_breakdown_status=true").data;
    ok("POST", "/v3/orders", {}, newOrder());
    const after = ok("GET", "/v3/orders/statistics", {}, undefined, "is_breakdown_status=true").data;
    const pending = (rows: Json[]) => rows.find((row) => row.status === "pending") ?? { count: 0, gross_revenue: 0 };
    expect(pending(after).count).toBe(pending(before).count + 1);
    expect(pending(after).gross_revenue).toBe(pending(before).gross_revenue + 382_000);
    const total = ok("GET", "/v3/orders/statistics").data;
    expect(total).toEqual([{ count: exampleOrders.length + 1, gross_revenue: exampleOrders.reduce((sum, order) => sum + Number(order.gross_revenue), 382_000) }]);
  });

  it("puts a storefront checkout in the business list, with its customer, and shows the back office's status change to the buyer", () => {
    const { ok } = mock();
    const storefront = { "x-scalev-storefront-api-key": "sfpk_test" };
    const placed = ok("POST", "/v3/stores/{store_id}/public/checkout", {}, { customer_name: "Sari", customer_email: "sari@example.com", items: [{ type: "variant", variant_id: 5531, quantity: 1 }], courier_service_id: 12 }, "", storefront);
    const listed = ok("GET", "/v3/orders").data[0];
    expect(listed).toMatchObject({ id: placed.id, order_id: placed.order_id, secret_slug: placed.secret_slug, gross_revenue: "197000.00" });
    expect(ok("GET", "/v3/customers").data[0]).toMatchObject({ name: "Sari", email: "sari@example.com" });
    ok("POST", "/v3/orders/change-status", {}, { ids: [placed.id], status: "confirmed", payment_status: "paid" });
    expect(ok("GET", "/v3/stores/{store_id}/public/orders/{secret_slug}", { secret_slug: placed.secret_slug }, undefined, "", storefront)).toMatchObject({ status: "confirmed", payment_status: "paid" });
  });

  it("tags, marks not spam, moves to another customer and duplicates", () => {
    const { ok, events } = mock();
    const order = ok("POST", "/v3/orders", {}, newOrder({ is_probably_spam: true }));
    expect(events.map((event) => event.event)).toEqual(["order.created", "order.spam_created"]);
    expect(ok("POST", "/v3/orders/{id}/update-tags", { id: order.id }, { tags: ["prioritas", "kado"] }).tags).toEqual(["prioritas", "kado"]);
    expect(ok("GET", "/v3/orders", {}, undefined, "tags=kado").data.map((o: Json) => o.id)).toEqual([order.id]);
    expect(ok("POST", "/v3/orders/mark-not-spam", {}, { ids: [order.id] }).data).toEqual([expect.objectContaining({ id: order.id, is_probably_spam: false })]);
    expect(ok("PATCH", "/v3/orders/{id}/customer", { id: order.id }, { customer_id: exampleOrders[0].customer.id }).customer.id).toBe(exampleOrders[0].customer.id);
    const copy = ok("POST", "/v3/orders/{id}/duplicate", { id: order.id }, {});
    expect(copy.id).not.toBe(order.id);
    expect(copy).toMatchObject({ gross_revenue: order.gross_revenue, status: "pending" });
  });

  it("lists every change at once, however often the list was read before it (list items are reused only while nothing changes)", () => {
    const { ok } = mock();
    const created = ok("POST", "/v3/orders", {}, newOrder());
    const listed = () => ok("GET", "/v3/orders").data.find((order: Json) => order.id === created.id);
    expect(listed()).toEqual(ok("GET", "/v3/orders").data[0]);
    expect(listed()).toMatchObject({ status: "pending", notes: null });
    ok("PATCH", "/v3/orders/{id}", { id: created.id }, { notes: "Kado" });
    expect(listed()).toMatchObject({ notes: "Kado" });
    // The same payment status again changes nothing but the payment method (no event, no updated_at).
    ok("POST", "/v3/orders/change-status", {}, { ids: [created.id], status: "confirmed", payment_status: "unpaid", payment_method: "cod" });
    expect(listed()).toMatchObject({ status: "confirmed", payment_method: "cod" });
    ok("POST", "/v3/orders/{id}/update-tags", { id: created.id }, { tags: ["kado"] });
    expect(listed().tags).toEqual([expect.objectContaining({ name: "kado" })]);
    ok("PATCH", "/v3/customers/{id}", { id: created.customer.id }, { name: "Ani L." });
    expect(listed().customer).toMatchObject({ name: "Ani L." });
  });

  it("forgets what this mock created on reset, keeps the examples, and keeps at most maxOrders", () => {
    const { state, ok } = mock({ maxOrders: exampleOrders.length + 3 });
    for (let i = 0; i < 5; i++) ok("POST", "/v3/orders", {}, newOrder());
    expect(ok("GET", "/v3/orders").data).toHaveLength(exampleOrders.length + 3);
    expect(state.reset()).toEqual({ carts: 0, orders: 3, customers: 1 });
    expect(ok("GET", "/v3/orders").data).toHaveLength(exampleOrders.length);
    expect(ok("GET", "/v3/customers/count")).toEqual({ count: 1 });
  });
});

describe("the events a change tells", () => {
  it("are each a webhook body in its event's schema, with a fresh unique_id, the order's data and money as decimal strings", () => {
    const { ok, events } = mock();
    const order = ok("POST", "/v3/orders", {}, newOrder());
    ok("PATCH", "/v3/orders/{id}", { id: order.id }, { notes: "Kado" });
    ok("POST", "/v3/orders/change-status", {}, { ids: [order.id], status: "confirmed", payment_status: "paid" });
    ok("POST", "/v3/orders/change-status", {}, { ids: [order.id], payment_status: "conflict" });
    ok("POST", "/v3/orders/delete", {}, { ids: [order.id] });
    expect(events.map((event) => event.event)).toEqual([
      "order.created",
      "order.updated",
      "order.status_changed",
      "order.payment_status_changed",
      "payment.received",
      "order.payment_status_changed",
      "payment.failed",
      "order.deleted",
    ]);
    for (const event of events) {
      const pointer = `spec#/webhooks/${encodeURIComponent(event.event)}/post/requestBody/content/application~1json/schema`;
      const validate = ajv.getSchema(pointer) ?? ajv.compile({ $ref: pointer });
      expect(validate(event), `${event.event}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(event.unique_id).toMatch(/^event_[A-Za-z0-9]{24}$/);
      expect(event.data).toMatchObject({ id: order.id, order_id: order.order_id });
    }
    expect(new Set(events.map((event) => event.unique_id)).size).toBe(events.length);
    expect(events[0]!.data).toMatchObject({ status: "pending", gross_revenue: "382000.00", secret_slug: order.secret_slug, orderlines: [{ variant_unique_id: expect.any(String) }] });
    expect(events[4]!.data).toMatchObject({ payment_status: "paid", payment_status_history: [expect.objectContaining({ status: "unpaid" }), expect.objectContaining({ status: "paid" })] });
  });
});
