import { applyCredentials, type Credentials } from "./credentials.ts";
import { ScalevConfigError, ScalevConnectionError, ScalevError, ScalevTimeoutError } from "./errors.ts";
import { readRateLimit, serverRetryDelay, type RateLimit, type Throttles } from "./rate-limit.ts";
import { redactError } from "./redact.ts";
import { nextHop, type Hop } from "./redirect.ts";
import { OutgoingRequest, outgoingOf, type Outgoing } from "./request.ts";
import { readResponse, UnparsableBodyError, type ScalevResponse } from "./response.ts";
import { MAX_TIMER_MS, sleep } from "./timers.ts";

/** Methods that may be repeated without changing the outcome (RFC 9110). */
const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"]);
const BACKOFF_BASE_MS = 500;
const BACKOFF_MAX_MS = 8_000;

export interface RetryPolicy {
  /** Retries after the first attempt (a call's `maxRetries` overrides it). */
  maxRetries: number;
  /** Per attempt: until the response body has been read (a call's `timeoutMs` overrides it). */
  timeoutMs: number;
  /** A server-requested wait (Retry-After, X-Ratelimit-Reset) longer than this is not waited for. */
  maxRetryDelayMs: number;
  /** A fetch given by the user, called with a complete Request; default: globalThis.fetch at call time. */
  fetch?: typeof globalThis.fetch;
  /** Sees the answer of every attempt, including those that are retried (rate-limit and guest-token headers). */
  observe?: (response: Response, rateLimit: RateLimit | undefined) => void;
  /** Proactive throttling, one bucket per rate-limit family; none when turned off. */
  throttles?: Throttles;
  /** Read at each call for the credentials the route needs. */
  credentials: Credentials;
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

const describe = (out: Outgoing) => `${out.method} ${out.url}`;

/**
 * The scopes a business operation needs, for the message of its 403. The table is loaded on the first
 * 403, so apps that never get one (a browser storefront) do not carry it.
 */
const scopesOf = (method: string, schemaPath: string) =>
  import("./scope-table.ts").then((table) => table.scopesOf(method, schemaPath)).catch(() => undefined);

/** The fetch error's message with the innermost error code (ECONNREFUSED, ENOTFOUND, …) when there is one. */
function reasonOf(error: unknown): string {
  let code: unknown;
  for (let e: any = error, depth = 0; e && depth < 8; e = e.cause, depth++) code = e.code ?? code;
  const message = (error as Error)?.message ?? String(error);
  return typeof code === "string" ? `${message} (${code})` : message;
}

function abortOnTimeout(controller: AbortController, out: Outgoing, timeoutMs: number) {
  controller.abort(new ScalevTimeoutError(`${describe(out)} timed out after ${timeoutMs} ms.`));
}

const isResponse = (value: unknown): value is Response =>
  value instanceof Response || (typeof (value as Response)?.status === "number" && typeof (value as Response).headers?.get === "function");

/** A redirect hop: a user's fetch gets one complete Request, the global one the URL and init. */
async function fetchOnce(hop: Hop, init: RequestInit, custom: RetryPolicy["fetch"]): Promise<Response> {
  init.method = hop.method;
  init.headers = hop.headers;
  init.body = hop.body;
  const response: unknown = await (custom ? custom(new Request(hop.url, init)) : fetch(hop.url, init));
  if (!isResponse(response)) throw notAResponse(response);
  return response;
}

const notAResponse = (value: unknown) => new ScalevConfigError(`The fetch option returned ${value === null ? "null" : typeof value}, not a Response.`);

/** After a redirect answer: the hops the redirect policy allows (redirect.ts), and the final answer. */
async function followRedirects(response: Response, out: Outgoing, first: Hop, init: RequestInit, custom: RetryPolicy["fetch"]) {
  let hop = first;
  for (let hops = 0; ; hops++) {
    const next = nextHop(response, hop, hops, out.redirect);
    if (!next) return { response, redirected: hops > 0 };
    await response.body?.cancel().catch(() => {});
    hop = next;
    response = await fetchOnce(hop, init, custom);
  }
}

/**
 * A fetch for openapi-fetch that sets the credentials the route needs, then adds the per-attempt
 * timeout, the retry policy and the redirect policy. The request body is kept, so every attempt can
 * resend it. The caller's signal aborts at once, also during a backoff wait, and is never retried:
 * its reason is rethrown as is.
 */
export function retryingFetch(policy: RetryPolicy) {
  return async function scalevFetch(request: Request | OutgoingRequest): Promise<ScalevResponse> {
    const out = OutgoingRequest.isOwn(request) ? request : await outgoingOf(request);
    const { method, call } = out;
    if (out.needsCredentials && call) {
      const pending = applyCredentials(out.headers, policy.credentials, call.security, method, call.schemaPath);
      if (pending) await pending;
    }
    const maxRetries = out.maxRetries ?? policy.maxRetries;
    const timeoutMs = out.timeoutMs ?? policy.timeoutMs;
    const caller = out.signal;
    // A stream can be read once: keep its bytes.
    const body = out.body instanceof ReadableStream ? await new Response(out.body).arrayBuffer() : out.body;
    const init: RequestInit = out.extras ? { ...out.extras, redirect: "manual" } : { redirect: "manual" };
    const throttle = policy.throttles?.for(call?.family ?? "none");
    for (let retry = 0; ; retry++) {
      const canRetry = retry < maxRetries;
      if (caller?.aborted) throw caller.reason;
      const throttled = throttle?.acquire(caller);
      if (throttled) await throttled;
      const controller = new AbortController();
      const onAbort = caller && (() => controller.abort(caller.reason));
      if (onAbort) caller.addEventListener("abort", onAbort, { once: true });
      const timer = timeoutMs <= MAX_TIMER_MS ? setTimeout(abortOnTimeout, timeoutMs, controller, out, timeoutMs) : undefined;
      init.signal = controller.signal;
      let answered = false;
      let delay: number | undefined;
      try {
        init.method = method;
        init.headers = out.headers;
        init.body = body;
        // fetchOnce() inlined (one await less on every request): a user's fetch gets one complete
        // Request; the global one builds it from the URL and init.
        let response: Response = await (policy.fetch ? policy.fetch(new Request(out.url, init)) : fetch(out.url, init));
        if (!isResponse(response)) throw notAResponse(response);
        let redirected = false;
        // 3xx, or status 0: the opaque answer a browser gives for a redirect it did not follow
        if ((response.status >= 300 && response.status < 400) || response.status === 0) {
          ({ response, redirected } = await followRedirects(response, out, { url: out.url, method, headers: out.headers, body }, init, policy.fetch));
        }
        answered = true;
        const rateLimit = readRateLimit(response.headers);
        throttle?.release(rateLimit);
        policy.observe?.(response, rateLimit);
        if (canRetry && isRetryableStatus(method, response.status)) {
          // A server-requested wait above maxRetryDelayMs is not made: the answer goes back to the caller.
          const hinted = serverRetryDelay(response);
          delay = hinted === undefined ? backoffDelay(retry) : hinted <= policy.maxRetryDelayMs ? hinted : undefined;
        }
        if (delay === undefined) {
          if (response.status === 403 && call?.family === "BusinessBearer") out.requiredScopes = await scopesOf(call.method, call.schemaPath);
          return await readResponse(response, out, redirected);
        }
        await response.body?.cancel().catch(() => {});
      } catch (error) {
        if (!answered) throttle?.release(undefined);
        if (caller?.aborted) throw caller.reason;
        const timedOut = controller.signal.aborted;
        const failure =
          timedOut ? (controller.signal.reason as ScalevTimeoutError)
          : error instanceof ScalevError ? error
          : new ScalevConnectionError(`${describe(out)} failed: ${reasonOf(error)}.`, { cause: redactError(error) });
        const retryable = timedOut || !(error instanceof ScalevError) || error instanceof UnparsableBodyError;
        if (!canRetry || !retryable || !isRetryableFailure(method, timedOut ? undefined : error)) throw failure;
        delay = backoffDelay(retry);
      } finally {
        clearTimeout(timer);
        if (onAbort) caller.removeEventListener("abort", onAbort);
      }
      await sleep(delay, caller);
    }
  };
}
