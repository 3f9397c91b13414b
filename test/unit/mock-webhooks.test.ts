/**
 * The mock's webhook delivery (mock/webhooks/) against a real local receiver: each event signed so the
 * client's verifyWebhookSignature accepts it, delivered in order, retried with a growing delay (same
 * body, same unique_id) when the receiver fails or does not answer, given up on and logged after the
 * last retry, and nothing sent once closed. The receiver URL is checked before anything is sent.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createWebhookDelivery, receiverUrl, WebhookConfigError, type WebhookDelivery } from "../../mock/webhooks/index.ts";
import { verifyWebhookSignature } from "../../src/index.ts";
import { hang, json, startTestServer, type TestServer } from "../support/http-test-server.ts";

const SECRET = "whsec_test_mock_delivery";
let receiver: TestServer;
let delivery: WebhookDelivery | undefined;
afterEach(async () => {
  delivery?.close();
  await receiver?.close();
});

const event = (n: number) => ({ event: "order.created", unique_id: `event_${String(n).padStart(24, "0")}`, timestamp: "2026-06-01T03:15:00Z", data: { id: `order-${n}` } });

function deliver(options: { retries?: number; backoffMs?: number; timeoutMs?: number; maxQueued?: number } = {}) {
  const lines: string[] = [];
  delivery = createWebhookDelivery({ url: new URL(`${receiver.url}/webhooks`), secret: SECRET, backoffMs: 20, ...options, log: (kind, line) => lines.push(`${kind}: ${line}`) });
  return { delivery, lines };
}

describe("webhook delivery", () => {
  it("signs every event so verifyWebhookSignature accepts it, and delivers them in order", async () => {
    receiver = await startTestServer(json(200, {}));
    const { delivery, lines } = deliver();
    for (let n = 1; n <= 5; n++) delivery.deliver(event(n));
    await delivery.idle();
    expect(receiver.requests.map((r) => JSON.parse(r.body).unique_id)).toEqual([1, 2, 3, 4, 5].map((n) => event(n).unique_id));
    for (const request of receiver.requests) {
      expect(request.method).toBe("POST");
      expect(request.url).toBe("/webhooks");
      expect(request.headers["content-type"]).toBe("application/json");
      expect(await verifyWebhookSignature(request.body, request.headers["x-scalev-hmac-sha256"] as string, SECRET)).toBe(true);
      expect(await verifyWebhookSignature(request.body, request.headers["x-scalev-hmac-sha256"] as string, "another-secret")).toBe(false);
    }
    expect(lines).toHaveLength(5);
    expect(lines.every((line) => line.startsWith("delivered: webhook: order.created event_"))).toBe(true);
    expect(lines.join("\n")).not.toContain(SECRET);
  });

  it("retries a failed delivery with a growing delay and the same body, then succeeds", async () => {
    receiver = await startTestServer(json(200, {}));
    receiver.reply(json(500, { error: "down" }), json(503, {}));
    const { delivery, lines } = deliver({ backoffMs: 40 });
    const started = performance.now();
    delivery.deliver(event(1));
    await delivery.idle();
    expect(receiver.requests).toHaveLength(3);
    expect(new Set(receiver.requests.map((r) => r.body)).size).toBe(1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(40 + 80);
    expect(lines).toEqual([
      expect.stringMatching(/^error: .*: 500 Internal Server Error; retry 1 of 3 in 40 ms$/),
      expect.stringMatching(/^error: .*: 503 Service Unavailable; retry 2 of 3 in 80 ms$/),
      expect.stringMatching(/^delivered: .*: delivered \(attempt 3\)$/),
    ]);
  });

  it("gives up after the last retry, logs it, and goes on with the next event; an attempt without an answer times out", async () => {
    receiver = await startTestServer(json(200, {}));
    receiver.reply(hang, json(500, {}), json(500, {}));
    const { delivery, lines } = deliver({ retries: 2, timeoutMs: 200 });
    delivery.deliver(event(1));
    delivery.deliver(event(2));
    await delivery.idle();
    expect(receiver.requests.map((r) => JSON.parse(r.body).unique_id)).toEqual([event(1).unique_id, event(1).unique_id, event(1).unique_id, event(2).unique_id]);
    expect(lines[0]).toMatch(/no answer within 200 ms; retry 1 of 2/);
    expect(lines[2]).toMatch(/500 Internal Server Error; given up after 3 attempts$/);
    expect(lines[3]).toMatch(/^delivered: .*event_0+2 .*: delivered$/);
  });

  it("a receiver that cannot be reached is retried and logged, never thrown", async () => {
    receiver = await startTestServer();
    const url = receiver.url;
    await receiver.close();
    const lines: string[] = [];
    delivery = createWebhookDelivery({ url: new URL(url), secret: SECRET, retries: 1, backoffMs: 10, log: (kind, line) => lines.push(`${kind}: ${line}`) });
    delivery.deliver(event(1));
    await delivery.idle();
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^error: .*given up after 2 attempts$/);
    receiver = await startTestServer(); // for afterEach
  });

  it("keeps at most maxQueued events waiting, and sends nothing once closed", async () => {
    receiver = await startTestServer(hang);
    const { delivery, lines } = deliver({ maxQueued: 2, timeoutMs: 60_000 });
    for (let n = 1; n <= 4; n++) delivery.deliver(event(n)); // 1 is under way; 2, 3, 4 wait, so 2 is dropped
    expect(lines).toEqual([expect.stringMatching(/more than 2 events waiting .*; order.created event_0+2 dropped$/)]);
    await new Promise((r) => setTimeout(r, 100));
    delivery.close();
    await delivery.idle();
    const sent = receiver.requests.length;
    delivery.deliver(event(5));
    await new Promise((r) => setTimeout(r, 100));
    expect(receiver.requests.length).toBe(sent);
    expect(sent).toBe(1);
  });
});

describe("the receiver URL", () => {
  it("is an http(s) URL on a loopback host unless remote receivers are allowed", () => {
    for (const url of ["http://127.0.0.1:3000/webhooks", "http://localhost/x", "https://[::1]:8443/", "http://127.1.2.3/"]) expect(receiverUrl(url, false).href).toBe(new URL(url).href);
    const refused = (url: string | undefined) => {
      try {
        receiverUrl(url, false);
      } catch (error) {
        return error instanceof WebhookConfigError ? error.reason : error;
      }
      return "accepted";
    };
    expect(refused(undefined)).toBe("missing");
    expect(refused("not a url")).toBe("invalid");
    expect(refused("ftp://127.0.0.1/")).toBe("invalid");
    expect(refused("https://hooks.example.com/scalev")).toBe("remote");
    expect(receiverUrl("https://hooks.example.com/scalev", true).host).toBe("hooks.example.com");
  });
});
