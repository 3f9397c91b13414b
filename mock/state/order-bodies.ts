/**
 * The back office's answers: an order as `GET /v3/orders/{id}` answers it (`Order`), as a list item
 * (`OrderList`), as a status summary, the statistics rows, and customers. Each is built on the spec's own
 * example (an order seeded from an example keeps its other fields; a new one takes the create example's,
 * cleared of what belongs to that example order alone) with the state's values written over it, then
 * fitted to its schema (schemas.ts).
 */
import { PUBLIC, responseExamples, type Catalog, type Doc } from "./catalog.ts";
import type { Customer, CustomerBook } from "./customers.ts";
import { formatMoney, moneyNumber } from "./money.ts";
import { grossRevenue, ORDER_STATUSES, PAYMENT_STATUSES, type Order, type OrderLine } from "./orders.ts";
import { buyerAddress, courierName, orderIdentity } from "./order-fields.ts";
import { conform, schemaNamed } from "./schemas.ts";
import type { Item } from "./shop.ts";

type Json = any;

/** The back office's examples the answers start from. */
export interface OfficeExamples {
  /** The example orders: the list's items with each one's detail example merged in. */
  orders: Record<string, Json>[];
  /** The answer to POST /v3/orders: what a new order's other fields look like. */
  created: Record<string, Json>;
  /** The example customers (list items and details, by id). */
  customers: Record<string, Json>[];
  /** Each webhook event's example body, by event name. */
  webhooks: Record<string, Record<string, Json>>;
  /** The store the examples sell in. */
  store: string;
}

const byId = (items: Json[]) => {
  const merged = new Map<unknown, Record<string, Json>>();
  for (const item of items) if (item?.id !== undefined) merged.set(item.id, { ...merged.get(item.id), ...item });
  return [...merged.values()];
};

export function readOfficeExamples(doc: Doc & { webhooks?: Record<string, Json> }): OfficeExamples {
  const all = (method: string, path: string) => responseExamples(doc, method, path);
  const listed = all("get", "/v3/orders").flatMap((page) => (Array.isArray(page?.data) ? page.data : []));
  const details = all("get", "/v3/orders/{id}");
  // An order's detail example wins over its list item (the detail has every field in the Order shape).
  const orders = byId(listed).map((item) => ({ ...toDetail(doc, item), ...details.find((detail) => detail?.id === item.id) }));
  for (const detail of details) if (detail?.id && !orders.some((order) => order.id === detail.id)) orders.push(detail);
  const webhooks: Record<string, Record<string, Json>> = {};
  for (const [name, item] of Object.entries<Json>(doc.webhooks ?? {})) {
    const media = item?.post?.requestBody?.content?.["application/json"];
    const example = media?.example ?? Object.values<Json>(media?.examples ?? {})[0]?.value;
    if (example) webhooks[name] = example;
  }
  const created = all("post", "/v3/orders")[0] ?? details[0] ?? {};
  return {
    orders,
    created,
    customers: byId([...all("get", "/v3/customers").flatMap((page) => page?.data ?? []), ...all("get", "/v3/customers/{id}")]),
    webhooks,
    store: created.store?.unique_id ?? orders[0]?.store?.unique_id ?? all("get", `${PUBLIC}/orders/{secret_slug}`)[0]?.store?.unique_id ?? "",
  };
}

/** A list item in the detail's shape: money as decimal strings, tags as names. */
const toDetail = (doc: Doc, item: Json) => conform(doc, schemaNamed("Order"), { ...item, tags: (item.tags ?? []).map((tag: Json) => (typeof tag === "string" ? tag : tag?.name)).filter(Boolean) });

/** Fields of the create example that belong to that example order alone: a new order starts without them. */
const EXAMPLE_ONLY: Record<string, Json> = {
  message_history: [],
  order_emails: [],
  analytics_purchases: [],
  follow_up_chats: [],
  shipment_status_history: [],
  chat_message: "",
  pg_reference_id: null,
  pg_paid_info: {},
  pg_payment_info: {},
  shipment_receipt: null,
  shipment_status: null,
  courier_additional_info: null,
  ip: null,
  utm_source: null,
  external_id: "",
  mark_as_spam_by: "",
  metadata: {},
  agent_context: {},
  fb_pixel_ids: [],
  tiktok_pixel_ids: [],
  kwai_pixel_ids: [],
  is_purchase_fb: false,
  is_purchase_tiktok: false,
  is_purchase_kwai: false,
  payment_account_id: null,
  payment_account_holder: null,
  payment_account_number: null,
  transferproof_url: null,
  transfer_time: null,
  rtsproof_url: null,
  discount_code_id: null,
  last_updated_by: undefined,
  // Amounts the mock does not model: fees, costs and the like are zero.
  ...Object.fromEntries(
    ["cogs", "cogs_bt", "scalev_fee", "payment_fee", "payment_fee_rate", "min_payment_fee", "payment_link_income", "payment_link_income_bt", "gross_revenue_for_dropshipper", "discount_rate", "weight_bump"].map((name) => [name, "0.00"]),
  ),
};

