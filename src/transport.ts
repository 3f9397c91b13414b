/**
 * The fetch the client gives openapi-fetch: it sends one call to the API, in named steps.
 * - prepare: set the credentials the route needs, and keep the body so every attempt can resend it;
 * - admit: wait for the route family's rate-limit budget (and the one it also spends: a Web Analytics
 *   call spends the business budget too);
 * - attempt: fetch under the attempt's signal (a timeout, and the caller's signal), following the
 *   redirects src/redirect.ts allows;
 * - decide: src/retry.ts says whether to try again, and after how long;
 * - wait: sleep until then (the caller's signal ends the wait);
 * - finish: read the final answer's body (still within the timeout), keep the credentials it hands
 *   back and, for a 403 of a business route, look up the OAuth scopes the operation needs (still
 *   within the timeout and the caller's signal; never retried: the answer is in).
 * The caller's signal is never retried: its reason is rethrown as is (a falsy one wrapped in
 * AbortedWith for openapi-fetch to carry; src/client.ts unwraps it). Errors are redacted with the
 * client's own credentials (session.secrets).
 */
import { applyCredentials, keepHandedBack, type CredentialStore } from "./credentials.ts";
import { ScalevConfigError, ScalevConnectionError, ScalevError, ScalevTimeoutError } from "./errors.ts";
import { readRateLimit, type RateLimit, type Throttle, type Throttles } from "./rate-limit.ts";
import { redactError, redactText, type SecretMemory } from "./redact.ts";
import { nextHop, type Hop } from "./redirect.ts";
import { OutgoingRequest, outgoingOf, type Outgoing } from "./request.ts";
import { readResponse, ScalevResponse, type AnsweredRequest } from "./response.ts";
import { retryDelayAfterAnswer, retryDelayAfterFailure } from "./retry.ts";
import type { Route } from "./route.ts";
import { MAX_TIMER_MS, sleep } from "./timers.ts";

/**
 * What a client's calls share and change: its credentials (read at each call for the ones its route
 * needs; the ones answers hand back replace them), and:
 */
export interface Session extends CredentialStore {
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

/**
 * A falsy abort reason (`abort(null)`, `0`, `""`, `false`), carried through openapi-fetch (which takes
 * a falsy rejection for no error at all and then fails on the missing response); src/client.ts
 * rejects the call with `reason` itself.
 */
export class AbortedWith extends Error {
  constructor(readonly reason: unknown) {
    super(`The call was aborted with the reason ${String(reason) || '""'}.`);
  }
}

export function createTransport(session: Session, settings: TransportSettings) {
  return async function send(request: Request | OutgoingRequest): Promise<ScalevResponse> {
    try {
      const out = OutgoingRequest.isOwn(request) ? request : await outgoingOf(request);
      let body = prepare(out, session);
      if (body instanceof Promise) body = await body;
      const { call, method, signal: caller } = out;
      const maxRetries = call ? call.maxRetries : settings.maxRetries;
      const timeoutMs = call ? call.timeoutMs : settings.timeoutMs;
      const throttle = settings.throttles?.for(call ? call.route.family : "none");
      const alsoSpends = call?.route.alsoSpends === undefined ? undefined : settings.throttles?.for(call.route.alsoSpends);
      const init: RequestInit = { ...out.extras, method, headers: out.headers, body, signal: undefined, redirect: "manual" };
      for (let retry = 0; ; retry++) {
        if (caller?.aborted) throw caller.reason;
        const admitted = alsoSpends ? admit(throttle, alsoSpends, caller) : throttle?.acquire(caller);
        if (admitted) await admitted;
        const signal = new AttemptSignal(out, timeoutMs, session.secrets);
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
          alsoSpends?.settle();
          if (rateLimit) session.rateLimit = rateLimit;
          delay = retryDelayAfterAnswer(method, response, retry, maxRetries, settings.maxRetryDelayMs);
          if (delay === undefined) return await finish(response, out, redirected, session, settings, signal);
          await response.body?.cancel().catch(() => {});
        } catch (error) {
          if (!answered) {
            throttle?.release(undefined);
            alsoSpends?.settle();
          }
          if (caller?.aborted) throw caller.reason;
          const timedOut = signal.controller.signal.aborted;
          delay = signal.answerRead ? undefined : retryDelayAfterFailure(method, error, timedOut, retry, maxRetries);
          if (delay === undefined) throw failureOf(error, timedOut ? signal : undefined, out, session.secrets);
        } finally {
          signal.disarm();
        }
        await sleep(delay, caller);
      }
    } catch (error) {
      throw error || new AbortedWith(error);
    }
  };
}

