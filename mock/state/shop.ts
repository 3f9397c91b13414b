/**
 * The storefront state the mock keeps in memory: carts per identity (a guest token or a customer
 * bearer token, within a store), the orders placed, and the sums behind every cart, shipping quote,
 * summary and order. No HTTP here: storefront.ts maps requests onto it and bodies.ts turns it into the
 * API's answers.
 */
import type { Catalog, CatalogBundle, CatalogVariant } from "./catalog.ts";
import { checkDiscount, type DiscountCheck } from "./discounts.ts";

type Json = any;

export type Item = { kind: "variant"; variant: CatalogVariant } | { kind: "bundle_price_option"; bundle: CatalogBundle };
export interface Line {
  item: Item;
  quantity: number;
}
export interface CartLine extends Line {
  id: number;
}
export interface Cart {
  id: number;
  lines: CartLine[];
}

/** A request the state cannot honour: an unknown id, an empty cart, a courier that does not serve it. */
export class StateRefusal extends Error {
  constructor(
    readonly kind: "not_found" | "invalid",
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
  }
}

export const unitPrice = (item: Item) => (item.kind === "variant" ? item.variant.price : item.bundle.price);
export const itemName = (item: Item) => (item.kind === "variant" ? `${item.variant.product.name} - ${item.variant.name}` : item.bundle.name);
const itemWeight = (item: Item) => (item.kind === "variant" ? item.variant.weight : item.bundle.weight);
const isPhysical = (item: Item) => (item.kind === "variant" ? item.variant.itemType === "physical" : item.bundle.physical);
const sameItem = (a: Item, b: Item) => (a.kind === "variant" ? b.kind === "variant" && a.variant === b.variant : b.kind === "bundle_price_option" && a.bundle === b.bundle);

export const productPrice = (lines: Line[]) => lines.reduce((sum, line) => sum + unitPrice(line.item) * line.quantity, 0);
export const totalWeight = (lines: Line[]) => lines.reduce((sum, line) => sum + itemWeight(line.item) * line.quantity, 0);

/** A courier service quoted for a cart: the spec's example option with this cart's cost. */
export interface ShippingOption {
  courierServiceId: number;
  cost: number;
  /** The example option it is based on (`StorefrontShippingOption`). */
  example: Record<string, Json>;
}

export interface Totals {
  productPrice: number;
  shippingCost: number;
  courier: ShippingOption | undefined;
  discount: DiscountCheck | undefined;
  grossRevenue: number;
}

export interface Buyer {
  name: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  subdistrict: string | null;
  city: string | null;
  province: string | null;
  postalCode: string | null;
  locationId: number | null;
}

export interface OrderLine extends Line {
  /** Its UUIDv7, as customer orders list it. */
  id: string;
  unitPrice: number;
}

export interface Order {
  id: string;
  secretSlug: string;
  orderId: string;
  placedAt: Date;
  lines: OrderLine[];
  totals: Totals;
  paymentMethod: string;
  buyer: Buyer;
  notes: string | null;
  /** The customer identity that placed it; undefined for a guest. */
  customer: string | undefined;
  /** Fields the buyer set later (PATCH /public/orders/{secret_slug}). */
  buyerUpdates: Record<string, Json>;
}

export interface QuoteOptions {
  courierServiceId?: number;
  /** Used when no courier is named. */
  shippingCost?: number;
  discountCode?: string | null;
  /** Placing an order: it needs lines, and a courier for physical goods. */
  forOrder?: boolean;
}

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
// Web Crypto (a global in browsers and Node): the state runs in both.
const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));
const randomText = (length: number, alphabet: string) => [...randomBytes(length)].map((byte) => alphabet[byte % alphabet.length]).join("");

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

/** The first ids handed out, like the spec's cart example, so a fresh mock always starts from the same ids. */
const FIRST_CART_ID = 88123;
const FIRST_LINE_ID = 88201;

export class ShopState {
  private carts = new Map<string, Cart>();
  private orders: Order[] = [];
  private nextCartId = FIRST_CART_ID;
  private nextLineId = FIRST_LINE_ID;

  constructor(
    public catalog: Catalog,
    /** The spec's shipping options: the couriers the mock quotes, with their cost per kilogram. */
    public couriers: Record<string, Json>[],
  ) {}

  /** Forgets every cart and order; ids start again from the seed. Returns what was dropped. */
  reset(catalog = this.catalog, couriers = this.couriers) {
    const dropped = { carts: this.carts.size, orders: this.orders.length };
    this.catalog = catalog;
    this.couriers = couriers;
    this.carts.clear();
    this.orders = [];
    this.nextCartId = FIRST_CART_ID;
    this.nextLineId = FIRST_LINE_ID;
    return dropped;
  }

  cart(identity: string): Cart | undefined {
    return this.carts.get(identity);
  }

