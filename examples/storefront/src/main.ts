/**
 * A guest checkout in the browser: catalog → guest cart → shipping options → summary → checkout →
 * public order. Only the storefront publishable key is used; the client picks the header each route
 * needs and keeps the guest token the first cart call returns.
 */
import { createScalevClient, ScalevError, unwrap, type components } from "scalev-v3-client";
import { formatIdr, labelOf, variantIdOf, type CatalogCard } from "./catalog.ts";
import { clear, el, show } from "./dom.ts";

const baseUrl = import.meta.env.VITE_SCALEV_BASE_URL || "http://127.0.0.1:4010";
const storeId = import.meta.env.VITE_SCALEV_STORE_ID || "store_vlzpML8edzxO5roOdV7Oyfn6";
const storefrontApiKey = import.meta.env.VITE_SCALEV_STOREFRONT_API_KEY;

const scalev = createScalevClient({ baseUrl, storefrontApiKey });
const store = { params: { path: { store_id: storeId } } };

const $ = <T extends HTMLElement = HTMLElement>(testId: string) => document.querySelector<T>(`[data-testid="${testId}"]`)!;
$("base-url").textContent = baseUrl;
$("store-id").textContent = storeId;

type PaymentMethod = components["schemas"]["StorefrontPaymentMethod"];

interface ShippingChoice {
  courier_service_id?: number;
  warehouse_unique_id?: string;
  courier_aggregator_code?: string;
  name?: string;
  cost?: number;
  etd?: string;
}

