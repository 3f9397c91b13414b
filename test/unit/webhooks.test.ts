/**
 * Webhook signatures and typed events (src/webhooks.ts). Expected signatures are computed here with
 * node:crypto's createHmac, independently of the WebCrypto code under test.
 */
import { createHmac } from "node:crypto";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  SCALEV_WEBHOOK_EVENTS,
  ScalevInputError,
  ScalevWebhookError,
  isKnownWebhookEvent,
  parseWebhook,
  verifyWebhookSignature,
  type ScalevWebhookEvent,
  type UnknownScalevWebhookEvent,
} from "../../src/index.ts";
import { bundledSpec, pointerToken } from "../support/spec.ts";
import { specAjv } from "../support/spec-ajv.ts";

const SECRET = "test-signing-secret-9f3b2c";
const sign = (body: string | Uint8Array, secret = SECRET) => createHmac("sha256", secret).update(body).digest("base64");

const BODY = JSON.stringify({
  event: "order.created",
  unique_id: "event_R4tY8uI2oP6aS0dF3gH7jK1l",
  timestamp: "2026-06-01T03:15:00.912734Z",
  data: { id: "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11", order_id: "260601HPQSPBX", store: { name: "Batik Nusantara Official" } },
});

/** Catches the rejection of `promise` and returns the error (fails the test if it resolves). */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

describe("verifyWebhookSignature", () => {
  it("accepts the RFC 4231 test case 2 HMAC-SHA256 in Base64", async () => {
    const expected = Buffer.from("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", "hex").toString("base64");
    expect(expected).toBe("W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=");
    expect(await verifyWebhookSignature("what do ya want for nothing?", expected, "Jefe")).toBe(true);
  });

  it("verifies a signature computed with createHmac, whatever form the raw body has", async () => {
    const signature = sign(BODY);
    const bytes = new TextEncoder().encode(BODY);
    expect(await verifyWebhookSignature(BODY, signature, SECRET)).toBe(true);
    expect(await verifyWebhookSignature(bytes, signature, SECRET)).toBe(true);
    expect(await verifyWebhookSignature(Buffer.from(BODY), signature, SECRET)).toBe(true);
    expect(await verifyWebhookSignature(bytes.buffer, signature, SECRET)).toBe(true);
    // A Buffer that views a slice of a larger pool, as Node hands out.
    const pooled = Buffer.concat([Buffer.from("xxxx"), Buffer.from(BODY)]).subarray(4);
    expect(await verifyWebhookSignature(pooled, signature, SECRET)).toBe(true);
  });

  it("signs the UTF-8 bytes of non-ASCII bodies", async () => {
    const body = JSON.stringify({ event: "order.created", data: { store: { name: "Toko Batik – Sémarang ✓" } } });
    expect(await verifyWebhookSignature(body, sign(Buffer.from(body, "utf8")), SECRET)).toBe(true);
  });

  it("tolerates surrounding whitespace in the header value", async () => {
    expect(await verifyWebhookSignature(BODY, ` ${sign(BODY)} `, SECRET)).toBe(true);
  });

  it("rejects a tampered body", async () => {
    const signature = sign(BODY);
    expect(await verifyWebhookSignature(BODY.replace("260601HPQSPBX", "260601HPQSPBY"), signature, SECRET)).toBe(false);
    expect(await verifyWebhookSignature(BODY + " ", signature, SECRET)).toBe(false);
  });

  it("rejects a signature made with another secret", async () => {
    expect(await verifyWebhookSignature(BODY, sign(BODY, "another-secret"), SECRET)).toBe(false);
  });

  it("rejects a missing or empty signature", async () => {
    expect(await verifyWebhookSignature(BODY, undefined, SECRET)).toBe(false);
    expect(await verifyWebhookSignature(BODY, null, SECRET)).toBe(false);
    expect(await verifyWebhookSignature(BODY, "", SECRET)).toBe(false);
  });

  it("rejects the right digest in hex, URL-safe or unpadded Base64", async () => {
    const digest = createHmac("sha256", SECRET).update(BODY).digest();
    expect(await verifyWebhookSignature(BODY, digest.toString("hex"), SECRET)).toBe(false);
    expect(await verifyWebhookSignature(BODY, digest.toString("base64url"), SECRET)).toBe(false);
    expect(await verifyWebhookSignature(BODY, digest.toString("base64").replace(/=+$/, ""), SECRET)).toBe(false);
  });

  it("rejects a truncated signature and a different digest (SHA-1)", async () => {
    const signature = sign(BODY);
    expect(await verifyWebhookSignature(BODY, signature.slice(0, 40) + "AAA=", SECRET)).toBe(false);
    expect(await verifyWebhookSignature(BODY, createHmac("sha1", SECRET).update(BODY).digest("base64"), SECRET)).toBe(false);
  });

  it("rejects the same JSON re-serialised (key order or whitespace changed)", async () => {
    const signature = sign(BODY);
    const parsed = JSON.parse(BODY);
    const pretty = JSON.stringify(parsed, null, 2);
    const { event, ...rest } = parsed;
    const reordered = JSON.stringify({ ...rest, event });
    expect(JSON.parse(pretty)).toEqual(parsed);
    expect(JSON.parse(reordered)).toEqual(parsed);
    expect(await verifyWebhookSignature(pretty, signature, SECRET)).toBe(false);
    expect(await verifyWebhookSignature(reordered, signature, SECRET)).toBe(false);
  });

  it("throws a ScalevInputError for a parsed body, and for an empty secret, without leaking the secret", async () => {
    const parsedBody = await rejectionOf(verifyWebhookSignature(JSON.parse(BODY), sign(BODY), SECRET));
    expect(parsedBody).toBeInstanceOf(ScalevInputError);
    expect((parsedBody as Error).message).toMatch(/raw request body.*got a plain object/);
    expect((parsedBody as Error).message).not.toContain(SECRET);

    const emptySecret = await rejectionOf(verifyWebhookSignature(BODY, sign(BODY, ""), ""));
    expect(emptySecret).toBeInstanceOf(ScalevInputError);
    expect(await rejectionOf(verifyWebhookSignature(BODY, sign(BODY), undefined as unknown as string))).toBeInstanceOf(ScalevInputError);
  });
});