  openCart(identity: string): Cart {
    let cart = this.carts.get(identity);
    if (!cart) this.carts.set(identity, (cart = { id: this.nextCartId++, lines: [] }));
    return cart;
  }

  dropCart(identity: string) {
    this.carts.delete(identity);
  }

  /** The catalog item a request names: ids as numbers or digit strings, unique ids, UUIDs or slugs. */
  item(kind: Item["kind"], ref: unknown): Item {
    if (kind === "variant") {
      const variant = this.catalog.variant(ref);
      if (variant) return { kind, variant };
      throw new StateRefusal("not_found", "variant_not_found", `Variant ${JSON.stringify(ref)} is not in the store's catalog.`);
    }
    const bundle = this.catalog.bundle(ref);
    if (bundle) return { kind, bundle };
    throw new StateRefusal("not_found", "bundle_price_option_not_found", `Bundle price option ${JSON.stringify(ref)} is not in the store's catalog.`);
  }

  /** Adds to the line of the same item, or opens a new line. */
  add(cart: Cart, item: Item, quantity: number) {
    const line = cart.lines.find((candidate) => sameItem(candidate.item, item));
    if (line) line.quantity += quantity;
    else cart.lines.push({ id: this.nextLineId++, item, quantity });
  }

  line(lines: CartLine[], lineId: string): CartLine {
    const line = lines.find((candidate) => String(candidate.id) === lineId);
    if (line) return line;
    throw new StateRefusal("not_found", "cart_item_not_found", `The cart has no item ${JSON.stringify(lineId)}.`);
  }

  remove(cart: Cart, line: CartLine) {
    cart.lines = cart.lines.filter((candidate) => candidate !== line);
  }

  /** Moves the lines of one cart into another (quantities of the same item add up) and drops the first. */
  merge(fromIdentity: string, into: Cart) {
    for (const line of this.carts.get(fromIdentity)?.lines ?? []) this.add(into, line.item, line.quantity);
    this.carts.delete(fromIdentity);
  }

  /** Every courier for goods that ship (cost per started kilogram); none for digital-only lines. */
  shippingOptions(lines: Line[]): ShippingOption[] {
    if (!lines.some((line) => isPhysical(line.item))) return [];
    const kilograms = Math.max(1, Math.ceil(totalWeight(lines) / 1000));
    return this.couriers
      .filter((example) => typeof example.courier_service_id === "number")
      .map((example) => ({ courierServiceId: example.courier_service_id, cost: Number(example.cost ?? 0) * kilograms, example }));
  }

  quote(lines: Line[], options: QuoteOptions = {}): Totals {
    if (options.forOrder && lines.length === 0) throw new StateRefusal("invalid", "cart_empty", "There is nothing to check out: the cart is empty and the body names no items.");
    const products = productPrice(lines);
    const shipping = this.shippingOptions(lines);
    let courier: ShippingOption | undefined;
    if (options.courierServiceId !== undefined && shipping.length > 0) {
      courier = shipping.find((option) => option.courierServiceId === options.courierServiceId);
      if (!courier) {
        const offered = shipping.map((option) => option.courierServiceId).join(", ");
        throw new StateRefusal("invalid", "courier_not_available", `Courier service ${options.courierServiceId} does not serve this cart (shipping options: ${offered}).`);
      }
    } else if (options.forOrder && shipping.length > 0) {
      throw new StateRefusal("invalid", "courier_required", "The cart has goods to ship: choose one of the shipping options (courier_service_id).");
    }
    const shippingCost = courier?.cost ?? (shipping.length > 0 ? (options.shippingCost ?? 0) : 0);
    const discount = options.discountCode ? checkDiscount(options.discountCode, { productPrice: products, shippingCost }) : undefined;
    if (discount && !discount.eligible) {
      throw new StateRefusal("invalid", "discount_code_not_eligible", `The discount code ${JSON.stringify(options.discountCode)} cannot be used (${discount.reason}).`);
    }
    return { productPrice: products, shippingCost, courier, discount, grossRevenue: products + shippingCost - (discount?.discount ?? 0) };
  }

  placeOrder(order: { lines: Line[]; totals: Totals; paymentMethod: string; buyer: Buyer; notes: string | null; customer: string | undefined }): Order {
    const now = new Date();
    const placed: Order = {
      ...order,
      lines: order.lines.map((line) => ({ id: uuidv7(now.getTime()), item: line.item, quantity: line.quantity, unitPrice: unitPrice(line.item) })),
      id: uuidv7(now.getTime()),
      secretSlug: randomText(12, ALPHANUMERIC),
      orderId: orderNumber(now),
      placedAt: now,
      buyerUpdates: {},
    };
    this.orders.push(placed);
    return placed;
  }

  order(secretSlug: string): Order | undefined {
    return this.orders.find((order) => order.secretSlug === secretSlug);
  }

  /** A customer's orders, newest first. */
  customerOrders(customer: string): Order[] {
    return this.orders.filter((order) => order.customer === customer).reverse();
  }
}
