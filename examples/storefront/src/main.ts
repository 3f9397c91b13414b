/**
 * A guest checkout in the browser: catalog → product and its variants → guest cart → shipping options,
 * discount code and summary → checkout → the public order. Only the storefront publishable key is used;
 * the client picks the header each route needs and keeps the guest token the first cart call returns,
 * which the page saves in localStorage so a reload finds the same cart.
 */
import { createScalevClient, ScalevError, unwrap, type components } from "scalev-v3-client";
import { clear, el, show } from "./dom.ts";
import { formatIdr, formatRange, toNumber } from "./money.ts";
import { lookUp, rememberBundle, rememberVariant } from "./names.ts";

type Schemas = components["schemas"];
type Card = Schemas["StorefrontItemListResponse"]["data"][number];
type Cart = Schemas["GuestCart"];
type CartItemRequest = Schemas["CartItemRequest"];
type ShippingOption = Schemas["StorefrontShippingOption"];
type PublicOrder = Schemas["StorefrontPublicOrder"];

const baseUrl = import.meta.env.VITE_SCALEV_BASE_URL || "http://127.0.0.1:4010";
const storeId = import.meta.env.VITE_SCALEV_STORE_ID || "store_vlzpML8edzxO5roOdV7Oyfn6";
const storefrontApiKey = import.meta.env.VITE_SCALEV_STOREFRONT_API_KEY;
const tokenKey = `scalev-guest-token:${storeId}`;

const scalev = createScalevClient({ baseUrl, storefrontApiKey, guestToken: localStorage.getItem(tokenKey) ?? undefined });
const store = { params: { path: { store_id: storeId } } };

const $ = <T extends HTMLElement = HTMLElement>(testId: string) => document.querySelector<T>(`[data-testid="${testId}"]`)!;
const button = (testId: string) => $<HTMLButtonElement>(testId);
$("base-url").textContent = baseUrl;
$("store-id").textContent = storeId;

const state = {
  cards: [] as Card[],
  /** Product slugs whose detail (and so whose variants' names and prices) the page has. */
  detailed: new Set<string>(),
  shipping: undefined as ShippingOption | undefined,
  discountCode: undefined as string | undefined,
};

/** Runs one step; an error shows in the alert box instead of vanishing in the console. */
async function step(run: () => Promise<void>) {
  const alert = $("error");
  show(alert, false);
  try {
    await run();
  } catch (error) {
    alert.textContent = error instanceof ScalevError ? `${error.name}: ${error.message}` : String(error);
    show(alert, true);
  }
}

// ---------- catalog and product ----------

async function loadCatalog() {
  const page = await unwrap(scalev.GET("/v3/stores/{store_id}/public/items", store));
  state.cards = page.data;
  for (const card of page.data) {
    if (card.entity_type === "bundle_price_option") rememberBundle(card.bundle_price_option_id, { name: card.name, price: toNumber(card.price_range?.min) });
  }
  $("catalog-status").textContent = `${page.data.length} item${page.data.length === 1 ? "" : "s"}${page.has_next ? " (first page)" : ""}`;
  clear($("catalog")).append(...page.data.map(catalogCard));
}

function catalogCard(card: Card, index: number): HTMLElement {
  const image = card.images[0] ?? card.meta_thumbnail;
  const action = card.entity_type === "product"
    ? el("button", { type: "button", "data-testid": `choose-${index}` }, "Choose a variant")
    : el("button", { type: "button", "data-testid": `add-${index}` }, "Add to cart");
  action.disabled = !card.in_stock;
  action.addEventListener("click", () =>
    void step(() =>
      card.entity_type === "product"
        ? openProduct(card.slug)
        : addToCart({ type: "bundle_price_option", bundle_price_option_id: card.bundle_price_option_id, quantity: 1 }),
    ),
  );
  return el(
    "li",
    { class: "card", "data-testid": `item-${index}` },
    image ? el("img", { src: image, alt: card.name, loading: "lazy", "data-testid": "item-image" }) : "",
    el("h3", { "data-testid": "item-name" }, card.name),
    el("p", { class: "price", "data-testid": "item-price" }, card.in_stock ? formatRange(card.price_range) : "Out of stock"),
    el("p", { class: "muted small" }, card.description ?? ""),
    action,
  );
}

