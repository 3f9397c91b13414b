/**
 * The shop the stateful mock sells from, built from the bundled spec's own examples so that carts,
 * checkouts and orders carry the same names, prices and ids as the catalog routes:
 * - the storefront catalog (`GET /public/items`): products and bundle price options;
 * - product details (`GET /public/products/{slug}`): variants, with the business product list
 *   (`GET /v3/products`) for the products that have no storefront detail example;
 * - variant pricing (`GET /public/variants/pricing`): prices and stock;
 * - bundle price option details: price, weight and bundle lines; the guest cart example: unique ids.
 * A document without these examples gives an empty catalog (every add then answers 404).
 */
import { resolveRef } from "../../scripts/spec-refs.ts";
import { money, moneyOf, type Money } from "./money.ts";

type Json = any;
export type Doc = { paths: Record<string, Record<string, Json>>; components?: Record<string, Json> };

export interface CatalogVariant {
  id: number;
  uuid: string | null;
  uniqueId: string | null;
  product: CatalogProduct;
  /** The variant's own name ("M / Biru"). */
  name: string;
  price: Money;
  /** Grams. */
  weight: number;
  itemType: string;
  availableQty: number | null;
  /** Its `StorefrontVariant` body. */
  detail: Record<string, Json>;
}

export interface CatalogProduct {
  id: number;
  slug: string;
  name: string;
  variants: CatalogVariant[];
  /** Its `StorefrontProductDetail` body, variants included. */
  detail: Record<string, Json>;
}

export interface CatalogBundle {
  id: number;
  slug: string;
  uniqueId: string | null;
  name: string;
  price: Money;
  /** Grams: the bundle lines' variants plus the bundle's weight bump. */
  weight: number;
  physical: boolean;
  /** Its `StorefrontBundlePriceOptionDetail` body. */
  detail: Record<string, Json>;
}

export interface Catalog {
  products: CatalogProduct[];
  bundles: CatalogBundle[];
  /** By numeric id (number or digits), unique id or UUID. */
  variant(ref: unknown): CatalogVariant | undefined;
  /** By numeric id (number or digits), unique id or slug. */
  bundle(ref: unknown): CatalogBundle | undefined;
  product(slug: string): CatalogProduct | undefined;
}

export const PUBLIC = "/v3/stores/{store_id}/public";
export const CUSTOMER = "/v3/stores/{store_id}/customers/me";

/** Every example value of an operation's 2xx JSON answer. */
export function responseExamples(doc: Doc, method: string, path: string): Json[] {
  const responses = doc.paths[path]?.[method]?.responses ?? {};
  return Object.entries<Json>(responses)
    .filter(([status]) => status.startsWith("2"))
    .flatMap(([, response]) => {
      const media = resolveRef(doc, response)?.content?.["application/json"];
      if (!media) return [];
      const named = Object.values<Json>(media.examples ?? {}).map((example) => resolveRef(doc, example)?.value);
      return [media.example, ...named].filter((value) => value !== undefined);
    });
}

/** The properties a component schema declares (through allOf), to keep bodies inside their schema. */
export function declaredProperties(doc: Doc, schemaName: string): Set<string> {
  const names = new Set<string>();
  const visit = (schema: Json, depth: number) => {
    const node = resolveRef(doc, schema);
    if (!node || typeof node !== "object" || depth > 10) return;
    for (const name of Object.keys(node.properties ?? {})) names.add(name);
    for (const part of node.allOf ?? []) visit(part, depth + 1);
  };
  visit({ $ref: `#/components/schemas/${schemaName}` }, 0);
  return names;
}

const pick = (source: Record<string, Json>, names: Set<string>) => Object.fromEntries(Object.entries(source).filter(([name]) => names.has(name)));

/** Weights and counts arrive as numbers or decimal strings ("250.00"). */
const numberOf = (value: unknown): number | undefined => {
  const number = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
  return Number.isFinite(number) ? number : undefined;
};

const byId = <T>(items: T[], id: (item: T) => unknown) => new Map(items.map((item) => [id(item), item]));
const listData = (doc: Doc, method: string, path: string): Json[] => responseExamples(doc, method, path).flatMap((page) => (Array.isArray(page?.data) ? page.data : []));