export interface OfficeContext {
  doc: Doc;
  office: OfficeExamples;
  customers: CustomerBook;
  catalog: Catalog;
}

function orderline(line: OrderLine, like: Record<string, Json>, insertedAt: string) {
  const { item, quantity, unitPrice } = line;
  const price = moneyNumber(unitPrice);
  const variant = item.kind === "variant" ? item.variant : undefined;
  const detail = variant?.detail ?? {};
  return {
    ...like,
    id: line.id,
    inserted_at: insertedAt,
    quantity,
    variant: variant?.id,
    product_name: variant ? variant.product.name : item.kind === "bundle_price_option" ? item.bundle.name : undefined,
    variant_sku: detail.sku,
    item_type: variant ? variant.itemType : item.kind === "bundle_price_option" && item.bundle.physical ? "physical" : "digital",
    pricing_type: detail.pricing_type ?? "one_time",
    currency: detail.currency ?? "IDR",
    variant_option1_value: detail.option1_value,
    variant_option2_value: detail.option2_value,
    variant_option3_value: detail.option3_value,
    // As the spec's example has it: a line's price fields are per unit; its quantity says how many.
    variant_price: price,
    variant_price_bt: price,
    product_price: price,
    product_price_bt: price,
    discount: 0,
    discount_bt: 0,
    discount_code_discount: 0,
    discount_code_discount_bt: 0,
    discount_rate: 0,
    weight: variant ? variant.weight : item.kind === "bundle_price_option" ? item.bundle.weight : 0,
  };
}

const weightOf = (item: Item) => (item.kind === "variant" ? item.variant.weight : item.bundle.weight);

const customerFields = (customer: Customer) => ({
  id: customer.id,
  name: customer.name,
  email: customer.email,
  phone: customer.phone,
  status: customer.status,
  created_at: customer.createdAt,
  last_updated_at: customer.updatedAt,
});

/** The customer as orders embed it. */
export const embeddedCustomer = (customer: Customer) => ({ confirmed_at: customer.confirmedAt, ...customerFields(customer) });

/** Each status's time field: "pending_time", "paid_time", … (null until the order was in that status). */
export const statusTimes = (order: Order) =>
  Object.fromEntries([...ORDER_STATUSES, ...PAYMENT_STATUSES].map((status) => [`${status}_time`, order.times[`${status}_time`] ?? null]));

/** `Order`: GET /v3/orders/{id}, and every answer that returns one order. */
export function businessOrderBody(order: Order, context: OfficeContext): Json {
  const template = order.example ?? { ...context.office.created, ...EXAMPLE_ONLY };
  const { amounts } = order;
  const gross = formatMoney(grossRevenue(amounts));
  const customer = order.customerId === null ? undefined : context.customers.byId(order.customerId);
  const courier = order.courier?.example;
  const weight = order.lines.reduce((sum, line) => sum + weightOf(line.item) * line.quantity, 0);
  const finalVariants: Record<string, number> = {};
  for (const { item, quantity } of order.lines) if (item.kind === "variant") finalVariants[item.variant.id] = (finalVariants[item.variant.id] ?? 0) + quantity;
  const body = {
    ...template,
    ...orderIdentity(order, template),
    payment_status: order.paymentStatus,
    ...statusTimes(order),
    status_history: order.statusHistory,
    // The contract types these entries with the order statuses, so a payment's own history cannot be listed here.
    payment_status_history: order.example ? template.payment_status_history : [],
    created_at: order.createdAt,
    last_updated_at: order.updatedAt,
    customer: customer ? embeddedCustomer(customer) : template.customer,
    destination_address: { ...(order.example && template.destination_address), ...buyerAddress(order.buyer), postal_code: order.buyer.postalCode, location: order.buyer.locationId },
    product_price: formatMoney(amounts.productPrice),
    product_price_bt: formatMoney(amounts.productPrice),
    product_discount: formatMoney(amounts.productDiscount),
    product_discount_bt: formatMoney(amounts.productDiscount),
    shipping_cost: formatMoney(amounts.shippingCost),
    shipping_fee: formatMoney(amounts.shippingCost),
    shipping_discount: formatMoney(amounts.shippingDiscount),
    shipping_fee_discount: formatMoney(amounts.shippingDiscount),
    other_income: formatMoney(amounts.otherIncome),
    other_income_bt: formatMoney(amounts.otherIncome),
    discount_code_discount: formatMoney(amounts.discountCodeDiscount),
    unique_code_discount: formatMoney(amounts.uniqueCodeDiscount),
    gross_revenue: gross,
    net_revenue: gross,
    net_payment_revenue: gross,
    discount_code_code: order.discountCode?.code ?? null,
    discount_code_applied_to: order.discountCode?.appliesTo ?? null,
    payment_method: order.paymentMethod,
    courier_service: courier
      ? template.courier_service?.id === order.courier!.courierServiceId
        ? template.courier_service
        : { id: order.courier!.courierServiceId, name: courier.name, code: courier.service_code, courier: { name: courierName(courier), code: courier.courier_code } }
      : null,
    orderlines: order.lines.map((line) => orderline(line, template.orderlines?.[0] ?? {}, order.createdAt)),
    total_quantity: order.lines.reduce((sum, line) => sum + line.quantity, 0),
    total_weight: formatMoney(BigInt(Math.round(weight * 100))),
    product_weight: formatMoney(BigInt(Math.round(weight * 100))),
    final_variants: finalVariants,
    notes: order.notes,
    tags: order.tags,
    is_probably_spam: order.isProbablySpam,
    store: template.store && { ...template.store, unique_id: order.store },
    ...order.fields,
  };
  return conform(context.doc, schemaNamed("Order"), body);
}