/** The product detail route lists the variants; the page remembers their names and prices for the cart. */
async function loadProduct(slug: string) {
  const product = await unwrap(scalev.GET("/v3/stores/{store_id}/public/products/{slug}", { params: { path: { store_id: storeId, slug } } }));
  for (const variant of product.variants ?? []) {
    if (typeof variant.id === "number") rememberVariant(variant.id, { name: `${product.name} – ${variant.name ?? variant.fullname}`, price: toNumber(variant.price) });
  }
  state.detailed.add(slug);
  return product;
}

async function openProduct(slug: string) {
  const product = await loadProduct(slug);
  $("product-name").textContent = product.name;
  $("product-description").textContent = product.description ?? "";
  const fieldset = $("product-variants");
  fieldset.replaceChildren(el("legend", {}, "Variant"));
  (product.variants ?? []).forEach((variant, index) => {
    const radio = el("input", { type: "radio", name: "variant_id", value: String(variant.id), required: "", "data-testid": `variant-${variant.id}` });
    radio.checked = index === 0;
    radio.disabled = variant.is_active === false;
    fieldset.append(el("label", { class: "option", "data-testid": "variant-option" }, radio, ` ${variant.name ?? variant.fullname} · ${formatIdr(variant.price)}`));
  });
  $<HTMLInputElement>("product-quantity").value = "1";
  show($("product"), true);
}

// ---------- cart ----------

async function addToCart(body: CartItemRequest) {
  await renderCart(await unwrap(scalev.POST("/v3/stores/{store_id}/public/cart/items", { ...store, body })));
}

async function loadCart() {
  await renderCart(await unwrap(scalev.GET("/v3/stores/{store_id}/public/cart", store)));
}

const itemPath = (itemId: number) => ({ params: { path: { store_id: storeId, item_id: String(itemId) } } });

async function changeQuantity(itemId: number, quantity: number) {
  await renderCart(await unwrap(scalev.PATCH("/v3/stores/{store_id}/public/cart/items/{item_id}", { ...itemPath(itemId), body: { quantity } })));
}

async function removeLine(itemId: number) {
  await renderCart(await unwrap(scalev.DELETE("/v3/stores/{store_id}/public/cart/items/{item_id}", itemPath(itemId))));
}

/** A cart restored from an earlier visit names variants the page has not looked up yet. */
async function learnNames(items: NonNullable<Cart["items"]>) {
  for (const card of state.cards) {
    if (items.every((line) => lookUp(line))) return;
    if (card.entity_type === "product" && !state.detailed.has(card.slug)) await loadProduct(card.slug);
  }
}

async function renderCart(cart: Cart) {
  if (scalev.guestToken) localStorage.setItem(tokenKey, scalev.guestToken);
  $("guest-token").textContent = scalev.guestToken ?? "none (the response carried no X-Scalev-Guest-Token)";
  const items = cart.items ?? [];
  await learnNames(items);
  const list = clear($("cart-lines"));
  for (const line of items) {
    const known = lookUp(line);
    const quantity = el("input", { type: "number", min: "1", value: String(line.quantity), "aria-label": "Quantity", "data-testid": "line-qty" });
    const update = el("button", { type: "button", "data-testid": "line-update" }, "Update");
    update.addEventListener("click", () => void step(() => changeQuantity(line.id, Number(quantity.value))));
    const remove = el("button", { type: "button", class: "secondary", "data-testid": "line-remove" }, "Remove");
    remove.addEventListener("click", () => void step(() => removeLine(line.id)));
    list.append(
      el(
        "li",
        { class: "line", "data-testid": "cart-line", "data-line-id": String(line.id) },
        el("span", { class: "line-name", "data-testid": "line-name" }, known?.name ?? `Item ${line.id}`),
        el("span", { "data-testid": "line-unit" }, known ? formatIdr(known.price) : ""),
        quantity,
        update,
        el("strong", { "data-testid": "line-total" }, known ? formatIdr(known.price * line.quantity) : ""),
        remove,
      ),
    );
  }
  $("cart-status").textContent = items.length ? `${items.length} line${items.length === 1 ? "" : "s"} in the guest cart` : "Empty: add an item from the catalog.";
  $("cart-total").textContent = formatIdr(cart.total);
  show($("cart-summary"), items.length > 0);
  button("get-shipping").disabled = items.length === 0;
  resetCheckout();
}

