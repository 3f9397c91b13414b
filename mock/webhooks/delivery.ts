/**
 * Delivering the state's events to a webhook receiver, as the API delivers them: each event's body is
 * signed (sign.ts) and POSTed as JSON; an answer other than a 2xx, a network error or no answer within
 * the timeout is retried with a growing delay (the same body, so the same `unique_id`); every outcome is
 * logged. Events go one at a time, in the order the changes happened, from a bounded queue (past it the
 * oldest waiting event is dropped, and logged). `fetch`, timers and WebCrypto only: no Node built-ins,
 * so the MSW handlers in a browser deliver the same way.
 */
import { shownReceiver } from "./receiver.ts";
import { SIGNATURE_HEADER, signWebhookBody } from "./sign.ts";

/** What a delivery sends: a webhook event's body (the state's StateEvent). */
export interface WebhookEvent {
  event: string;
  unique_id?: string | undefined;
}

export interface WebhookDeliveryOptions {
  url: URL;
  secret: string;
  /** Attempts after the first (default 3). */
  retries?: number;
  /** The first retry's delay in ms, doubled for each next one (default 500: 0.5 s, 1 s, 2 s). */
  backoffMs?: number;
  /** How long an attempt waits for the receiver's answer, in ms (default 10,000). */
  timeoutMs?: number;
  /** Events waiting at most (default 1,000). */
  maxQueued?: number;
  fetch?: typeof fetch;
  /** One line per delivery and per failed attempt; `error` for failures. Never the secret or the signature. */
  log?: (kind: "delivered" | "error", line: string) => void;
}

export interface WebhookDelivery {
  /** Queues an event; returns at once. */
  deliver(event: WebhookEvent): void;
  /** Resolves when every queued event was delivered or given up on. */
  idle(): Promise<void>;
  /** Drops what waits, aborts the attempt under way and cancels its retry: nothing is sent afterwards. */
  close(): void;
}

export function createWebhookDelivery(options: WebhookDeliveryOptions): WebhookDelivery {
  const { url, secret } = options;
  const retries = options.retries ?? 3;
  const backoffMs = options.backoffMs ?? 500;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxQueued = options.maxQueued ?? 1_000;
  const send = options.fetch ?? fetch;
  const log = options.log ?? (() => {});
  const receiver = shownReceiver(url);
  const queue: WebhookEvent[] = [];
  let running: Promise<void> | undefined;
  let closed = false;
  /** Aborted by close(): stops the attempt under way. */
  const closing = new AbortController();
  let wake: (() => void) | undefined;

  const pause = (ms: number) =>
    new Promise<void>((done) => {
      const timer = setTimeout(done, ms);
      wake = () => (clearTimeout(timer), done());
    });

  /** One attempt: undefined when the receiver took it (2xx), else why not. */
  async function attempt(body: string, signature: string): Promise<string | undefined> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => ((timedOut = true), controller.abort()), timeoutMs);
    const stop = () => controller.abort();
    closing.signal.addEventListener("abort", stop);
    try {
      const response = await send(url, {
        method: "POST",
        headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signature, "user-agent": "scalev-mock-webhook" },
        body,
        signal: controller.signal,
      });
      await response.body?.cancel();
      return response.ok ? undefined : `${response.status} ${response.statusText}`.trim();
    } catch (error) {
      return timedOut ? `no answer within ${timeoutMs} ms` : ((error as Error & { cause?: Error }).cause?.message ?? (error as Error).message);
    } finally {
      clearTimeout(timer);
      closing.signal.removeEventListener("abort", stop);
    }
  }

  async function deliverOne(event: WebhookEvent) {
    const body = JSON.stringify(event);
    const signature = await signWebhookBody(body, secret);
    const label = `${event.event}${event.unique_id ? ` ${event.unique_id}` : ""}`;
    for (let tries = 0; !closed; tries++) {
      const failure = await attempt(body, signature);
      if (closed) return;
      if (failure === undefined) return log("delivered", `webhook: ${label} → ${receiver}: delivered${tries ? ` (attempt ${tries + 1})` : ""}`);
      if (tries >= retries) return log("error", `webhook: ${label} → ${receiver}: ${failure}; given up after ${tries + 1} attempts`);
      const delay = backoffMs * 2 ** tries;
      log("error", `webhook: ${label} → ${receiver}: ${failure}; retry ${tries + 1} of ${retries} in ${delay} ms`);
      await pause(delay);
    }
  }

  async function drain() {
    while (!closed && queue.length > 0) await deliverOne(queue.shift()!);
    running = undefined;
  }

  return {
    deliver(event) {
      if (closed) return;
      if (queue.length >= maxQueued) {
        const dropped = queue.shift()!;
        log("error", `webhook: more than ${maxQueued} events waiting for ${receiver}; ${dropped.event} ${dropped.unique_id ?? ""} dropped`.trimEnd());
      }
      queue.push(event);
      running ??= drain();
    },
    idle: () => running ?? Promise.resolve(),
    close() {
      closed = true;
      queue.length = 0;
      closing.abort();
      wake?.();
    },
  };
}
