/**
 * What the page knows about sellable things, to show cart lines by name: a cart line carries only a
 * variant or bundle price option id, so names and prices are joined from the catalog cards (bundles)
 * and from the product detail route (variants).
 */
export interface Known {
  name: string;
  /** Unit price. */
  price: number;
}

const variants = new Map<number, Known>();
const bundles = new Map<number, Known>();

export const rememberVariant = (id: number, known: Known) => variants.set(id, known);
export const rememberBundle = (id: number, known: Known) => bundles.set(id, known);

export function lookUp(line: { variant_id?: number | null; bundle_price_option_id?: number | null }): Known | undefined {
  if (typeof line.variant_id === "number") return variants.get(line.variant_id);
  if (typeof line.bundle_price_option_id === "number") return bundles.get(line.bundle_price_option_id);
  return undefined;
}
