/**
 * Every order the mock knows, whoever placed it: the spec's example orders (seeded, so their ids keep
 * answering), storefront checkouts and orders created in the back office. One record per order, read by
 * the storefront (public order, customer orders) and the back office (list, detail, statistics) alike,
 * so a status the back office sets shows on the buyer's order page. Every change goes through here and
 * is told to `emit` (the webhooks). No HTTP: the routes (storefront.ts, back-office.ts) map requests
 * onto it and order-bodies.ts / bodies.ts write the answers.
 */
import type { DiscountCode } from "./discounts.ts";
import { sumMoney, type Money } from "./money.ts";
import type { Buyer, Item, ShippingOption } from "./shop.ts";

type Json = any;

export const ORDER_STATUSES = ["draft", "pending", "confirmed", "in_process", "ready", "shipped", "completed", "canceled", "rts", "closed"] as const;
export const PAYMENT_STATUSES = ["unpaid", "paid", "conflict", "settled"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export interface OrderLine {
  /** Its UUIDv7. */
  id: string;
  item: Item;
  quantity: number;
  unitPrice: Money;
}

/** The amounts an order's total is computed from (sen). */
export interface OrderAmounts {
  productPrice: Money;
  productDiscount: Money;
  shippingCost: Money;
  shippingDiscount: Money;
  otherIncome: Money;
  discountCodeDiscount: Money;
  uniqueCodeDiscount: Money;
}

export const NO_AMOUNTS: OrderAmounts = { productPrice: 0n, productDiscount: 0n, shippingCost: 0n, shippingDiscount: 0n, otherIncome: 0n, discountCodeDiscount: 0n, uniqueCodeDiscount: 0n };

/** The gross revenue: what the buyer pays. Never below zero, as every discount is capped by what it applies to. */
export const grossRevenue = (a: OrderAmounts): Money =>
  a.productPrice - a.productDiscount + a.shippingCost - a.shippingDiscount + a.otherIncome - a.discountCodeDiscount - a.uniqueCodeDiscount;

export const linesPrice = (lines: { unitPrice: Money; quantity: number }[]): Money => sumMoney(lines.map((line) => line.unitPrice * BigInt(line.quantity)));

export interface HistoryEntry<S extends string> {
  by: string;
  status: S;
  time: string;
}

export interface Order {
  /** Creation order in this mock: lists are newest (highest) first. */
  seq: number;
  id: string;
  /** The order number, e.g. 260602KRTWMZA. */
  orderId: string;
  secretSlug: string;
  /** The store (its id as the storefront's path names it) the order belongs to. */
  store: string;
  source: "example" | "storefront" | "business";
  createdAt: string;
  updatedAt: string;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  /** "pending_time", "paid_time", …: when the order last entered each status. */
  times: Record<string, string | null>;
  statusHistory: HistoryEntry<OrderStatus>[];
  paymentStatusHistory: HistoryEntry<PaymentStatus>[];
  lines: OrderLine[];
  amounts: OrderAmounts;
  discountCode: DiscountCode | undefined;
  courier: ShippingOption | undefined;
  paymentMethod: string;
  buyer: Buyer;
  /** The business customer (customers.ts). */
  customerId: number | null;
  /** The storefront customer (a bearer identity) that placed it; undefined for a guest or the back office. */
  customerIdentity: string | undefined;
  notes: string | null;
  tags: string[];
  isProbablySpam: boolean;
  /** Fields a request set as sent (transferproof_url, payment_account_holder, dropshipper_name, …). */
  fields: Record<string, Json>;
  /** The spec's example this order was seeded from (its other fields answer as the example has them). */
  example: Record<string, Json> | undefined;
}

export type OrderEventType =
  | "order.created"
  | "order.updated"
  | "order.deleted"
  | "order.status_changed"
  | "order.payment_status_changed"
  | "order.spam_created"
  | "payment.received"
  | "payment.failed";

/** Orders kept at most: past it, the oldest order placed in this mock is forgotten (examples stay). */
export const MAX_ORDERS = 10_000;

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
// Web Crypto (a global in browsers and Node): the state runs in both.
const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));
export const randomText = (length: number, alphabet = ALPHANUMERIC) => [...randomBytes(length)].map((byte) => alphabet[byte % alphabet.length]).join("");

