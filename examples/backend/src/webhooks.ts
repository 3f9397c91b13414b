import { parseWebhook, ScalevWebhookError, type ScalevWebhookEvent } from "scalev-v3-client";
import type { OrderStore } from "./order-store.ts";

export interface WebhookCounters {
  processed: number;
  duplicates: number;
  rejected: number;
}

/** The status to answer: 2xx acknowledges, anything else makes Scalev retry the delivery. */
type Status = 200 | 400 | 401 | 500;

function statusFor(error: unknown): Status {
  if (!(error instanceof ScalevWebhookError)) return 500; // our own handler failed: let Scalev retry
  switch (error.reason) {
    case "missing_signature":
    case "bad_signature":
      return 401;
    case "malformed_json":
      return 400;
    case "unknown_event":
      return 200; // authentic but newer than this version: acknowledge, or Scalev keeps retrying
  }
}

function apply(event: ScalevWebhookEvent, store: OrderStore): void {
  if (event.event === "order.deleted") {
    if (event.data?.id) store.delete(event.data.id);
  } else if (event.event.startsWith("order.") || event.event.startsWith("payment.")) {
    // Payment events carry the order's fields without its lines: merged over the stored order.
    const data = event.data as Record<string, unknown> | undefined;
    if (typeof data?.id === "string") store.upsert(data.id, "webhook", data);
  }
  // checkout_intent.* and business.test_event change no order.
}

/**
 * Verifies, deduplicates and applies one delivery. `rawBody` must be the bytes as received: the
 * signature covers them exactly, so no JSON parser may run first.
 */
export async function receiveWebhook(
  rawBody: ArrayBuffer,
  headers: Headers,
  secret: string,
  store: OrderStore,
  counters: WebhookCounters,
): Promise<Status> {
  let event: ScalevWebhookEvent;
  try {
    event = await parseWebhook(rawBody, headers, secret);
  } catch (error) {
    const status = statusFor(error);
    if (status !== 200) counters.rejected += 1;
    return status;
  }
  // business.test_event has no unique_id; it must be answered 200 for Scalev to save the webhook settings.
  const uniqueId = "unique_id" in event ? event.unique_id : undefined;
  if (uniqueId && !store.firstDelivery(uniqueId)) {
    counters.duplicates += 1;
    return 200;
  }
  apply(event, store);
  counters.processed += 1;
  return 200;
}
