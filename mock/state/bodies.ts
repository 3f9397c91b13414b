/**
 * The stateful mock's answers: carts, shipping quotes, summaries, discount checks and orders, each
 * built on the spec's own example of that answer (so every field the example carries is there, in the
 * same representation: an amount the example writes as "185000.00" stays a decimal string) with the
 * state's values written over it.
 */
import { CUSTOMER, PUBLIC, responseExamples, type Catalog, type CatalogVariant, type Doc } from "./catalog.ts";
import { DISCOUNT_CODES, type DiscountCheck } from "./discounts.ts";
import { money, moneyNumber, rupiah } from "./money.ts";
import { buyerAddress, courierName, orderIdentity, withSlug } from "./order-fields.ts";
import { grossRevenue, type Order, type OrderLine } from "./orders.ts";
import { itemName, productPrice, totalWeight, type Cart, type Item, type ShippingOption, type Totals } from "./shop.ts";

type Json = any;

/** The example answers the bodies start from. */
export interface Examples {
  shippingOptions: Record<string, Json>[];
  summary: Record<string, Json>;
  discountCheck: Record<string, Json>;
  publicOrder: Record<string, Json>;
  customerOrder: Record<string, Json>;
  customerOrderList: Record<string, Json>;
  customerAddresses: Record<string, Json>[];
  locations: Record<string, Json>[];
  /** The codes of the store's enabled payment methods. */
  paymentMethods: string[];
  cartTotal: unknown;
}

export function readExamples(doc: Doc): Examples {
  const first = (method: string, path: string, where: (example: Json) => boolean = () => true) => responseExamples(doc, method, path).find(where) ?? {};
  return {
    shippingOptions: first("post", `${PUBLIC}/checkout/shipping-options`, (e) => e?.data?.length > 0).data ?? [],
    summary: first("post", `${PUBLIC}/checkout/summary`),
    discountCheck: first("post", `${PUBLIC}/discount-codes/check`, (e) => e?.discount_code),
    publicOrder: first("get", `${PUBLIC}/orders/{secret_slug}`),
    customerOrder: first("get", `${CUSTOMER}/orders/{id}`),
    customerOrderList: first("get", `${CUSTOMER}/orders`),
    customerAddresses: first("get", `${CUSTOMER}/checkout/addresses`).data ?? [],
    locations: first("get", `${PUBLIC}/locations`).data ?? [],
    paymentMethods: (first("get", `${PUBLIC}/payment-methods`).data ?? []).filter((m: Json) => m?.enabled !== false).map((m: Json) => m.code),
    cartTotal: first("get", `${PUBLIC}/cart`).total,
  };
}

const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

export function cartBody(cart: Cart, examples: Examples) {
  return {
    id: cart.id,
    item_count: cart.lines.length,
    total: money(productPrice(cart.lines), examples.cartTotal),
    items: cart.lines.map(({ id, item, quantity }) =>
      item.kind === "variant"
        ? { id, type: "variant", variant_id: item.variant.id, bundle_price_option_id: null, quantity }
        : {
            id,
            type: "bundle_price_option",
            variant_id: null,
            bundle_price_option_id: item.bundle.id,
            bundle_price_option_slug: item.bundle.slug,
            ...(item.bundle.uniqueId !== null && { bundle_price_option_unique_id: item.bundle.uniqueId }),
            quantity,
          },
    ),
  };
}

export const shippingOptionBody = (option: ShippingOption) => ({ ...option.example, cost: money(option.cost, option.example.cost) });

export function summaryBody(totals: Totals, examples: Examples) {
  const like = examples.summary;
  return {
    product_price: money(totals.productPrice, like.product_price),
    shipping_cost: money(totals.shippingCost, like.shipping_cost),
    other_income: money(0n, like.other_income),
    other_income_name: like.other_income_name ?? null,
    service_fee: money(0n, like.service_fee),
    gross_revenue: money(totals.grossRevenue, like.gross_revenue),
  };
}

