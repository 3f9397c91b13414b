/**
 * Credentials per route: the spec's security requirement of each operation (generated/routes.ts)
 * decides which credential goes out, and how. Adding a credential family is one row in each table:
 * CREDENTIAL_OPTIONS (the client option and what it accepts) and SCHEMES (the header it travels in).
 */
import { securityRules, withoutBusinessSelector, type SecurityScheme } from "../generated/routes.ts";
import { ScalevConfigError } from "./errors.ts";
import { redactError, rememberSecret } from "./redact.ts";

export type TokenSource = string | (() => string | Promise<string>);

export interface Credentials {
  /** Business secret or restricted API key (sk_… / rk_…), for business routes. */
  apiKey?: string | undefined;
  /** OAuth access token (or a function returning the current one), for business routes. */
  accessToken?: TokenSource | undefined;
  /** Storefront publishable key (sfpk_…), for /v3/stores/{store_id}/public/* routes. */
  storefrontApiKey?: string | undefined;
  /** Customer access JWT (or a function returning the current one), for /customers/me/* routes. */
  customerToken?: TokenSource | undefined;
  /** Guest cart token; captured from responses automatically. */
  guestToken?: string | undefined;
  /** Page API key of an HTML Mode landing page, for /v3/pages/{page_unique_id}/* runtime routes. */
  pageApiKey?: string | undefined;
  /** Write token (cit_…) of the checkout intent being saved, for PATCH …/checkout-intents/{id}. */
  checkoutIntentToken?: string | undefined;
}

/** Each credential option: a string only, or also a function returning the current token ("token"). */
export const CREDENTIAL_OPTIONS: Record<keyof Credentials, "string" | "token"> = {
  apiKey: "string",
  accessToken: "token",
  storefrontApiKey: "string",
  customerToken: "token",
  guestToken: "string",
  pageApiKey: "string",
  checkoutIntentToken: "string",
};

interface Scheme {
  header: string;
  /** Sent as `Bearer <value>`. */
  bearer: boolean;
  /** Options that satisfy the scheme, first set wins. */
  options: readonly (keyof Credentials)[];
}

export const SCHEMES: Record<SecurityScheme, Scheme> = {
  BusinessBearer: { header: "Authorization", bearer: true, options: ["apiKey", "accessToken"] },
  CustomerBearer: { header: "Authorization", bearer: true, options: ["customerToken"] },
  StorefrontApiKey: { header: "X-Scalev-Storefront-Api-Key", bearer: false, options: ["storefrontApiKey"] },
  GuestToken: { header: "X-Scalev-Guest-Token", bearer: false, options: ["guestToken"] },
  PageApiKey: { header: "X-Scalev-Page-Api-Key", bearer: false, options: ["pageApiKey"] },
  CheckoutIntentToken: { header: "X-Scalev-Checkout-Intent-Token", bearer: false, options: ["checkoutIntentToken"] },
};

/**
 * A credential must be visible ASCII: anything else either cannot go in a header (CR, LF, NUL,
 * non-Latin-1: fetch throws, quoting the value) or would be changed on the way (surrounding
 * whitespace is trimmed). Returns why a value is unusable, or undefined when it is fine.
 */
export function unsendable(value: unknown): string | undefined {
  if (typeof value !== "string" || value === "") return "is not a non-empty string";
  if (/^[\x21-\x7e]+$/.test(value)) return undefined;
  if (/^[\x21-\x7e]+(\r?\n)+$/.test(value)) return "ends with a newline (read from a file or an environment variable?)";
  return "contains characters a header cannot carry (only visible ASCII: no spaces, control characters or non-ASCII)";
}

/** Throws ScalevConfigError (never quoting the value) unless `value` can be sent as credential `name`. */
export function checkCredential(name: string, value: unknown, source = name): string {
  const problem = unsendable(value);
  if (problem) throw new ScalevConfigError(`${source} ${problem}.`);
  rememberSecret(value as string);
  return value as string;
}

export type Security = readonly (readonly SecurityScheme[])[];
const parsed = new Map<string, Security>();

/**
 * The security requirement the spec declares for an operation: alternatives of schemes that must all
 * be present. Read from the path rules of generated/routes.ts: the most specific rule wins, and
 * operations no rule matches take the business bearer.
 */
export function routeSecurity(method: string, schemaPath: string): Security {
  const key = `${method} ${schemaPath}`;
  let security = parsed.get(key);
  if (!security) {
    let rule = securityRules[key];
    for (let path = schemaPath; rule === undefined && path; path = path.slice(0, path.lastIndexOf("/"))) rule = securityRules[path];
    rule ??= "BusinessBearer";
    security = rule === "" ? [] : rule.split("|").map((alternative) => alternative.split("+") as SecurityScheme[]);
    parsed.set(key, security);
  }
  return security;
}

/** Business-bearer routes that take the `b_uid` business selector (all but a few, e.g. GET /v3/me). */
export const takesBusinessSelector = (method: string, schemaPath: string) =>
  routeSecurity(method, schemaPath).some((alternative) => alternative.includes("BusinessBearer")) &&
  !withoutBusinessSelector.includes(`${method} ${schemaPath}`);

function satisfied(credentials: Credentials, alternative: readonly SecurityScheme[]): boolean {
  for (const scheme of alternative) if (!sourceOf(credentials, scheme)) return false;
  return true;
}

/** The option that provides `scheme`'s credential (the first one set), if any. */
function sourceOf(credentials: Credentials, scheme: SecurityScheme): keyof Credentials | undefined {
  for (const option of SCHEMES[scheme].options) if (credentials[option]) return option;
  return undefined;
}

async function resolveToken(option: string, source: () => string | Promise<string>): Promise<string> {
  let value: unknown;
  try {
    value = await source();
  } catch (error) {
    const kind = error instanceof Error ? error.name : typeof error;
    throw new ScalevConfigError(`The ${option} function failed (${kind}); nothing was sent.`, { cause: redactError(error) });
  }
  return checkCredential(option, value, `The value the ${option} function returned`);
}

/**
 * Sets exactly the credentials the spec declares for the operation on `headers`: a business key never
 * reaches a storefront, customer or OAuth-flow route. When several alternatives can be satisfied, the
 * one with the most schemes wins (storefront key + guest token over the key alone). Credentials are
 * read at each call, so a changed `guestToken` applies at once. Token functions are called once per
 * request; only then is the result a promise.
 */
export function applyCredentials(headers: Headers, credentials: Credentials, security: Security, method: string, schemaPath: string): void | Promise<void> {
  if (security.length === 0) return;
  let chosen: readonly SecurityScheme[] | undefined;
  for (const alternative of security) {
    if (alternative.length > (chosen?.length ?? -1) && satisfied(credentials, alternative)) chosen = alternative;
  }
  if (!chosen) {
    const needed = security.map((alt) => alt.map((scheme) => SCHEMES[scheme].options.join(" or ")).join(" + ")).join(", or ");
    throw new ScalevConfigError(`${method} ${schemaPath} needs ${needed}, which this client was not given.`);
  }
  let pending: Promise<void>[] | undefined;
  for (const scheme of chosen) {
    const option = sourceOf(credentials, scheme)!;
    const source = credentials[option]!;
    const { header, bearer } = SCHEMES[scheme];
    if (typeof source === "string") headers.set(header, bearer ? `Bearer ${source}` : source);
    else (pending ??= []).push(resolveToken(option, source).then((value) => headers.set(header, bearer ? `Bearer ${value}` : value)));
  }
  if (pending) return Promise.all(pending).then(() => undefined);
}