describe("parseWebhook", () => {
  it("returns the typed event for a signed known event, with the header in any case or container", async () => {
    const signature = sign(BODY);
    const expected = JSON.parse(BODY);
    expect(await parseWebhook(BODY, new Headers({ "X-Scalev-Hmac-Sha256": signature }), SECRET)).toEqual(expected);
    expect(await parseWebhook(BODY, { "X-SCALEV-HMAC-SHA256": signature }, SECRET)).toEqual(expected);
    expect(await parseWebhook(Buffer.from(BODY), { "x-scalev-hmac-sha256": signature, host: "127.0.0.1" }, SECRET)).toEqual(expected);
    expect(await parseWebhook(BODY, { "x-scalev-hmac-sha256": [signature] }, SECRET)).toEqual(expected);
  });

  it("narrows on `event`", async () => {
    const event = await parseWebhook(BODY, { "x-scalev-hmac-sha256": sign(BODY) }, SECRET);
    expectTypeOf(event).toEqualTypeOf<ScalevWebhookEvent>();
    expect(event.event).toBe("order.created");
    if (event.event === "order.created") {
      expectTypeOf(event.data.orderlines).toEqualTypeOf<ScalevWebhookEvent<"order.created">["data"]["orderlines"]>();
      expectTypeOf(event.unique_id).toBeString();
      expect(event.data.order_id).toBe("260601HPQSPBX");
    }
    if (event.event === "business.test_event") expectTypeOf(event).not.toHaveProperty("unique_id");
  });

  it.each([
    ["no header", {}],
    ["an empty header", { "x-scalev-hmac-sha256": "" }],
    ["an empty Headers", new Headers()],
  ])("throws missing_signature for %s", async (_, headers) => {
    const error = await rejectionOf(parseWebhook(BODY, headers, SECRET));
    expect(error).toBeInstanceOf(ScalevWebhookError);
    expect((error as ScalevWebhookError).reason).toBe("missing_signature");
  });

  it.each([
    ["a tampered body", BODY.replace("order.created", "order.updated"), sign(BODY)],
    ["another secret", BODY, sign(BODY, "another-secret")],
    ["a hex signature", BODY, createHmac("sha256", SECRET).update(BODY).digest("hex")],
    ["re-serialised JSON", JSON.stringify(JSON.parse(BODY), null, 1), sign(BODY)],
    ["two signature headers", BODY, [sign(BODY), sign(BODY)]],
  ])("throws bad_signature for %s", async (_, body, signature) => {
    const error = await rejectionOf(parseWebhook(body, { "x-scalev-hmac-sha256": signature }, SECRET));
    expect(error).toBeInstanceOf(ScalevWebhookError);
    expect((error as ScalevWebhookError).reason).toBe("bad_signature");
    expect((error as Error).message).not.toContain(SECRET);
    expect(JSON.stringify(error)).not.toContain(SECRET);
  });

  it.each([
    ["not JSON", "event=order.created"],
    ["a JSON array", "[]"],
    ["JSON without an event", '{"data":{}}'],
    ["a non-string event", '{"event":42}'],
    ["invalid UTF-8", new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d])],
  ])("throws malformed_json for a correctly signed body that is %s", async (_, body) => {
    const error = await rejectionOf(parseWebhook(body, { "x-scalev-hmac-sha256": sign(body) }, SECRET));
    expect(error).toBeInstanceOf(ScalevWebhookError);
    expect((error as ScalevWebhookError).reason).toBe("malformed_json");
  });

  const UNKNOWN = JSON.stringify({
    event: "shipment.status.updated",
    unique_id: "event_U1nK2nO3wN4eV5eN6t7Q8r9S",
    timestamp: "2026-06-02T08:40:05Z",
    data: { order_id: "260601HPQSPBX" },
  });

  it("throws unknown_event for an authentic event it does not know, keeping the event and payload", async () => {
    const error = await rejectionOf(parseWebhook(UNKNOWN, { "x-scalev-hmac-sha256": sign(UNKNOWN) }, SECRET));
    expect(error).toBeInstanceOf(ScalevWebhookError);
    const webhookError = error as ScalevWebhookError;
    expect(webhookError.reason).toBe("unknown_event");
    expect(webhookError.event).toBe("shipment.status.updated");
    expect(webhookError.payload).toEqual(JSON.parse(UNKNOWN));
    expect(webhookError.toJSON()).toEqual({
      name: "ScalevWebhookError",
      message: 'Unknown webhook event "shipment.status.updated".',
      reason: "unknown_event",
      event: "shipment.status.updated",
    });
  });

  it("returns unknown events untyped with allowUnknownEvents, and isKnownWebhookEvent tells them apart", async () => {
    const unknown = await parseWebhook(UNKNOWN, { "x-scalev-hmac-sha256": sign(UNKNOWN) }, SECRET, { allowUnknownEvents: true });
    expectTypeOf(unknown).toEqualTypeOf<ScalevWebhookEvent | UnknownScalevWebhookEvent>();
    expect(unknown).toEqual(JSON.parse(UNKNOWN));
    expect(isKnownWebhookEvent(unknown)).toBe(false);

    const known = await parseWebhook(BODY, { "x-scalev-hmac-sha256": sign(BODY) }, SECRET, { allowUnknownEvents: true });
    expect(isKnownWebhookEvent(known)).toBe(true);
  });

  it("does not treat inherited object keys as known events", async () => {
    const body = JSON.stringify({ event: "toString", data: {} });
    const error = await rejectionOf(parseWebhook(body, { "x-scalev-hmac-sha256": sign(body) }, SECRET));
    expect((error as ScalevWebhookError).reason).toBe("unknown_event");
  });

  it("throws a ScalevInputError for headers that are not an object", async () => {
    const error = await rejectionOf(parseWebhook(BODY, "x-scalev-hmac-sha256: abc" as never, SECRET));
    expect(error).toBeInstanceOf(ScalevInputError);
  });
});

