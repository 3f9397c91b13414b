/**
 * Every check of what a caller passes, made once before anything is sent: the client's options (with
 * their defaults), a call's options, and the numbers both take. A value that cannot work is a typed
 * error naming the option (ScalevConfigError when the client is created, ScalevInputError at a call),
 * never one thrown from inside openapi-fetch or fetch, and never quoting a credential.
 */
import { mergeHeaders } from "openapi-fetch";
import type { ScalevClientOptions } from "./client.ts";
import { CREDENTIAL_OPTIONS, checkCredential, type Credentials } from "./credentials.ts";
import { isBrowserLike } from "./environment.ts";
import { ScalevConfigError, ScalevInputError } from "./errors.ts";
import { redactError } from "./redact.ts";

export const DEFAULT_BASE_URL = "https://api.scalev.com";

type Invalid = typeof ScalevConfigError | typeof ScalevInputError;
const shown = (value: unknown) => (typeof value === "string" ? JSON.stringify(value) : String(value));

/** A whole number ≥ `min`; Infinity too when `orInfinity` (a limit that may be "none"). */
export function checkWholeNumber(name: string, value: unknown, Invalid: Invalid, min = 0, orInfinity = false): number {
  if (typeof value === "number" && (Number.isSafeInteger(value) || (orInfinity && value === Infinity)) && value >= min) return value;
  throw new Invalid(`${name} must be a whole number ≥ ${min}${orInfinity ? " (Infinity for no limit)" : ""}; got ${shown(value)}.`);
}

/** A duration in ms: above 0 (or ≥ 0 when `zero` is allowed), Infinity for "never". */
function checkDuration(name: string, value: unknown, Invalid: Invalid, zero = false): number {
  if (typeof value === "number" && (zero ? value >= 0 : value > 0)) return value;
  throw new Invalid(`${name} must be a number of ms ${zero ? "≥ 0" : "above 0"} (Infinity for none); got ${shown(value)}.`);
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);
/** The real API's hosts: never over plain http, whatever the options say. */
const SCALEV_HOST = /(^|\.)scalev\.com$/i;

/**
 * Parses and checks the API origin (with an optional path prefix, e.g. a proxy's) and returns it
 * normalised, without a trailing slash. Refused: anything but an absolute https URL (plain http on
 * loopback for local mocks, on other hosts only with `allowInsecureHttp`, and never for scalev.com),
 * user info (a password would end up in errors and logs), and a query or fragment (the client
 * appends the operation path: `…#frag` would swallow it). Messages show the origin at most: an
 * unparsable value is not echoed (it may be a key pasted in the wrong option).
 */
export function checkBaseUrl(baseUrl: unknown, name = "baseUrl", allowInsecureHttp = false): string {
  if (typeof baseUrl !== "string") throw new ScalevConfigError(`${name} must be a string URL such as https://api.scalev.com.`);
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ScalevConfigError(`${name} is not an absolute URL (expected e.g. https://api.scalev.com).`);
  }
  if (url.protocol === "http:") {
    const host = url.hostname.replace(/\.$/, "");
    if (SCALEV_HOST.test(host)) throw new ScalevConfigError(`${name} must use https for the Scalev API: ${url.origin}.`);
    if (!LOOPBACK.has(host) && !allowInsecureHttp) {
      throw new ScalevConfigError(
        `${name} must use https (plain http only on localhost, 127.0.0.1, [::1], or for a local mock on another host with allowInsecureHttp: true): ${url.origin}.`,
      );
    }
  } else if (url.protocol !== "https:") {
    throw new ScalevConfigError(`${name} must use https: ${url.origin}.`);
  }
  if (url.username || url.password) {
    throw new ScalevConfigError(`${name} must not contain user info (user:password@): pass credentials as client options. Host: ${url.host}.`);
  }
  if (/[?#]/.test(baseUrl)) {
    throw new ScalevConfigError(`${name} must not have a query or fragment (the operation path is appended to it): ${url.origin}${url.pathname}.`);
  }
  return url.href.replace(/\/+$/, "");
}

/** The client's options, checked, with their defaults (the business ones: checkBusinessOptions()). */
export interface ClientSettings {
  baseUrl: string;
  allowInsecureHttp: boolean;
  maxRetries: number;
  timeoutMs: number;
  maxRetryDelayMs: number;
  throttle: boolean;
  fetch: typeof globalThis.fetch | undefined;
  /** undefined: the client's default for the runtime. */
  userAgent: string | undefined;
  credentials: Credentials;
}

/** A header value: visible ASCII or Latin-1 first, then also spaces and tabs; no control characters or line breaks. */
const HEADER_VALUE = /^[\x21-\x7e\x80-\xff][\t\x20-\x7e\x80-\xff]*$/;

