export { createScalevClient, DEFAULT_BASE_URL, type ScalevClient, type ScalevClientOptions } from "./client.ts";
export { ScalevError, ScalevConfigError } from "./errors.ts";
export type { paths, components, operations, webhooks } from "../generated/schema.d.ts";
