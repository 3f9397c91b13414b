import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "../generated/schema.d.ts";
import { version } from "../package.json";
import type { ScalevCalls } from "./client-types.ts";
import { checkCredential, nextStart, type Credentials } from "./credentials.ts";
import { isNodeLike } from "./environment.ts";
import { withErrorShape } from "./error-body.ts";
import { ScalevConfigError, ScalevInputError } from "./errors.ts";
import { checkBaseUrl, checkBusinessOptions, checkCallOptions, checkClientOptions, type ClientSettings } from "./options.ts";
import { scalevPathSerializer } from "./path-params.ts";
import { serializeQuery } from "./query.ts";
import { Throttles, type RateLimit } from "./rate-limit.ts";
import { bodySerializer, CALL, internalMiddleware, OutgoingRequest, type Call } from "./request.ts";
import { isSensitiveKey, SecretMemory } from "./redact.ts";
import { routeOf, type Route, type RouteOf } from "./route.ts";
import { AbortedWith, createTransport, type Session, type TransportSettings } from "./transport.ts";

export { DEFAULT_BASE_URL } from "./options.ts";

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

/**
 * The OAuth scopes a business operation needs, for the message of its 403. The table is loaded on the
 * first 403 (src/scope-table.ts), so apps that never get one do not load it.
 */
const scopesOf = (route: Route) =>
  import("./scope-table.ts").then((table) => table.scopesOf(route.method, route.schemaPath)).catch(() => undefined);

/** A call aborted with a falsy reason (`abort(null)`, `0`, …) rejects with that reason, as fetch does (src/transport.ts). */
function rejectWithReason(error: unknown): never {
  throw error instanceof AbortedWith ? error.reason : error;
}

/** The values of a request body's credential fields (client_secret, refresh_token, …), remembered for redaction. */
function rememberBodySecrets(body: object, secrets: SecretMemory): void {
  for (const [key, value] of Object.entries(body)) if (isSensitiveKey(key)) secrets.remember(value);
}

export function createScalevClient(options: ScalevClientOptions = {}): ScalevClient {
  const settings = checkClientOptions(options);
  return assembleClient(settings, routeOf, { businessUniqueId: checkBusinessOptions(options), scopesOf });
}

/** What only business calls need: the `b_uid` to send, and the scopes a 403 names. */
interface BusinessSupport {
  businessUniqueId: string | undefined;
  scopesOf: TransportSettings["scopesOf"];
}

type Init = Record<string | symbol, any> | undefined;
type Send = (...args: any[]) => Promise<unknown>;

/**
 * An openapi-fetch client whose `fetch` is the transport (src/transport.ts) and whose calls first
 * resolve their route (`routeOf`: the main entry's, or the storefront entry's) and options here (see
 * src/request.ts for how they reach the transport).
 */
