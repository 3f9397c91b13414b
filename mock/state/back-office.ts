/**
 * The back office's routes, answered from the state: the business order list (cursor pages, newest
 * first, filtered as the query asks), an order's detail, creating, changing, moving through statuses,
 * duplicating and deleting orders, the order statistics, and the business's customers. Storefront
 * checkouts are orders like any other here. Every other route under `/v3/orders/{id}` or
 * `/v3/customers/{id}` answers the spec's example for an order or customer the mock knows and `404` for
 * one it does not.
 */
import type { Doc } from "./catalog.ts";
import { checkDiscount } from "./discounts.ts";
import { requestAmount, requestQuantity, type Money } from "./money.ts";
import { businessOrderBody, customerBody, orderListItem, orderSummary, statisticsBody, type OfficeContext } from "./order-bodies.ts";
import { linesPrice, NO_AMOUNTS, ORDER_STATUSES, PAYMENT_STATUSES, uuidv7, type Order, type OrderAmounts, type OrderLine, type OrderStatus, type PaymentStatus } from "./orders.ts";
import { pageFields, pageOf } from "./pages.ts";
import type { Context, RouteTable } from "./router.ts";
import { StateRefusal, type Buyer, type ShippingOption } from "./shop.ts";
import type { Shared } from "./state.ts";
import { found } from "./storefront-routes.ts";

type Json = any;

const text = (value: unknown) => (typeof value === "string" ? value : null);
const PAGE_SIZE = 25;
/** Fields a request may set on an order that answer back as sent (and are not computed from others). */
const PLAIN_FIELDS = ["transferproof_url", "transfer_time", "payment_account_holder", "payment_account_number", "dropshipper_name", "dropshipper_phone", "is_dropshipping", "other_income_name", "shipment_provider_code", "metadata", "agent_context", "rtsproof_url"];

/** ASCII case-insensitive substring: how `search` matches (only ASCII letters fold, as for discount codes). */
const asciiLower = (value: string) => value.replace(/[A-Z]/g, (c) => c.toLowerCase());
const contains = (value: unknown, search: string) => value !== null && value !== undefined && asciiLower(String(value)).includes(asciiLower(search));

/** The orders a list or statistics query selects: its filters, each as the API documents it. */
function filtered(orders: readonly Order[], query: URLSearchParams, context: OfficeContext): Order[] {
  const equals = (name: string, value: (order: Order) => unknown) => {
    const wanted = query.get(name);
    return wanted === null ? () => true : (order: Order) => String(value(order)) === wanted;
  };
  const search = query.get("search");
  const searchField = query.get("search_field") ?? "order_id";
  const searched = (order: Order): unknown => {
    switch (searchField) {
      case "customer_name":
        return order.buyer.name;
      case "customer_email":
        return order.buyer.email;
      case "customer_phone":
        return order.buyer.phone;
      case "gross_revenue":
        return businessOrderBody(order, context).gross_revenue;
      case "external_id":
      case "pg_reference_id":
      case "shipment_receipt":
        return order.fields[searchField] ?? order.example?.[searchField];
      default:
        return order.orderId;
    }
  };
  const tags = query.get("tags")?.split(",").map((tag) => tag.trim()).filter(Boolean);
  const windows = [...query.keys()].filter((name) => /_time_(since|until)$/.test(name));
  const tests = [
    equals("status", (order) => order.status),
    equals("payment_status", (order) => order.paymentStatus),
    equals("payment_method", (order) => order.paymentMethod),
    equals("order_id", (order) => order.orderId),
    equals("is_probably_spam", (order) => order.isProbablySpam),
    equals("external_id", (order) => order.fields.external_id ?? order.example?.external_id ?? ""),
    equals("platform", (order) => order.example?.platform ?? "scalev"),
    (order: Order) => query.get("store_id") === null || [order.store, String(order.example?.store?.id ?? "")].includes(query.get("store_id")!),
    (order: Order) => search === null || search === "" || contains(searched(order), search),
    (order: Order) => !tags?.length || tags.some((tag) => order.tags.includes(tag)),
    (order: Order) =>
      windows.every((name) => {
        const [, field, bound] = /^(.*_time)_(since|until)$/.exec(name)!;
        const at = order.times[field!];
        const limit = Date.parse(query.get(name)!);
        if (Number.isNaN(limit)) return true;
        return !!at && (bound === "since" ? Date.parse(at) >= limit : Date.parse(at) <= limit);
      }),
  ];
  return orders.filter((order) => tests.every((test) => test(order)));
}