export function discountCheckBody(check: DiscountCheck, examples: Examples) {
  const like = examples.discountCheck;
  const code = check.code;
  const base = like.discount_code ?? {};
  return {
    discount_code: code ? {
      ...base,
      id: (typeof base.id === "number" ? base.id : 1) + DISCOUNT_CODES.indexOf(code),
      is_enabled: true,
      code: code.code,
      applied_to: code.appliesTo,
      amount_type: code.percentage !== undefined ? "percentage" : "fixed",
      percentage: money(rupiah(code.percentage ?? 0), base.percentage),
      is_max_amount: code.maxAmount !== undefined,
      max_amount: money(rupiah(code.maxAmount ?? 0), base.max_amount),
      amount: money(rupiah(code.amount ?? 0), base.amount),
      is_usage_limit: false,
      usage_limit: null,
      current_usage: 0,
      is_expiry: code.expiredAt !== undefined,
      expiry_time: code.expiredAt ?? null,
      is_limited_to_pages: false,
      pages: [],
      is_limited_to_payment_methods: false,
      payment_methods: [],
      is_minimum_revenue: code.minimumProductPrice !== undefined,
      minimum_revenue: money(rupiah(code.minimumProductPrice ?? 0), base.minimum_revenue),
    } : null,
    eligibility_details: check.reason ? { reason: check.reason } : {},
    is_eligible: check.eligible,
    discount_code_discount: money(check.discount, like.discount_code_discount),
  };
}

const optionValues = (item: Item) => {
  const detail = item.kind === "variant" ? item.variant.detail : {};
  return { variant_option1_value: detail.option1_value ?? null, variant_option2_value: detail.option2_value ?? null, variant_option3_value: detail.option3_value ?? null };
};
const itemType = (item: Item) => (item.kind === "variant" ? item.variant.itemType : item.bundle.physical ? "physical" : "digital");
/** What an order line is called: the product (a variant's options are in their own fields), or the bundle. */
const lineProductName = (item: Item) => (item.kind === "variant" ? item.variant.product.name : itemName(item));

function orderAmounts(order: Order, like: Record<string, Json>) {
  const { amounts } = order;
  return {
    product_price: money(amounts.productPrice, like.product_price),
    product_discount: money(amounts.productDiscount, like.product_discount),
    shipping_cost: money(amounts.shippingCost, like.shipping_cost),
    shipping_discount: money(amounts.shippingDiscount, like.shipping_discount),
    other_income: money(amounts.otherIncome, like.other_income),
    payment_link_income: money(0n, like.payment_link_income),
    unique_code_discount: money(amounts.uniqueCodeDiscount, like.unique_code_discount),
    discount_code_code: order.discountCode?.code ?? null,
    discount_code_discount: money(amounts.discountCodeDiscount, like.discount_code_discount),
    gross_revenue: money(grossRevenue(amounts), like.gross_revenue),
  };
}

/** Fields a buyer or the back office set on the order, as the storefront's answers carry them. */
const BUYER_FIELDS = ["transferproof_url", "transfer_time", "payment_account_holder", "payment_account_number"];
const buyerFields = (order: Order) => Object.fromEntries(BUYER_FIELDS.filter((name) => order.fields[name] !== undefined).map((name) => [name, order.fields[name]]));

/** `StorefrontPublicOrder`: the answer to checkout and to GET /public/orders/{secret_slug}. */
export function publicOrderBody(order: Order, examples: Examples) {
  const like = examples.publicOrder;
  const expiresInDays = Number(like.store?.auto_expire_days ?? 2);
  const courier = order.courier?.example;
  const placedAt = new Date(order.createdAt);
  return {
    ...like,
    ...orderIdentity(order, like),
    redirect_url: withSlug(like.redirect_url, like.secret_slug, order.secretSlug) ?? null,
    payment_status: order.paymentStatus,
    draft_time: iso(placedAt),
    paid_time: order.times.paid_time ?? null,
    transfer_time: null,
    transferproof_url: null,
    chat_message: null,
    customer_id: order.customerId,
    page: null,
    ...orderAmounts(order, like),
    pg_payment_info: {},
    status_history: order.statusHistory,
    payment_method: order.paymentMethod,
    epayment_provider: null,
    payment_account_holder: null,
    payment_account_number: null,
    shipment_status_history: [],
    shipment_receipt: null,
    courier_service: courier ? { name: courier.name ?? null, courier: { name: courierName(courier) } } : null,
    variants: {},
    bundle_price_options: {},
    orderlines: order.lines.map(({ item, quantity, unitPrice }) => ({
      quantity,
      product_name: lineProductName(item),
      item_type: itemType(item),
      ...optionValues(item),
      variant_price: money(unitPrice, like.orderlines?.[0]?.variant_price),
    })),
    payment_expiration_at: iso(new Date(placedAt.getTime() + expiresInDays * 86_400_000)),
    destination_address: buyerAddress(order.buyer),
    customer: { email: order.buyer.email },
    ...buyerFields(order),
  };
}

