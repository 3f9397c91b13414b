/**
 * The back office as a fresh mock starts it: the spec's example orders and customers, read into the
 * state's records, so the ids the examples document keep answering (`GET /v3/orders/019e812d-…`, the
 * public order of slug `k3v9TqLm2Xw8`, customer 60231) and change like any other.
 */
import type { Catalog } from "./catalog.ts";
import type { Customer } from "./customers.ts";
import { DISCOUNT_CODES } from "./discounts.ts";
import { moneyOf } from "./money.ts";
import { ORDER_STATUSES, PAYMENT_STATUSES, type HistoryEntry, type Order, type OrderLine, type OrderStatus } from "./orders.ts";
import type { OfficeExamples } from "./order-bodies.ts";
import type { Item, ShippingOption } from "./shop.ts";

type Json = any;

const text = (value: unknown) => (typeof value === "string" ? value : null);
const sen = (value: unknown) => moneyOf(value) ?? 0n;
const isOrderStatus = (value: unknown): value is OrderStatus => (ORDER_STATUSES as readonly unknown[]).includes(value);

/** The lines of an example order: its orderlines, or else its final variants ({variant id: quantity}). */
function exampleLines(example: Json, catalog: Catalog): OrderLine[] {
  const lines: { variant: unknown; quantity: unknown; id?: unknown; price?: unknown }[] = Array.isArray(example.orderlines)
    ? example.orderlines.map((line: Json) => ({ variant: line.variant, quantity: line.quantity, id: line.id, price: line.variant_price }))
    : Object.entries<Json>(example.final_variants ?? {}).map(([variant, quantity]) => ({ variant, quantity }));
  return lines.flatMap((line, index) => {
    const variant = catalog.variant(line.variant);
    if (!variant || !Number.isSafeInteger(line.quantity)) return [];
    const item: Item = { kind: "variant", variant };
    // A line without an id of its own takes the order's, numbered: the same on every start.
    const id = typeof line.id === "string" ? line.id : `${String(example.id).slice(0, -12)}${String(index + 1).padStart(12, "0")}`;
    return [{ id, item, quantity: line.quantity as number, unitPrice: moneyOf(line.price) ?? variant.price }];
  });
}

export function seedOrders(office: OfficeExamples, catalog: Catalog, couriers: Record<string, Json>[]): Order[] {
  const seeds = office.orders
    .filter((example) => typeof example.id === "string" && typeof example.secret_slug === "string")
    .sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)));
  return seeds.map((example, index): Order => {
    const address = example.destination_address ?? {};
    const courierExample = couriers.find((option) => option.courier_service_id === example.courier_service?.id);
    const courier: ShippingOption | undefined = courierExample && { courierServiceId: courierExample.courier_service_id, cost: sen(example.shipping_cost), example: courierExample };
    const times = Object.fromEntries([...ORDER_STATUSES, ...PAYMENT_STATUSES].map((status) => [`${status}_time`, text(example[`${status}_time`])]));
    const history: HistoryEntry<OrderStatus>[] = (example.status_history ?? []).filter((entry: Json) => isOrderStatus(entry?.status) && typeof entry.time === "string");
    return {
      seq: index + 1,
      id: example.id,
      orderId: example.order_id,
      secretSlug: example.secret_slug,
      store: example.store?.unique_id ?? office.store,
      source: "example",
      createdAt: example.created_at,
      updatedAt: example.last_updated_at ?? example.created_at,
      status: isOrderStatus(example.status) ? example.status : "pending",
      paymentStatus: (PAYMENT_STATUSES as readonly unknown[]).includes(example.payment_status) ? example.payment_status : "unpaid",
      times,
      statusHistory: history.map((entry) => ({ by: entry.by ?? "system", status: entry.status, time: entry.time })),
      paymentStatusHistory: [],
      lines: exampleLines(example, catalog),
      amounts: {
        productPrice: sen(example.product_price),
        productDiscount: sen(example.product_discount),
        shippingCost: sen(example.shipping_cost),
        shippingDiscount: sen(example.shipping_discount),
        otherIncome: sen(example.other_income),
        discountCodeDiscount: sen(example.discount_code_discount),
        uniqueCodeDiscount: sen(example.unique_code_discount),
      },
      discountCode: DISCOUNT_CODES.find((code) => code.code === example.discount_code_code),
      courier,
      paymentMethod: example.payment_method ?? "bank_transfer",
      buyer: {
        name: text(address.name ?? example.customer?.name),
        email: text(example.customer?.email),
        phone: text(address.phone ?? example.customer?.phone),
        address: text(address.address),
        subdistrict: text(address.subdistrict),
        city: text(address.city),
        province: text(address.province),
        postalCode: text(address.postal_code),
        locationId: typeof address.location === "number" ? address.location : null,
      },
      customerId: typeof example.customer?.id === "number" ? example.customer.id : null,
      customerIdentity: undefined,
      notes: text(example.notes),
      tags: Array.isArray(example.tags) ? example.tags.filter((tag: unknown) => typeof tag === "string") : [],
      isProbablySpam: example.is_probably_spam === true,
      fields: {},
      example,
    };
  });
}

/** The example customers, and the customers the example orders embed. */
export function seedCustomers(office: OfficeExamples): Omit<Customer, "seq">[] {
  const examples = new Map<number, Json>();
  for (const customer of [...office.orders.map((order) => order.customer), ...office.customers]) {
    if (typeof customer?.id === "number") examples.set(customer.id, { ...examples.get(customer.id), ...customer });
  }
  return [...examples.values()]
    .sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
    .map((example) => ({
      id: example.id,
      name: text(example.name),
      email: text(example.email),
      phone: text(example.phone),
      status: example.status ?? "active",
      createdAt: example.created_at,
      updatedAt: example.last_updated_at ?? example.created_at,
      confirmedAt: text(example.confirmed_at),
      example: Object.fromEntries(Object.entries(example).filter(([name]) => !["confirmed_at"].includes(name))),
    }));
}
