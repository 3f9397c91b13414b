/**
 * The back office of the `scalev-mock` command as it ships (mock/dist/cli.js), with a webhook receiver:
 * an order created with POST /v3/orders is listed first, its status changes and reads back changed, it
 * is deleted and gone; a storefront checkout shows in the business list with its customer; the spec's
 * example ids keep answering; reset and --stateless cover the back office. The receiver (a local
 * node:http server) gets a signed event for every change, which the client's verifyWebhookSignature
 * accepts and whose body is in its event's schema, redelivered with the same unique_id when the receiver
 * fails. Every answer is checked against the status and schema the spec declares.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyWebhookSignature } from "../../src/index.ts";
import { specAjv } from "../support/spec-ajv.ts";
import { bundledSpec } from "../support/spec.ts";
import { BUSINESS_KEY, startMock, STORE, STOREFRONT_KEY, type RunningMock } from "./mock-process.ts";
import { responseChecker } from "./response-schema.ts";

type Json = any;
const doc = bundledSpec() as Json;
const checkAnswer = responseChecker(doc);
const ajv = specAjv(doc, "spec");
const SECRET = "whsec_back_office_test";
const validated = new Set<string>();

interface Received {
  body: string;
  signature: string | undefined;
  event: Json;
}
const received: Received[] = [];
/** How many of the next deliveries the receiver fails with a 500. */
let failNext = 0;
let receiver: Server;
let mock: RunningMock;
let stateless: RunningMock;

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      if (failNext > 0) {
        failNext--;
        return response.writeHead(500).end();
      }
      received.push({ body, signature: request.headers["x-scalev-hmac-sha256"] as string | undefined, event: JSON.parse(body) });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((done) => receiver.listen(0, "127.0.0.1", done));
  const hooks = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks`;
  [mock, stateless] = await Promise.all([startMock({ args: ["--webhook-url", hooks], env: { WEBHOOK_SECRET: SECRET } }), startMock({ args: ["--stateless"] })]);
});
afterAll(async () => {
  for (const stopped of await Promise.all([mock?.stop(), stateless?.stop()])) expect(stopped).toEqual({ code: 0, signal: null, leftBehind: [] });
  await new Promise((done) => receiver?.close(done));
});

/** One request; its answer must be one the spec declares (status and schema). */
async function call(method: string, template: string, options: { params?: Record<string, string>; body?: unknown; query?: string; on?: RunningMock; headers?: Record<string, string> } = {}) {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(name === "store_id" ? STORE : options.params![name]!));
  const headers = { ...(template.startsWith("/v3/stores/") ? STOREFRONT_KEY : BUSINESS_KEY), ...options.headers, ...(options.body !== undefined && { "Content-Type": "application/json" }) };
  const response = await fetch(`${(options.on ?? mock).url}${path}${options.query ?? ""}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await response.text();
  const body = text ? JSON.parse(text) : undefined;
  expect(checkAnswer(method, template, response.status, body), `${method} ${path} → ${response.status} ${text.slice(0, 300)}`).toEqual([]);
  validated.add(`${method} ${template}`);
  return { status: response.status, body };
}
const ok = async (...args: Parameters<typeof call>) => {
  const answer = await call(...args);
  expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
  return answer.body;
};

