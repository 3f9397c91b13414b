import type { Middleware } from "openapi-fetch";
import { routes, type SecurityScheme } from "../generated/routes.ts";
import { ScalevConfigError } from "./errors.ts";

type TokenSource = string | (() => string | Promise<string>);

export interface Credentials {
  apiKey?: string;
  accessToken?: TokenSource;
  storefrontApiKey?: string;
  customerToken?: TokenSource;
  guestToken?: string;
}

const resolveToken = async (source: TokenSource | undefined) =>
  typeof source === "function" ? await source() : source;

/**
 * Sends exactly the credential the spec declares for the route being called (generated/routes.ts),
 * so a business key never reaches a storefront or customer route.
 */
export function credentialsMiddleware(credentials: Credentials): Middleware {
  return {
    async onRequest({ request, schemaPath }) {
      const route = routes[`${request.method} ${schemaPath}`];
      if (!route || route.security.length === 0) return request;
      const available: Partial<Record<SecurityScheme, string | undefined>> = {
        BusinessBearer: credentials.apiKey ?? (await resolveToken(credentials.accessToken)),
        StorefrontApiKey: credentials.storefrontApiKey,
        CustomerBearer: await resolveToken(credentials.customerToken),
        GuestToken: credentials.guestToken,
      };
      const chosen = route.security.find((alternative) => alternative.every((scheme) => available[scheme]));
      if (!chosen) {
        const needed = route.security.map((alt) => alt.join(" + ")).join(" or ");
        throw new ScalevConfigError(`${request.method} ${schemaPath} needs ${needed}; none is configured.`);
      }
      for (const scheme of chosen) {
        const value = available[scheme]!;
        if (scheme === "BusinessBearer" || scheme === "CustomerBearer") request.headers.set("Authorization", `Bearer ${value}`);
        if (scheme === "StorefrontApiKey") request.headers.set("X-Scalev-Storefront-Api-Key", value);
        if (scheme === "GuestToken") request.headers.set("X-Scalev-Guest-Token", value);
      }
      return request;
    },
  };
}
