/**
 * The requests the MSW handlers and the HTTP mock must answer alike (test/mock/msw-agreement.test.ts):
 * for every operation of the spec a valid request (parameters and a body sampled from its schemas, its
 * credential), the same without its credential, with a body that breaks the schema, a body of a media
 * type it does not take, a query that breaks the schema, each declared status and named example asked
 * for with `Prefer`, and Accept headers it cannot or can satisfy; then requests no operation matches,
 * Prefer values Prism refuses, a guest and a customer shopping flow through the stateful storefront, and
 * the back office's flows: the storefront's order in the business list and detail; an order created,
 * listed, changed, moved through statuses, tagged, duplicated and deleted; customers; statistics.
 * A request can use what an earlier answer gave: `{name}` in its URL, headers or body (a JSON string
 * `"{name}"` in a body stands for the value as answered, a number stays a number).
 */
import { resolveRef } from "../../scripts/spec-refs.ts";

type Json = any;

export interface CorpusRequest {
  name: string;
  method: string;
  /** Path and query; `{name}` is filled in from earlier answers. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** The status a flow's step must get (the forms agreeing is not enough: they must do what the step says). */
  status?: number;
  /** Values of this answer kept for later requests, by name: its guest token, or a value of its body. */
  remember?: Record<string, Remembered>;
}

/** What a request remembers of its answer: its guest token, or the value at a dotted path of its body (`id`, `items.1.id`). */
export type Remembered = "guest token" | (string & {});

export const STORE = "store_vlzpML8edzxO5roOdV7Oyfn6";
const CREDENTIALS: Record<string, Record<string, string>> = {
  BusinessBearer: { Authorization: "Bearer sk_test_agreement" },
  CustomerBearer: { Authorization: "Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2ln" },
  StorefrontApiKey: { "X-Scalev-Storefront-Api-Key": "sfpk_test_agreement" },
  GuestToken: {},
  PageApiKey: { "X-Scalev-Page-Api-Key": "pk_test_agreement" },
  CheckoutIntentToken: { "X-Scalev-Checkout-Intent-Token": "cit_test_agreement" },
};

const FORMATS: Record<string, string> = {
  email: "sari@example.com",
  "date-time": "2026-06-01T04:05:00Z",
  date: "2026-06-01",
  uri: "https://example.com/a",
  uuid: "0b6e1f9a-2c3d-4e5f-8a9b-1c2d3e4f5a6b",
  decimal: "185000.00",
};

/**
 * A value the schema accepts, as far as a small sampler can tell: required properties (every property,
 * and an item in every array, with `all`), first choices.
 */
export function sample(doc: Json, schema: Json, depth = 0, all = false): Json {
  const node = resolveRef(doc, schema);
  if (!node || typeof node !== "object" || depth > 8) return null;
  if (node.example !== undefined && !all) return node.example;
  if (node.const !== undefined) return node.const;
  if (node.enum) return node.enum[0];
  if (node.allOf) return Object.assign({}, ...node.allOf.map((part: Json) => sample(doc, part, depth + 1, all)));
  if (node.oneOf || node.anyOf) return sample(doc, (node.oneOf ?? node.anyOf)[0], depth + 1, all);
  const type = Array.isArray(node.type) ? node.type.find((t: string) => t !== "null") : node.type;
  if (type === "object" || node.properties) {
    const names: string[] = all ? Object.keys(node.properties ?? {}) : (node.required ?? []);
    return Object.fromEntries(names.map((name) => [name, sample(doc, node.properties?.[name] ?? {}, depth + 1, all)]));
  }
  if (type === "array") return node.minItems > 0 || all ? [sample(doc, node.items ?? {}, depth + 1, all)] : [];
  if (type === "integer" || type === "number") return Math.max(node.minimum ?? 1, 1);
  if (type === "boolean") return true;
  if (type === "string") return FORMATS[node.format] ?? (node.minLength > 3 ? "x".repeat(node.minLength) : "abc");
  return null;
}

/** `value` with every leaf of another type (nested objects and arrays kept), so errors come from deep inside a schema too. */
function wrongTypes(value: Json): Json {
  if (Array.isArray(value)) return value.length ? value.map(wrongTypes) : [null];
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, wrongTypes(inner)]));
  if (typeof value === "string") return 7;
  if (typeof value === "number") return "seven";
  if (typeof value === "boolean") return "yes";
  return { unexpected: true };
}