/** Waits until the receiver got `count` events (deliveries are asynchronous). */
async function events(count: number): Promise<Json[]> {
  await expect.poll(() => received.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(count);
  return received.slice(0, count).map((r) => r.event);
}

const newOrder = { store_unique_id: STORE, customer_name: "Ani Lestari", customer_email: "ani.lestari@example.com", customer_phone: "6281288889999", ordervariants: [{ variant_unique_id: "5531", quantity: 2 }], courier_service_id: 12, shipping_cost: 12000 };

describe("the back office remembers", () => {
  it("creates an order, lists it first, changes its status, reads it back changed, deletes it: gone", async () => {
    const created = await ok("POST", "/v3/orders", { body: newOrder });
    expect(created).toMatchObject({ status: "pending", payment_status: "unpaid", product_price: "370000.00", gross_revenue: "382000.00" });
    expect((await ok("GET", "/v3/orders")).data[0]).toMatchObject({ id: created.id, gross_revenue: "382000.00", status: "pending" });

    await ok("POST", "/v3/orders/change-status", { body: { ids: [created.id], status: "confirmed", payment_status: "paid" } });
    expect(await ok("GET", "/v3/orders/{id}", { params: { id: created.id } })).toMatchObject({ id: created.id, status: "confirmed", payment_status: "paid" });
    expect((await ok("GET", "/v3/orders", { query: "?status=confirmed" })).data[0].id).toBe(created.id);

    const patched = await ok("PATCH", "/v3/orders/{id}", { params: { id: created.id }, body: { ordervariants: [{ variant_unique_id: "5531", quantity: 1 }], notes: "Satu saja" } });
    expect(patched).toMatchObject({ product_price: "185000.00", gross_revenue: "197000.00", notes: "Satu saja" });

    await ok("POST", "/v3/orders/delete", { body: { ids: [created.id] } });
    const gone = await call("GET", "/v3/orders/{id}", { params: { id: created.id } });
    expect(gone).toEqual({ status: 404, body: { error: expect.any(String), error_code: "order_not_found" } });
    expect((await ok("GET", "/v3/orders")).data.map((order: Json) => order.id)).not.toContain(created.id);

    const told = await events(6);
    expect(told.map((event) => event.event)).toEqual(["order.created", "order.status_changed", "order.payment_status_changed", "payment.received", "order.updated", "order.deleted"]);
    expect(told.every((event) => event.data.id === created.id)).toBe(true);
  });

  it("shows a storefront checkout in the business list and its buyer among the customers", async () => {
    const before = received.length;
    const placed = await ok("POST", "/v3/stores/{store_id}/public/checkout", {
      body: { customer_name: "Sari Wulandari", customer_email: "sari.wulandari@example.com", customer_phone: "6281311112222", items: [{ type: "variant", variant_id: 5531, quantity: 1 }], courier_service_id: 12 },
    });
    const listed = (await ok("GET", "/v3/orders")).data[0];
    expect(listed).toMatchObject({ id: placed.id, order_id: placed.order_id, secret_slug: placed.secret_slug, status: "pending", gross_revenue: "197000.00" });
    const detail = await ok("GET", "/v3/orders/{id}", { params: { id: placed.id } });
    expect(detail.orderlines).toEqual([expect.objectContaining({ variant: 5531, quantity: 1 })]);
    const customer = (await ok("GET", "/v3/customers")).data.find((c: Json) => c.email === "sari.wulandari@example.com");
    expect(customer).toMatchObject({ name: "Sari Wulandari" });
    expect(await ok("GET", "/v3/customers/{id}", { params: { id: String(customer.id) } })).toMatchObject({ id: customer.id });
    expect(detail.customer.id).toBe(customer.id);
    await expect.poll(() => received.slice(before).map((r) => r.event.event), { timeout: 15_000 }).toEqual(["order.created"]);
    expect(received.at(-1)!.event.data).toMatchObject({ id: placed.id, secret_slug: placed.secret_slug, gross_revenue: "197000.00" });
  });

  it("keeps answering the spec's example ids, and 404 for ids it does not know", async () => {
    const example = doc.paths["/v3/orders/{id}"].get.responses["200"].content["application/json"].examples.paid;
    const paid = example.value ?? doc.components.examples[example.$ref.split("/").pop()].value;
    expect(await ok("GET", "/v3/orders/{id}", { params: { id: paid.id } })).toMatchObject({ id: paid.id, order_id: paid.order_id, gross_revenue: paid.gross_revenue, status: paid.status });
    expect((await call("GET", "/v3/orders/{id}", { params: { id: "019e0000-0000-7000-8000-000000000000" } })).status).toBe(404);
    expect((await call("GET", "/v3/customers/{id}", { params: { id: "1" } })).status).toBe(404);
  });

  it("counts the orders in the statistics", async () => {
    const count = async () => (await ok("GET", "/v3/orders/statistics")).data.reduce((sum: number, row: Json) => sum + row.count, 0);
    const before = await count();
    await ok("POST", "/v3/orders", { body: newOrder });
    expect(await count()).toBe(before + 1);
    expect((await ok("GET", "/v3/customers/count")).count).toBeGreaterThan(0);
  });

  it("redelivers an event the receiver failed, with the same unique_id, signed the same", async () => {
    const before = received.length;
    failNext = 1;
    const order = await ok("POST", "/v3/orders", { body: newOrder });
    await expect.poll(() => received.length, { timeout: 15_000 }).toBe(before + 1);
    expect(received.at(-1)!.event).toMatchObject({ event: "order.created", data: { id: order.id } });
    expect(mock.output()).toMatch(/webhook: order\.created event_\w+ → http:\/\/127\.0\.0\.1:\d+\/webhooks: 500 Internal Server Error; retry 1 of 3 in 500 ms/);
  });

  it("signed every event so verifyWebhookSignature accepts it, each in its event's schema", async () => {
    expect(received.length).toBeGreaterThanOrEqual(8);
    for (const { body, signature, event } of received) {
      expect(await verifyWebhookSignature(body, signature, SECRET), event.event).toBe(true);
      const pointer = `spec#/webhooks/${encodeURIComponent(event.event)}/post/requestBody/content/application~1json/schema`;
      const validate = ajv.getSchema(pointer) ?? ajv.compile({ $ref: pointer });
      expect(validate(event), `${event.event}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    expect(new Set(received.map((r) => r.event.unique_id)).size).toBe(received.length);
    expect(mock.output()).not.toContain(SECRET);
  });
});

describe("reset and --stateless cover the back office", () => {
  it("a reset forgets the orders and customers this mock created and keeps the examples", async () => {
    const examples = (await ok("GET", "/v3/orders", { on: stateless })).data.map((order: Json) => order.id);
    expect((await ok("GET", "/v3/orders")).data.length).toBeGreaterThan(examples.length);
    const reset = await (await fetch(`${mock.url}/__mock/reset`, { method: "POST" })).json();
    expect(reset).toMatchObject({ reset: true, dropped: { orders: expect.any(Number), customers: expect.any(Number) } });
    expect(reset.dropped.orders).toBeGreaterThan(0);
    expect((await ok("GET", "/v3/orders")).data.map((order: Json) => order.id).sort()).toEqual([...examples].sort());
  });

  it("--stateless: creating an order changes nothing, every answer is the spec's example", async () => {
    const before = await ok("GET", "/v3/orders", { on: stateless });
    await ok("POST", "/v3/orders", { on: stateless, body: newOrder });
    expect(await ok("GET", "/v3/orders", { on: stateless })).toEqual(before);
  });

  it("every back-office route answered and matched its schema", () => {
    const routes = ["GET /v3/orders", "POST /v3/orders", "GET /v3/orders/{id}", "PATCH /v3/orders/{id}", "POST /v3/orders/change-status", "POST /v3/orders/delete", "GET /v3/orders/statistics", "GET /v3/customers", "GET /v3/customers/{id}", "GET /v3/customers/count"];
    expect(routes.filter((route) => !validated.has(route))).toEqual([]);
  });
});
