/**
 * Webhooks from the MSW handlers (`createScalevHandlers({ webhook })`) in Node with `setupServer`: every
 * change to an order (a storefront checkout, the back office's status changes and delete) reaches a local
 * receiver (node:http) as the signed event the API would send, which the client's verifyWebhookSignature
 * accepts and whose body is in its event's schema; a failed delivery is retried with the same unique_id.
 * The handlers' server refuses every request it does not handle (onUnhandledRequest: "error"), so the
 * deliveries arriving shows they go past MSW rather than into it.
 */
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScalevHandlers } from "../../mock/msw/index.ts";
import { WebhookConfigError } from "../../mock/webhooks/index.ts";
import { createScalevClient, unwrap, verifyWebhookSignature } from "../../src/index.ts";
import { bundledSpec } from "../support/spec.ts";
import { webhookChecker } from "./response-schema.ts";
import { startReceiver, type Receiver } from "./webhook-receiver.ts";

type Json = any;
const checkEvent = webhookChecker(bundledSpec() as Json);
const SECRET = "whsec_msw_test";
const STORE = "store_vlzpML8edzxO5roOdV7Oyfn6";
const store = { params: { path: { store_id: STORE } } };
const logged: string[] = [];

let receiver: Receiver;
let received: Receiver["received"];
let scalev: ReturnType<typeof createScalevHandlers>;
let server: ReturnType<typeof setupServer>;

beforeAll(async () => {
  receiver = await startReceiver();
  received = receiver.received;
  scalev = createScalevHandlers({ webhook: { url: receiver.url, secret: SECRET, backoffMs: 50, log: (kind, line) => logged.push(`${kind}: ${line}`) } });
  server = setupServer(...scalev.handlers);
  server.listen({ onUnhandledRequest: "error" });
});
afterAll(async () => {
  scalev?.webhooks?.close();
  server?.close();
  await receiver?.close();
});

const shop = () => createScalevClient({ storefrontApiKey: "sfpk_test_msw" });
const office = () => createScalevClient({ apiKey: "sk_test_msw" });

async function guestCheckout() {
  const client = shop();
  await unwrap(client.POST("/v3/stores/{store_id}/public/cart/items", { ...store, body: { type: "variant", variant_id: 5531, quantity: 1 } }));
  return unwrap(client.POST("/v3/stores/{store_id}/public/checkout", { ...store, body: { customer_name: "Sari Wulandari", customer_email: "sari@example.com", customer_phone: "6281311112222", courier_service_id: 12 } as Json }));
}

describe("webhooks from the MSW handlers", () => {
  it("tell a receiver of every change: a storefront checkout, the back office's status change, the delete", async () => {
    const placed = await guestCheckout();
    await unwrap(office().POST("/v3/orders/change-status", { body: { ids: [placed.id!], status: "confirmed", payment_status: "paid" } }));
    await unwrap(office().POST("/v3/orders/delete", { body: { ids: [placed.id!] } }));
    await scalev.webhooks!.idle();
    expect(received.map((r) => r.event.event)).toEqual(["order.created", "order.status_changed", "order.payment_status_changed", "payment.received", "order.deleted"]);
    expect(received.every((r) => r.event.data.id === placed.id)).toBe(true);
    expect(received[0]!.event.data).toMatchObject({ secret_slug: placed.secret_slug, status: "pending" });
    // MSW took its bypass mark off: the receiver sees the request the delivery made.
    expect(received[0]!.headers).toMatchObject({ "content-type": "application/json", "user-agent": "scalev-mock-webhook" });
    expect(received[0]!.headers.accept ?? "").not.toContain("msw");
  });

  it("redeliver an event the receiver failed, with the same unique_id", async () => {
    const before = received.length;
    receiver.failNext(1);
    const placed = await guestCheckout();
    await scalev.webhooks!.idle();
    expect(received.slice(before).map((r) => [r.event.event, r.event.data.id])).toEqual([["order.created", placed.id]]);
    expect(logged.some((line) => /^error: webhook: order\.created event_\w+ → http:\/\/127\.0\.0\.1:\d+\/webhooks: 500 Internal Server Error; retry 1 of 3 in 50 ms$/.test(line))).toBe(true);
    expect(logged.at(-1)).toMatch(/^delivered: webhook: order\.created event_\w+ → .*: delivered \(attempt 2\)$/);
  });

  it("sign every event so verifyWebhookSignature accepts it, each in its event's schema, the secret in no log line", async () => {
    expect(received.length).toBeGreaterThanOrEqual(6);
    for (const { body, signature, event } of received) {
      expect(await verifyWebhookSignature(body, signature, SECRET), event.event).toBe(true);
      expect(await verifyWebhookSignature(body, signature, "another secret")).toBe(false);
      expect(checkEvent(event)).toEqual([]);
    }
    expect(new Set(received.map((r) => r.event.unique_id)).size).toBe(received.length);
    expect(logged.join("\n")).not.toContain(SECRET);
  });

  it("refuse a receiver that is not loopback, and a stateless mock (it has no changes to tell)", () => {
    expect(() => createScalevHandlers({ webhook: { url: "https://hooks.example.com/scalev" } })).toThrow(WebhookConfigError);
    expect(() => createScalevHandlers({ stateful: false, webhook: { url: "http://127.0.0.1:9/hooks" } })).toThrow(/stateless mock/);
  });
});
