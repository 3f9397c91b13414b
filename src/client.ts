import createClient, { createQuerySerializer, type Client, type Middleware } from "openapi-fetch";
import type { paths } from "../generated/schema.d.ts";
import { version } from "../package.json";
import { credentialsMiddleware, takesBusinessSelector, type Credentials } from "./credentials.ts";
import { checkBaseUrl, checkSecretKeyPlacement, isNodeLike } from "./environment.ts";
import { ScalevConfigError, ScalevInputError } from "./errors.ts";
import { Throttle, type RateLimit } from "./rate-limit.ts";
import { scalevPathSerializer } from "./path-params.ts";
import { rememberSecret } from "./redact.ts";
import { retryingFetch } from "./retry.ts";
import { requestOfResponse } from "./unwrap.ts";

export const DEFAULT_BASE_URL = "https://api.scalev.com";
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRY_DELAY_MS = 60_000;

export interface ScalevClientOptions extends Credentials {
  /** API origin; defaults to https://api.scalev.com. Must be https (http only on loopback). */
  baseUrl?: string;
  /** Sent as the `b_uid` query parameter on business routes (selects one of an OAuth token's businesses). */
  businessUniqueId?: string;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** Timeout of each attempt in ms, response body included (default 60000; Infinity for none). */
  timeoutMs?: number;
  /** Longest server-requested wait (Retry-After / X-Ratelimit-Reset) honoured before retrying (default 60000). */
  maxRetryDelayMs?: number;
  /** Wait for the rate-limit bucket to reset instead of sending requests that would get 429 (default true). */
  throttle?: boolean;
  /** fetch implementation (default: globalThis.fetch at call time). */
  fetch?: typeof globalThis.fetch;
  /** User-Agent header. Default `scalev-v3-client/<version>` on server runtimes; none in browsers. */
  userAgent?: string;
  /** Allow `apiKey` in a browser-like environment (default false: it throws ScalevConfigError). */
  allowSecretKeyInBrowser?: boolean;
}

export interface ScalevClientState {
  /** The guest cart token: captured from X-Scalev-Guest-Token responses, sent on guest cart/checkout routes. Settable. */
  guestToken: string | undefined;
  /** X-Ratelimit-* of the last response that carried them. */
  readonly rateLimit: RateLimit | undefined;
}

/** An openapi-fetch client for the Scalev v3 API, plus the guest token and rate-limit state. */
export type ScalevClient = Client<paths> & ScalevClientState;

const serializeQuery = createQuerySerializer();
/** Common server limit for a request line (nginx's default buffer); longer URLs get 414/431 answers. */
export const MAX_URL_LENGTH = 8_192;

/** openapi-fetch's query serializer, with its plain Error for nested values turned into ScalevInputError. */
function querySerializer(query: Record<string, unknown>): string {
  try {
    return serializeQuery(query);
  } catch (error) {
    throw new ScalevInputError(`Query parameters: ${(error as Error).message}`);
  }
}

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

function checkCount(name: string, value: number | undefined, fallback: number, { integer = false } = {}): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || Number.isNaN(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new ScalevConfigError(`${name} must be a non-negative ${integer ? "integer" : "number"}; got ${String(value)}.`);
  }
  return value;
}

/** Credentials and other strings must be non-blank strings (token sources may be functions). */
function checkTypes(options: ScalevClientOptions): void {
  if (typeof options !== "object" || options === null) throw new ScalevConfigError("createScalevClient() takes an options object.");
  const kinds: Record<string, string> = {
    apiKey: "string",
    accessToken: "token",
    businessUniqueId: "string",
    storefrontApiKey: "string",
    customerToken: "token",
    guestToken: "string",
    pageApiKey: "string",
    checkoutIntentToken: "string",
    userAgent: "string",
    fetch: "function",
  };
  for (const [name, kind] of Object.entries(kinds)) {
    const value = (options as Record<string, unknown>)[name];
    if (value === undefined) continue;
    const ok =
      kind === "function" ? typeof value === "function"
      : typeof value === "string" ? value.trim() !== ""
      : kind === "token" && typeof value === "function";
    if (!ok) throw new ScalevConfigError(`${name} must be ${kind === "function" ? "a function" : kind === "token" ? "a non-empty string or a function returning one" : "a non-empty string"}.`);
  }
}

