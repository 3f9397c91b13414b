/**
 * A local chaos server. Every request carries `x-chaos-call: <id>`; the workload registers, per call id,
 * the faults to inject on its first attempts (then the server answers properly). It records every
 * request it received and which POST/PATCH attempts it processed (created or changed something).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export const FAULTS = [
  "reset-before-response",
  "reset-during-response",
  "stall",
  "bad-gateway",
  "service-unavailable",
  "gateway-timeout",
  "rate-limited-retry-after",
  "rate-limited-ratelimit-reset",
  "rate-limited-plain-text",
  "truncated-json",
  "invalid-json",
  "html-error-page",
  "huge-body",
  "redirect-other-origin",
  "redirect-same-origin",
  "empty-2xx-chunked",
  "html-2xx",
  "octet-stream-2xx",
  "deeply-nested-error",
  "rate-limited-for-a-month",
  "absurd-retry-after",
  "stray-guest-token",
] as const;
export type Fault = (typeof FAULTS)[number];

/** Faults that answered before processing anything: a refusal (429, 422) or a redirect. */
export const REFUSED = new Set<Fault>([
  "rate-limited-retry-after",
  "rate-limited-ratelimit-reset",
  "rate-limited-plain-text",
  "rate-limited-for-a-month",
  "absurd-retry-after",
  "redirect-other-origin",
  "redirect-same-origin",
  "deeply-nested-error",
]);
/** Faults after which the server has processed a POST/PATCH (any failure may come after the side effect). */
const PROCESSED_DESPITE_FAULT = new Set<Fault>(FAULTS.filter((fault) => !REFUSED.has(fault)));
/**
 * Faults that end a call by design, whatever retries are left: a redirect to another origin is not
 * followed, a non-JSON 2xx or a 422 is not an error a retry fixes, and a month-long Retry-After (or
 * one too large to hold: `1e400`, 400 nines, a date past year 275760) is above maxRetryDelayMs. A read meeting one of them ends in a typed error (or, for an empty 2xx, no data:
 * a typed error when paging).
 */
export const TERMINAL = new Set<Fault>(["redirect-other-origin", "html-2xx", "octet-stream-2xx", "deeply-nested-error", "rate-limited-for-a-month", "absurd-retry-after", "empty-2xx-chunked"]);

/** Retry-After values too large for any wait. */
const ABSURD_RETRY_AFTER = ["1e400", "Infinity", "1e309", "9".repeat(400), "Sat, 01 Jan 275761 00:00:00 GMT"];

/** A guest token no answer that declares one sends: a stray (a business 200, a cart 503). */
export const STRAY_GUEST_TOKEN = "gt-stray-";

export interface ReceivedRequest {
  callId: string;
  method: string;
  url: string;
  fault: Fault | undefined;
  /** The X-Scalev-Guest-Token it carried. */
  guestToken: string | undefined;
}

/** Built once: the server shares the workload's process, and its own CPU use would starve the client. */
const HUGE_BODY = Buffer.from(`<html><body>${"Internal Server Error ".repeat(250_000)}</body></html>`); // ~5 MB
const DEEPLY_NESTED = Buffer.from(`${'{"error":'.repeat(5_000)}"invalid"${"}".repeat(5_000)}`);

const order = (id: string, notes: string) => ({
  id,
  order_id: "260601HPQSPBX",
  secret_slug: "k3v9TqLm2Xw8",
  status: "confirmed",
  payment_status: "paid",
  gross_revenue: "197000.00",
  notes,
  created_at: "2026-06-01T03:15:00Z",
});