export function buildCatalog(doc: Doc): Catalog {
  const cards = listData(doc, "get", `${PUBLIC}/items`);
  const productDetails = byId(responseExamples(doc, "get", `${PUBLIC}/products/{slug}`), (p) => p?.id);
  const bundleDetails = byId(responseExamples(doc, "get", `${PUBLIC}/bundle-price-options/{slug}`), (b) => b?.id);
  const businessProducts = byId(listData(doc, "get", "/v3/products"), (p) => p?.id);
  const pricing = byId(listData(doc, "get", `${PUBLIC}/variants/pricing`), (p) => p?.variant_id);
  const cartLines = [...responseExamples(doc, "get", `${PUBLIC}/cart`)].flatMap((cart) => (Array.isArray(cart?.items) ? cart.items : []));
  const variantFields = declaredProperties(doc, "StorefrontVariant");

  const products: CatalogProduct[] = [];
  const variants: CatalogVariant[] = [];
  for (const card of cards.filter((c) => c?.entity_type === "product" && typeof c.slug === "string")) {
    const storefront = productDetails.get(card.id);
    const source: Json[] = storefront?.variants ?? businessProducts.get(card.id)?.variants ?? [];
    const product: CatalogProduct = { id: card.id, slug: card.slug, name: card.name, variants: [], detail: {} };
    for (const raw of source.filter((v) => typeof v?.id === "number")) {
      const price = moneyOf(pricing.get(raw.id)?.price) ?? moneyOf(raw.price) ?? moneyOf(card.price_range?.min) ?? 0n;
      const name = raw.name ?? raw.option1_value ?? card.name;
      const detail = {
        ...pick(raw, variantFields),
        fullname: raw.fullname ?? `${card.name} - ${name}`,
        option1_value: raw.option1_value ?? name,
        option2_value: raw.option2_value ?? null,
        option3_value: raw.option3_value ?? null,
        price: money(price, raw.price ?? 0),
        is_active: raw.is_active ?? true,
      };
      const variant: CatalogVariant = {
        id: raw.id,
        uuid: raw.uuid ?? null,
        uniqueId: raw.unique_id ?? null,
        product,
        name,
        price,
        weight: numberOf(raw.weight) ?? 0,
        itemType: raw.item_type ?? card.item_type ?? "physical",
        availableQty: pricing.get(raw.id)?.available_qty ?? null,
        detail,
      };
      product.variants.push(variant);
      variants.push(variant);
    }
    product.detail = { ...card, ...storefront, rich_description: storefront?.rich_description ?? null, variants: product.variants.map((v) => v.detail) };
    products.push(product);
  }

  const variantById = byId(variants, (v) => v.id);
  const bundles: CatalogBundle[] = cards
    .filter((c) => c?.entity_type === "bundle_price_option" && typeof c.slug === "string")
    .map((card) => {
      const detail = { ...card, ...bundleDetails.get(card.id) };
      const lines: Json[] = Array.isArray(detail.bundlelines) ? detail.bundlelines : [];
      const lineVariants = lines.map((line) => ({ variant: variantById.get(line.variant_id), quantity: numberOf(line.quantity) ?? 1 }));
      const uniqueId = cartLines.find((line) => line?.bundle_price_option_id === card.id)?.bundle_price_option_unique_id ?? null;
      return {
        id: card.id,
        slug: card.slug,
        uniqueId,
        name: card.name,
        price: moneyOf(detail.price) ?? moneyOf(card.price_range?.min) ?? 0n,
        weight: lineVariants.reduce((sum, { variant, quantity }) => sum + (variant?.weight ?? 0) * quantity, numberOf(detail.weight_bump) ?? 0),
        physical: lineVariants.some(({ variant }) => variant?.itemType === "physical"),
        detail,
      };
    });

  const numeric = (ref: unknown) => (typeof ref === "number" ? ref : typeof ref === "string" && /^\d+$/.test(ref) ? Number(ref) : undefined);
  return {
    products,
    bundles,
    variant: (ref) => variants.find((v) => v.id === numeric(ref) || (typeof ref === "string" && (ref === v.uniqueId || ref === v.uuid))),
    bundle: (ref) => bundles.find((b) => b.id === numeric(ref) || (typeof ref === "string" && (ref === b.uniqueId || ref === b.slug))),
    product: (slug) => products.find((p) => p.slug === slug),
  };
}