// ---------- checkout ----------

/** The cart changed: quotes made for the old cart no longer hold. */
function resetCheckout() {
  state.shipping = undefined;
  show($("shipping-options"), false);
  show($("summary"), false);
  button("get-summary").disabled = true;
  button("place-order").disabled = true;
}

async function loadPaymentMethods() {
  const methods = await unwrap(scalev.GET("/v3/stores/{store_id}/public/payment-methods", store));
  clear($("payment-method")).append(...methods.data.filter((m) => m.enabled).map((m) => el("option", { value: m.code }, m.label)));
}

function checkoutContext() {
  const fields = new FormData($<HTMLFormElement>("shipping-form"));
  return {
    destination: { location_id: Number(fields.get("location_id")), postal_code: String(fields.get("postal_code")) },
    payment_method: String(fields.get("payment_method")),
    ...(state.shipping && {
      courier_service_id: state.shipping.courier_service_id,
      warehouse_unique_id: state.shipping.warehouse_unique_id,
      courier_aggregator_code: state.shipping.courier_aggregator_code,
    }),
    ...(state.discountCode && { discount_code_code: state.discountCode }),
  };
}

async function loadShippingOptions() {
  resetCheckout();
  const { destination, payment_method } = checkoutContext();
  const options = (await unwrap(scalev.POST("/v3/stores/{store_id}/public/checkout/shipping-options", { ...store, body: { destination, payment_method } }))).data;
  const fieldset = $("shipping-options");
  fieldset.replaceChildren(el("legend", {}, options.length ? "Shipping" : "No shipping needed (digital items)"));
  options.forEach((option, index) => {
    const radio = el("input", { type: "radio", name: "shipping", value: String(index), "data-testid": `shipping-${index}` });
    radio.addEventListener("change", () => {
      state.shipping = option;
      button("get-summary").disabled = false;
    });
    fieldset.append(el("label", { class: "option" }, radio, ` ${option.name} · ${formatIdr(option.cost)}${option.etd ? ` · ${option.etd}` : ""}`));
  });
  show(fieldset, true);
  button("get-summary").disabled = options.length > 0;
}

async function applyDiscount(code: string) {
  state.discountCode = undefined;
  show($("summary"), false);
  button("place-order").disabled = true;
  const { destination, payment_method, courier_service_id } = checkoutContext();
  const check = await unwrap(
    scalev.POST("/v3/stores/{store_id}/public/discount-codes/check", { ...store, body: { code, destination, payment_method, ...(courier_service_id && { courier_service_id }) } }),
  );
  if (check.is_eligible) state.discountCode = code;
  const reason = typeof check.eligibility_details.reason === "string" ? ` (${check.eligibility_details.reason.replaceAll("_", " ")})` : "";
  $("discount-status").textContent = check.is_eligible ? `${code}: −${formatIdr(check.discount_code_discount)}` : `${code} cannot be used${reason}.`;
}

async function loadSummary() {
  const summary = await unwrap(scalev.POST("/v3/stores/{store_id}/public/checkout/summary", { ...store, body: checkoutContext() }));
  const rows: [string, string, unknown][] = [
    ["product_price", "Products", summary.product_price],
    ["shipping_cost", "Shipping", summary.shipping_cost],
    ["service_fee", "Service fee", summary.service_fee],
    ["gross_revenue", state.discountCode ? `Total (with ${state.discountCode})` : "Total", summary.gross_revenue],
  ];
  const list = clear($("summary"));
  for (const [key, label, value] of rows) list.append(el("dt", {}, label), el("dd", { "data-testid": `summary-${key}` }, formatIdr(value)));
  show(list, true);
  button("place-order").disabled = false;
}