/** createScalevClient()'s options: types, credentials a header can carry (never quoted), a safe baseUrl. */
export function checkClientOptions(options: ScalevClientOptions): ClientSettings {
  if (typeof options !== "object" || options === null) throw new ScalevConfigError("createScalevClient() takes an options object.");
  const credentials: Credentials = {};
  for (const [name, kind] of Object.entries(CREDENTIAL_OPTIONS) as [keyof Credentials, string][]) {
    const value = options[name];
    if (value === undefined) continue;
    if (!(kind === "token" && typeof value === "function")) {
      if (typeof value !== "string" || value.trim() === "") {
        throw new ScalevConfigError(`${name} must be a non-empty string${kind === "token" ? " or a function returning one" : ""}.`);
      }
      checkCredential(name, value);
    }
    (credentials as Record<string, unknown>)[name] = value;
  }
  const { userAgent, fetch, allowInsecureHttp = false, throttle = true } = options;
  if (typeof allowInsecureHttp !== "boolean") throw new ScalevConfigError("allowInsecureHttp must be true or false.");
  if (userAgent !== undefined && (typeof userAgent !== "string" || !HEADER_VALUE.test(userAgent))) {
    throw new ScalevConfigError("userAgent must be a non-empty string a header can carry (no control characters or line breaks).");
  }
  if (fetch !== undefined && typeof fetch !== "function") throw new ScalevConfigError("fetch must be a function.");
  return {
    baseUrl: checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL, "baseUrl", allowInsecureHttp),
    allowInsecureHttp,
    maxRetries: options.maxRetries === undefined ? 2 : checkWholeNumber("maxRetries", options.maxRetries, ScalevConfigError),
    timeoutMs: options.timeoutMs === undefined ? 60_000 : checkDuration("timeoutMs", options.timeoutMs, ScalevConfigError),
    maxRetryDelayMs: options.maxRetryDelayMs === undefined ? 60_000 : checkDuration("maxRetryDelayMs", options.maxRetryDelayMs, ScalevConfigError, true),
    throttle: throttle !== false,
    fetch,
    userAgent,
    credentials,
  };
}

/** The options only business calls use: the `b_uid` selector, and where a secret key may be. */
export function checkBusinessOptions(options: ScalevClientOptions): string | undefined {
  const { businessUniqueId, apiKey, allowSecretKeyInBrowser } = options;
  if (businessUniqueId !== undefined && (typeof businessUniqueId !== "string" || businessUniqueId.trim() === "")) {
    throw new ScalevConfigError("businessUniqueId must be a non-empty string.");
  }
  // A secret API key in a web page is readable by anyone who opens it.
  if (apiKey && !allowSecretKeyInBrowser && isBrowserLike()) {
    throw new ScalevConfigError(
      "apiKey is secret and anyone can read it in a browser: use it on a server (browsers use storefrontApiKey / customerToken) or set allowSecretKeyInBrowser.",
    );
  }
  return businessUniqueId;
}

const PARSE_AS = new Set(["json", "text", "blob", "arrayBuffer", "stream"]);
const REDIRECT_MODES = new Set(["follow", "manual", "error"]);

/**
 * A call's options: the client's own (timeoutMs, maxRetries) and the openapi-fetch and fetch options
 * that would otherwise fail inside openapi-fetch or fetch with an untyped error (an invalid header name
 * or value, an unknown parseAs, a serializer that is not a function…). Only the options present are
 * checked, so a plain call costs nothing here.
 */
export function checkCallOptions(init: Record<string | symbol, any>): void {
  if (typeof init !== "object" || init === null) throw new ScalevInputError("A call's options must be an object.");
  for (const name in init) {
    const value = init[name];
    if (value === undefined) continue;
    switch (name) {
      case "timeoutMs":
        checkDuration(name, value, ScalevInputError);
        break;
      case "maxRetries":
        checkWholeNumber(name, value, ScalevInputError);
        break;
      case "signal":
        if (value !== null && !(value instanceof AbortSignal)) throw new ScalevInputError("signal must be an AbortSignal.");
        break;
      case "redirect":
        if (!REDIRECT_MODES.has(value)) throw new ScalevInputError(`redirect must be "follow", "manual" or "error"; got ${shown(String(value))}.`);
        break;
      case "params":
        if (typeof value !== "object" || value === null) throw new ScalevInputError("params must be an object.");
        break;
      case "parseAs":
        if (!PARSE_AS.has(value)) throw new ScalevInputError(`parseAs must be one of ${[...PARSE_AS].join(", ")}; got ${shown(String(value))}.`);
        break;
      case "middleware":
        if (!Array.isArray(value)) throw new ScalevInputError("middleware must be an array.");
        break;
      case "fetch":
      case "bodySerializer":
      case "pathSerializer":
        if (typeof value !== "function") throw new ScalevInputError(`${name} must be a function.`);
        break;
      case "querySerializer":
        if (typeof value !== "function" && (typeof value !== "object" || value === null)) throw new ScalevInputError("querySerializer must be a function or an options object.");
    }
  }
  const { headers, params } = init;
  if (headers !== undefined || params?.header !== undefined) {
    try {
      mergeHeaders(headers, params?.header);
    } catch (error) {
      throw new ScalevInputError(`A header of the call cannot be sent: ${(error as Error)?.message ?? String(error)}`, { cause: redactError(error) });
    }
  }
}
