import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "../generated/schema.d.ts";
import { version } from "../package.json";
import { bodySerializer, checkCallOptions } from "./call-options.ts";
import type { ScalevCalls } from "./client-types.ts";
import { CREDENTIAL_OPTIONS, checkCredential, routeSecurity, takesBusinessSelector, unsendable, type Credentials } from "./credentials.ts";
import { checkBaseUrl, checkSecretKeyPlacement, isNodeLike } from "./environment.ts";
import { withErrorShape } from "./error-body.ts";
import { ScalevConfigError, ScalevInputError } from "./errors.ts";
import { scalevPathSerializer } from "./path-params.ts";
import { serializeQuery } from "./query.ts";
import { rateLimitFamily, Throttles, type RateLimit } from "./rate-limit.ts";
import { rememberSecret } from "./redact.ts";
import { CALL, internalMiddleware, OutgoingRequest, type Call } from "./request.ts";
import { retryingFetch } from "./retry.ts";

export { MAX_URL_LENGTH } from "./request.ts";
export const DEFAULT_BASE_URL = "https://api.scalev.com";
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRY_DELAY_MS = 60_000;

export interface ScalevClientOptions extends Credentials {
  /** API origin; defaults to https://api.scalev.com. Must be https (http only on loopback, or see allowInsecureHttp). */
  baseUrl?: string | undefined;
  /**
   * Allow a plain http:// baseUrl on a host other than loopback: a local mock under docker compose
   * (`http://mock:4010`) or on a LAN address. Credentials then travel unencrypted. Never for
   * scalev.com and its subdomains (default false).
   */
  allowInsecureHttp?: boolean | undefined;
  /** Sent as the `b_uid` query parameter on business routes (selects one of an OAuth token's businesses). */
  businessUniqueId?: string | undefined;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number | undefined;
  /** Timeout of each attempt in ms, response body included (default 60000; Infinity for none). */
  timeoutMs?: number | undefined;
  /** Longest server-requested wait (Retry-After / X-Ratelimit-Reset) honoured before retrying (default 60000). */
  maxRetryDelayMs?: number | undefined;
  /** Wait for the rate-limit bucket to reset instead of sending requests that would get 429 (default true). */
  throttle?: boolean | undefined;
  /** fetch implementation (default: globalThis.fetch at call time). */
  fetch?: typeof globalThis.fetch | undefined;
  /** User-Agent header. Default `scalev-v3-client/<version>` on server runtimes; none in browsers. */
  userAgent?: string | undefined;
  /** Allow `apiKey` in a browser-like environment (default false: it throws ScalevConfigError). */
  allowSecretKeyInBrowser?: boolean | undefined;
}

export interface ScalevClientState {
  /** The guest cart token: captured from X-Scalev-Guest-Token responses, sent on guest cart/checkout routes. Settable. */
  guestToken: string | undefined;
  /**
   * The write token (cit_…) of the checkout intent being saved: captured from the answer of the last
   * intent this client started, sent on the checkout-intent snapshot routes. Settable (e.g. after a reload).
   */
  checkoutIntentToken: string | undefined;
  /** X-Ratelimit-* of the last response that carried them (whatever its rate-limit family). */
  readonly rateLimit: RateLimit | undefined;
}

/**
 * An openapi-fetch client for the Scalev v3 API (assignable to `Client<paths>`), whose calls also take
 * `timeoutMs` and `maxRetries`, plus the guest token and rate-limit state.
 */
export type ScalevClient = ScalevCalls & ScalevClientState;

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

function checkCount(name: string, value: number | undefined, fallback: number, { integer = false } = {}): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || Number.isNaN(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new ScalevConfigError(`${name} must be a non-negative ${integer ? "integer" : "number"}; got ${String(value)}.`);
  }
  return value;
}