async function placeOrder(form: HTMLFormElement) {
  const buyer = new FormData(form);
  const { destination, ...context } = checkoutContext();
  const placed = await unwrap(
    scalev.POST("/v3/stores/{store_id}/public/checkout", {
      ...store,
      body: {
        customer_name: String(buyer.get("customer_name")),
        customer_email: String(buyer.get("customer_email")),
        customer_phone: String(buyer.get("customer_phone")),
        shipping_address: String(buyer.get("shipping_address")),
        shipping_location_id: destination.location_id,
        shipping_postal_code: destination.postal_code,
        ...context,
      },
    }),
  );
  $("order-status").textContent = `Order placed: ${placed.secret_slug}. Loading it back…`;
  // What the buyer's order page would fetch: the public order by its secret slug.
  const order = await unwrap(
    scalev.GET("/v3/stores/{store_id}/public/orders/{secret_slug}", { params: { path: { store_id: storeId, secret_slug: placed.secret_slug } } }),
  );
  renderOrder(order);
  state.discountCode = undefined;
  $<HTMLInputElement>("discount-code").value = "";
  $("discount-status").textContent = "";
  await loadCart();
}

function renderOrder(order: PublicOrder) {
  clear($("order-lines")).append(
    ...order.orderlines.map((line) => {
      const options = [line.variant_option1_value, line.variant_option2_value, line.variant_option3_value].filter(Boolean).join(" / ");
      const quantity = line.quantity ?? 1;
      return el(
        "li",
        { class: "line", "data-testid": "order-line" },
        el("span", { class: "line-name", "data-testid": "order-line-name" }, options ? `${line.product_name} – ${options}` : String(line.product_name)),
        el("span", { "data-testid": "order-line-qty" }, `× ${quantity}`),
        el("strong", { "data-testid": "order-line-total" }, formatIdr(toNumber(line.variant_price) * quantity)),
      );
    }),
  );
  const totals = clear($("order-totals"));
  const row = (key: string, label: string, value: unknown) => totals.append(el("dt", {}, label), el("dd", { "data-testid": `order-${key}` }, String(value)));
  row("secret-slug", "Secret slug", order.secret_slug);
  row("state", "Status", order.status);
  row("product-price", "Products", formatIdr(order.product_price));
  row("shipping-cost", "Shipping", formatIdr(order.shipping_cost));
  if (toNumber(order.discount_code_discount) > 0) row("discount", `Discount ${order.discount_code_code ?? ""}`, `−${formatIdr(order.discount_code_discount)}`);
  row("total", "Total", formatIdr(order.gross_revenue));
  if (order.redirect_url) {
    // Send the buyer on with redirect_url; never with the deprecated payment_url.
    totals.append(el("dt", {}, "Next"), el("dd", {}, el("a", { href: order.redirect_url, "data-testid": "order-redirect" }, "Continue to payment")));
  }
  show($("order"), true);
  $("order-status").textContent = `Order ${order.order_id} is ${order.status}.`;
}

// ---------- wiring ----------

const onSubmit = (testId: string, run: (form: HTMLFormElement) => Promise<void>) => {
  const form = $<HTMLFormElement>(testId);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void step(() => run(form));
  });
};
onSubmit("product-form", async (form) => {
  const fields = new FormData(form);
  await addToCart({ type: "variant", variant_id: Number(fields.get("variant_id")), quantity: Number(fields.get("quantity")) || 1 });
});
onSubmit("shipping-form", loadShippingOptions);
onSubmit("discount-form", (form) => applyDiscount(String(new FormData(form).get("code")).trim()));
onSubmit("buyer-form", placeOrder);
button("get-summary").addEventListener("click", () => void step(loadSummary));

/** Loads the catalog, the payment methods and the cart (boot.ts calls it once the page may call the API). */
export function start() {
  void step(async () => {
    await Promise.all([loadCatalog(), loadPaymentMethods()]);
    await loadCart();
  });
}