/** Another origin: a careful client never sends it anything, least of all credentials. */
async function startElsewhere() {
  const received: { url: string; authorization: string | undefined; storefrontKey: string | undefined }[] = [];
  const server = createServer((req, res) => {
    received.push({ url: req.url ?? "", authorization: req.headers.authorization, storefrontKey: req.headers["x-scalev-storefront-api-key"] as string | undefined });
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function startChaosServer() {
  const elsewhere = await startElsewhere();
  const plans = new Map<string, Fault[]>();
  const received: ReceivedRequest[] = [];
  const processed = new Map<string, number>();
  const sockets = new Set<Socket>();
  let faultsInjected = 0;

  function respondProperly(req: IncomingMessage, res: ServerResponse, url: URL, body: string) {
    let payload: unknown;
    if (req.method === "GET" && url.pathname === "/v3/orders") {
      const page = Number(url.searchParams.get("next_cursor")?.slice(1) ?? 0);
      const hasNext = page < 2;
      payload = {
        data: [order(`019e812d-7320-7a3c-9d4e-${String(page).padStart(12, "0")}`, `page ${page}`)],
        is_paginated: true,
        has_next: hasNext,
        has_previous: page > 0,
        next_cursor: hasNext ? `p${page + 1}` : null,
        previous_cursor: page > 0 ? `p${page - 1}` : null,
        page_size: 1,
      };
    } else {
      const notes = body ? (JSON.parse(body).notes ?? "") : "";
      payload = order(url.pathname.split("/")[3] ?? "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11", notes);
    }
    const text = JSON.stringify(payload);
    // Business answers do not declare the guest-token header: one that carries it must not be kept.
    const stray = url.pathname.includes("/public/") ? {} : { "x-scalev-guest-token": `${STRAY_GUEST_TOKEN}ok-${String(req.headers["x-chaos-call"])}` };
    res.writeHead(req.method === "POST" ? 201 : 200, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...stray });
    res.end(text);
  }

  function inject(fault: Fault, req: IncomingMessage, res: ServerResponse) {
    faultsInjected++;
    const json = { "content-type": "application/json" };
    switch (fault) {
      case "redirect-other-origin":
        res.writeHead(req.method === "GET" ? 302 : 307, { location: `${elsewhere.url}${req.url}` });
        return res.end();
      case "redirect-same-origin": {
        const url = new URL(req.url ?? "/", "http://chaos");
        url.searchParams.set("moved", "1");
        res.writeHead(req.method === "GET" ? 301 : 308, { location: `${url.pathname}${url.search}` });
        return res.end();
      }
      case "empty-2xx-chunked":
        res.writeHead(req.method === "POST" ? 201 : 200, json);
        res.write("");
        return res.end();
      case "html-2xx":
        res.writeHead(200, { "content-type": "text/html" });
        return res.end("<!doctype html><title>Welcome</title><p>captive portal</p>");
      case "octet-stream-2xx":
        res.writeHead(200, { "content-type": "application/octet-stream" });
        return res.end(Buffer.from([0, 159, 146, 150, 255]));
      case "rate-limited-for-a-month":
        res.writeHead(429, { ...json, "retry-after": String(30 * 86_400) });
        return res.end(JSON.stringify({ error: "Too Many Requests" }));
      case "absurd-retry-after":
        res.writeHead(faultsInjected % 2 ? 429 : 503, { ...json, "retry-after": ABSURD_RETRY_AFTER[faultsInjected % ABSURD_RETRY_AFTER.length]! });
        return res.end(JSON.stringify({ error: "Come back much later" }));
      case "stray-guest-token":
        res.writeHead(503, { ...json, "x-scalev-guest-token": `${STRAY_GUEST_TOKEN}503-${String(req.headers["x-chaos-call"])}` });
        return res.end(JSON.stringify({ error: "Upstream unavailable" }));
      case "reset-before-response":
        return req.socket.destroy();
      case "reset-during-response":
        res.writeHead(200, { ...json, "content-length": "4000" });
        res.write('{"id":"019e812d-7320-7a3c-9d4e-5a2b8c7d9e11","notes":"');
        return setTimeout(() => req.socket.destroy(), 5);
      case "stall":
        return; // never answers; the client's timeout must end it
      case "bad-gateway":
      case "service-unavailable":
      case "gateway-timeout": {
        const status = { "bad-gateway": 502, "service-unavailable": 503, "gateway-timeout": 504 }[fault];
        res.writeHead(status, json);
        return res.end(JSON.stringify({ error: "Upstream unavailable" }));
      }
      case "rate-limited-retry-after":
        res.writeHead(429, { ...json, "retry-after": "0" });
        return res.end(JSON.stringify({ error: "Too Many Requests" }));
      case "rate-limited-ratelimit-reset":
        res.writeHead(429, { ...json, "x-ratelimit-limit": "100", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "0" });
        return res.end(JSON.stringify({ error: "Too Many Requests" }));
      case "rate-limited-plain-text":
        res.writeHead(429, { "content-type": "text/plain" });
        return res.end("Too Many Requests");
      case "truncated-json":
        res.writeHead(200, json);
        return res.end('{"id":"019e812d-7320-7a3c-9d4e-5a2b8c7d9e11","order_id":"2606');
      case "invalid-json":
        res.writeHead(200, json);
        return res.end("{id: 019e812d, 'order_id': }");
      case "html-error-page":
        res.writeHead(502, { "content-type": "text/html" });
        return res.end("<!doctype html><html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>");
      case "huge-body":
        res.writeHead(500, { "content-type": "text/html" });
        return res.end(HUGE_BODY);
      case "deeply-nested-error":
        res.writeHead(422, json);
        return res.end(DEEPLY_NESTED);
    }
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const url = new URL(req.url ?? "/", "http://chaos");
      const callId = String(req.headers["x-chaos-call"] ?? "");
      const fault = plans.get(callId)?.shift();
      received.push({ callId, method: req.method ?? "", url: req.url ?? "", fault, guestToken: req.headers["x-scalev-guest-token"] as string | undefined });
      const mutating = req.method === "POST" || req.method === "PATCH";
      if (mutating && (fault === undefined || PROCESSED_DESPITE_FAULT.has(fault))) processed.set(callId, (processed.get(callId) ?? 0) + 1);
      if (fault) inject(fault, req, res);
      else respondProperly(req, res, url, body);
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    plan: (callId: string, faults: Fault[]) => plans.set(callId, [...faults]),
    received,
    processed,
    /** Requests that reached the other origin (must stay empty). */
    reachedElsewhere: elsewhere.received,
    get faultsInjected() {
      return faultsInjected;
    },
    close: async () => {
      await elsewhere.close();
      await new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      });
    },
  };
}
