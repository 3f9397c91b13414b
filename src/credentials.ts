import type { Middleware } from "openapi-fetch";
import { securityRules, withoutBusinessSelector, type SecurityScheme } from "../generated/routes.ts";
import { ScalevConfigError } from "./errors.ts";
import { rememberSecret } from "./redact.ts";

export type TokenSource = string | (() => string | Promise<string>);

export interface Credentials {
  /** Business secret or restricted API key (sk_… / rk_…), for business routes. */
  apiKey?: string;
  /** OAuth access token (or a function returning the current one), for business routes. */
  accessToken?: TokenSource;
  /** Storefront publishable key (sfpk_…), for /v3/stores/{store_id}/public/* routes. */
  storefrontApiKey?: string;
  /** Customer access JWT (or a function returning the current one), for /customers/me/* routes. */
  customerToken?: TokenSource;
  /** Guest cart token; captured from responses automatically. */
  guestToken?: string;
  /** Page API key of an HTML Mode landing page, for /v3/pages/{page_unique_id}/* runtime routes. */
  pageApiKey?: string;
  /** Write token (cit_…) of the checkout intent being saved, for PATCH …/checkout-intents/{id}. */
  checkoutIntentToken?: string;
}

type Security = readonly (readonly SecurityScheme[])[];
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

const HEADER: Record<SecurityScheme, string> = {
  BusinessBearer: "Authorization",
  CustomerBearer: "Authorization",
  StorefrontApiKey: "X-Scalev-Storefront-Api-Key",
  GuestToken: "X-Scalev-Guest-Token",
  PageApiKey: "X-Scalev-Page-Api-Key",
  CheckoutIntentToken: "X-Scalev-Checkout-Intent-Token",
};

const OPTION: Record<SecurityScheme, string> = {
  BusinessBearer: "apiKey or accessToken",
  CustomerBearer: "customerToken",
  StorefrontApiKey: "storefrontApiKey",
  GuestToken: "guestToken",
  PageApiKey: "pageApiKey",
  CheckoutIntentToken: "checkoutIntentToken",
};

function checked(value: unknown, scheme: SecurityScheme): string {
  if (typeof value !== "string" || value === "") throw new ScalevConfigError(`The ${OPTION[scheme]} function returned no token.`);
  rememberSecret(value);
  return value;
}

function setCredential(request: Request, scheme: SecurityScheme, value: string): void {
  request.headers.set(HEADER[scheme], scheme.endsWith("Bearer") ? `Bearer ${value}` : value);
}

/**
 * Sends exactly the credentials the spec declares for the operation being called (generated/routes.ts):
 * a business key never reaches a storefront, customer or OAuth-flow route. When several alternatives
 * can be satisfied, the one with the most schemes wins (storefront key + guest token over the key alone).
 * `credentials.guestToken` is read on every request, so updates to it apply at once.
 */
export function credentialsMiddleware(credentials: Credentials): Middleware {
  const sources: Record<SecurityScheme, () => TokenSource | undefined> = {
    BusinessBearer: () => credentials.apiKey || credentials.accessToken,
    CustomerBearer: () => credentials.customerToken,
    StorefrontApiKey: () => credentials.storefrontApiKey,
    GuestToken: () => credentials.guestToken,
    PageApiKey: () => credentials.pageApiKey,
    CheckoutIntentToken: () => credentials.checkoutIntentToken,
  };
  return {
    onRequest({ request, schemaPath }) {
      const security = routeSecurity(request.method, schemaPath);
      if (security.length === 0) return undefined;
      let chosen: readonly SecurityScheme[] | undefined;
      for (const alternative of security) {
        if (alternative.every((scheme) => sources[scheme]()) && alternative.length > (chosen?.length ?? -1)) chosen = alternative;
      }
      if (!chosen) {
        const needed = security.map((alt) => alt.map((scheme) => OPTION[scheme]).join(" + ")).join(", or ");
        throw new ScalevConfigError(`${request.method} ${schemaPath} needs ${needed}, which this client was not given.`);
      }
      const sourcesOfChosen = chosen.map((scheme) => sources[scheme]());
      if (sourcesOfChosen.some((source) => typeof source === "function")) {
        // Token providers: resolve them (the common static case stays synchronous).
        return Promise.all(sourcesOfChosen.map((source) => (typeof source === "function" ? source() : source))).then((values) => {
          values.forEach((value, i) => setCredential(request, chosen![i]!, checked(value, chosen![i]!)));
          return request;
        });
      }
      sourcesOfChosen.forEach((value, i) => setCredential(request, chosen![i]!, value as string));
      return request;
    },
  };
}
