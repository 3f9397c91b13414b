/**
 * The fetch the client gives openapi-fetch: it sends one call to the API, in named steps.
 * - prepare: set the credentials the route needs, and keep the body so every attempt can resend it;
 * - attempt: within the route family's rate-limit budget, fetch under the attempt's signal (a timeout,
 *   and the caller's signal), following the redirects src/redirect.ts allows;
 * - decide: src/retry.ts says whether to try again, and after how long;
 * - wait: sleep until then (the caller's signal ends the wait);
 * - finish: read the final answer's body (still within the timeout), keep the credentials it hands
 *   back and, for a 403 of a business route, the OAuth scopes the operation needs.
 * The caller's signal is never retried: its reason is rethrown as is.
 */
import { applyCredentials, keepHandedBack, type Credentials } from "./credentials.ts";
import { ScalevConfigError, ScalevConnectionError, ScalevError, ScalevTimeoutError } from "./errors.ts";
import { readRateLimit, type RateLimit, type Throttles } from "./rate-limit.ts";
import { redactError } from "./redact.ts";
import { nextHop, type Hop } from "./redirect.ts";
import { OutgoingRequest, outgoingOf, type Outgoing } from "./request.ts";
import { readResponse, ScalevResponse } from "./response.ts";
import { retryDelayAfterAnswer, retryDelayAfterFailure } from "./retry.ts";
import type { Route } from "./route.ts";
import { MAX_TIMER_MS, sleep } from "./timers.ts";

/** What a client's calls share and change. */
export interface Session {
  /** Read at each call for the credentials its route needs; the credentials answers hand back replace them. */
  readonly credentials: Credentials;
  /** X-Ratelimit-* of the last answer that carried them. */
  rateLimit: RateLimit | undefined;
}

export interface TransportSettings {
  /** A server-requested wait (Retry-After, X-Ratelimit-Reset) longer than this is not waited for. */
  maxRetryDelayMs: number;
  /** For a request the client did not make (every call of the client has its own). */
  timeoutMs: number;
  maxRetries: number;
  /** A fetch given by the user, called with a complete Request; default: globalThis.fetch at call time. */
  fetch: typeof globalThis.fetch | undefined;
  /** Proactive throttling, one bucket per rate-limit family; none when turned off. */
  throttles: Throttles | undefined;
  /** The OAuth scopes a route needs, named by its 403; without it a 403 names none. */
  scopesOf: ((route: Route) => Promise<readonly string[] | undefined>) | undefined;
}

export function createTransport(session: Session, settings: TransportSettings) {
  return async function send(request: Request | OutgoingRequest): Promise<ScalevResponse> {
    const out = OutgoingRequest.isOwn(request) ? request : await outgoingOf(request);
    let body = prepare(out, session.credentials);
    if (body instanceof Promise) body = await body;
    const { call, method, signal: caller } = out;
    const maxRetries = call ? call.maxRetries : settings.maxRetries;
    const timeoutMs = call ? call.timeoutMs : settings.timeoutMs;
    const throttle = settings.throttles?.for(call ? call.route.family : "none");
    const init: RequestInit = { ...out.extras, method, headers: out.headers, body, signal: undefined, redirect: "manual" };
    for (let retry = 0; ; retry++) {
      if (caller?.aborted) throw caller.reason;
      const throttled = throttle?.acquire(caller);
      if (throttled) await throttled;
      const signal = new AttemptSignal(out, timeoutMs);
      init.signal = signal.controller.signal;
      let answered = false;
      let delay: number | undefined;
      try {
        let response = checkResponse(await attempt(out.url, init, settings.fetch));
        let redirected = false;
        // 3xx, or status 0: the opaque answer a browser gives for a redirect it did not follow
        if ((response.status >= 300 && response.status < 400) || response.status === 0) {
          ({ response, redirected } = await followRedirects(response, out, body, init, settings.fetch));
        }
        answered = true;
        const rateLimit = readRateLimit(response.headers);
        throttle?.release(rateLimit);
        if (rateLimit) session.rateLimit = rateLimit;
        delay = retryDelayAfterAnswer(method, response, retry, maxRetries, settings.maxRetryDelayMs);
        if (delay === undefined) return await finish(response, out, redirected, session, settings);
        await response.body?.cancel().catch(() => {});
      } catch (error) {
        if (!answered) throttle?.release(undefined);
        if (caller?.aborted) throw caller.reason;
        const timedOut = signal.controller.signal.aborted;
        delay = retryDelayAfterFailure(method, error, timedOut, retry, maxRetries);
        if (delay === undefined) throw failureOf(error, timedOut ? signal : undefined, out);
      } finally {
        signal.disarm();
      }
      await sleep(delay, caller);
    }
  };
}