const state = {
  added: [] as { label: string; variantId: number | string; quantity: number }[],
  destination: { location_id: 0, postal_code: "" },
  paymentMethod: "bank_transfer" as PaymentMethod,
  shipping: undefined as ShippingChoice | undefined,
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

async function loadCatalog() {
  const page = await unwrap(scalev.GET("/v3/stores/{store_id}/public/items", store));
  const cards = page.data as CatalogCard[];
  $("catalog-status").textContent = `${cards.length} item${cards.length === 1 ? "" : "s"}${page.has_next ? " (first page)" : ""}`;
  const list = clear($("catalog"));
  cards.forEach((card, index) => list.append(catalogCard(card, index)));
}

function catalogCard(card: CatalogCard, index: number): HTMLElement {
  const label = labelOf(card);
  const badges = el("p", { class: "badges" }, ...[card.entity_type, card.item_type].filter(Boolean).map((b) => el("span", { class: "badge" }, String(b))));
  if (card.entity_type === "bundle_price_option") {
    return el("li", { class: "card", "data-testid": `item-${index}` }, el("h3", {}, label), badges, el("p", { class: "muted small" }, "Bundles are sold from their own page."));
  }
  const variantInput = el("input", { name: "variant_id", required: "", inputmode: "numeric", value: String(variantIdOf(card) ?? ""), "aria-label": "Variant ID" });
  const form = el(
    "form",
    { class: "add" },
    el("label", {}, "Variant ", variantInput),
    el("button", { type: "submit", "data-testid": `add-${index}` }, "Add to cart"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const raw = variantInput.value.trim();
    const variantId = /^\d+$/.test(raw) ? Number(raw) : raw;
    void step(() => addToCart(label, variantId));
  });
  return el("li", { class: "card", "data-testid": `item-${index}` }, el("h3", {}, label), badges, form);
}

async function addToCart(label: string, variantId: number | string) {
  const cart = await unwrap(
    scalev.POST("/v3/stores/{store_id}/public/cart/items", { ...store, body: { type: "variant", variant_id: variantId, quantity: 1 } }),
  );
  state.added.push({ label, variantId, quantity: 1 });
  renderCart(cart as Record<string, unknown>);
  $<HTMLButtonElement>("get-shipping").disabled = false;
}

/** The server cart's own lines when it lists them; else what this page added. */
function renderCart(cart: Record<string, unknown>) {
  const serverLines = ["items", "lines", "cart_items"].map((key) => cart[key]).find(Array.isArray) as Record<string, unknown>[] | undefined;
  const lines = clear($("cart-lines"));
  if (serverLines && serverLines.length > 0) {
    serverLines.forEach((line) => lines.append(el("li", {}, `${labelOf(line as CatalogCard)} × ${String(line.quantity ?? 1)}`)));
  } else {
    state.added.forEach((line) => lines.append(el("li", {}, `${line.label} · variant ${line.variantId} × ${line.quantity}`)));
  }
  $("cart-status").textContent = `${lines.children.length} line${lines.children.length === 1 ? "" : "s"} in the guest cart`;
  $("guest-token").textContent = scalev.guestToken ?? "none (the response carried no X-Scalev-Guest-Token)";
}

async function loadShippingOptions(form: HTMLFormElement) {
  const fields = new FormData(form);
  state.destination = { location_id: Number(fields.get("location_id")), postal_code: String(fields.get("postal_code")) };
  state.paymentMethod = String(fields.get("payment_method")) as PaymentMethod;
  const result = await unwrap(
    scalev.POST("/v3/stores/{store_id}/public/checkout/shipping-options", {
      ...store,
      body: { destination: state.destination, payment_method: state.paymentMethod },
    }),
  );
  const options = result.data as ShippingChoice[];
  const fieldset = $("shipping-options");
  fieldset.replaceChildren(el("legend", {}, options.length ? "Shipping" : "No shipping needed (digital items)"));
  options.forEach((option, index) => {
    const radio = el("input", { type: "radio", name: "shipping", value: String(index), "data-testid": `shipping-${index}` });
    radio.addEventListener("change", () => {
      state.shipping = option;
      $<HTMLButtonElement>("get-summary").disabled = false;
    });
    fieldset.append(el("label", { class: "option" }, radio, ` ${option.name ?? "Courier"} · ${formatIdr(option.cost)}${option.etd ? ` · ${option.etd}` : ""}`));
  });
  show(fieldset, true);
  if (options.length === 0) $<HTMLButtonElement>("get-summary").disabled = false;
}

function checkoutContext() {
  return {
    shipping_location_id: state.destination.location_id,
    shipping_postal_code: state.destination.postal_code,
    payment_method: state.paymentMethod,
    ...(state.shipping && {
      courier_service_id: state.shipping.courier_service_id,
      warehouse_unique_id: state.shipping.warehouse_unique_id,
      courier_aggregator_code: state.shipping.courier_aggregator_code,
    }),
  };
}

async function loadSummary() {
  const summary = await unwrap(
    scalev.POST("/v3/stores/{store_id}/public/checkout/summary", { ...store, body: { destination: state.destination, ...checkoutContext() } }),
  );
  const rows: [string, string, unknown][] = [
    ["product_price", "Products", summary.product_price],
    ["shipping_cost", "Shipping", summary.shipping_cost],
    ["service_fee", "Service fee", summary.service_fee],
    ["other_income", summary.other_income_name || "Other", summary.other_income],
    ["gross_revenue", "Total", summary.gross_revenue],
  ];
  const list = clear($("summary"));
  for (const [key, label, value] of rows) {
    if (value === undefined || value === null) continue;
    list.append(el("dt", {}, label), el("dd", { "data-testid": `summary-${key}` }, formatIdr(value)));
  }
  show(list, true);
  $<HTMLButtonElement>("place-order").disabled = false;
}

async function placeOrder(form: HTMLFormElement) {
  const buyer = Object.fromEntries(new FormData(form)) as Record<string, string>;
  const order = await unwrap(
    scalev.POST("/v3/stores/{store_id}/public/checkout", {
      ...store,
      body: {
        customer_name: buyer.customer_name,
        customer_email: buyer.customer_email,
        customer_phone: buyer.customer_phone,
        shipping_address: buyer.shipping_address,
        shipping_subdistrict: buyer.shipping_subdistrict,
        ...checkoutContext(),
      },
    }),
  );
  $("order-status").textContent = `Order placed: ${order.secret_slug}. Loading it back…`;
  // What the buyer's order page would fetch: the public order by its secret slug.
  const publicOrder = await unwrap(
    scalev.GET("/v3/stores/{store_id}/public/orders/{secret_slug}", {
      params: { path: { store_id: storeId, secret_slug: String(order.secret_slug) } },
    }),
  );
  const list = clear($("order"));
  list.append(
    el("dt", {}, "Secret slug"),
    el("dd", { "data-testid": "order-secret-slug" }, String(publicOrder.secret_slug)),
    el("dt", {}, "Status"),
    el("dd", { "data-testid": "order-state" }, String(publicOrder.status)),
    el("dt", {}, "Total"),
    el("dd", { "data-testid": "order-total" }, formatIdr(publicOrder.gross_revenue)),
    el("dt", {}, "Payment"),
    el("dd", {}, String(publicOrder.payment_method ?? "")),
  );
  if (publicOrder.redirect_url) {
    // Send the buyer on with redirect_url; never with the deprecated payment_url.
    list.append(el("dt", {}, "Next"), el("dd", {}, el("a", { href: publicOrder.redirect_url, "data-testid": "order-redirect" }, "Continue to payment")));
  }
  show(list, true);
  $("order-status").textContent = `Order ${publicOrder.secret_slug} is ${publicOrder.status}.`;
}

const shippingForm = $<HTMLFormElement>("shipping-form");
shippingForm.addEventListener("submit", (event) => {
  event.preventDefault();
  void step(() => loadShippingOptions(shippingForm));
});
$("get-summary").addEventListener("click", () => void step(loadSummary));
const buyerForm = $<HTMLFormElement>("buyer-form");
buyerForm.addEventListener("submit", (event) => {
  event.preventDefault();
  void step(() => placeOrder(buyerForm));
});

void step(loadCatalog);
