/**
 * A small order service: keeps orders in sync with Scalev (a full paginated sync at start and on a
 * timer) and applies webhook deliveries as they come.
 *
 *   SCALEV_API_KEY=sk_… SCALEV_WEBHOOK_SECRET=… npx tsx examples/backend/src/server.ts
 *
 * Settings (environment): SCALEV_API_KEY and SCALEV_WEBHOOK_SECRET (required), SCALEV_BASE_URL (the
 * mock, e.g. http://127.0.0.1:4010), PORT (3000), HOST (127.0.0.1), SYNC_INTERVAL_MS (300000; 0 = only
 * at start).
 */
import { serve } from "@hono/node-server";
import { createScalevClient } from "scalev-v3-client";
import { createApp } from "./app.ts";
import { OrderStore } from "./order-store.ts";
import { syncOrders } from "./sync.ts";

function setting(name: string, fallback?: string): string {
  const value = process.env[name] ?? fallback;
  if (!value) {
    console.error(`backend: set ${name} (see examples/backend/README.md).`);
    process.exit(2);
  }
  return value;
}

const scalev = createScalevClient({ apiKey: setting("SCALEV_API_KEY"), baseUrl: process.env.SCALEV_BASE_URL });
const store = new OrderStore();
const app = createApp({ scalev, store, webhookSecret: setting("SCALEV_WEBHOOK_SECRET") });
const port = Number(setting("PORT", "3000"));
const hostname = setting("HOST", "127.0.0.1");
const syncInterval = Number(setting("SYNC_INTERVAL_MS", "300000"));

const stopping = new AbortController();
async function sync(): Promise<void> {
  try {
    const result = await syncOrders(scalev, store, stopping.signal);
    console.log(`backend: sync read ${result.fetched} orders${result.complete ? "" : ` (stopped early: ${result.stoppedBy})`}`);
  } catch (error) {
    if (!stopping.signal.aborted) console.error("backend: sync failed:", error);
  }
}

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`backend: listening on http://${hostname}:${info.port} (webhooks: POST /webhooks/scalev)`);
  void sync();
});
const timer = syncInterval > 0 ? setInterval(() => void sync(), syncInterval) : undefined;

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    stopping.abort();
    clearInterval(timer);
    server.close(() => process.exit(0));
  });
}
