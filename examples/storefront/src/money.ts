/** IDR amounts arrive as numbers (185000) or decimal strings ("185000.00"). */
export function toNumber(amount: unknown): number {
  const value = typeof amount === "number" ? amount : typeof amount === "string" ? Number(amount) : Number.NaN;
  return Number.isFinite(value) ? value : 0;
}

const idr = new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR", maximumFractionDigits: 0 });

export const formatIdr = (amount: unknown): string => idr.format(toNumber(amount));

/** "Rp185.000", or "Rp49.000 – Rp249.000" for a card whose variants cost different amounts. */
export function formatRange(range: { min?: unknown; max?: unknown } | null | undefined): string {
  if (!range) return "";
  const [min, max] = [toNumber(range.min), toNumber(range.max ?? range.min)];
  return min === max ? formatIdr(min) : `${formatIdr(min)} – ${formatIdr(max)}`;
}
