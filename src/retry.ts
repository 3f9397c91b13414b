import { ScalevConnectionError, ScalevTimeoutError } from "./errors.ts";
import { readRateLimit, serverRetryDelay, sleep, type RateLimit, type Throttle } from "./rate-limit.ts";

/** Methods that may be repeated without changing the outcome (RFC 9110). */
const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"]);
const BACKOFF_BASE_MS = 500;
const BACKOFF_MAX_MS = 8_000;
/** setTimeout fires at once for delays above 2^31 - 1 ms; longer timeouts mean none. */
const MAX_TIMER_MS = 2_147_483_647;

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Per attempt, until the response headers arrive. */
  timeoutMs: number;
  /** A server-requested wait (Retry-After, X-Ratelimit-Reset) longer than this is not waited for. */
  maxRetryDelayMs: number;
  /** A fetch given by the user, called with a complete Request; default: globalThis.fetch at call time. */
  fetch?: typeof globalThis.fetch;
  /** Sees every response, including those that are retried (rate-limit and guest-token headers). */
  observe?: (response: Response, rateLimit: RateLimit | undefined) => void;
  throttle?: Throttle;
}

/**
 * Should this answer be retried? 429 always (the request was refused, not processed); 408 and 5xx only
 * for idempotent methods: the API has no idempotency keys, so a repeated POST could create twice.
 */
export const isRetryableStatus = (method: string, status: number) =>
  status === 429 || (IDEMPOTENT.has(method) && (status === 408 || status >= 500));

/** Should this failure be retried? Idempotent methods: any; others: only if the request never left. */
export const isRetryableFailure = (method: string, error: unknown) => IDEMPOTENT.has(method) || neverReachedServer(error);

/** Connection refused somewhere in the cause chain (Node's happy-eyeballs wraps it in an AggregateError). */
export function neverReachedServer(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 8) return false;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (code === "ECONNREFUSED") return true;
  if (Array.isArray(errors) && errors.length > 0 && errors.every((e) => neverReachedServer(e, depth + 1))) return true;
  return neverReachedServer(cause, depth + 1);
}

/** Exponential backoff with jitter: 0.5 s, 1 s, 2 s, … (capped at 8 s), each scaled by a random 50–100 %. */
export const backoffDelay = (retry: number) => Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** retry) * (0.5 + Math.random() / 2);

function anySignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === "function") return AbortSignal.any([a, b]);
  const controller = new AbortController();
  for (const signal of [a, b]) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener("abort", () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

const describe = (request: Request) => `${request.method} ${request.url}`;

/**
 * A fetch for openapi-fetch that adds the per-attempt timeout and the retry policy. The request body is
 * read once so that every attempt can resend it. The caller's signal (request.signal) aborts at once,
 * also during a backoff wait, and is never retried: its reason is rethrown as is.
 */
export function retryingFetch(policy: RetryPolicy) {
  return async function scalevFetch(request: Request, init?: RequestInit): Promise<Response> {
    const caller = request.signal;
    const method = request.method;
    const body = request.body === null ? undefined : await request.arrayBuffer();
    for (let retry = 0; ; retry++) {
      const canRetry = retry < policy.maxRetries;
      if (caller.aborted) throw caller.reason;
      let response: Response;
      await policy.throttle?.acquire(caller);
      const timeout = new AbortController();
      const timer =
        policy.timeoutMs <= MAX_TIMER_MS
          ? setTimeout(() => timeout.abort(new ScalevTimeoutError(`${describe(request)} timed out after ${policy.timeoutMs} ms.`)), policy.timeoutMs)
          : undefined;
      try {
        const signal = anySignal(caller, timeout.signal);
        const custom = policy.fetch;
        // A user's fetch gets one complete Request; the global one takes the changes as init (cheaper).
        response = custom ? await custom(new Request(request, { body, signal }), init) : await fetch(request, { ...init, body, signal });
      } catch (error) {
        policy.throttle?.release(undefined);
        if (caller.aborted) throw caller.reason;
        const failure = timeout.signal.aborted
          ? (timeout.signal.reason as ScalevTimeoutError)
          : new ScalevConnectionError(`${describe(request)} failed: ${(error as Error)?.message ?? error}.`, { cause: error });
        if (!canRetry || !isRetryableFailure(method, timeout.signal.aborted ? undefined : error)) throw failure;
        await sleep(backoffDelay(retry), caller);
        continue;
      } finally {
        clearTimeout(timer);
      }
      const rateLimit = readRateLimit(response.headers);
      policy.throttle?.release(rateLimit);
      policy.observe?.(response, rateLimit);
      if (!canRetry || !isRetryableStatus(method, response.status)) return response;
      const hinted = serverRetryDelay(response);
      if (hinted !== undefined && hinted > policy.maxRetryDelayMs) return response;
      await response.body?.cancel().catch(() => {});
      await sleep(hinted ?? backoffDelay(retry), caller);
    }
  };
}