describe("the spec's webhook examples", () => {
  const spec = bundledSpec();
  const webhooks = Object.entries<any>(spec.webhooks ?? {});
  const ajv = specAjv(spec, "spec");

  it("describes exactly the events parseWebhook knows", () => {
    expect(webhooks.map(([name]) => name).sort()).toEqual([...SCALEV_WEBHOOK_EVENTS].sort());
    expect(SCALEV_WEBHOOK_EVENTS).toHaveLength(12);
  });

  it.each(webhooks)("%s: the example validates against its schema and parses to its event", async (name, item) => {
    const media = item.post.requestBody.content["application/json"];
    expect(media.example, "every webhook has a request body example").toBeDefined();
    const pointer = `/webhooks/${pointerToken(name)}/post/requestBody/content/application~1json/schema`;
    const validate = ajv.getSchema(`spec#${pointer.split("/").map(encodeURIComponent).join("/")}`)!;
    expect(validate(media.example), JSON.stringify(validate.errors)).toBe(true);

    const body = JSON.stringify(media.example);
    const event = await parseWebhook(body, { "X-Scalev-Hmac-Sha256": sign(body) }, SECRET);
    expect(event.event).toBe(name);
    expect(event).toEqual(media.example);
    if (event.event === "business.test_event") {
      expect(event).not.toHaveProperty("unique_id");
      expect(event.data).toEqual({});
    } else {
      expect(event.unique_id).toMatch(/^event_/);
    }
  });
});

describe("a fetch-style handler (the README's pattern)", () => {
  function statusFor(error: unknown): number {
    if (!(error instanceof ScalevWebhookError)) return 500;
    return error.reason === "unknown_event" ? 200 : error.reason === "malformed_json" ? 400 : 401;
  }
  async function handler(request: Request): Promise<Response> {
    try {
      const event = await parseWebhook(await request.arrayBuffer(), request.headers, SECRET);
      return Response.json({ received: event.event });
    } catch (error) {
      return new Response(null, { status: statusFor(error) });
    }
  }
  const post = (body: string, headers: Record<string, string>) =>
    handler(new Request("http://127.0.0.1/webhooks", { method: "POST", headers: { "content-type": "application/json", ...headers }, body }));

  it("acknowledges a signed event and answers 401 / 400 / 200 to the failure reasons", async () => {
    const ok = await post(BODY, { "X-Scalev-Hmac-Sha256": sign(BODY) });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ received: "order.created" });
    expect((await post(BODY, {})).status).toBe(401);
    expect((await post(BODY, { "X-Scalev-Hmac-Sha256": sign(BODY, "wrong") })).status).toBe(401);
    expect((await post("not json", { "X-Scalev-Hmac-Sha256": sign("not json") })).status).toBe(400);
    const unknown = JSON.stringify({ event: "order.archived", unique_id: "event_x", timestamp: "2026-06-01T00:00:00Z", data: {} });
    expect((await post(unknown, { "X-Scalev-Hmac-Sha256": sign(unknown) })).status).toBe(200);
  });
});