function parametersOf(doc: Json, path: string, method: string): Json[] {
  const item = doc.paths[path];
  return [...(item.parameters ?? []), ...(item[method].parameters ?? [])].map((p: Json) => resolveRef(doc, p));
}

function fillPath(doc: Json, path: string, method: string): string {
  const params = parametersOf(doc, path, method).filter((p) => p.in === "path");
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === "store_id") return STORE;
    const param = params.find((p) => p.name === name);
    return encodeURIComponent(String(param?.example ?? sample(doc, param?.schema ?? { type: "string" })));
  });
}

const json = (value: unknown) => ({ "Content-Type": "application/json", body: JSON.stringify(value) });

export function buildCorpus(doc: Json): CorpusRequest[] {
  const corpus: CorpusRequest[] = [];
  for (const [path, item] of Object.entries<Json>(doc.paths)) {
    for (const method of ["get", "post", "put", "patch", "delete"]) {
      const op = item[method];
      if (!op) continue;
      const name = `${method.toUpperCase()} ${path}`;
      const security: Json[] = op.security ?? doc.security ?? [];
      const credentials: Record<string, string> = Object.assign({}, ...Object.keys(security[0] ?? {}).map((scheme) => CREDENTIALS[scheme] ?? {}));
      const query = parametersOf(doc, path, method).filter((p) => p.in === "query");
      const required = query.filter((p) => p.required);
      const search = new URLSearchParams(required.map((p) => [p.name, String(sample(doc, p.schema ?? {}))])).toString();
      const url = `${fillPath(doc, path, method)}${search ? `?${search}` : ""}`;
      const media = resolveRef(doc, op.requestBody)?.content ?? {};
      const jsonSchema = media["application/json"]?.schema;
      const body = jsonSchema ? json(sample(doc, jsonSchema)) : media["multipart/form-data"] ? undefined : undefined;
      const send = (variant: string, headers: Record<string, string>, extra: { url?: string; body?: string; contentType?: string } = {}) => {
        const all = { ...headers };
        const text = extra.body ?? body?.body;
        if (text !== undefined && method !== "get") all["Content-Type"] = extra.contentType ?? body?.["Content-Type"] ?? "application/json";
        corpus.push({ name: `${name} ${variant}`, method: method.toUpperCase(), url: extra.url ?? url, headers: all, ...(text !== undefined && method !== "get" ? { body: text } : {}) });
      };
      send("valid", credentials);
      if (security.some((alternative) => Object.keys(alternative).length > 0)) send("without its credential", {});
      if (jsonSchema) {
        send("with a body that breaks its schema", credentials, { body: JSON.stringify({ quantity: "many", email: 5 }) });
        send("with every value of its body of the wrong type", credentials, { body: JSON.stringify(wrongTypes(sample(doc, jsonSchema, 0, true))) });
        send("with an array body", credentials, { body: "[1,2]" });
        send("with a text body", credentials, { body: "hello", contentType: "text/plain" });
      } else if (media["multipart/form-data"]) {
        const boundary = "agreement-boundary";
        const form = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\nid,status\r\n1,paid\r\n--${boundary}--\r\n`;
        send("with a multipart body", credentials, { body: form, contentType: `multipart/form-data; boundary=${boundary}` });
        send("with a multipart body without a boundary", credentials, { body: form, contentType: "multipart/form-data" });
      } else if (method !== "get") {
        send("with a body it does not take", credentials, { body: '{"a":1}' });
      }
      const numeric = query.find((p) => resolveRef(doc, p.schema)?.type === "integer");
      if (numeric) send(`with ${numeric.name}=abc`, credentials, { url: `${url}${url.includes("?") ? "&" : "?"}${numeric.name}=abc` });
      if (required.length) send(`without ${required[0].name}`, credentials, { url: fillPath(doc, path, method) });
      for (const status of Object.keys(op.responses).filter((s) => !s.startsWith("2")).slice(0, 3)) send(`Prefer: code=${status}`, { ...credentials, Prefer: `code=${status}` });
      const success = Object.keys(op.responses).find((s) => s.startsWith("2"));
      const examples = Object.keys(resolveRef(doc, op.responses[success ?? ""])?.content?.["application/json"]?.examples ?? {});
      for (const key of examples.slice(1, 3)) send(`Prefer: example=${key}`, { ...credentials, Prefer: `example=${key}` });
      send("Prefer: example=nothing_by_this_name", { ...credentials, Prefer: "example=nothing_by_this_name" });
      send("Accept: text/plain", { ...credentials, Accept: "text/plain" });
      if (corpus.length % 3 === 0) send("Accept: application/xml", { ...credentials, Accept: "application/xml" });
      if (corpus.length % 4 === 0) send("Prefer: code=404, example=nope", { ...credentials, Prefer: "code=404, example=nope" });
    }
  }
  const business = CREDENTIALS.BusinessBearer!;
  const storefront = CREDENTIALS.StorefrontApiKey!;
  const publicPath = `/v3/stores/${STORE}/public`;
  corpus.push(
    { name: "an unknown route", method: "GET", url: "/v3/nothing-here", headers: business },
    { name: "a method the route does not have", method: "DELETE", url: `${publicPath}/items`, headers: storefront },
    { name: "Prefer: code=abc", method: "GET", url: "/v3/orders", headers: { ...business, Prefer: "code=abc" } },
    { name: "Prefer: code=999", method: "GET", url: "/v3/orders", headers: { ...business, Prefer: "code=999" } },
    { name: "Prefer: code, dynamic=maybe", method: "GET", url: "/v3/orders", headers: { ...business, Prefer: "code, dynamic=maybe" } },
    { name: "?__code=404", method: "GET", url: "/v3/orders?__code=404", headers: business },
    { name: "?__server= a declared server", method: "GET", url: "/v3/orders?__server=https://api.scalev.com", headers: business },
    { name: "?__server= another server", method: "GET", url: "/v3/orders?__server=https://elsewhere.example", headers: business },
    { name: "a malformed percent-escape", method: "GET", url: "/v3/orders/%E0%A4", headers: business },
    { name: "a path segment with a comma", method: "GET", url: "/v3/orders/a,b", headers: business },
    { name: "Accept: */*", method: "GET", url: "/v3/orders", headers: { ...business, Accept: "*/*" } },
    { name: "Accept: text/plain;q=0.5, application/json", method: "GET", url: "/v3/orders", headers: { ...business, Accept: "text/plain;q=0.5, application/json" } },
    { name: "a JSON body that does not parse", method: "POST", url: `${publicPath}/cart/items`, headers: { ...storefront, "Content-Type": "application/json" }, body: "{bad" },
    { name: "a Content-Type that is not a media type", method: "POST", url: `${publicPath}/cart/items`, headers: { ...storefront, "Content-Type": "application/" }, body: "{}" },
    { name: "a charset other than UTF-8", method: "POST", url: `${publicPath}/cart/items`, headers: { ...storefront, "Content-Type": "application/json; charset=latin1" }, body: "{}" },
    { name: "an Accept item that is not a media type", method: "GET", url: "/v3/orders", headers: { ...business, Accept: "application/json, ;;;" } },
  );
  // The stateful storefront: a guest cart, checkout and the public order; a customer's cart and orders.
  const guest = { ...storefront, "X-Scalev-Guest-Token": "{guest}" };
  const customer = { ...storefront, Authorization: "Bearer eyJhbGciOiJIUzI1NiJ9.e30.customer" };
  const flow = (status: number, name: string, method: string, url: string, headers: Record<string, string>, body?: unknown, remember?: Record<string, Remembered>): CorpusRequest => ({
    name: `flow: ${name}`,
    status,
    method,
    url,
    headers: body === undefined ? headers : { ...headers, "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...(remember ? { remember } : {}),
  });
  const buyer = { customer_name: "Sari Wulandari", customer_email: "sari@example.com", customer_phone: "6281311112222", shipping_address: "Jl. Dago No. 5", courier_service_id: 12 };
  corpus.push(
    flow(201, "a first cart call opens a guest cart", "POST", `${publicPath}/cart/items`, storefront, { type: "variant", variant_id: 5531, quantity: 2 }, { guest: "guest token" }),
    flow(200, "the guest cart", "GET", `${publicPath}/cart`, guest),
    flow(200, "a product's detail", "GET", `${publicPath}/products/kemeja-batik-parang`, storefront),
    flow(200, "a bundle's detail", "GET", `${publicPath}/bundle-price-options/paket-seragam-batik-3-pcs`, storefront),
    flow(200, "a variant's availability", "GET", `${publicPath}/variants/5531/availability`, storefront),
    flow(201, "a bundle added", "POST", `${publicPath}/cart/items`, guest, { type: "bundle_price_option", bundle_price_option_id: 301 }, { bundleLine: "items.1.id" }),
    flow(200, "the bundle's quantity changed", "PATCH", `${publicPath}/cart/items/{bundleLine}`, guest, { quantity: 2 }),
    flow(200, "the bundle removed", "DELETE", `${publicPath}/cart/items/{bundleLine}`, guest),
    flow(201, "the bundle added again", "POST", `${publicPath}/cart/items`, guest, { type: "bundle_price_option", bundle_price_option_id: 301 }),
    flow(404, "an unknown variant", "POST", `${publicPath}/cart/items`, guest, { type: "variant", variant_id: 999999 }),
    flow(400, "a quantity of zero", "POST", `${publicPath}/cart/items`, guest, { type: "variant", variant_id: 5531, quantity: 0 }),
    flow(200, "shipping options", "POST", `${publicPath}/checkout/shipping-options`, guest, { destination: { location_id: 31741, postal_code: "12130" } }),
    flow(200, "a discount code", "POST", `${publicPath}/discount-codes/check`, guest, { code: "JUNIHEMAT", courier_service_id: 12 }),
    flow(200, "an expired code", "POST", `${publicPath}/discount-codes/check`, guest, { code: "MEIHEMAT" }),
    flow(200, "the summary", "POST", `${publicPath}/checkout/summary`, guest, { courier_service_id: 12, discount_code_code: "JUNIHEMAT" }),
    flow(201, "checkout", "POST", `${publicPath}/checkout`, guest, { ...buyer, discount_code_code: "JUNIHEMAT" }, { slug: "secret_slug", placed: "id" }),
    flow(200, "the cart is empty after checkout", "GET", `${publicPath}/cart`, guest),
    flow(200, "the public order", "GET", `${publicPath}/orders/{slug}`, storefront),
    flow(200, "the buyer adds a transfer proof", "PATCH", `${publicPath}/orders/{slug}`, storefront, { payment_account_holder: "Sari Wulandari" }),
    flow(200, "the buyer pays", "POST", `${publicPath}/orders/{slug}/payment`, storefront),
    flow(200, "the buyer uploads a transfer proof", "POST", `${publicPath}/orders/{slug}/transfer-proof-upload`, storefront, { filename: "bukti.jpg", content_type: "image/jpeg", content_length: 52_000 }),
    flow(404, "an unknown order", "GET", `${publicPath}/orders/nothing-here`, storefront),
    flow(400, "a checkout of an empty cart", "POST", `${publicPath}/checkout`, guest, buyer),
    flow(201, "the customer's cart", "POST", `/v3/stores/${STORE}/customers/me/cart/items`, customer, { type: "variant", variant_id: 5532 }, { customerLine: "items.0.id" }),
    flow(200, "the customer's line changed", "PATCH", `/v3/stores/${STORE}/customers/me/cart/items/{customerLine}`, customer, { quantity: 3 }),
    flow(201, "the customer checks out", "POST", `/v3/stores/${STORE}/customers/me/checkout`, customer, { courier_service_id: 12, location_id: 31741, address: "Jl. Dago No. 5" }, { customerSlug: "secret_slug", customerOrder: "id" }),
    flow(200, "the customer's orders", "GET", `/v3/stores/${STORE}/customers/me/orders`, customer),
    flow(200, "the customer's order", "GET", `/v3/stores/${STORE}/customers/me/orders/{customerOrder}`, customer),
    flow(200, "a Prefer header leaves the state alone", "GET", `${publicPath}/cart`, { ...guest, Prefer: "code=200" }),
    flow(200, "the business order list", "GET", "/v3/orders", business),
  );
  // The back office on the same state: the storefront's orders in the business list and detail, then an
  // order of its own through every change, the customers and the statistics.
  const office = (status: number, name: string, method: string, url: string, body?: unknown, remember?: Record<string, Remembered>) => flow(status, `back office: ${name}`, method, url, business, body, remember);
  const UNKNOWN_ORDER = "019e0000-0000-7000-8000-000000000000";
  const newOrder = { store_unique_id: STORE, customer_name: "Ani Lestari", customer_email: "ani.lestari@example.com", customer_phone: "6281288889999", ordervariants: [{ variant_unique_id: "5531", quantity: 2 }], courier_service_id: 12, shipping_cost: 12000 };
  corpus.push(
    office(200, "the guest checkout's order in the detail", "GET", "/v3/orders/{placed}"),
    office(200, "the storefront's orders first in the list", "GET", "/v3/orders?page_size=3", undefined, { cursor: "next_cursor" }),
    office(200, "the next page by its cursor", "GET", "/v3/orders?page_size=3&next_cursor={cursor}"),
    office(200, "the buyer among the customers", "GET", "/v3/customers?search=sari"),
    office(200, "an order created", "POST", "/v3/orders", newOrder, { order: "id", orderSlug: "secret_slug" }),
    office(400, "an order of an unknown variant", "POST", "/v3/orders", { ...newOrder, ordervariants: [{ variant_unique_id: "999999", quantity: 1 }] }),
    office(400, "an order of another store", "POST", "/v3/orders", { ...newOrder, store_unique_id: "store_nothing_here" }),
    office(200, "listed first", "GET", "/v3/orders"),
    office(200, "pending orders", "GET", "/v3/orders?status=pending&page_size=5"),
    office(200, "its detail", "GET", "/v3/orders/{order}"),
    office(200, "its lines and notes changed", "PATCH", "/v3/orders/{order}", { ordervariants: [{ variant_unique_id: "5531", quantity: 1 }], notes: "Satu saja" }),
    office(400, "a discount larger than the products", "PATCH", "/v3/orders/{order}", { product_discount: 999999999 }),
    office(200, "confirmed and paid", "POST", "/v3/orders/change-status", { ids: ["{order}"], status: "confirmed", payment_status: "paid" }),
    office(200, "read back changed", "GET", "/v3/orders/{order}"),
    office(200, "confirmed orders", "GET", "/v3/orders?status=confirmed"),
    office(200, "paid orders", "GET", "/v3/orders?payment_status=paid&page_size=5"),
    office(200, "tagged", "POST", "/v3/orders/{order}/update-tags", { tags: ["prioritas", "grosir"] }),
    office(200, "orders tagged grosir", "GET", "/v3/orders?tags=grosir"),
    office(200, "searched by the buyer's name", "GET", "/v3/orders?search=ani&search_field=customer_name"),
    office(200, "duplicated", "POST", "/v3/orders/{order}/duplicate", {}, { copy: "id", copySlug: "secret_slug" }),
    office(200, "marked not spam", "POST", "/v3/orders/mark-not-spam", { ids: ["{copy}"] }),
    office(400, "a status change naming an unknown order changes none", "POST", "/v3/orders/change-status", { ids: ["{order}", UNKNOWN_ORDER], status: "canceled" }),
    office(200, "a route of a known order answers its example", "GET", "/v3/orders/{order}/actions"),
    office(404, "a route of an unknown order", "GET", `/v3/orders/${UNKNOWN_ORDER}/actions`),
    office(200, "statistics", "GET", "/v3/orders/statistics"),
    office(200, "statistics by status", "GET", "/v3/orders/statistics?is_breakdown_status=true"),
    office(200, "statistics of paid orders by province", "GET", "/v3/orders/statistics?payment_status=paid&custom_breakdown_key=province"),
    office(200, "customers", "GET", "/v3/customers"),
    office(200, "the customers counted", "GET", "/v3/customers/count"),
    office(200, "a customer created", "POST", "/v3/customers", { name: "Budi Santoso", email: "budi.santoso@example.com", phone: "6281234500000" }, { customer: "id" }),
    office(200, "the customer", "GET", "/v3/customers/{customer}"),
    office(200, "the customer changed", "PATCH", "/v3/customers/{customer}", { phone: "6281234599999" }),
    office(200, "the order given to the customer", "PATCH", "/v3/orders/{order}/customer", { customer_id: "{customer}" }),
    office(400, "an order given to an unknown customer", "PATCH", "/v3/orders/{order}/customer", { customer_id: 999999 }),
    office(404, "an unknown customer", "GET", "/v3/customers/999999"),
    office(200, "both deleted", "POST", "/v3/orders/delete", { ids: ["{order}", "{copy}"] }),
    office(404, "the deleted order is gone", "GET", "/v3/orders/{order}"),
    office(200, "and no longer listed", "GET", "/v3/orders"),
    office(400, "a deleted order deleted again", "POST", "/v3/orders/delete", { ids: ["{order}"] }),
  );
  return corpus;
}
