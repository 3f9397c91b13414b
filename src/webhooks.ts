/**
 * Scalev webhook signatures and typed events.
 *
 * Scalev signs every delivery with `X-Scalev-Hmac-Sha256`: the Base64 HMAC-SHA256 of the raw request body,
 * keyed with the business's webhook Signing Secret. Nothing else is signed (no timestamp), and delivery is
 * at-least-once and unordered, so receivers deduplicate on the event's `unique_id`.
 * Uses only WebCrypto (globalThis.crypto.subtle): Node >= 20, browsers, workers and edge runtimes.
 */
import type { webhooks } from "../generated/schema.d.ts";
import { ScalevConfigError, ScalevInputError, ScalevWebhookError } from "./errors.ts";

const SIGNATURE_HEADER = "x-scalev-hmac-sha256";

/** Names of the events the spec describes (`webhooks` of the OpenAPI document). */
export type ScalevWebhookEventName = keyof webhooks;

type EventBody<E extends ScalevWebhookEventName> =
  NonNullable<webhooks[E]["post"]["requestBody"]>["content"]["application/json"];

/** A known webhook event, discriminated on `event`; `ScalevWebhookEvent<"order.created">` picks one. */
export type ScalevWebhookEvent<E extends ScalevWebhookEventName = ScalevWebhookEventName> = {
  [K in E]: EventBody<K>;
}[E];

/** An authentic event this version does not know (Scalev adds events over time); returned only on request. */
export interface UnknownScalevWebhookEvent {
  event: string;
  unique_id?: string;
  timestamp?: string;
  data?: unknown;
  [key: string]: unknown;
}

/** The raw request body exactly as received: a string, or the bytes. */
export type WebhookRawBody = string | Uint8Array | ArrayBuffer;

/** A fetch `Headers`, anything with `get(name)`, or a plain object / Node `IncomingHttpHeaders` (any key case). */
export type WebhookHeaders =
  | { get(name: string): string | null | undefined }
  | Record<string, string | readonly string[] | undefined>;

export interface ParseWebhookOptions {
  /** Return events missing from the spec as `UnknownScalevWebhookEvent` instead of throwing `unknown_event`. */
  allowUnknownEvents?: boolean | undefined;
}

// A Record over the generated event names: adding an event to the spec fails typecheck until it is listed here.
const KNOWN_EVENTS: Record<ScalevWebhookEventName, true> = {
  "order.created": true,
  "order.epayment_created": true,
  "order.updated": true,
  "order.deleted": true,
  "order.status_changed": true,
  "order.payment_status_changed": true,
  "order.spam_created": true,
  "payment.received": true,
  "payment.failed": true,
  "checkout_intent.abandoned": true,
  "checkout_intent.completed": true,
  "business.test_event": true,
};

/** The event names this version knows, in the documentation's order. */
export const SCALEV_WEBHOOK_EVENTS = Object.keys(KNOWN_EVENTS) as readonly ScalevWebhookEventName[];

/** Narrows a parsed event (e.g. from `allowUnknownEvents`) to the known, typed union. */
export function isKnownWebhookEvent(
  event: ScalevWebhookEvent | UnknownScalevWebhookEvent,
): event is ScalevWebhookEvent {
  return typeof event === "object" && event !== null && Object.prototype.hasOwnProperty.call(KNOWN_EVENTS, event.event);
}

// Standard Base64 of a 32-byte digest: 43 characters and one `=`. Hex, URL-safe or unpadded values never match.
const BASE64_SHA256 = /^[A-Za-z0-9+/]{43}=$/;

/**
 * True when `signature` (the `X-Scalev-Hmac-Sha256` header value) is the Base64 HMAC-SHA256 of `rawBody`
 * under `secret`, compared in constant time. A missing, empty or malformed signature is simply `false`.
 * Throws `ScalevInputError` when the body is not a string/Uint8Array/ArrayBuffer (typically a body a JSON
 * middleware already parsed: re-serialised JSON never verifies) or the secret is empty, and
 * `ScalevConfigError` when the runtime has no WebCrypto.
 */
