import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../generated/schema.d.ts";
import { credentialsMiddleware, type Credentials } from "./credentials.ts";

export const DEFAULT_BASE_URL = "https://api.scalev.com";

export interface ScalevClientOptions extends Credentials {
  /** API origin; defaults to https://api.scalev.com. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
}

export type ScalevClient = Client<paths>;

export function createScalevClient(options: ScalevClientOptions = {}): ScalevClient {
  const client = createClient<paths>({
    baseUrl: (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, ""),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  client.use(credentialsMiddleware(options));
  return client;
}
