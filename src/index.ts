export { createScalevClient, DEFAULT_BASE_URL, type ScalevClient, type ScalevClientOptions } from "./client.ts";
export {
  ScalevError,
  ScalevConfigError,
  ScalevInputError,
  ScalevApiError,
  ScalevTimeoutError,
  ScalevConnectionError,
} from "./errors.ts";
export type { paths, components, operations, webhooks } from "../generated/schema.d.ts";
