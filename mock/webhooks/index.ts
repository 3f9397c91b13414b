/** Webhooks as the API sends them: signed, delivered with retries. No Node built-ins. */
export { createWebhookDelivery, type WebhookDelivery, type WebhookDeliveryOptions, type WebhookEvent } from "./delivery.ts";
export { receiverUrl, shownReceiver, WebhookConfigError } from "./receiver.ts";
export { DEV_WEBHOOK_SECRET, SIGNATURE_HEADER, signWebhookBody } from "./sign.ts";
