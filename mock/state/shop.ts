/**
 * The storefront state the mock keeps in memory: carts per identity (a guest token or a customer
 * bearer token, within a store), and the sums behind every cart, shipping quote, summary and order (the
 * orders themselves are in orders.ts). No HTTP here: storefront.ts maps requests onto it and bodies.ts
 * turns it into the API's answers.
 */
import type { Catalog, CatalogBundle, CatalogVariant } from "./catalog.ts";
import { checkDiscount, type DiscountCheck } from "./discounts.ts";
import { MAX_QUANTITY, moneyOf, sumMoney, type Money } from "./money.ts";
import { StateRefusal } from "./refusal.ts";

export { StateRefusal };

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

export const unitPrice = (item: Item) => (item.kind === "variant" ? item.variant.price : item.bundle.price);
export const itemName = (item: Item) => (item.kind === "variant" ? `${item.variant.product.name} - ${item.variant.name}` : item.bundle.name);
const itemWeight = (item: Item) => (item.kind === "variant" ? item.variant.weight : item.bundle.weight);
const isPhysical = (item: Item) => (item.kind === "variant" ? item.variant.itemType === "physical" : item.bundle.physical);
const sameItem = (a: Item, b: Item) => (a.kind === "variant" ? b.kind === "variant" && a.variant === b.variant : b.kind === "bundle_price_option" && a.bundle === b.bundle);

export const productPrice = (lines: Line[]): Money => sumMoney(lines.map((line) => unitPrice(line.item) * BigInt(line.quantity)));
export const totalWeight = (lines: Line[]) => lines.reduce((sum, line) => sum + itemWeight(line.item) * line.quantity, 0);

/** A courier service quoted for a cart: the spec's example option with this cart's cost. */
export interface ShippingOption {
  courierServiceId: number;
  cost: Money;
  /** The example option it is based on (`StorefrontShippingOption`). */
  example: Record<string, Json>;
}

export interface Totals {
  productPrice: Money;
  shippingCost: Money;
  courier: ShippingOption | undefined;
  discount: DiscountCheck | undefined;
  grossRevenue: Money;
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

export interface QuoteOptions {
  courierServiceId?: number | undefined;
  /** Used when no courier is named. */
  shippingCost?: Money | undefined;
  discountCode?: string | null;
  /** Placing an order: it needs lines, and a courier for physical goods. */
  forOrder?: boolean;
}

/** The first ids handed out, like the spec's cart example, so a fresh mock always starts from the same ids. */
const FIRST_CART_ID = 88123;
const FIRST_LINE_ID = 88201;
/** Carts kept at most (about 1.6 KB each): past it, the cart used longest ago is forgotten. */
export const MAX_CARTS = 10_000;
/** Identities are keyed by a hash past this length: a 16 KB token must not cost 16 KB per cart. */
const MAX_KEY_LENGTH = 200;

/** cyrb53, twice with different seeds: a 106-bit digest for long identities (not a security boundary). */
function digest(text: string): string {
  const half = (seed: number) => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  };
  return `#${half(1)}.${half(2)}`;
}
const keyOf = (identity: string) => (identity.length > MAX_KEY_LENGTH ? digest(identity) : identity);

export class ShopState {
  /** Least recently used first: a Map keeps insertion order, and every use moves a cart to the end. */
  private carts = new Map<string, Cart>();
  private nextCartId = FIRST_CART_ID;
  private nextLineId = FIRST_LINE_ID;

  constructor(
    public catalog: Catalog,
    /** The spec's shipping options: the couriers the mock quotes, with their cost per kilogram. */
    public couriers: Record<string, Json>[],
    readonly maxCarts: number = MAX_CARTS,
  ) {}

  /** Forgets every cart; ids start again from the seed. Returns how many carts were dropped. */
  reset(catalog = this.catalog, couriers = this.couriers): number {
    const dropped = this.carts.size;
    this.catalog = catalog;
    this.couriers = couriers;
    this.carts.clear();
    this.nextCartId = FIRST_CART_ID;
    this.nextLineId = FIRST_LINE_ID;
    return dropped;
  }

  get cartCount() {
    return this.carts.size;
  }

  cart(identity: string): Cart | undefined {
    const key = keyOf(identity);
    const cart = this.carts.get(key);
    if (cart) this.carts.delete(key), this.carts.set(key, cart);
    return cart;
  }

  openCart(identity: string): Cart {
    const existing = this.cart(identity);
    if (existing) return existing;
    const cart = { id: this.nextCartId++, lines: [] };
    this.carts.set(keyOf(identity), cart);
    if (this.carts.size > this.maxCarts) this.carts.delete(this.carts.keys().next().value!);
    return cart;
  }

  dropCart(identity: string) {
    this.carts.delete(keyOf(identity));
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

  /** Adds to the line of the same item, or opens a new line; a line holds at most MAX_QUANTITY. */
  add(cart: Cart, item: Item, quantity: number) {
    const line = cart.lines.find((candidate) => sameItem(candidate.item, item));
    if (line && line.quantity + quantity > MAX_QUANTITY) {
      throw new StateRefusal("invalid", "invalid_quantity", `The cart line would hold ${line.quantity + quantity}; a line holds at most ${MAX_QUANTITY}.`);
    }
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

  /**
   * Moves the lines of one cart into another (quantities of the same item add up, up to MAX_QUANTITY)
   * and drops the first.
   */
  merge(fromIdentity: string, into: Cart) {
    for (const line of this.cart(fromIdentity)?.lines ?? []) {
      const existing = into.lines.find((candidate) => sameItem(candidate.item, line.item));
      this.add(into, line.item, Math.min(line.quantity, MAX_QUANTITY - (existing?.quantity ?? 0)));
    }
    this.dropCart(fromIdentity);
  }

  /** Every courier for goods that ship (cost per started kilogram); none for digital-only lines. */
  shippingOptions(lines: Line[]): ShippingOption[] {
    if (!lines.some((line) => isPhysical(line.item))) return [];
    const kilograms = Math.max(1, Math.ceil(totalWeight(lines) / 1000));
    return this.couriers
      .filter((example) => typeof example.courier_service_id === "number")
      .map((example) => ({ courierServiceId: example.courier_service_id, cost: (moneyOf(example.cost) ?? 0n) * BigInt(kilograms), example }));
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
    const shippingCost = courier?.cost ?? (shipping.length > 0 ? (options.shippingCost ?? 0n) : 0n);
    const discount = options.discountCode ? checkDiscount(options.discountCode, { productPrice: products, shippingCost }) : undefined;
    if (discount && !discount.eligible) {
      throw new StateRefusal("invalid", "discount_code_not_eligible", `The discount code ${JSON.stringify(options.discountCode)} cannot be used (${discount.reason}).`);
    }
    return { productPrice: products, shippingCost, courier, discount, grossRevenue: products + shippingCost - (discount?.discount ?? 0n) };
  }
}
