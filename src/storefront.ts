/**
 * `scalev-v3-client/storefront`: the package for code that runs in a shop's pages (storefront catalog,
 * guest cart and checkout, customer account, HTML Mode page runtime, checkout intents). Its
 * createScalevClient takes no business credential, so no business route can answer it 403 and the
 * OAuth scope table (what a business 403 names) stays out of the bundle. It reads only the route facts
 * a storefront needs (src/route.ts, storefrontRouteOf): a business route is refused with a
 * ScalevConfigError before anything is sent, where the main entry's client without a business
 * credential refuses it the same way but naming the credential it lacks. Everything else is the
 * main entry's.
 */
import { assembleClient, type ScalevClient, type ScalevClientOptions } from "./client.ts";
import { ScalevConfigError } from "./errors.ts";
import { checkClientOptions } from "./options.ts";
import { paginateWith, type Paginate } from "./paginate.ts";
import { storefrontRouteOf } from "./route.ts";
import { storefrontPageSizeMax } from "../generated/routes.ts";

export * from "./index.ts";

/** paginate() (see src/paginate.ts) with the page-size limits of the routes a storefront client can call. */
export const paginate: Paginate = /* @__PURE__ */ paginateWith(storefrontPageSizeMax);

/** The options of a storefront client: the main client's, without business credentials. */
export type ScalevStorefrontOptions = Omit<ScalevClientOptions, "apiKey" | "accessToken" | "businessUniqueId" | "allowSecretKeyInBrowser">;

const BUSINESS_OPTIONS = ["apiKey", "accessToken", "businessUniqueId", "allowSecretKeyInBrowser"] as const;

/** A client for the storefront, customer, page-runtime and checkout-intent routes (see the module comment). */
export function createScalevClient(options: ScalevStorefrontOptions = {}): ScalevClient {
  for (const name of BUSINESS_OPTIONS) {
    if (typeof options === "object" && options !== null && (options as Record<string, unknown>)[name] !== undefined) {
      throw new ScalevConfigError(`The storefront client takes no ${name}: business calls need createScalevClient from "scalev-v3-client".`);
    }
  }
  return assembleClient(checkClientOptions(options), storefrontRouteOf);
}
