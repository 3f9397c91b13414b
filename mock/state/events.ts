/**
 * What the state tells when an order changes: the webhook event the API would send, as its body
 * (`{event, unique_id, timestamp, data}`), in the shape of that event in the spec's `webhooks`, built on
 * the event's own example (the business, store, origin and warehouse stay as the example has them). The
 * state hands each event to `onEvent`; sending it (signing, retries) is mock/webhooks/'s business.
 */
import type { Catalog, Doc } from "./catalog.ts";
import { formatMoney } from "./money.ts";
import type { OfficeExamples } from "./order-bodies.ts";
import { statusTimes } from "./order-bodies.ts";
import { buyerAddress } from "./order-fields.ts";
import { grossRevenue, randomText, type Order, type OrderEventType } from "./orders.ts";
import { conform } from "./schemas.ts";

type Json = any;

/** A webhook event's body, exactly as it is sent. */
export interface StateEvent {
  event: OrderEventType;
  /** `event_` and 24 letters or digits: receivers deduplicate on it. */
  unique_id: string;
  timestamp: string;
  data: Record<string, unknown>;
}

const PAYMENT_EVENTS = new Set<OrderEventType>(["order.payment_status_changed", "payment.received", "payment.failed"]);

/** The variants an order line stands for (a bundle's lines, one each), as webhooks name them. */
function webhookLines(order: Order, catalog: Catalog) {
  return order.lines.flatMap(({ item }) => {
    const variants = item.kind === "variant" ? [item.variant] : (item.bundle.detail.bundlelines ?? []).flatMap((line: Json) => catalog.variant(line?.variant_id) ?? []);
    return variants.map((variant: { uniqueId: string | null; detail: Json }) => ({ variant_unique_id: variant.uniqueId ?? undefined, variant_sku: variant.detail.sku ?? undefined }));
  });
}

export function orderEvent(type: OrderEventType, order: Order, context: { doc: Doc & { webhooks?: Record<string, Json> }; office: OfficeExamples; catalog: Catalog }, now: string): StateEvent {
  const example = context.office.webhooks[type] ?? context.office.webhooks["order.created"] ?? {};
  const like = example.data ?? {};
  const common = { id: order.id, order_id: order.orderId, payment_link_id: null, is_from_payment_link: false, created_at: order.createdAt, last_updated_at: order.updatedAt };
  const data =
    type === "order.deleted"
      ? common
      : {
          ...like,
          ...common,
          secret_slug: order.secretSlug,
          status: order.status,
          ...statusTimes(order),
          payment_status: order.paymentStatus,
          payment_method: order.paymentMethod,
          gross_revenue: formatMoney(grossRevenue(order.amounts)),
          customer_id: order.customerId,
          destination_address: { ...buyerAddress(order.buyer), postal_code: order.buyer.postalCode },
          courier_service: order.courier ? { id: order.courier.courierServiceId, code: order.courier.example.service_code ?? null, name: order.courier.example.name ?? null } : null,
          ...(PAYMENT_EVENTS.has(type)
            ? {
                payment_status_history: order.paymentStatusHistory,
                pg_payment_info: {},
                pg_reference_id: order.fields.pg_reference_id ?? null,
                pg_paid_info: {},
                payment_account_id: null,
                orderlines: undefined,
              }
            : { orderlines: webhookLines(order, context.catalog) }),
        };
  const event = { event: type, unique_id: `event_${randomText(24)}`, timestamp: now, data };
  const schema = context.doc.webhooks?.[type]?.post?.requestBody?.content?.["application/json"]?.schema;
  return JSON.parse(JSON.stringify(schema ? conform(context.doc, schema, event) : event));
}
