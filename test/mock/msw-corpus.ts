/**
 * The requests the MSW handlers and the HTTP mock must answer alike (test/mock/msw-agreement.test.ts):
 * for every operation of the spec a valid request (parameters and a body sampled from its schemas, its
 * credential), the same without its credential, with a body that breaks the schema, a body of a media
 * type it does not take, a query that breaks the schema, each declared status and named example asked
 * for with `Prefer`, and Accept headers it cannot or can satisfy; then requests no operation matches,
 * Prefer values Prism refuses, and a guest and a customer shopping flow through the stateful storefront.
 * A request can use what an earlier answer gave (`{guest}`: the guest token, `{slug}`: an order's secret slug).
 */
import { resolveRef } from "../../scripts/spec-refs.ts";

type Json = any;

export interface CorpusRequest {
  name: string;
  method: string;
  /** Path and query; `{guest}` and `{slug}` are filled in from earlier answers. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** Remember this answer's guest token, or its body's secret_slug, for later requests. */
  remember?: "guest" | "slug";
}

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

/** A value the schema accepts, as far as a small sampler can tell: required properties, first choices. */
export function sample(doc: Json, schema: Json, depth = 0): Json {
  const node = resolveRef(doc, schema);
  if (!node || typeof node !== "object" || depth > 8) return null;
  if (node.example !== undefined) return node.example;
  if (node.const !== undefined) return node.const;
  if (node.enum) return node.enum[0];
  if (node.allOf) return Object.assign({}, ...node.allOf.map((part: Json) => sample(doc, part, depth + 1)));
  if (node.oneOf || node.anyOf) return sample(doc, (node.oneOf ?? node.anyOf)[0], depth + 1);
  const type = Array.isArray(node.type) ? node.type.find((t: string) => t !== "null") : node.type;
  if (type === "object" || node.properties) {
    return Object.fromEntries((node.required ?? []).map((name: string) => [name, sample(doc, node.properties?.[name] ?? {}, depth + 1)]));
  }
  if (type === "array") return node.minItems > 0 ? [sample(doc, node.items ?? {}, depth + 1)] : [];
  if (type === "integer" || type === "number") return Math.max(node.minimum ?? 1, 1);
  if (type === "boolean") return true;
  if (type === "string") return FORMATS[node.format] ?? (node.minLength > 3 ? "x".repeat(node.minLength) : "abc");
  return null;
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
  const flow = (name: string, method: string, url: string, headers: Record<string, string>, body?: unknown, remember?: CorpusRequest["remember"]): CorpusRequest => ({
    name: `flow: ${name}`,
    method,
    url,
    headers: body === undefined ? headers : { ...headers, "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...(remember ? { remember } : {}),
  });
  const buyer = { customer_name: "Sari Wulandari", customer_email: "sari@example.com", customer_phone: "6281311112222", shipping_address: "Jl. Dago No. 5", courier_service_id: 12 };
  corpus.push(
    flow("a first cart call opens a guest cart", "POST", `${publicPath}/cart/items`, storefront, { type: "variant", variant_id: 5531, quantity: 2 }, "guest"),
    flow("the guest cart", "GET", `${publicPath}/cart`, guest),
    flow("a bundle added", "POST", `${publicPath}/cart/items`, guest, { type: "bundle_price_option", bundle_price_option_id: 301 }),
    flow("an unknown variant", "POST", `${publicPath}/cart/items`, guest, { type: "variant", variant_id: 999999 }),
    flow("a quantity of zero", "POST", `${publicPath}/cart/items`, guest, { type: "variant", variant_id: 5531, quantity: 0 }),
    flow("shipping options", "POST", `${publicPath}/checkout/shipping-options`, guest, { destination: { location_id: 31741, postal_code: "12130" } }),
    flow("a discount code", "POST", `${publicPath}/discount-codes/check`, guest, { code: "JUNIHEMAT", courier_service_id: 12 }),
    flow("an expired code", "POST", `${publicPath}/discount-codes/check`, guest, { code: "MEIHEMAT" }),
    flow("the summary", "POST", `${publicPath}/checkout/summary`, guest, { courier_service_id: 12, discount_code_code: "JUNIHEMAT" }),
    flow("checkout", "POST", `${publicPath}/checkout`, guest, { ...buyer, discount_code_code: "JUNIHEMAT" }, "slug"),
    flow("the cart is empty after checkout", "GET", `${publicPath}/cart`, guest),
    flow("the public order", "GET", `${publicPath}/orders/{slug}`, storefront),
    flow("the buyer adds a transfer proof", "PATCH", `${publicPath}/orders/{slug}`, storefront, { payment_account_holder: "Sari Wulandari" }),
    flow("an unknown order", "GET", `${publicPath}/orders/nothing-here`, storefront),
    flow("a checkout of an empty cart", "POST", `${publicPath}/checkout`, guest, buyer),
    flow("the customer's cart", "POST", `/v3/stores/${STORE}/customers/me/cart/items`, customer, { type: "variant", variant_id: 5532 }),
    flow("the customer checks out", "POST", `/v3/stores/${STORE}/customers/me/checkout`, customer, { courier_service_id: 12, location_id: 31741, address: "Jl. Dago No. 5" }, "slug"),
    flow("the customer's orders", "GET", `/v3/stores/${STORE}/customers/me/orders`, customer),
    flow("a Prefer header leaves the state alone", "GET", `${publicPath}/cart`, { ...guest, Prefer: "code=200" }),
    flow("the business order list", "GET", "/v3/orders", business),
  );
  return corpus;
}
