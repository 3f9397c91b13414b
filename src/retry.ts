import { ScalevConnectionError, ScalevResponseError, ScalevTimeoutError } from "./errors.ts";
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
  /** Per attempt: until the response body has been read. */
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

/** A signal for one attempt: aborted by the timeout or by the caller's signal. */
function attemptSignal(caller: AbortSignal, timeoutMs: number, request: Request) {
  const controller = new AbortController();
  const onAbort = () => controller.abort(caller.reason);
  caller.addEventListener("abort", onAbort, { once: true });
  const timer = timeoutMs <= MAX_TIMER_MS ? setTimeout(abortOnTimeout, timeoutMs, controller, request, timeoutMs) : undefined;
  return { controller, onAbort, timer };
}

function abortOnTimeout(controller: AbortController, request: Request, timeoutMs: number) {
  controller.abort(new ScalevTimeoutError(`${describe(request)} timed out after ${timeoutMs} ms.`));
}

const JSON_TYPE = /[/+]json\b/i;
const decoder = new TextDecoder();

/**
 * A response whose body has been read: same status, headers and url, its bytes kept in memory, and
 * its JSON parsed once. It has no body stream of its own (building one costs more than the rest of
 * the client's per-request work together); `body` makes one on demand.
 */
class ReadResponse extends Response {
  #text: string | undefined;
  constructor(
    original: Response,
    readonly buffered: ArrayBuffer,
    readonly parsed: Promise<unknown> | undefined,
    readonly originalUrl = original.url,
  ) {
    super(null, original);
    this.headers.set("content-length", String(buffered.byteLength));
  }
  override async arrayBuffer() {
    return this.buffered.slice(0);
  }
  override async blob() {
    return new Blob([this.buffered], { type: this.headers.get("content-type") ?? "" });
  }
  override async text() {
    return (this.#text ??= decoder.decode(this.buffered));
  }
  override json() {
    return this.parsed ?? this.text().then(JSON.parse);
  }
  override clone(): Response {
    return new ReadResponse(this, this.buffered, this.parsed, this.originalUrl);
  }
}

// On the prototype, not per instance: defining own properties on every response costs more than the rest.
Object.defineProperties(ReadResponse.prototype, {
  url: {
    get(this: ReadResponse) {
      return this.originalUrl;
    },
  },
  body: {
    get(this: ReadResponse) {
      return new Blob([this.buffered]).stream();
    },
  },
  bodyUsed: { value: false },
});

/**
 * Reads the whole body inside the attempt, so the timeout covers it and a connection cut mid-body (or
 * a 2xx JSON body that does not parse) fails the attempt, where it can be retried, instead of failing
 * openapi-fetch's parse later.
 */
async function readBody(response: Response, request: Request): Promise<Response> {
  if (response.body === null || request.method === "HEAD") return response;
  const bytes = await response.arrayBuffer();
  let parsed: Promise<unknown> | undefined;
  if (response.ok && bytes.byteLength > 0 && JSON_TYPE.test(response.headers.get("content-type") ?? "")) {
    try {
      parsed = Promise.resolve(JSON.parse(decoder.decode(bytes)));
    } catch (error) {
      throw new ScalevResponseError(`${describe(request)} answered ${response.status} with a body that is not valid JSON.`, { cause: error });
    }
  }
  return new ReadResponse(response, bytes, parsed);
}

const describe = (request: Request) => `${request.method} ${request.url}`;

/** The fetch error's message with the innermost error code (ECONNREFUSED, ENOTFOUND, …) when there is one. */
function reasonOf(error: unknown): string {
  let code: unknown;
  for (let e: any = error, depth = 0; e && depth < 8; e = e.cause, depth++) code = e.code ?? code;
  const message = (error as Error)?.message ?? String(error);
  return typeof code === "string" ? `${message} (${code})` : message;
}

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
      const throttled = policy.throttle?.acquire(caller);
      if (throttled) await throttled;
      const attempt = attemptSignal(caller, policy.timeoutMs, request);
      let response: Response | undefined;
      let delay: number | undefined;
      try {
        const { signal } = attempt.controller;
        const custom = policy.fetch;
        // A user's fetch gets one complete Request; the global one takes the changes as init (cheaper).
        response = custom ? await custom(new Request(request, { body, signal }), init) : await fetch(request, { ...init, body, signal });
        const rateLimit = readRateLimit(response.headers);
        policy.throttle?.release(rateLimit);
        policy.observe?.(response, rateLimit);
        if (canRetry && isRetryableStatus(method, response.status)) {
          // A server-requested wait above maxRetryDelayMs is not made: the answer goes back to the caller.
          const hinted = serverRetryDelay(response);
          delay = hinted === undefined ? backoffDelay(retry) : hinted <= policy.maxRetryDelayMs ? hinted : undefined;
        }
        if (delay === undefined) return await readBody(response, request);
        await response.body?.cancel().catch(() => {});
      } catch (error) {
        if (!response) policy.throttle?.release(undefined);
        if (caller.aborted) throw caller.reason;
        const timedOut = attempt.controller.signal.aborted && !caller.aborted;
        const failure =
          timedOut ? (attempt.controller.signal.reason as ScalevTimeoutError)
          : error instanceof ScalevResponseError ? error
          : new ScalevConnectionError(`${describe(request)} failed: ${reasonOf(error)}.`, { cause: error });
        if (!canRetry || !isRetryableFailure(method, timedOut ? undefined : error)) throw failure;
        delay = backoffDelay(retry);
      } finally {
        clearTimeout(attempt.timer);
        caller.removeEventListener("abort", attempt.onAbort);
      }
      await sleep(delay, caller);
    }
  };
}
