/**
 * The identifier kinds the v3 API mixes, as branded types with validating constructors.
 *
 * A brand is a compile-time tag on a plain string or number: `StoreId` is still a `number` and
 * `StoreUniqueId` still a `string`, so both fit the generated parameter types, but a function that
 * asks for a `StoreUniqueId` rejects a `StoreId` (and an unchecked string) at compile time.
 */
import { ScalevInputError } from "./errors.ts";

declare const brand: unique symbol;
export type Brand<T, Name extends string> = T & { readonly [brand]: Name };

/** Canonical order id: a UUIDv7 string (lowercase). */
export type OrderUuid = Brand<string, "OrderUuid">;
/** Numeric id of an order created before the UUIDv7 migration; still accepted on order routes. */
export type LegacyOrderId = Brand<number, "LegacyOrderId">;
export type OrderId = OrderUuid | LegacyOrderId;

/** Store `unique_id` (`store_…`), used as `{store_id}` on storefront and customer routes. */
export type StoreUniqueId = Brand<string, "StoreUniqueId">;
/** Numeric store `id`, used as `{store_id}` on authenticated business store routes. */
export type StoreId = Brand<number, "StoreId">;
/** Variant `unique_id` (`variant_…`). */
export type VariantUniqueId = Brand<string, "VariantUniqueId">;
/** Bundle price option `unique_id` (`bpo_…`; some documents spell it `bundle_price_option_…`). */
export type BundlePriceOptionUniqueId = Brand<string, "BundlePriceOptionUniqueId">;
/** Warehouse `unique_id` (`warehouse_…`). */
export type WarehouseUniqueId = Brand<string, "WarehouseUniqueId">;
/** Business `unique_id` (e.g. `ABC123`), the `b_uid` business selector. */
export type BusinessUniqueId = Brand<string, "BusinessUniqueId">;

export type ParsedOrderId =
  | { kind: "uuid"; id: OrderUuid; createdAt: Date }
  | { kind: "legacy"; id: LegacyOrderId };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-([0-9a-f])[0-9a-f]{3}-([0-9a-f])[0-9a-f]{3}-[0-9a-f]{12}$/i;
const DECIMAL = /^[1-9][0-9]*$/;
/** Characters seen in unique_id suffixes; anything else (`/`, `?`, spaces, …) is a mistake. */
const UNIQUE_ID_BODY = "[A-Za-z0-9_-]+";

const shownValue = (value: unknown): string => {
  if (typeof value === "string") return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  return value === null ? "null" : Array.isArray(value) ? "an array" : `a value of type ${typeof value}`;
};

/** Why `value` is not a UUIDv7, or undefined when it is one. */
function uuidv7Problem(value: string): string | undefined {
  const match = UUID.exec(value);
  if (!match) return "is not a UUID";
  const [, version, variant] = match;
  if (version !== "7") return `is a UUID version ${parseInt(version!, 16)}, not version 7`;
  if (!/[89ab]/i.test(variant!)) return "is not an RFC 9562 UUID (variant bits)";
  return undefined;
}

/** True when `value` is a UUIDv7 string (any letter case). */
export function isOrderUuid(value: unknown): value is OrderUuid {
  return typeof value === "string" && uuidv7Problem(value) === undefined;
}

/** The creation time a UUIDv7 carries in its first 48 bits (Unix milliseconds). */
export function uuidv7Time(uuid: string): Date {
  const problem = typeof uuid === "string" ? uuidv7Problem(uuid) : "is not a string";
  if (problem) throw new ScalevInputError(`${shownValue(uuid)} ${problem}; expected a UUIDv7.`);
  return new Date(parseInt(uuid.slice(0, 8) + uuid.slice(9, 13), 16));
}

function positiveSafeInteger(value: unknown, what: string): number {
  if (typeof value === "number") {
    if (Number.isSafeInteger(value) && value > 0) return value;
    throw new ScalevInputError(`${shownValue(value)} is not a valid ${what}: expected a positive whole number up to ${Number.MAX_SAFE_INTEGER}.`);
  }
  if (typeof value === "string") {
    if (value.trim() !== value) throw new ScalevInputError(`${shownValue(value)} is not a valid ${what}: it has surrounding whitespace.`);
    if (DECIMAL.test(value)) {
      const number = Number(value);
      if (Number.isSafeInteger(number)) return number;
      throw new ScalevInputError(`${shownValue(value)} is not a valid ${what}: it is larger than ${Number.MAX_SAFE_INTEGER}.`);
    }
  }
  throw new ScalevInputError(`${shownValue(value)} is not a valid ${what}: expected a positive whole number.`);
}

/**
 * Reads an order id: a UUIDv7 string (normalised to lowercase, with its creation time decoded) or a
 * legacy numeric id (a positive safe integer, as a number or a plain decimal string).
 * Throws ScalevInputError for anything else, saying what was expected; an order number (`order_id`):
 *   parseOrderId("250130JQHFZG") // throws ScalevInputError: "250130JQHFZG" is not a valid order id: expected a UUIDv7 or a legacy numeric id.
 */
export function parseOrderId(value: unknown): ParsedOrderId {
  if (typeof value === "string" && !DECIMAL.test(value)) {
    const problem = uuidv7Problem(value);
    if (problem === undefined) {
      const id = value.toLowerCase() as OrderUuid;
      return { kind: "uuid", id, createdAt: uuidv7Time(id) };
    }
    if (value.trim() !== value) throw new ScalevInputError(`${shownValue(value)} is not a valid order id: it has surrounding whitespace.`);
    if (problem !== "is not a UUID") throw new ScalevInputError(`${shownValue(value)} is not a valid order id: it ${problem}.`);
    throw new ScalevInputError(`${shownValue(value)} is not a valid order id: expected a UUIDv7 or a legacy numeric id.`);
  }
  if (typeof value === "string" || typeof value === "number") {
    return { kind: "legacy", id: positiveSafeInteger(value, "legacy order id") as LegacyOrderId };
  }
  throw new ScalevInputError(`${shownValue(value)} is not a valid order id: expected a UUIDv7 string or a legacy numeric id.`);
}

/** Validates an order id (see parseOrderId) and returns it branded. */
export const orderId = (value: unknown): OrderId => parseOrderId(value).id;

function uniqueId<T extends string>(prefixes: readonly string[], what: string) {
  const pattern = new RegExp(`^(?:${prefixes.join("|")})${UNIQUE_ID_BODY}$`);
  const expected = prefixes.length > 0 ? ` like "${prefixes[0]}…"` : " (letters, digits, _ or -)";
  return (value: unknown): T => {
    if (typeof value === "string" && pattern.test(value)) return value as T;
    throw new ScalevInputError(`${shownValue(value)} is not a valid ${what}: expected a unique_id${expected}.`);
  };
}

export const storeUniqueId = uniqueId<StoreUniqueId>(["store_"], "store unique_id");
export const variantUniqueId = uniqueId<VariantUniqueId>(["variant_"], "variant unique_id");
export const bundlePriceOptionUniqueId = uniqueId<BundlePriceOptionUniqueId>(
  ["bpo_", "bundle_price_option_"],
  "bundle price option unique_id",
);
export const warehouseUniqueId = uniqueId<WarehouseUniqueId>(["warehouse_"], "warehouse unique_id");
export const businessUniqueId = uniqueId<BusinessUniqueId>([], "business unique_id");

/** Validates a numeric store id (a positive safe integer, or its plain decimal string) and brands it. */
export const storeId = (value: unknown): StoreId => positiveSafeInteger(value, "store id") as StoreId;