export function backOfficeRoutes(shared: Shared, doc: Doc): RouteTable {
  const context = (): OfficeContext => ({ doc: shared.doc, office: shared.office, customers: shared.customers, catalog: shared.shop.catalog });
  const detail = (order: Order) => ({ body: businessOrderBody(order, context()) });
  // A list screen asks again and again while nothing changes: its items are built once per revision.
  const listItems = new WeakMap<Order, { revision: number; body: Json }>();
  const listItem = (order: Order) => {
    const kept = listItems.get(order);
    if (kept?.revision === shared.revision) return kept.body;
    const body = orderListItem(order, context());
    listItems.set(order, { revision: shared.revision, body });
    return body;
  };
  const orderNamed = (id: unknown) => found(typeof id === "string" || typeof id === "number" ? shared.orders.byId(String(id)) : undefined, `Order ${JSON.stringify(id)}`, "order_not_found");
  const pathOrder = (c: Context) => orderNamed(c.params.id);

  /** The orders a bulk body's `ids` name; refused (nothing changed) when one is unknown. */
  function ordersOf(body: Json): Order[] {
    const ids: unknown[] = Array.isArray(body.ids) ? body.ids : [];
    const unknown = ids.filter((id) => !shared.orders.byId(String(id)));
    if (unknown.length > 0) throw new StateRefusal("invalid", "order_not_found", `No order ${unknown.map((id) => JSON.stringify(id)).join(", ")} on this mock; nothing was changed.`);
    return [...new Set(ids.map((id) => shared.orders.byId(String(id))!))];
  }

  /** Body lines (`ordervariants`, `orderbundles`) as order lines; undefined when the body names neither. */
  function linesOf(body: Json): OrderLine[] | undefined {
    if (body.ordervariants === undefined && body.orderbundles === undefined) return undefined;
    const variants = (body.ordervariants ?? []).map((line: Json, index: number) => ({
      item: shared.shop.item("variant", line.variant_unique_id),
      quantity: requestQuantity(line.quantity, `ordervariants[${index}].quantity`),
    }));
    const bundles = (body.orderbundles ?? []).map((line: Json, index: number) => ({
      item: shared.shop.item("bundle_price_option", line.bundle_price_option_unique_id),
      quantity: requestQuantity(line.quantity, `orderbundles[${index}].quantity`),
    }));
    return [...variants, ...bundles].map(({ item, quantity }) => ({ id: uuidv7(), item, quantity, unitPrice: item.kind === "variant" ? item.variant.price : item.bundle.price }));
  }

  function courierOf(id: unknown): ShippingOption | undefined {
    if (id === undefined || id === null) return undefined;
    const example = shared.examples.shippingOptions.find((option) => String(option.courier_service_id) === String(id));
    if (!example) {
      const known = shared.examples.shippingOptions.map((option) => option.courier_service_id).join(", ");
      throw new StateRefusal("invalid", "courier_not_available", `Courier service ${JSON.stringify(id)} is not one the mock knows (${known}).`);
    }
    return { courierServiceId: example.courier_service_id, cost: 0n, example };
  }

  /**
   * The amounts of an order from a request: the products from its lines, each amount the body sends (or
   * the order's until now), and the discount code's share recomputed. A discount larger than what it
   * applies to is refused, so the total never drops below zero.
   */
  function amountsOf(body: Json, lines: OrderLine[], before: OrderAmounts = NO_AMOUNTS, code = undefined as Order["discountCode"]): OrderAmounts {
    const amount = (name: string, fallback: Money) => requestAmount(body[name], name) ?? fallback;
    const amounts: OrderAmounts = {
      ...before,
      productPrice: linesPrice(lines),
      shippingCost: amount("shipping_cost", before.shippingCost),
      productDiscount: amount("product_discount", before.productDiscount),
      shippingDiscount: amount("shipping_discount", before.shippingDiscount),
      otherIncome: amount("other_income", before.otherIncome),
    };
    if (amounts.productDiscount > amounts.productPrice) throw new StateRefusal("invalid", "invalid_amount", "product_discount is more than the products cost.");
    if (amounts.shippingDiscount > amounts.shippingCost) throw new StateRefusal("invalid", "invalid_amount", "shipping_discount is more than the shipping costs.");
    // A discount code's share follows the new amounts (none when the order no longer qualifies).
    if (code) amounts.discountCodeDiscount = checkDiscount(code.code, { productPrice: amounts.productPrice, shippingCost: amounts.shippingCost }).discount;
    return amounts;
  }

  function buyerOf(body: Json, before?: Buyer): Buyer {
    const pick = (name: string, fallback: string | null | undefined) => (body[name] !== undefined ? text(body[name]) : (fallback ?? null));
    return {
      name: pick("customer_name", before?.name),
      email: pick("customer_email", before?.email),
      phone: pick("customer_phone", before?.phone),
      address: pick("address", before?.address),
      subdistrict: before?.subdistrict ?? null,
      city: before?.city ?? null,
      province: before?.province ?? null,
      postalCode: pick("postal_code", before?.postalCode),
      locationId: typeof body.location_id === "number" ? body.location_id : (before?.locationId ?? null),
    };
  }

  const plainFields = (body: Json) => Object.fromEntries(PLAIN_FIELDS.filter((name) => body[name] !== undefined).map((name) => [name, body[name]]));

  function createOrder(c: Context): Order {
    const store = String(c.body.store_unique_id);
    const stores = new Set([shared.office.store, ...shared.orders.all().map((order) => order.store)]);
    if (shared.office.store && !stores.has(store)) throw new StateRefusal("invalid", "store_not_found", `Store ${JSON.stringify(store)} is not the business's (${shared.office.store}).`);
    const lines = linesOf(c.body) ?? [];
    if (lines.length === 0) throw new StateRefusal("invalid", "order_empty", "An order needs items: ordervariants or orderbundles.");
    const buyer = buyerOf(c.body);
    const customer = shared.customers.findOrCreate(buyer);
    return shared.orders.place({
      store,
      source: "business",
      lines,
      amounts: amountsOf(c.body, lines),
      discountCode: undefined,
      courier: courierOf(c.body.courier_service_id),
      paymentMethod: typeof c.body.payment_method === "string" ? c.body.payment_method : "bank_transfer",
      buyer,
      customerId: customer.id,
      customerIdentity: undefined,
      notes: text(c.body.notes),
      tags: [],
      isProbablySpam: c.body.is_probably_spam === true,
      fields: plainFields(c.body),
    });
  }

  function updateOrder(order: Order, body: Json): Order {
    // Everything is checked before anything changes.
    const lines = linesOf(body) ?? order.lines;
    const amounts = amountsOf(body, lines, order.amounts, order.discountCode);
    const courier = body.courier_service_id !== undefined ? courierOf(body.courier_service_id) : order.courier;
    const buyer = buyerOf(body, order.buyer);
    return shared.orders.update(order, (changed) => {
      Object.assign(changed, { lines, amounts, courier, buyer });
      if (typeof body.payment_method === "string") changed.paymentMethod = body.payment_method;
      if (body.notes !== undefined) changed.notes = text(body.notes);
      if (body.customer_email !== undefined || body.customer_phone !== undefined) changed.customerId = shared.customers.findOrCreate(buyer).id;
      Object.assign(changed.fields, plainFields(body));
    });
  }

  function changeStatus(c: Context) {
    const orders = ordersOf(c.body);
    const status = c.body.status as OrderStatus | undefined;
    const paymentStatus = c.body.payment_status as PaymentStatus | undefined;
    const by = typeof c.body.by === "string" ? c.body.by : "mock";
    for (const order of orders) {
      if (status && (ORDER_STATUSES as readonly string[]).includes(status)) shared.orders.changeStatus(order, status, by);
      if (paymentStatus && (PAYMENT_STATUSES as readonly string[]).includes(paymentStatus)) {
        Object.assign(order.fields, plainFields(c.body));
        if (typeof c.body.payment_method === "string") order.paymentMethod = c.body.payment_method;
        shared.orders.changePaymentStatus(order, paymentStatus, by);
      }
    }
    return { body: { data: orders.map((order) => orderSummary(order, context())), is_paginated: false } };
  }

  // Unknown order or customer ids: 404 on every route that declares it; the spec's example for known ones.
  const guards: RouteTable = Object.entries<Json>(doc.paths).flatMap(([path, item]) => {
    const match = /^\/v3\/(orders\/\{id\}|customers\/\{id\}|customers\/\{customer_id\})(\/|$)/.exec(path);
    if (!match) return [];
    return Object.entries<Json>(item)
      .filter(([, operation]) => operation?.responses?.["404"])
      .map(([method]): RouteTable[number] => [
        method,
        path,
        (c) =>
          void (match[1] === "orders/{id}"
            ? pathOrder(c)
            : found(shared.customers.byId(c.params.id ?? c.params.customer_id!), `Customer ${JSON.stringify(c.params.id ?? c.params.customer_id)}`, "customer_not_found")),
      ]);
  });

  const customerNamed = (c: Context) => found(shared.customers.byId(c.params.id!), `Customer ${JSON.stringify(c.params.id)}`, "customer_not_found");
  const table: RouteTable = [
    ["get", "/v3/orders", (c) => {
      const page = pageOf(filtered(shared.orders.all(), c.query, context()), c.query, PAGE_SIZE, PAGE_SIZE);
      return { body: { data: page.items.map(listItem), ...pageFields(page) } };
    }],
    ["post", "/v3/orders", (c) => detail(createOrder(c))],
    ["get", "/v3/orders/statistics", (c) => ({ body: statisticsBody(filtered(shared.orders.all(), c.query, context()), c.query) })],
    ["get", "/v3/orders/{id}", (c) => detail(pathOrder(c))],
    ["patch", "/v3/orders/{id}", (c) => detail(updateOrder(pathOrder(c), c.body))],
    ["post", "/v3/orders/change-status", changeStatus],
    ["post", "/v3/orders/delete", (c) => {
      const orders = ordersOf(c.body);
      shared.orders.remove(orders);
      return { body: { data: orders.map((order) => order.id), is_paginated: false } };
    }],
    ["post", "/v3/orders/mark-not-spam", (c) => {
      const orders = ordersOf(c.body);
      for (const order of orders) if (order.isProbablySpam) shared.orders.update(order, (changed) => void (changed.isProbablySpam = false));
      return { body: { data: orders.map((order) => orderSummary(order, context(), true)), is_paginated: false } };
    }],
    ["post", "/v3/orders/{id}/update-tags", (c) => {
      const tags: string[] = Array.isArray(c.body.tags) ? c.body.tags.filter((tag: unknown) => typeof tag === "string") : [];
      return detail(shared.orders.update(pathOrder(c), (changed) => void (changed.tags = [...new Set(tags)])));
    }],
    ["patch", "/v3/orders/{id}/customer", (c) => {
      const order = pathOrder(c);
      const customer = shared.customers.byId(c.body.customer_id);
      if (!customer) throw new StateRefusal("invalid", "customer_not_found", `Customer ${JSON.stringify(c.body.customer_id)} does not exist on this mock.`);
      return detail(shared.orders.update(order, (changed) => void (changed.customerId = customer.id)));
    }],
    ["post", "/v3/orders/{id}/duplicate", (c) => {
      const original = pathOrder(c);
      const lines = original.lines.map((line) => ({ ...line, id: uuidv7() }));
      return detail(
        shared.orders.place({
          ...original,
          source: "business",
          lines,
          amounts: { ...original.amounts },
          paymentMethod: typeof c.body.payment_method === "string" ? c.body.payment_method : original.paymentMethod,
          tags: [...original.tags],
          fields: { ...plainFields(c.body), ...(c.body.metadata !== undefined && { metadata: c.body.metadata }) },
          customerIdentity: undefined,
        }),
      );
    }],

    ["get", "/v3/customers", (c) => {
      const search = c.query.get("search");
      const customers = shared.customers.all().filter((customer) => !search || [customer.name, customer.email, customer.phone].some((value) => contains(value, search)));
      const page = pageOf(customers, c.query, PAGE_SIZE, PAGE_SIZE);
      return { body: { data: page.items.map(customerBody), ...pageFields(page) } };
    }],
    ["post", "/v3/customers", (c) => ({ body: customerBody(shared.customers.create({ name: text(c.body.name), email: text(c.body.email), phone: text(c.body.phone) })) })],
    // The sibling count routes (/v3/products/count, /v3/bundles/count) answer {"count": n}.
    ["get", "/v3/customers/count", () => ({ body: { count: shared.customers.size } })],
    ["get", "/v3/customers/{id}", (c) => ({ body: customerBody(customerNamed(c)) })],
    ["patch", "/v3/customers/{id}", (c) => {
      const fields = Object.fromEntries(["name", "email", "phone"].filter((name) => c.body[name] !== undefined).map((name) => [name, text(c.body[name])]));
      return { body: customerBody(shared.customers.update(customerNamed(c), fields)) };
    }],
  ];
  const answered = new Set(table.map(([method, path]) => `${method} ${path}`));
  return [...table, ...guards.filter(([method, path]) => !answered.has(`${method} ${path}`))];
}
