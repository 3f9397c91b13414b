/**
 * Credentials per route: the route's security requirement (src/route.ts) decides which credential goes
 * out, and the spec's security schemes how (generated/routes.ts). Adding a credential is one row in
 * CREDENTIAL_OPTIONS (the client option and what it accepts) and one in OPTIONS_OF (the scheme it
 * satisfies).
 */
import { schemeTransport, type SecurityScheme } from "../generated/routes.ts";
import { ScalevConfigError } from "./errors.ts";
import { redactError, type SecretMemory } from "./redact.ts";
import type { Route } from "./route.ts";

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

/** The options that satisfy each scheme, the first one set wins. */
const OPTIONS_OF: Record<SecurityScheme, readonly (keyof Credentials)[]> = {
  BusinessBearer: ["apiKey", "accessToken"],
  CustomerBearer: ["customerToken"],
  StorefrontApiKey: ["storefrontApiKey"],
  GuestToken: ["guestToken"],
  PageApiKey: ["pageApiKey"],
  CheckoutIntentToken: ["checkoutIntentToken"],
};

const BEARER = "Authorization: Bearer";
const setCredential = (headers: Headers, scheme: SecurityScheme, value: string) => {
  const transport = schemeTransport[scheme];
  if (transport === BEARER) headers.set("Authorization", `Bearer ${value}`);
  else headers.set(transport, value);
};

/**
 * A credential must be visible ASCII: anything else either cannot go in a header (CR, LF, NUL,
 * non-Latin-1: fetch throws, quoting the value) or would be changed on the way (surrounding
 * whitespace is trimmed). Returns why a value is unusable, or undefined when it is fine.
 */
function unsendable(value: unknown): string | undefined {
  if (typeof value !== "string" || value === "") return "is not a non-empty string";
  if (/^[\x21-\x7e]+$/.test(value)) return undefined;
  if (/^[\x21-\x7e]+(\r?\n)+$/.test(value)) return "ends with a newline (read from a file or an environment variable?)";
  return "contains characters a header cannot carry (only visible ASCII: no spaces, control characters or non-ASCII)";
}

/** Throws ScalevConfigError (never quoting the value) unless `value` can be sent as credential `name`. */
export function checkCredential(name: string, value: unknown, source = name): string {
  const problem = unsendable(value);
  if (problem) throw new ScalevConfigError(`${source} ${problem}.`);
  return value as string;
}

/** A client's credentials, with what it needs to keep the ones answers hand back and to redact them all. */
export interface CredentialStore {
  readonly credentials: Credentials;
  /** Every credential value of this client, for redaction (src/redact.ts). */
  readonly secrets: SecretMemory;
  /** The start order (see nextStart) of the call, or the setting, that gave each kept credential. */
  readonly keptFrom: Partial<Record<keyof Credentials, number>>;
}

let starts = 0;
/** A number larger than any taken before: calls (and settings of a token) are ordered by it, across clients. */
export const nextStart = () => ++starts;

function satisfied(credentials: Credentials, alternative: readonly SecurityScheme[]): boolean {
  for (const scheme of alternative) if (!sourceOf(credentials, scheme)) return false;
  return true;
}

/** The option that provides `scheme`'s credential (the first one set), if any. */
function sourceOf(credentials: Credentials, scheme: SecurityScheme): keyof Credentials | undefined {
  for (const option of OPTIONS_OF[scheme]) if (credentials[option]) return option;
  return undefined;
}

async function resolveToken(option: string, source: () => string | Promise<string>, secrets: SecretMemory): Promise<string> {
  let value: unknown;
  try {
    value = await source();
  } catch (error) {
    const kind = error instanceof Error ? error.name : typeof error;
    throw new ScalevConfigError(`The ${option} function failed (${kind}); nothing was sent.`, { cause: redactError(error, secrets) });
  }
  secrets.remember(value);
  return checkCredential(option, value, `The value the ${option} function returned`);
}

/**
 * Sets exactly the credentials the route's security declares on `headers`: a business key never
 * reaches a storefront, customer or OAuth-flow route. When several alternatives can be satisfied, the
 * one with the most schemes wins (storefront key + guest token over the key alone). Credentials are
 * read at each call, so a changed `guestToken` applies at once. Token functions are called once per
 * request; only then is the result a promise.
 */
export function applyCredentials(headers: Headers, { credentials, secrets }: CredentialStore, route: Route): void | Promise<void> {
  const { security } = route;
  if (security.length === 0) return;
  let chosen: readonly SecurityScheme[] | undefined;
  for (const alternative of security) {
    if (alternative.length > (chosen?.length ?? -1) && satisfied(credentials, alternative)) chosen = alternative;
  }
  if (!chosen) {
    const needed = security.map((alt) => alt.map((scheme) => OPTIONS_OF[scheme].join(" or ")).join(" + ")).join(", or ");
    throw new ScalevConfigError(`${route.method} ${route.schemaPath} needs ${needed}, which this client was not given.`);
  }
  let pending: Promise<void>[] | undefined;
  for (const scheme of chosen) {
    const option = sourceOf(credentials, scheme)!;
    const source = credentials[option]!;
    if (typeof source === "string") setCredential(headers, scheme, source);
    else (pending ??= []).push(resolveToken(option, source, secrets).then((value) => setCredential(headers, scheme, value)));
  }
  if (pending) return Promise.all(pending).then(() => undefined);
}

/**
 * Keeps the credentials an answer hands back (`route.handsBack`: the guest token in its header, a
 * started checkout intent's write token in the body), replacing the ones held: only from an answer
 * whose status the spec declares it on, and only when no call started later (`started`, see
 * nextStart), or a later setting, already gave that credential. A value a header could not carry is
 * ignored.
 */
export function keepHandedBack(store: CredentialStore, route: Route, status: number, headers: Headers, data: unknown, started: number): void {
  for (const { status: declared, scheme, header, field } of route.handsBack) {
    if (status !== declared) continue;
    const value = header ? headers.get(header) : (data as Record<string, unknown> | undefined)?.[field!];
    if (typeof value !== "string" || unsendable(value)) continue;
    const option = OPTIONS_OF[scheme][0]!;
    if ((store.keptFrom[option] ?? 0) > started) {
      store.secrets.remember(value);
      continue;
    }
    store.keptFrom[option] = started;
    store.secrets.remember(store.credentials[option]);
    (store.credentials as Record<string, unknown>)[option] = value;
  }
}