/** A small stable id for a tag name (list items embed tags as `{id, name}`). */
function tagId(name: string): number {
  let hash = 7;
  for (let i = 0; i < name.length; i++) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) >>> 0;
  return (hash % 1_000_000) + 1;
}

/** An `OrderList` item: GET /v3/orders. */
export function orderListItem(order: Order, context: OfficeContext): Json {
  const detail = businessOrderBody(order, context);
  return conform(context.doc, schemaNamed("OrderList"), { ...detail, tags: order.tags.map((name) => ({ id: tagId(name), name })) });
}

/** An order as a bulk status change lists it (`OrderChangeStatus`, and `OrderMarkNotSpam` with its spam fields). */
export function orderSummary(order: Order, context: OfficeContext, withSpam = false) {
  const detail = businessOrderBody(order, context);
  const summary = { id: order.id, order_id: order.orderId, public_order_url: detail.public_order_url, payment_url: detail.payment_url, payment_status: order.paymentStatus, status: order.status };
  return withSpam ? { ...summary, is_probably_spam: order.isProbablySpam, mark_as_spam_by: detail.mark_as_spam_by ?? null } : summary;
}

/** A customer as GET /v3/customers[/{id}] answers it. */
export const customerBody = (customer: Customer) => ({ ...customer.example, ...customerFields(customer) });

/**
 * GET /v3/orders/statistics: a count and the gross revenue of the orders, broken down by date
 * (`breakdown_date` on `datetime_type`), by status (`is_breakdown_status`) and by province or city
 * (`custom_breakdown_key`), as the query asks.
 */
export function statisticsBody(orders: readonly Order[], query: URLSearchParams) {
  const datetimeType = query.get("datetime_type") ?? "draft_time";
  const byDate = query.get("breakdown_date") ?? "off";
  const byStatus = query.get("is_breakdown_status") === "true";
  const custom = query.get("custom_breakdown_key") ?? "off";
  const rows = new Map<string, { count: number; gross: bigint; fields: Record<string, Json> }>();
  for (const order of orders) {
    const at = order.times[datetimeType] ?? (datetimeType === "draft_time" ? order.createdAt : null);
    if (byDate !== "off" && !at) continue;
    const fields: Record<string, Json> = {};
    if (byDate !== "off") Object.assign(fields, dateFields(new Date(at!)));
    if (byStatus) fields.status = order.status;
    if (custom === "province" || custom === "city") {
      fields.custom_breakdown_name = (custom === "province" ? order.buyer.province : order.buyer.city) ?? "";
      fields.custom_breakdown_id = tagId(fields.custom_breakdown_name);
    }
    const key = JSON.stringify([byDate !== "off" ? fields[byDate] : null, fields.status ?? null, fields.custom_breakdown_name ?? null]);
    const row = rows.get(key) ?? { count: 0, gross: 0n, fields };
    row.count++;
    row.gross += grossRevenue(order.amounts);
    rows.set(key, row);
  }
  const data = [...rows.values()].map(({ count, gross, fields }) => ({ count, gross_revenue: moneyNumber(gross), ...fields }));
  return { data: data.length > 0 || byDate !== "off" || byStatus || custom !== "off" ? data : [{ count: 0, gross_revenue: 0 }], is_paginated: true as const };
}

/** The day, ISO week and month of a time, in Jakarta (where the shop is). */
function dateFields(time: Date) {
  const jakarta = new Date(time.getTime() + 7 * 3600_000);
  const day = jakarta.toISOString().slice(0, 10);
  const thursday = new Date(Date.UTC(jakarta.getUTCFullYear(), jakarta.getUTCMonth(), jakarta.getUTCDate() + 3 - ((jakarta.getUTCDay() + 6) % 7)));
  const week = Math.ceil(((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
  return { day, week: `${thursday.getUTCFullYear()}-W${String(week).padStart(2, "0")}`, month: day.slice(0, 7) };
}
