/**
 * Reading catalog cards. The API documents only `entity_type` and `item_type` on a card; names,
 * prices and variant ids are read when a card carries them under a common name, else the page
 * falls back to what is documented.
 */
export interface CatalogCard {
  entity_type?: "product" | "bundle_price_option";
  item_type?: string;
  [field: string]: unknown;
}

const NAME_FIELDS = ["name", "title", "product_name", "display_name", "variant_name", "slug"];

export function labelOf(card: CatalogCard): string {
  const named = NAME_FIELDS.map((field) => card[field]).find((value) => typeof value === "string" && value.trim() !== "");
  if (named) return named as string;
  const kind = card.entity_type === "bundle_price_option" ? "Bundle price option" : "Product";
  return card.item_type ? `${kind} (${card.item_type})` : kind;
}

/** The variant to add for a product card, when the card names one. */
export function variantIdOf(card: CatalogCard): number | string | undefined {
  const direct = card.variant_id ?? card.default_variant_id;
  if (typeof direct === "number" || typeof direct === "string") return direct;
  const first = Array.isArray(card.variants) ? (card.variants[0] as { id?: unknown } | undefined) : undefined;
  return typeof first?.id === "number" || typeof first?.id === "string" ? first.id : undefined;
}

const idr = new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR", maximumFractionDigits: 0 });

/** IDR amounts arrive as numbers (12000) or decimal strings ("197000.00"). */
export function formatIdr(amount: unknown): string {
  const value = typeof amount === "number" ? amount : typeof amount === "string" ? Number(amount) : Number.NaN;
  return Number.isFinite(value) ? idr.format(value) : String(amount ?? "");
}
