/**
 * Money as the mock's tests check it: exact decimals (bigint units and a scale, never floating point),
 * amounts in sen, and the catalog's prices read from the mock's own catalog routes.
 */
import { expect } from "vitest";
import { STORE, STOREFRONT_KEY } from "./mock-process.ts";

/** A decimal number's text as an exact integer and a power-of-ten scale (units × 10^-scale); undefined when not a finite decimal. */
export function exactDecimal(text: string): { units: bigint; scale: number } | undefined {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const [, sign, whole, fraction = "", exponent = "0"] = match;
  let units = BigInt(`${whole}${fraction}`) * (sign ? -1n : 1n);
  let scale = fraction.length - Number(exponent);
  if (Math.abs(scale) > 500) return units === 0n ? { units: 0n, scale: 0 } : scale < 0 ? { units: units * 10n ** 500n, scale: 0 } : { units: 0n, scale: 0 };
  if (scale < 0) [units, scale] = [units * 10n ** BigInt(-scale), 0];
  while (scale > 0 && units % 10n === 0n) [units, scale] = [units / 10n, scale - 1];
  return { units, scale };
}

/** An exact decimal in sen (hundredths); undefined for a decimal with more than two places. */
export const toSen = ({ units, scale }: { units: bigint; scale: number }) => (scale <= 2 ? units * 10n ** BigInt(2 - scale) : undefined);
export const min = (a: bigint, b: bigint) => (a < b ? a : b);

/** A money field as the mock writes it (a number, or a decimal string) in sen. */
export function sen(value: unknown): bigint {
  expect(typeof value === "number" || typeof value === "string", `money field ${JSON.stringify(value)}`).toBe(true);
  const exact = exactDecimal(String(value));
  expect(exact, `money field ${JSON.stringify(value)}`).toBeDefined();
  return toSen(exact!)!;
}

const MONEY_FIELDS = /^(total|price|cost|product_price|shipping_cost|gross_revenue|net_revenue|discount_code_discount|product_discount|shipping_discount|other_income|service_fee|variant_price|unique_code_discount)$/;

/** Every money field of a body is a plain decimal: never an exponent, never null, never negative. */
export function expectMoneyFields(body: unknown, shown: string) {
  const visit = (value: unknown, key: string) => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item, key));
    if (value && typeof value === "object") return Object.entries(value).forEach(([name, inner]) => visit(inner, name));
    if (!MONEY_FIELDS.test(key)) return;
    expect(value, `${key} in the answer to ${shown}`).not.toBeNull();
    expect(typeof value === "number" ? Number.isSafeInteger(Math.round(value * 100)) : /^\d+\.\d{2}$/.test(String(value)), `${key}: ${JSON.stringify(value)} in the answer to ${shown}`).toBe(true);
    expect(String(value), `${key} in the answer to ${shown}`).not.toMatch(/e|-/i);
  };
  visit(body, "");
}

export interface CatalogVariant {
  id: number;
  sen: bigint;
  physical: boolean;
}

/** Every variant the storefront of the mock at `url` sells, with its price in sen, read from its catalog routes. */
export async function catalogVariants(url: string): Promise<CatalogVariant[]> {
  const get = async (path: string) => (await fetch(`${url}/v3/stores/${STORE}/public${path}`, { headers: STOREFRONT_KEY })).json();
  const variants: CatalogVariant[] = [];
  for (const card of (await get("/items")).data.filter((c: { entity_type: string }) => c.entity_type === "product")) {
    for (const v of (await get(`/products/${card.slug}`)).variants) variants.push({ id: v.id, sen: sen(v.price), physical: v.item_type === "physical" });
  }
  return variants;
}
