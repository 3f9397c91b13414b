import { Hono } from "hono";
import type { ScalevClient } from "scalev-v3-client";
import type { OrderStore } from "./order-store.ts";
import { syncOrders } from "./sync.ts";
import { receiveWebhook, type WebhookCounters } from "./webhooks.ts";

export interface AppDependencies {
  scalev: ScalevClient;
  store: OrderStore;
  webhookSecret: string;
}

export function createApp({ scalev, store, webhookSecret }: AppDependencies) {
  const counters: WebhookCounters = { processed: 0, duplicates: 0, rejected: 0 };
  const app = new Hono();

  // arrayBuffer(), not json(): the signature is over the raw bytes.
  app.post("/webhooks/scalev", async (c) => {
    const status = await receiveWebhook(await c.req.arrayBuffer(), c.req.raw.headers, webhookSecret, store, counters);
    return c.body(null, status);
  });

  // Also run on a timer by server.ts; exposed so an operator (or a test) can trigger one.
  app.post("/sync", async (c) => c.json(await syncOrders(scalev, store, c.req.raw.signal)));

  app.get("/orders", (c) => c.json(store.list().map(({ id, source, updatedAt }) => ({ id, source, updatedAt }))));
  app.get("/health", (c) => c.json({ ok: true, webhooks: counters, rateLimit: scalev.rateLimit ?? null }));

  app.onError((error, c) => {
    console.error(error); // ScalevError messages and JSON forms are redacted: safe to log as they are
    return c.json({ error: error.name }, 502);
  });
  return app;
}