/** Option types; credentials must be sendable in a header (the value is never quoted in the error). */
function checkOptions(options: ScalevClientOptions): void {
  if (typeof options !== "object" || options === null) throw new ScalevConfigError("createScalevClient() takes an options object.");
  for (const [name, kind] of Object.entries(CREDENTIAL_OPTIONS)) {
    const value = options[name as keyof Credentials];
    if (value === undefined) continue;
    if (kind === "token" && typeof value === "function") continue;
    if (typeof value !== "string" || value.trim() === "") {
      throw new ScalevConfigError(`${name} must be a non-empty string${kind === "token" ? " or a function returning one" : ""}.`);
    }
    checkCredential(name, value);
  }
  const { businessUniqueId, userAgent, fetch, allowInsecureHttp } = options;
  if (allowInsecureHttp !== undefined && typeof allowInsecureHttp !== "boolean") throw new ScalevConfigError("allowInsecureHttp must be true or false.");
  if (businessUniqueId !== undefined && (typeof businessUniqueId !== "string" || businessUniqueId.trim() === "")) {
    throw new ScalevConfigError("businessUniqueId must be a non-empty string.");
  }
  if (userAgent !== undefined && (typeof userAgent !== "string" || !/^[\x21-\x7e\x80-\xff][\t\x20-\x7e\x80-\xff]*$/.test(userAgent))) {
    throw new ScalevConfigError("userAgent must be a non-empty string a header can carry (no control characters or line breaks).");
  }
  if (fetch !== undefined && typeof fetch !== "function") throw new ScalevConfigError("fetch must be a function.");
}

interface Route {
  direct: Call;
  viaMiddleware: Call;
  templated: boolean;
  businessSelector: boolean;
  /** Starts a storefront or page checkout intent: its answer carries the intent's write token. */
  startsCheckoutIntent: boolean;
}