/** admit: one request from the family's budget and from the one it also spends (given back if that wait is aborted). */
async function admit(throttle: Throttle | undefined, alsoSpends: Throttle, caller: AbortSignal | undefined): Promise<void> {
  const own = throttle?.acquire(caller);
  if (own) await own;
  try {
    const spent = alsoSpends.spend(caller);
    if (spent) await spent;
  } catch (error) {
    throttle?.giveBack();
    throw error;
  }
}

/**
 * prepare: sets the credentials the call's route needs (unless middleware already did) and returns
 * the body every attempt sends (a stream can be read once: its bytes are kept). A promise only when a
 * token function or a stream body makes one.
 */
function prepare(out: Outgoing, store: CredentialStore): BodyInit | null | undefined | Promise<BodyInit | null | undefined> {
  const pending = out.needsCredentials && out.call ? applyCredentials(out.headers, store, out.call.route) : undefined;
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
  /** The final answer has been read: what fails after this (the scope lookup) is not retried. */
  answerRead = false;
  readonly #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #caller: AbortSignal | undefined;
  readonly #onAbort: (() => void) | undefined;

  constructor(out: Outgoing, timeoutMs: number, secrets: SecretMemory) {
    const { controller } = this;
    const caller = out.signal;
    if (caller) {
      this.#caller = caller;
      caller.addEventListener("abort", (this.#onAbort = () => controller.abort(caller.reason)), { once: true });
    }
    // Past setTimeout's range (about 24.8 days, Infinity included) there is no timer: no timeout.
    if (timeoutMs <= MAX_TIMER_MS) this.#timer = setTimeout(timeOut, timeoutMs, controller, out, timeoutMs, secrets);
  }
  disarm(): void {
    clearTimeout(this.#timer);
    if (this.#onAbort) this.#caller!.removeEventListener("abort", this.#onAbort);
  }
}

function timeOut(controller: AbortController, out: Outgoing, timeoutMs: number, secrets: SecretMemory) {
  controller.abort(new ScalevTimeoutError(redactText(`${out.method} ${out.url} timed out after ${timeoutMs} ms.`, secrets)));
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
 * kept; for a 403 of a route that names its scopes, the OAuth scopes the operation needs (the lookup
 * ends with the attempt's signal: its timeout, the caller's abort).
 */
async function finish(response: Response, out: Outgoing, redirected: boolean, session: Session, settings: TransportSettings, signal: AttemptSignal): Promise<ScalevResponse> {
  const route = out.call?.route;
  const request: AnsweredRequest = { method: out.method, url: out.url, requiredScopes: undefined, secrets: session.secrets };
  const answer = await readResponse(response, request, redirected);
  signal.answerRead = true;
  if (route) keepHandedBack(session, route, answer.status, answer.headers, ScalevResponse.dataOf(answer), out.call!.started);
  if (response.status === 403 && route?.namesScopes && settings.scopesOf) request.requiredScopes = await untilAborted(settings.scopesOf(route), signal.controller.signal);
  return answer;
}

/** `promise`, or a rejection with the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** The error a failed attempt is thrown as: its timeout, a ScalevError as is, anything else a connection failure. */
function failureOf(error: unknown, timedOut: AttemptSignal | undefined, out: Outgoing, secrets: SecretMemory): unknown {
  if (timedOut) return timedOut.controller.signal.reason;
  if (error instanceof ScalevError) return error;
  return new ScalevConnectionError(redactText(`${out.method} ${out.url} failed: ${reasonOf(error)}.`, secrets), { cause: redactError(error, secrets) });
}

/** The fetch error's message with the innermost error code (ECONNREFUSED, ENOTFOUND, …) when there is one. */
function reasonOf(error: unknown): string {
  let code: unknown;
  for (let e: any = error, depth = 0; e && depth < 8; e = e.cause, depth++) code = e.code ?? code;
  const message = (error as Error)?.message ?? String(error);
  return typeof code === "string" ? `${message} (${code})` : message;
}
