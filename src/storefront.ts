/**
 * `scalev-v3-client/storefront`: the package for code that runs in a shop's pages (storefront catalog,
 * guest cart and checkout, customer account, HTML Mode page runtime, checkout intents). Its
 * createScalevClient takes no business credential, so no business route can answer it 403 and the
 * OAuth scope table (what a business 403 names) stays out of the bundle; everything else is the main
 * entry's.
 */
import { assembleClient, type ScalevClient, type ScalevClientOptions } from "./client.ts";
import { ScalevConfigError } from "./errors.ts";
import { checkClientOptions } from "./options.ts";

export * from "./index.ts";

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
  return assembleClient(checkClientOptions(options));
}