/**
 * prepare: sets the credentials the call's route needs (unless middleware already did) and returns
 * the body every attempt sends (a stream can be read once: its bytes are kept). A promise only when a
 * token function or a stream body makes one.
 */
function prepare(out: Outgoing, credentials: Credentials): BodyInit | null | undefined | Promise<BodyInit | null | undefined> {
  const pending = out.needsCredentials && out.call ? applyCredentials(out.headers, credentials, out.call.route) : undefined;
  const stream = out.body instanceof ReadableStream;
  if (!pending && !stream) return out.body;
  return (async () => {
    await pending;
    return stream ? new Response(out.body).arrayBuffer() : out.body;
  })();
}

/** The signal of one attempt: aborted by the caller's signal, or with a ScalevTimeoutError after the call's timeout. */
class AttemptSignal {
  readonly controller = new AbortController();
  readonly #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #caller: AbortSignal | undefined;
  readonly #onAbort: (() => void) | undefined;

  constructor(out: Outgoing, timeoutMs: number) {
    const { controller } = this;
    const caller = out.signal;
    if (caller) {
      this.#caller = caller;
      caller.addEventListener("abort", (this.#onAbort = () => controller.abort(caller.reason)), { once: true });
    }
    // Past setTimeout's range (about 24.8 days, Infinity included) there is no timer: no timeout.
    if (timeoutMs <= MAX_TIMER_MS) this.#timer = setTimeout(timeOut, timeoutMs, controller, out, timeoutMs);
  }
  disarm(): void {
    clearTimeout(this.#timer);
    if (this.#onAbort) this.#caller!.removeEventListener("abort", this.#onAbort);
  }
}

function timeOut(controller: AbortController, out: Outgoing, timeoutMs: number) {
  controller.abort(new ScalevTimeoutError(`${out.method} ${out.url} timed out after ${timeoutMs} ms.`));
}

/** attempt: one request; a user's fetch gets one complete Request, the global one builds it from the URL and init. */
const attempt = (url: string, init: RequestInit, custom: typeof fetch | undefined): Promise<unknown> =>
  custom ? custom(new Request(url, init)) : fetch(url, init);

function checkResponse(value: unknown): Response {
  if (value instanceof Response || (typeof (value as Response)?.status === "number" && typeof (value as Response).headers?.get === "function")) return value as Response;
  throw new ScalevConfigError(`The fetch option returned ${value === null ? "null" : typeof value}, not a Response.`);
}

/** After a redirect answer: the hops src/redirect.ts allows (same origin, at most 5), and the final answer. */
async function followRedirects(response: Response, out: Outgoing, body: BodyInit | null | undefined, attemptInit: RequestInit, custom: typeof fetch | undefined) {
  let hop: Hop = { url: out.url, method: out.method, headers: out.headers, body };
  const init = { ...attemptInit };
  for (let hops = 0; ; hops++) {
    const next = nextHop(response, hop, hops, out.redirect);
    if (!next) return { response, redirected: hops > 0 };
    await response.body?.cancel().catch(() => {});
    hop = next;
    init.method = hop.method;
    init.headers = hop.headers;
    init.body = hop.body;
    response = checkResponse(await attempt(hop.url, init, custom));
  }
}

/**
 * finish: the final answer, its body read (within the attempt's timeout); the credentials it hands back
 * kept; for a 403 of a route that names its scopes, the OAuth scopes the operation needs.
 */
async function finish(response: Response, out: Outgoing, redirected: boolean, session: Session, settings: TransportSettings): Promise<ScalevResponse> {
  const route = out.call?.route;
  const requiredScopes = response.status === 403 && route?.namesScopes && settings.scopesOf ? await settings.scopesOf(route) : undefined;
  const answer = await readResponse(response, { method: out.method, url: out.url, requiredScopes }, redirected);
  if (route) keepHandedBack(session.credentials, route, answer.headers, ScalevResponse.dataOf(answer));
  return answer;
}

/** The error a failed attempt is thrown as: its timeout, a ScalevError as is, anything else a connection failure. */
function failureOf(error: unknown, timedOut: AttemptSignal | undefined, out: Outgoing): unknown {
  if (timedOut) return timedOut.controller.signal.reason;
  if (error instanceof ScalevError) return error;
  return new ScalevConnectionError(`${out.method} ${out.url} failed: ${reasonOf(error)}.`, { cause: redactError(error) });
}

/** The fetch error's message with the innermost error code (ECONNREFUSED, ENOTFOUND, …) when there is one. */
function reasonOf(error: unknown): string {
  let code: unknown;
  for (let e: any = error, depth = 0; e && depth < 8; e = e.cause, depth++) code = e.code ?? code;
  const message = (error as Error)?.message ?? String(error);
  return typeof code === "string" ? `${message} (${code})` : message;
}
