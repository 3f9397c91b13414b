// What a new user writes in the first hour, compiled by test/types/strict.test.ts as a strict app
// compiles it (exactOptionalPropertyTypes and noUncheckedIndexedAccess on). Every value read from the
// environment or a form may be undefined, which means "not set" wherever the client takes an option.
import {
  createScalevClient,
  paginate,
  parseWebhook,
  storeId,
  unwrap,
  type ScalevClient,
  type ScalevWebhookEvent,
} from "../../../src/index.ts";

const env = process.env;
const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));

export const scalev: ScalevClient = createScalevClient({ apiKey: env.SCALEV_API_KEY });

export const configured = createScalevClient({
  baseUrl: env.SCALEV_BASE_URL,
  allowInsecureHttp: env.SCALEV_INSECURE === "1" ? true : undefined,
  apiKey: env.SCALEV_API_KEY,
  accessToken: env.SCALEV_ACCESS_TOKEN,
  storefrontApiKey: env.SCALEV_STOREFRONT_KEY,
  customerToken: env.SCALEV_CUSTOMER_TOKEN,
  guestToken: env.SCALEV_GUEST_TOKEN,
  pageApiKey: env.SCALEV_PAGE_KEY,
  checkoutIntentToken: env.SCALEV_CHECKOUT_INTENT_TOKEN,
  businessUniqueId: env.SCALEV_BUSINESS,
  maxRetries: number(env.SCALEV_MAX_RETRIES),
  timeoutMs: number(env.SCALEV_TIMEOUT_MS),
  maxRetryDelayMs: number(env.SCALEV_MAX_RETRY_DELAY_MS),
  throttle: env.SCALEV_THROTTLE === "0" ? false : undefined,
  fetch: undefined,
  userAgent: env.SCALEV_USER_AGENT,
  allowSecretKeyInBrowser: undefined,
});

/** The openapi-fetch pattern: after `if (error)`, `data` is the order and `error` the API's error shape. */
export async function orderNumber(id: string): Promise<string | undefined> {
  const { data, error } = await scalev.GET("/v3/orders/{id}", { params: { path: { id } }, timeoutMs: number(env.SCALEV_TIMEOUT_MS) });
  if (error) throw new Error(error.message ?? `order ${id}: ${String(error.error)}`);
  return data.order_id;
}

/** Filters from a form: fields left empty are undefined and are not sent. */
export async function searchOrders(form: { search?: string | undefined; pageSize?: number | undefined }) {
  const { data, error } = await scalev.GET("/v3/orders", { params: { query: { search: form.search, page_size: form.pageSize } }, maxRetries: undefined });
  if (error) return [];
  const [first] = data.data;
  return first ? [first.order_id] : [];
}

/** The id helpers' results go where the routes take those ids. */
export async function storeProducts(id: string) {
  return unwrap(scalev.GET("/v3/stores/{store_id}/products", { params: { path: { store_id: storeId(id) } } }));
}

/** A report scoped to a landing page when there is one. */
export async function orderFunnel(from: string, to: string) {
  const [page] = (await unwrap(scalev.GET("/v3/web-analytics/entities", { params: { query: { entity_type: "landing_page" } } }))).data;
  return unwrap(scalev.GET("/v3/web-analytics/order-funnel", { params: { query: { from, to, page_id: page?.id } } }));
}

export async function countOrders(limit?: number): Promise<number> {
  let count = 0;
  for await (const order of paginate(scalev, "/v3/orders", {}, { maxItems: limit, pageSize: undefined, signal: undefined })) if (order.id) count += 1;
  return count;
}

export function receive(body: string, headers: Record<string, string | undefined>): Promise<ScalevWebhookEvent> {
  return parseWebhook(body, headers, env.SCALEV_WEBHOOK_SECRET ?? "", { allowUnknownEvents: undefined });
}