export function createScalevClient(options: ScalevClientOptions = {}): ScalevClient {
  checkTypes(options);
  const baseUrl = checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  checkSecretKeyPlacement(options.apiKey, options.allowSecretKeyInBrowser);
  const maxRetries = checkCount("maxRetries", options.maxRetries, DEFAULT_MAX_RETRIES, { integer: true });
  const timeoutMs = checkCount("timeoutMs", options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const maxRetryDelayMs = checkCount("maxRetryDelayMs", options.maxRetryDelayMs, DEFAULT_MAX_RETRY_DELAY_MS);
  if (timeoutMs === 0) throw new ScalevConfigError("timeoutMs must be above 0 (Infinity for no timeout).");
  for (const secret of [options.apiKey, options.storefrontApiKey, options.guestToken, options.pageApiKey, options.checkoutIntentToken, options.accessToken, options.customerToken]) {
    if (typeof secret === "string") rememberSecret(secret);
  }

  const credentials: Credentials = { ...options };
  let rateLimit: RateLimit | undefined;
  const userAgent = options.userAgent ?? (isNodeLike() ? `scalev-v3-client/${version}` : undefined);
  const client = createClient<paths>({
    baseUrl,
    // Path parameters are data: `..`, `/`, missing or empty values can't change the route (src/path-params.ts).
    pathSerializer: scalevPathSerializer,
    querySerializer,
    headers: userAgent ? { "User-Agent": userAgent } : undefined,
    fetch: retryingFetch({
      maxRetries,
      timeoutMs,
      maxRetryDelayMs,
      fetch: options.fetch,
      throttle: options.throttle === false ? undefined : new Throttle(maxRetryDelayMs),
      observe(response, latest) {
        if (latest) rateLimit = latest;
        const guestToken = response.headers.get("x-scalev-guest-token");
        if (guestToken) {
          rememberSecret(guestToken);
          credentials.guestToken = guestToken;
        }
      },
    }) as typeof globalThis.fetch,
  });
  // One middleware (each one costs openapi-fetch a few awaits per request): path check and credentials
  // on the way out, and the request of each response remembered for unwrap()'s error message.
  const { onRequest: sendCredentials } = credentialsMiddleware(credentials);
  const middleware: Middleware = {
    onRequest(context) {
      // openapi-fetch skips the path serializer when params.path is absent: a templated path would go out as is.
      if (!context.params.path && context.schemaPath.includes("{")) scalevPathSerializer(context.schemaPath, undefined);
      if (context.request.url.length > MAX_URL_LENGTH) {
        throw new ScalevInputError(`The request URL has ${context.request.url.length} characters; servers refuse over ${MAX_URL_LENGTH}.`);
      }
      return sendCredentials!(context);
    },
    onResponse({ request, response }) {
      requestOfResponse.set(response, request);
      return undefined;
    },
  };
  client.use(middleware);

  const businessUniqueId = options.businessUniqueId;
  if (businessUniqueId) {
    // b_uid goes in before openapi-fetch builds the URL; an explicit params.query.b_uid wins.
    type Init = { params?: { query?: object } } | undefined;
    const withBusiness = (method: string, path: string, init: Init): Init =>
      takesBusinessSelector(method, path)
        ? { ...init, params: { ...init?.params, query: { b_uid: businessUniqueId, ...init?.params?.query } } }
        : init;
    const core = client as unknown as Record<string, (...args: any[]) => unknown>;
    for (const method of METHODS) {
      const call = core[method]!;
      core[method] = (path: string, init: Init) => call(path, withBusiness(method, path, init));
    }
    const request = core.request!;
    core.request = (method: string, path: string, init: Init) => request(method, path, withBusiness(method.toUpperCase(), path, init));
  }

  return Object.defineProperties(client, {
    guestToken: {
      enumerable: true,
      get: () => credentials.guestToken,
      set(value: string | undefined) {
        rememberSecret(value);
        credentials.guestToken = value || undefined;
      },
    },
    rateLimit: { enumerable: true, get: () => rateLimit },
  }) as ScalevClient;
}