export function assembleClient(settings: ClientSettings, routeOf: RouteOf, business?: BusinessSupport): ScalevClient {
  const { credentials, allowInsecureHttp } = settings;
  const businessUniqueId = business?.businessUniqueId;
  const secrets = new SecretMemory(() => Object.values(credentials));
  const session: Session = { credentials, secrets, keptFrom: {}, rateLimit: undefined };
  /**
   * A settable token: undefined, null or "" forgets it; anything else must be sendable. Setting it is
   * newer than any call already started: their answers no longer replace it.
   */
  const settableToken = (name: "guestToken" | "checkoutIntentToken") => ({
    enumerable: true,
    get: () => credentials[name],
    set(value: unknown) {
      const token = value === undefined || value === null || value === "" ? undefined : checkCredential(name, value);
      secrets.remember(credentials[name]);
      credentials[name] = token;
      session.keptFrom[name] = nextStart();
    },
  });
  const userAgent = settings.userAgent ?? (isNodeLike() ? `scalev-v3-client/${version}` : undefined);
  const core = createClient<paths>({
    baseUrl: settings.baseUrl,
    // Builds no native Request unless middleware needs one (src/request.ts).
    Request: OutgoingRequest as unknown as typeof Request,
    // Path parameters are data: `..`, `/`, missing or empty values can't change the route (src/path-params.ts).
    pathSerializer: scalevPathSerializer,
    querySerializer: serializeQuery,
    bodySerializer,
    headers: userAgent ? { "User-Agent": userAgent } : undefined,
    fetch: createTransport(session, {
      maxRetryDelayMs: settings.maxRetryDelayMs,
      timeoutMs: settings.timeoutMs,
      maxRetries: settings.maxRetries,
      fetch: settings.fetch,
      throttles: settings.throttle ? new Throttles(settings.maxRetryDelayMs) : undefined,
      scopesOf: business?.scopesOf,
    }) as unknown as typeof globalThis.fetch,
  });

  // Middleware registered by the user runs between the client's own two (see src/request.ts).
  const { first, last } = internalMiddleware(session);
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

  /**
   * The init openapi-fetch gets: the options checked, the call (its route, its options or the client's),
   * b_uid where the route takes it, the client's middleware around the call's.
   */
  function initOf(method: string, schemaPath: unknown, init: Init): Init {
    if (typeof schemaPath !== "string") throw new ScalevInputError(`A path must be a string, got ${typeof schemaPath}.`);
    if (init !== undefined) checkCallOptions(init);
    const route = routeOf(method, schemaPath);
    const params = init?.params;
    // openapi-fetch skips the path serializer when params.path is absent: a templated path would go out as is.
    if (route.templated && !params?.path) scalevPathSerializer(schemaPath, undefined);
    const callMiddleware: Middleware[] | undefined = init?.middleware?.length ? init.middleware : undefined;
    const call: Call = {
      route,
      timeoutMs: init?.timeoutMs ?? settings.timeoutMs,
      maxRetries: init?.maxRetries ?? settings.maxRetries,
      viaMiddleware: userMiddleware.length > 0 || callMiddleware !== undefined,
      started: nextStart(),
    };
    // Credential-less routes (the OAuth flow) take their secrets in the body: remembered for redaction.
    if (route.security.length === 0 && init?.body !== null && typeof init?.body === "object") rememberBodySecrets(init.body, secrets);
    const prepared: Record<string | symbol, unknown> = { ...init, [CALL]: call };
    // b_uid goes in before openapi-fetch builds the URL; an explicit params.query.b_uid wins.
    if (businessUniqueId && route.takesBusinessSelector) prepared.params = { ...params, query: { b_uid: businessUniqueId, ...params?.query } };
    if (callMiddleware) prepared.middleware = userMiddleware.length ? [...callMiddleware, last] : [first, ...callMiddleware, last];
    if (init?.baseUrl !== undefined) prepared.baseUrl = checkBaseUrl(init.baseUrl, "baseUrl (per call)", allowInsecureHttp);
    return prepared;
  }
  const methods = core as unknown as Record<string, Send>;
  // The error of a non-2xx answer is always an object (src/error-body.ts).
  const shapeError = withErrorShape as (result: unknown) => unknown;
  for (const method of METHODS) {
    const send = methods[method]!;
    methods[method] = (path: string, init: Init) => {
      try {
        return send(path, initOf(method, path, init)).then(shapeError, rejectWithReason);
      } catch (error) {
        return Promise.reject(error);
      }
    };
  }
  const request = methods.request!;
  methods.request = (method: string, path: string, init: Init) => {
    try {
      return request(method, path, initOf(String(method).toUpperCase(), path, init)).then(shapeError, rejectWithReason);
    } catch (error) {
      return Promise.reject(error);
    }
  };

  return Object.defineProperties(core, {
    guestToken: settableToken("guestToken"),
    checkoutIntentToken: settableToken("checkoutIntentToken"),
    rateLimit: { enumerable: true, get: () => session.rateLimit },
  }) as ScalevClient;
}