export async function verifyWebhookSignature(
  rawBody: WebhookRawBody,
  signature: string | null | undefined,
  secret: string,
): Promise<boolean> {
  const body = bodyBytes(rawBody);
  if (typeof secret !== "string" || secret.length === 0) {
    throw new ScalevInputError("The webhook Signing Secret must be a non-empty string.");
  }
  if (typeof signature !== "string") return false;
  const received = signature.trim();
  if (!BASE64_SHA256.test(received)) return false;

  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new ScalevConfigError("Webhook verification needs WebCrypto (globalThis.crypto.subtle).");
  const key = await subtle.importKey("raw", utf8.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const expected = new Uint8Array(await subtle.sign("HMAC", key, body));
  return constantTimeEqual(expected, base64Bytes(received));
}

/**
 * Verifies and parses one webhook request into its typed event.
 * Order: signature header present → signature valid over the raw bytes → JSON object with a string `event`
 * → known event. Throws `ScalevWebhookError` with `reason` `missing_signature`, `bad_signature`,
 * `malformed_json` or `unknown_event` (the last one unless `allowUnknownEvents`). The payload is not
 * validated against the schema beyond that: its objects are open and Scalev adds fields over time.
 */
export async function parseWebhook(
  rawBody: WebhookRawBody,
  headers: WebhookHeaders,
  secret: string,
  options?: ParseWebhookOptions & { allowUnknownEvents?: false | undefined },
): Promise<ScalevWebhookEvent>;
export async function parseWebhook(
  rawBody: WebhookRawBody,
  headers: WebhookHeaders,
  secret: string,
  options: ParseWebhookOptions,
): Promise<ScalevWebhookEvent | UnknownScalevWebhookEvent>;
export async function parseWebhook(
  rawBody: WebhookRawBody,
  headers: WebhookHeaders,
  secret: string,
  options: ParseWebhookOptions = {},
): Promise<ScalevWebhookEvent | UnknownScalevWebhookEvent> {
  const signature = headerValue(headers, SIGNATURE_HEADER);
  if (!signature) {
    throw new ScalevWebhookError("missing_signature", "The request has no X-Scalev-Hmac-Sha256 header.");
  }
  if (!(await verifyWebhookSignature(rawBody, signature, secret))) {
    throw new ScalevWebhookError(
      "bad_signature",
      "X-Scalev-Hmac-Sha256 does not match the raw body under this Signing Secret.",
    );
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof rawBody === "string" ? rawBody : strictUtf8.decode(bodyBytes(rawBody)));
  } catch {
    throw new ScalevWebhookError("malformed_json", "The webhook body is not valid UTF-8 JSON.");
  }
  if (!isRecord(parsed) || typeof parsed.event !== "string") {
    throw new ScalevWebhookError("malformed_json", "The webhook body is not an object with a string `event`.");
  }

  const event = parsed as UnknownScalevWebhookEvent;
  if (isKnownWebhookEvent(event) || options.allowUnknownEvents) return event;
  throw new ScalevWebhookError("unknown_event", `Unknown webhook event "${event.event}".`, {
    event: event.event,
    payload: parsed,
  });
}

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function bodyBytes(rawBody: WebhookRawBody): Uint8Array<ArrayBuffer> {
  if (typeof rawBody === "string") return utf8.encode(rawBody);
  if (rawBody instanceof Uint8Array) return new Uint8Array(rawBody); // copy: Buffers may view a shared pool
  if (rawBody instanceof ArrayBuffer) return new Uint8Array(rawBody);
  throw new ScalevInputError(
    `The webhook body must be the raw request body (string, Uint8Array or ArrayBuffer), got ${kindOf(rawBody)}. ` +
      "Parsed and re-serialised JSON does not verify: read the body raw (e.g. express.raw()) before any JSON parser.",
  );
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value;
  const kind = (value as object).constructor?.name;
  return !kind || kind === "Object" ? "a plain object" : `a ${kind}`;
}

function base64Bytes(value: string): Uint8Array {
  const binary = atob(value);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false; // both are 32 bytes here; the length is not secret
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  if (!isRecord(headers)) {
    throw new ScalevInputError(`The webhook headers must be a Headers object or a plain object, got ${kindOf(headers)}.`);
  }
  if (typeof headers.get === "function") return headers.get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    // Repeated headers (Node arrays) are joined like fetch's Headers does; a joined value never verifies.
    return Array.isArray(value) ? value.join(", ") : (value as string | undefined);
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