export function createScalevClient(options: ScalevClientOptions = {}): ScalevClient {
  checkOptions(options);
  const allowInsecureHttp = options.allowInsecureHttp === true;
  const baseUrl = checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL, "baseUrl", allowInsecureHttp);
  checkSecretKeyPlacement(options.apiKey, options.allowSecretKeyInBrowser);
  const maxRetries = checkCount("maxRetries", options.maxRetries, DEFAULT_MAX_RETRIES, { integer: true });
  const timeoutMs = checkCount("timeoutMs", options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const maxRetryDelayMs = checkCount("maxRetryDelayMs", options.maxRetryDelayMs, DEFAULT_MAX_RETRY_DELAY_MS);
  if (timeoutMs === 0) throw new ScalevConfigError("timeoutMs must be above 0 (Infinity for no timeout).");

  const credentials: Credentials = {};
  for (const name of Object.keys(CREDENTIAL_OPTIONS) as (keyof Credentials)[]) (credentials as Record<string, unknown>)[name] = options[name];
  let rateLimit: RateLimit | undefined;
  /** A token the API hands back (guest token, checkout-intent token) replaces the one held, when a header can carry it. */
  const keepToken = (name: "guestToken" | "checkoutIntentToken", value: unknown) => {
    if (typeof value !== "string" || unsendable(value)) return;
    rememberSecret(value);
    credentials[name] = value;
  };
  /** A settable token: undefined, null or "" forgets it; anything else must be sendable. */
  const settableToken = (name: "guestToken" | "checkoutIntentToken") => ({
    enumerable: true,
    get: () => credentials[name],
    set(value: unknown) {
      credentials[name] = value === undefined || value === null || value === "" ? undefined : checkCredential(name, value);
    },
  });
  const userAgent = options.userAgent ?? (isNodeLike() ? `scalev-v3-client/${version}` : undefined);
  const core = createClient<paths>({
    baseUrl,
    // Builds no native Request unless middleware needs one (src/request.ts).
    Request: OutgoingRequest as unknown as typeof Request,
    // Path parameters are data: `..`, `/`, missing or empty values can't change the route (src/path-params.ts).
    pathSerializer: scalevPathSerializer,
    querySerializer: serializeQuery,
    bodySerializer,
    headers: userAgent ? { "User-Agent": userAgent } : undefined,
    fetch: retryingFetch({
      maxRetries,
      timeoutMs,
      maxRetryDelayMs,
      fetch: options.fetch,
      throttles: options.throttle === false ? undefined : new Throttles(maxRetryDelayMs),
      credentials,
      observe(response, latest) {
        if (latest) rateLimit = latest;
        keepToken("guestToken", response.headers.get("x-scalev-guest-token"));
      },
    }) as unknown as typeof globalThis.fetch,
  });

  // Middleware registered by the user runs between the client's own two (see src/request.ts).
  const { first, last } = internalMiddleware(credentials);
  const userMiddleware: Middleware[] = [];
  const coreUse = core.use.bind(core);
  const coreEject = core.eject.bind(core);
  core.use = (...middleware: Middleware[]) => {
    const added = middleware.filter(Boolean);
    for (const m of added) {
      if (typeof m !== "object" || !("onRequest" in m || "onResponse" in m || "onError" in m)) {
        throw new ScalevConfigError("use() takes middleware objects with onRequest(), onResponse() or onError().");
      }
    }
    if (added.length === 0) return;
    if (userMiddleware.length === 0) coreUse(first);
    coreEject(last);
    coreUse(...added, last);
    userMiddleware.push(...added);
  };
  core.eject = (...middleware: Middleware[]) => {
    for (const m of middleware) {
      const i = userMiddleware.indexOf(m);
      if (i === -1) continue;
      userMiddleware.splice(i, 1);
      coreEject(m);
    }
    if (userMiddleware.length === 0) coreEject(first, last);
  };

  const routes = new Map<string, Record<string, Route>>();
  const routeOf = (method: string, schemaPath: string): Route => {
    let byMethod = routes.get(schemaPath);
    if (!byMethod) routes.set(schemaPath, (byMethod = Object.create(null) as Record<string, Route>));
    let route = byMethod[method];
    if (!route) {
      const security = routeSecurity(method, schemaPath);
      const family = rateLimitFamily(schemaPath, security);
      route = {
        direct: { method, schemaPath, security, viaMiddleware: false, family },
        viaMiddleware: { method, schemaPath, security, viaMiddleware: true, family },
        templated: schemaPath.includes("{"),
        businessSelector: takesBusinessSelector(method, schemaPath),
        startsCheckoutIntent: method === "POST" && schemaPath.endsWith("/checkout-intents") && !schemaPath.startsWith("/v3/checkout-intents"),
      };
      byMethod[method] = route;
    }
    return route;
  };
  const businessUniqueId = options.businessUniqueId;

  type Init = Record<string | symbol, any> | undefined;
  /** The init openapi-fetch gets: the call's route, b_uid where the route takes it, the client's middleware around the call's. */
  function prepare(method: string, schemaPath: string, init: Init, route: Route): Init {
    if (init !== undefined) {
      if (typeof init !== "object" || init === null) throw new ScalevInputError("A call's options must be an object.");
      checkCallOptions(init);
    }
    const params = init?.params;
    // openapi-fetch skips the path serializer when params.path is absent: a templated path would go out as is.
    if (route.templated && !params?.path) scalevPathSerializer(schemaPath, undefined);
    const callMiddleware: Middleware[] | undefined = init?.middleware?.length ? init.middleware : undefined;
    const viaMiddleware = userMiddleware.length > 0 || callMiddleware !== undefined;
    const prepared: Record<string | symbol, unknown> = { ...init, [CALL]: viaMiddleware ? route.viaMiddleware : route.direct };
    // b_uid goes in before openapi-fetch builds the URL; an explicit params.query.b_uid wins.
    if (businessUniqueId && route.businessSelector) prepared.params = { ...params, query: { b_uid: businessUniqueId, ...params?.query } };
    if (callMiddleware) prepared.middleware = userMiddleware.length ? [...callMiddleware, last] : [first, ...callMiddleware, last];
    if (init?.baseUrl !== undefined) prepared.baseUrl = checkBaseUrl(init.baseUrl, "baseUrl (per call)", allowInsecureHttp);
    return prepared;
  }
  /** Keeps the write token (cit_…) a started checkout intent answers with, for its snapshot calls. */
  const keepIntentToken = (result: any) => {
    keepToken("checkoutIntentToken", result?.data?.checkout_intent_token);
    return result;
  };
  const methods = core as unknown as Record<string, (...args: any[]) => Promise<unknown>>;
  const sendVia = (send: (...args: any[]) => Promise<unknown>, method: string, path: string, init: Init, args: unknown[]) => {
    try {
      if (typeof path !== "string") throw new ScalevInputError(`A path must be a string, got ${typeof path}.`);
      const route = routeOf(method, path);
      // The error of a non-2xx answer is always an object (src/error-body.ts).
      const sent = send(...args, prepare(method, path, init, route)).then(withErrorShape as (result: unknown) => unknown);
      return route.startsCheckoutIntent ? sent.then(keepIntentToken) : sent;
    } catch (error) {
      return Promise.reject(error);
    }
  };
  for (const method of METHODS) {
    const send = methods[method]!;
    methods[method] = (path: string, init: Init) => sendVia(send, method, path, init, [path]);
  }
  const request = methods.request!;
  methods.request = (method: string, path: string, init: Init) => sendVia(request, String(method).toUpperCase(), path, init, [method, path]);

  return Object.defineProperties(core, {
    guestToken: settableToken("guestToken"),
    checkoutIntentToken: settableToken("checkoutIntentToken"),
    rateLimit: { enumerable: true, get: () => rateLimit },
  }) as ScalevClient;
}