/** A version 7 UUID: the order ids the API hands out. */
export function uuidv7(now = Date.now()): string {
  const bytes = randomBytes(16);
  // 48-bit big-endian milliseconds; the division keeps it exact where a 32-bit shift would not.
  for (let i = 5, rest = now; i >= 0; i--, rest = Math.floor(rest / 256)) bytes[i] = rest % 256;
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An order number like the API's: the date in Jakarta (yymmdd) and seven letters, e.g. 260602KRTWMZA. */
function orderNumber(now: Date): string {
  const jakarta = new Date(now.getTime() + 7 * 3600_000).toISOString();
  return `${jakarta.slice(2, 4)}${jakarta.slice(5, 7)}${jakarta.slice(8, 10)}${randomText(7, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")}`;
}

export const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/** What placing an order takes; the book adds ids, times and histories. */
export type NewOrder = Pick<
  Order,
  "store" | "source" | "lines" | "amounts" | "discountCode" | "courier" | "paymentMethod" | "buyer" | "customerId" | "customerIdentity" | "notes" | "tags" | "isProbablySpam" | "fields"
> & { status?: OrderStatus };

export class OrderBook {
  /** Newest first. */
  private orders: Order[] = [];
  private nextSeq = 1;

  constructor(
    private readonly emit: (type: OrderEventType, order: Order) => void,
    readonly maxOrders: number = MAX_ORDERS,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Replaces every order with the seeds (oldest first); returns how many orders this mock had placed. */
  reset(seeds: Order[]): number {
    const dropped = this.orders.filter((order) => order.source !== "example").length;
    this.nextSeq = 1;
    this.orders = seeds.map((order) => ({ ...order, seq: this.nextSeq++ })).reverse();
    return dropped;
  }

  get size() {
    return this.orders.length;
  }

  /** Newest first. */
  all(): readonly Order[] {
    return this.orders;
  }

  byId(id: string): Order | undefined {
    return this.orders.find((order) => order.id === id);
  }

  /** The order with this secret slug in `store`: a slug never answers under another store's path. */
  bySlug(store: string, secretSlug: string): Order | undefined {
    return this.orders.find((order) => order.secretSlug === secretSlug && order.store === store);
  }

  now(): string {
    return this.clock().toISOString();
  }

  place(input: NewOrder): Order {
    const now = this.clock();
    const time = now.toISOString();
    const status = input.status ?? "pending";
    const order: Order = {
      ...input,
      seq: this.nextSeq++,
      id: uuidv7(now.getTime()),
      orderId: orderNumber(now),
      secretSlug: randomText(12),
      createdAt: time,
      updatedAt: time,
      status,
      paymentStatus: "unpaid",
      times: { draft_time: time, [`${status}_time`]: time, unpaid_time: time },
      statusHistory: [{ by: "system", status, time }],
      paymentStatusHistory: [{ by: "system", status: "unpaid", time }],
      example: undefined,
    };
    this.orders.unshift(order);
    this.evict();
    this.emit("order.created", order);
    if (order.isProbablySpam) this.emit("order.spam_created", order);
    return order;
  }

  /** Changes an order (`change` edits it in place) and tells of it as `order.updated`. */
  update(order: Order, change: (order: Order) => void): Order {
    change(order);
    order.updatedAt = this.now();
    this.emit("order.updated", order);
    return order;
  }

  /** Moves an order to `status`; nothing happens (and nothing is told) when it is there already. */
  changeStatus(order: Order, status: OrderStatus, by: string): void {
    if (order.status === status) return;
    const time = this.now();
    order.status = status;
    order.times[`${status}_time`] = time;
    order.statusHistory.push({ by, status, time });
    order.updatedAt = time;
    this.emit("order.status_changed", order);
  }

  /** Moves an order's payment to `status`, telling of it as the API does (payment.received for paid/settled, payment.failed for conflict). */
  changePaymentStatus(order: Order, status: PaymentStatus, by: string): void {
    if (order.paymentStatus === status) return;
    const time = this.now();
    order.paymentStatus = status;
    order.times[`${status}_time`] = time;
    order.paymentStatusHistory.push({ by, status, time });
    order.updatedAt = time;
    this.emit("order.payment_status_changed", order);
    if (status === "paid" || status === "settled") this.emit("payment.received", order);
    if (status === "conflict") this.emit("payment.failed", order);
  }

  remove(orders: Order[]): void {
    const gone = new Set(orders);
    this.orders = this.orders.filter((order) => !gone.has(order));
    const time = this.now();
    for (const order of orders) {
      order.updatedAt = time;
      this.emit("order.deleted", order);
    }
  }

  /** Past maxOrders, the oldest orders this mock placed go (the examples stay: their ids are documented). */
  private evict() {
    for (let at = this.orders.length - 1; this.orders.length > this.maxOrders && at >= 0; at--) {
      if (this.orders[at]!.source !== "example") this.orders.splice(at, 1);
    }
  }
}
