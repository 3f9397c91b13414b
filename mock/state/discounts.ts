/**
 * The discount codes the stateful mock knows (mock/README.md, "The stateful storefront"). Any other code is
 * unknown: the check answers `discount_code: null, is_eligible: false`, and checkout refuses it.
 */
import { minMoney, percentOf, rupiah, type Money } from "./money.ts";

export interface DiscountCode {
  code: string;
  appliesTo: "product_price" | "shipping_cost";
  /** Percent off, or a fixed amount off (rupiah). */
  percentage?: number;
  amount?: number;
  /** At most this much off (rupiah). */
  maxAmount?: number;
  /** Only from this product price on (rupiah). */
  minimumProductPrice?: number;
  /** Expired on this date (ISO 8601): never eligible. */
  expiredAt?: string;
}

export const DISCOUNT_CODES: readonly DiscountCode[] = [
  // The spec's story: 10 % off the products, at most Rp50.000, from Rp185.000.
  { code: "JUNIHEMAT", appliesTo: "product_price", percentage: 10, maxAmount: 50_000, minimumProductPrice: 185_000 },
  { code: "GRATISONGKIR", appliesTo: "shipping_cost", amount: 20_000 },
  { code: "MEIHEMAT", appliesTo: "product_price", percentage: 15, expiredAt: "2026-05-31T16:59:59Z" },
];

export interface DiscountCheck {
  /** Undefined for an unknown code. */
  code: DiscountCode | undefined;
  eligible: boolean;
  /** Why not, when not eligible: `unknown_code`, `expired`, `minimum_not_met`. */
  reason?: "unknown_code" | "expired" | "minimum_not_met";
  /** Sen off (0 when not eligible); never more than what the code applies to, never negative. */
  discount: Money;
}

/**
 * Codes match as shoppers type them: surrounding spaces and the case of ASCII letters do not matter.
 * Only ASCII letters fold: `toUpperCase()` would also turn a dotless ı into I and a long ſ into S, so
 * look-alikes such as "junıhemat" or "GRATIſONGKIR" would pass for real codes.
 */
export const foldCode = (code: string) => code.replace(/^[ \t]+|[ \t]+$/g, "").replace(/[a-z]/g, (letter) => String.fromCharCode(letter.charCodeAt(0) - 32));

/** Amounts in sen, never negative (the state refuses negative amounts before they get here). */
export function checkDiscount(code: string, amounts: { productPrice: Money; shippingCost: Money }): DiscountCheck {
  const known = DISCOUNT_CODES.find((candidate) => candidate.code === foldCode(code));
  if (!known) return { code: undefined, eligible: false, reason: "unknown_code", discount: 0n };
  if (known.expiredAt) return { code: known, eligible: false, reason: "expired", discount: 0n };
  if (amounts.productPrice < rupiah(known.minimumProductPrice ?? 0)) return { code: known, eligible: false, reason: "minimum_not_met", discount: 0n };
  const base = known.appliesTo === "product_price" ? amounts.productPrice : amounts.shippingCost;
  const off = known.percentage !== undefined ? percentOf(base, known.percentage) : rupiah(known.amount ?? 0);
  const capped = known.maxAmount !== undefined ? minMoney(off, rupiah(known.maxAmount)) : off;
  return { code: known, eligible: true, discount: minMoney(capped, base < 0n ? 0n : base) };
}
