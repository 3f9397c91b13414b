/**
 * The discount codes the stateful mock knows (mock/README.md, "The stateful storefront"). Any other code is
 * unknown: the check answers `discount_code: null, is_eligible: false`, and checkout refuses it.
 */
export interface DiscountCode {
  code: string;
  appliesTo: "product_price" | "shipping_cost";
  /** Percent off, or a fixed amount off (rupiah). */
  percentage?: number;
  amount?: number;
  /** At most this much off. */
  maxAmount?: number;
  /** Only from this product price on. */
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
  /** Rupiah off (0 when not eligible). */
  discount: number;
}

/** Codes match case-insensitively, as shoppers type them. */
export function checkDiscount(code: string, amounts: { productPrice: number; shippingCost: number }): DiscountCheck {
  const known = DISCOUNT_CODES.find((candidate) => candidate.code === code.trim().toUpperCase());
  if (!known) return { code: undefined, eligible: false, reason: "unknown_code", discount: 0 };
  if (known.expiredAt) return { code: known, eligible: false, reason: "expired", discount: 0 };
  if (amounts.productPrice < (known.minimumProductPrice ?? 0)) return { code: known, eligible: false, reason: "minimum_not_met", discount: 0 };
  const base = known.appliesTo === "product_price" ? amounts.productPrice : amounts.shippingCost;
  const off = known.percentage !== undefined ? Math.round((base * known.percentage) / 100) : (known.amount ?? 0);
  return { code: known, eligible: true, discount: Math.min(off, known.maxAmount ?? off, base) };
}