function customerOrderLine(line: OrderLine, like: Record<string, Json>) {
  const { item, quantity, unitPrice } = line;
  const detail = item.kind === "variant" ? item.variant.detail : {};
  return {
    id: line.id,
    quantity,
    variant: item.kind === "variant" ? item.variant.id : null,
    product_name: lineProductName(item),
    item_type: itemType(item),
    is_file_enabled: false,
    is_lms_enabled: false,
    is_license_enabled: false,
    currency: detail.currency ?? "IDR",
    pricing_type: detail.pricing_type ?? "one_time",
    interval: detail.interval ?? null,
    interval_count: detail.interval_count ?? null,
    variant_sku: detail.sku ?? null,
    ...optionValues(item),
    variant_price: money(unitPrice, like.variant_price),
    product_price: money(unitPrice * BigInt(quantity), like.product_price),
    discount: money(0n, like.discount),
    discount_code_discount: money(0n, like.discount_code_discount),
    weight: item.kind === "variant" ? item.variant.weight : item.bundle.weight,
  };
}

/** `StorefrontCustomerFacingOrder`: GET /customers/me/orders[/{id}]. */
export function customerOrderBody(order: Order, examples: Examples) {
  const like = examples.customerOrder;
  const placed = iso(new Date(order.createdAt));
  const courier = order.courier;
  const weight = totalWeight(order.lines);
  const finalVariants: Record<string, number> = {};
  for (const { item, quantity } of order.lines) finalVariants[lineProductName(item)] = (finalVariants[lineProductName(item)] ?? 0) + quantity;
  return {
    ...like,
    ...orderIdentity(order, like),
    ...Object.fromEntries(["confirmed", "in_process", "ready", "shipped", "completed", "rts", "canceled", "closed", "paid"].map((step) => [`${step}_time`, order.times[`${step}_time`] ?? null])),
    transfer_time: null,
    draft_time: placed,
    pending_time: order.times.pending_time ?? placed,
    unpaid_time: order.times.unpaid_time ?? placed,
    created_at: placed,
    last_updated_at: order.updatedAt,
    status_history: order.statusHistory,
    payment_status: order.paymentStatus,
    payment_method: order.paymentMethod,
    payment_account_holder: null,
    payment_account_number: null,
    transferproof_url: null,
    pg_payment_info: {},
    total_quantity: order.lines.reduce((sum, line) => sum + line.quantity, 0),
    ...orderAmounts(order, like),
    discount_code_applied_to: order.discountCode?.appliesTo ?? null,
    gross_revenue_for_dropshipper: money(0n, like.gross_revenue_for_dropshipper),
    discount_rate: money(0n, like.discount_rate),
    destination_address: {
      ...buyerAddress(order.buyer),
      ...(order.buyer.locationId !== null && { location: order.buyer.locationId }),
      postal_code: order.buyer.postalCode,
    },
    final_variants: finalVariants,
    product_weight: weight,
    total_weight: weight,
    is_dropshipping: false,
    courier_service: courier
      ? {
          id: courier.courierServiceId,
          name: courier.example.name ?? null,
          code: courier.example.service_code ?? null,
          courier: { name: courierName(courier.example), code: courier.example.courier_code ?? null },
        }
      : null,
    shipment_receipt: null,
    shipment_status: null,
    awb_status: null,
    shipment_status_history: [],
    orderlines: order.lines.map((line) => customerOrderLine(line, like.orderlines?.[0] ?? {})),
    notes: order.notes,
    ...buyerFields(order),
  };
}

export function customerOrderListBody(orders: Order[], examples: Examples) {
  return {
    ...examples.customerOrderList,
    data: orders.map((order) => customerOrderBody(order, examples)),
    has_next: false,
    has_previous: false,
    next_cursor: null,
    previous_cursor: null,
  };
}

/** GET /public/variants/pricing: the variants asked for (all without `ids`), in the order asked. */
export function pricingBody(catalog: Catalog, ids: string[] | undefined) {
  const variants = ids ? ids.flatMap((id) => catalog.variant(id) ?? []) : catalog.products.flatMap((product) => product.variants);
  return {
    data: variants.map((variant) => ({
      variant_id: variant.id,
      price: moneyNumber(variant.price),
      currency: variant.detail.currency ?? "IDR",
      available: variant.availableQty === null || variant.availableQty > 0,
      available_qty: variant.availableQty,
    })),
    is_paginated: false,
  };
}

/** A variant's stock as GET /public/variants/{variant_id}/availability reports it (low under 10). */
export function availabilityBody(variant: CatalogVariant) {
  const qty = variant.availableQty;
  return {
    variant_id: variant.id,
    available: qty === null || qty > 0,
    available_qty: qty,
    stock_status: qty === null || qty >= 10 ? "in_stock" : qty > 0 ? "low_stock" : "out_of_stock",
  };
}
