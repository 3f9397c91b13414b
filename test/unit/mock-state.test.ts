/**
 * The stateful mock's state without HTTP (mock/state/): the catalog it builds from the bundled spec's
 * examples, the sums behind carts and checkouts, the discount codes, and the storefront driven as
 * request handlers in a browser would drive it, with request-like objects. It imports no Node built-in.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalog, responseExamples } from "../../mock/state/catalog.ts";
import { checkDiscount, DISCOUNT_CODES } from "../../mock/state/discounts.ts";
import { moneyNumber, moneyOf, rupiah } from "../../mock/state/money.ts";
import { uuidv7 } from "../../mock/state/orders.ts";
import { ShopState, StateRefusal, type Line } from "../../mock/state/shop.ts";
import { createStorefrontState, type StateRequest } from "../../mock/state/storefront.ts";
import { bundledSpec } from "../support/spec.ts";

const doc = bundledSpec() as Parameters<typeof buildCatalog>[0];
const catalog = buildCatalog(doc);
const couriers = [
  { courier_service_id: 1, name: "Kurir A", cost: 10_000 },
  { courier_service_id: 2, name: "Kurir B", cost: "9000" },
];
const shop = () => new ShopState(catalog, couriers);
const physical = catalog.products.flatMap((p) => p.variants).find((v) => v.itemType === "physical")!;
const digital = catalog.products.flatMap((p) => p.variants).find((v) => v.itemType !== "physical")!;

describe("the catalog built from the spec's examples", () => {
  const cards = responseExamples(doc, "get", "/v3/stores/{store_id}/public/items").flatMap((page) => page.data);

  it("holds every card of the storefront catalog, each product with priced variants", () => {
    const products = cards.filter((card) => card.entity_type === "product");
    expect(catalog.products.map((p) => p.id)).toEqual([...new Set(products.map((card) => card.id))]);
    for (const product of catalog.products) {
      expect(product.variants.length, product.slug).toBeGreaterThan(0);
      expect(catalog.product(product.slug)).toBe(product);
      for (const variant of product.variants) {
        expect(variant.price, `${product.slug} ${variant.name}`).toBeGreaterThan(0n);
        expect(variant.detail).toMatchObject({ id: variant.id, price: moneyNumber(variant.price) });
        expect(catalog.variant(variant.id)).toBe(variant);
        expect(catalog.variant(String(variant.id))).toBe(variant);
        if (variant.uniqueId) expect(catalog.variant(variant.uniqueId)).toBe(variant);
      }
    }
    const bundles = cards.filter((card) => card.entity_type === "bundle_price_option");
    expect(catalog.bundles.map((b) => b.id)).toEqual(bundles.map((card) => card.id));
    for (const bundle of catalog.bundles) {
      expect(catalog.bundle(bundle.slug)).toBe(bundle);
      expect(bundle.price).toBeGreaterThan(0n);
    }
  });

  it("prices variants as the variant pricing route does", () => {
    const pricing = responseExamples(doc, "get", "/v3/stores/{store_id}/public/variants/pricing").flatMap((page) => page.data);
    expect(pricing.length).toBeGreaterThan(0);
    for (const price of pricing) {
      const variant = catalog.variant(price.variant_id);
      if (variant) expect(variant.price).toBe(moneyOf(price.price));
    }
  });

  it("is empty, not broken, for a document without the examples", () => {
    const empty = buildCatalog({ paths: {} });
    expect(empty.products).toEqual([]);
    expect(empty.variant(1)).toBeUndefined();
    expect(() => new ShopState(empty, []).item("variant", 1)).toThrow(StateRefusal);
  });
});

describe("carts", () => {
  it("adds to the line of the same item, and merges carts line by line", () => {
    const state = shop();
    const guest = state.openCart("guest");
    state.add(guest, state.item("variant", physical.id), 1);
    state.add(guest, state.item("variant", String(physical.id)), 2);
    state.add(guest, state.item("variant", digital.id), 1);
    expect(guest.lines.map((l) => l.quantity)).toEqual([3, 1]);
    const customer = state.openCart("customer");
    state.add(customer, state.item("variant", digital.id), 4);
    state.merge("guest", customer);
    expect(customer.lines.map((l) => [l.item.kind === "variant" && l.item.variant.id, l.quantity])).toEqual([[digital.id, 5], [physical.id, 3]]);
    expect(state.cart("guest")).toBeUndefined();
  });

  it("hands out the same ids after a reset", () => {
    const state = shop();
    const first = state.openCart("a");
    state.add(first, state.item("variant", physical.id), 1);
    state.reset();
    const again = state.openCart("b");
    state.add(again, state.item("variant", physical.id), 1);
    expect([again.id, again.lines[0]!.id]).toEqual([first.id, first.lines[0]!.id]);
  });
});

describe("quotes", () => {
  const lines = (quantity: number, variant = physical): Line[] => [{ item: { kind: "variant", variant }, quantity }];

  it("costs shipping per started kilogram, and quotes none for digital goods", () => {
    const state = shop();
    const kilograms = (quantity: number) => Math.max(1, Math.ceil((physical.weight * quantity) / 1000));
    for (const quantity of [1, 4, 5, 40]) {
      expect(state.shippingOptions(lines(quantity)).map((o) => o.cost)).toEqual([rupiah(10_000 * kilograms(quantity)), rupiah(9000 * kilograms(quantity))]);
    }
    expect(state.shippingOptions(lines(3, digital))).toEqual([]);
  });

  it("adds products and the chosen courier, and takes off an eligible discount", () => {
    const totals = shop().quote(lines(2), { courierServiceId: 2, discountCode: "junihemat" });
    const products = 2n * physical.price;
    expect(totals.productPrice).toBe(products);
    expect(totals.shippingCost).toBe(rupiah(9000));
    expect(totals.grossRevenue).toBe(products + rupiah(9000) - totals.discount!.discount);
    expect(totals.discount!.discount).toBe(checkDiscount("JUNIHEMAT", { productPrice: products, shippingCost: rupiah(9000) }).discount);
  });

  it("refuses what an order cannot be placed with", () => {
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof StateRefusal ? error.errorCode : error;
      }
      return "no refusal";
    };
    const state = shop();
    expect(refusal(() => state.quote([], { forOrder: true }))).toBe("cart_empty");
    expect(refusal(() => state.quote(lines(1), { forOrder: true }))).toBe("courier_required");
    expect(refusal(() => state.quote(lines(1), { courierServiceId: 99 }))).toBe("courier_not_available");
    expect(refusal(() => state.quote(lines(1), { discountCode: "NOPE" }))).toBe("discount_code_not_eligible");
    expect(refusal(() => state.quote(lines(1, digital), { forOrder: true }))).toBe("no refusal");
  });
});

describe("discount codes", () => {
  it("percentages are capped, fixed amounts never exceed what they apply to", () => {
    const amounts = (productPrice: number, shippingCost: number) => ({ productPrice: rupiah(productPrice), shippingCost: rupiah(shippingCost) });
    expect(checkDiscount("JUNIHEMAT", amounts(200_000, 0))).toMatchObject({ eligible: true, discount: rupiah(20_000) });
    expect(checkDiscount("JUNIHEMAT", amounts(2_000_000, 0)).discount).toBe(rupiah(50_000));
    expect(checkDiscount("JUNIHEMAT", amounts(100_000, 0))).toMatchObject({ eligible: false, reason: "minimum_not_met", discount: 0n });
    expect(checkDiscount("GRATISONGKIR", amounts(100_000, 12_000)).discount).toBe(rupiah(12_000));
    expect(checkDiscount("GRATISONGKIR", amounts(100_000, 33_000)).discount).toBe(rupiah(20_000));
    expect(checkDiscount("GRATISONGKIR", amounts(100_000, 0)).discount).toBe(0n);
    expect(checkDiscount("MEIHEMAT", amounts(1_000_000, 0))).toMatchObject({ eligible: false, reason: "expired" });
    expect(checkDiscount(" nope ", amounts(1, 1))).toMatchObject({ code: undefined, eligible: false, reason: "unknown_code" });
  });

  it("rounds a percentage to whole rupiah, half up, exactly at any size", () => {
    expect(checkDiscount("JUNIHEMAT", { productPrice: rupiah(185_005), shippingCost: 0n }).discount).toBe(rupiah(18_501));
    expect(checkDiscount("JUNIHEMAT", { productPrice: rupiah(185_004), shippingCost: 0n }).discount).toBe(rupiah(18_500));
  });

  it("fold ASCII case and spaces only: look-alike letters never match a code", () => {
    const amounts = { productPrice: rupiah(200_000), shippingCost: rupiah(20_000) };
    for (const code of ["junihemat", "JuniHemat", " JUNIHEMAT\t", "gratisongkir"]) expect(checkDiscount(code, amounts).code, code).toBeDefined();
    // Dotless ı, dotted İ, long ſ, the Kelvin sign, full-width letters, a no-break space: toUpperCase() or trim() would map them onto a code.
    for (const code of ["junıhemat", "JUNİHEMAT", "GRATIſONGKIR", "GRATISONG\u212aIR", "ＪＵＮＩＨＥＭＡＴ", "JUNIHEMAT\u00a0", "\u3000JUNIHEMAT"]) {
      expect(checkDiscount(code, amounts), code).toMatchObject({ code: undefined, eligible: false, reason: "unknown_code" });
    }
  });

  it("the spec's story code is among them", () => {
    const story = responseExamples(doc, "post", "/v3/stores/{store_id}/public/discount-codes/check").find((e) => e.discount_code)?.discount_code;
    expect(DISCOUNT_CODES.map((d) => d.code)).toContain(story.code);
  });
});

describe("the storefront, driven with request-like objects", () => {
  const STORE = "store_vlzpML8edzxO5roOdV7Oyfn6";
  const request = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): StateRequest => {
    const [pathname, query = ""] = path.split("?");
    return { method, path: pathname!.replace("{store}", STORE), query: new URLSearchParams(query), header: (name) => headers[name.toLowerCase()], body };
  };

  it("answers its routes (a fresh guest token, then the same cart), and leaves other routes and Prefer requests alone", () => {
    const state = createStorefrontState(doc);
    const added = state.answer(request("POST", "/v3/stores/{store}/public/cart/items", { type: "variant", variant_id: physical.id, quantity: 2 }), 201)!;
    expect(added).toMatchObject({ status: 201, body: { item_count: 1, items: [{ variant_id: physical.id, quantity: 2 }] } });
    expect(added.guestToken).toMatch(/^[0-9a-f-]{36}$/);
    const cart = state.answer(request("GET", "/v3/stores/{store}/public/cart", undefined, { "x-scalev-guest-token": added.guestToken! }), 200)!;
    expect(cart.body).toEqual(added.body);
    expect(state.answer(request("GET", "/v3/products"), 200)).toBeUndefined();
    expect(state.answer(request("GET", "/v3/stores/{store}/public/cart", undefined, { prefer: "code=200" }), 200)).toBeUndefined();
  });

  it("refuses what it cannot honour with a status the operation declares, and no guest token", () => {
    const state = createStorefrontState(doc);
    const refused = state.answer(request("POST", "/v3/stores/{store}/public/cart/items", { type: "variant", variant_id: 999_999 }), 201)!;
    expect(refused).toEqual({ status: 404, body: { error: expect.any(String), error_code: "variant_not_found" }, guestToken: undefined });
  });

  it("forgets everything on reset", () => {
    const state = createStorefrontState(doc);
    state.answer(request("POST", "/v3/stores/{store}/public/cart/items", { type: "variant", variant_id: physical.id }), 201);
    expect(state.reset()).toEqual({ carts: 1, orders: 0, customers: 0 });
    expect(state.reset(doc)).toEqual({ carts: 0, orders: 0, customers: 0 });
  });

  it("hands out version 7 UUIDs carrying the time", () => {
    const id = uuidv7(Date.UTC(2026, 5, 1));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(Date.UTC(2026, 5, 1));
  });

  it("uses no Node built-in and no HTTP server, so a browser can run it (nor does the webhook delivery)", () => {
    const dirs = ["../../mock/state", "../../mock/webhooks"].map((path) => resolve(import.meta.dirname, path));
    for (const dir of dirs) {
      for (const file of readdirSync(dir).filter((name) => name.endsWith(".ts"))) {
        const source = readFileSync(join(dir, file), "utf8");
        const imports = [...source.matchAll(/from\s+"([^"]+)"/g)].map((match) => match[1]!);
        for (const specifier of imports) expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.{1,2}\//);
        expect(source, file).not.toMatch(/\b(Buffer|process|require)\b|node:/);
      }
    }
  });
});
