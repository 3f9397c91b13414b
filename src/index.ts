export { createScalevClient, DEFAULT_BASE_URL, type ScalevClient, type ScalevClientOptions } from "./client.ts";
export {
  ScalevError,
  ScalevConfigError,
  ScalevInputError,
  ScalevApiError,
  ScalevTimeoutError,
  ScalevConnectionError,
  ScalevResponseError,
  ScalevPaginationError,
} from "./errors.ts";
export type { paths, components, operations, webhooks } from "../generated/schema.d.ts";
export { ScalevWebhookError, type ScalevWebhookErrorReason } from "./errors.ts";
export {
  verifyWebhookSignature,
  parseWebhook,
  isKnownWebhookEvent,
  SCALEV_WEBHOOK_EVENTS,
  type ScalevWebhookEvent,
  type ScalevWebhookEventName,
  type UnknownScalevWebhookEvent,
  type WebhookRawBody,
  type WebhookHeaders,
  type ParseWebhookOptions,
} from "./webhooks.ts";
export { unwrap, toApiError } from "./unwrap.ts";
export type { RateLimit } from "./rate-limit.ts";
export type { ScalevClientState } from "./client.ts";
export type { ScalevRequestOptions } from "./client-types.ts";
export type { ScalevTextErrorBody } from "./error-body.ts";
export type { Credentials, TokenSource } from "./credentials.ts";
export { type ScalevApiErrorInit } from "./errors.ts";
export {
  paginate,
  hasPartial,
  type PaginateOptions,
  type PaginateArgs,
  type CursorPagePath,
  type CursorPage,
  type PageItem,
} from "./paginate.ts";
export {
  parseOrderId,
  orderId,
  isOrderUuid,
  uuidv7Time,
  storeUniqueId,
  storeId,
  variantUniqueId,
  bundlePriceOptionUniqueId,
  warehouseUniqueId,
  businessUniqueId,
  type Brand,
  type ParsedOrderId,
  type OrderId,
  type OrderUuid,
  type LegacyOrderId,
  type StoreUniqueId,
  type StoreId,
  type VariantUniqueId,
  type BundlePriceOptionUniqueId,
  type WarehouseUniqueId,
  type BusinessUniqueId,
} from "./ids.ts";
export { scalevPathSerializer, pathParamsMiddleware } from "./path-params.ts";
export { requiredScopes, scopesFor } from "./scopes.ts";
