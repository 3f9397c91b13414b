/**
 * The `webhook` option both forms of the mock take (`startMockServer()` and the MSW handlers), turned
 * into the delivery of the state's events: the receiver checked, the secret defaulted, one line said
 * when it starts. No Node built-ins.
 */
import { createWebhookDelivery, type WebhookDelivery } from "./delivery.ts";
import { receiverUrl, shownReceiver } from "./receiver.ts";
import { DEV_WEBHOOK_SECRET } from "./sign.ts";

export interface WebhookOptions {
  /** The receiver: an http(s) URL on a loopback host (`localhost`, `127.x.x.x`, `[::1]`) unless `allowRemote`. */
  url: string | URL;
  /** Signs every event (`X-Scalev-Hmac-Sha256`); default the fake development secret, DEV_WEBHOOK_SECRET. */
  secret?: string;
  /** Let `url` name a host that is not loopback. */
  allowRemote?: boolean;
  /** Attempts after the first (default 3). */
  retries?: number;
  /** The first retry's delay in ms, doubled for each next one (default 500). */
  backoffMs?: number;
}

export type WebhookLogKind = "info" | "delivered" | "error";

/**
 * The delivery of a state's events to `options.url`. Throws WebhookConfigError for a receiver the mock
 * may not post to, and a TypeError for a mock without state (it has no changes to tell).
 */
export function configureWebhooks(options: WebhookOptions, context: { stateful: boolean; log: (kind: WebhookLogKind, line: string) => void; fetch?: typeof fetch }): WebhookDelivery {
  if (!context.stateful) throw new TypeError("webhooks are sent for changes to the state: a stateless mock has none (drop stateful: false).");
  const url = receiverUrl(String(options.url), options.allowRemote ?? false);
  context.log("info", `mock: every change to an order is sent as a webhook to ${shownReceiver(url)}${options.secret ? "" : `, signed with the fake development secret "${DEV_WEBHOOK_SECRET}"`}.`);
  return createWebhookDelivery({
    url,
    secret: options.secret || DEV_WEBHOOK_SECRET,
    retries: options.retries,
    backoffMs: options.backoffMs,
    fetch: context.fetch,
    log: context.log,
  });
}
