/**
 * End-to-end: the browser example (examples/storefront) in headless Chromium against the stateful mock.
 *
 * Starts the mock as its package ships it (mock/dist/cli.js) on a free port, builds the example with Vite
 * pointed at it and serves the build with `vite preview`, then shops as a guest with playwright-core
 * driving Debian's /usr/bin/chromium (scripts/install-chromium.sh installs it): pick a variant on a
 * product, add a second line, change a quantity, remove a line (the cart panel checked against the
 * catalog and the server's cart at each step), a second browser context with its own empty cart, then
 * shipping, a discount code, the summary, checkout and the order page. Expected names and prices come
 * from the catalog routes the mock serves. Saves a screenshot to test-results/e2e-storefront.png, prints
 * `e2e: N passed, M failed`, exits non-zero on any failure and always stops its servers.
 *
 * The flow runs twice: against the HTTP mock, then with the mock in the page (VITE_SCALEV_MOCK=msw: MSW's
 * service worker and the handlers of scalev-v3-mock/msw), where the test reads the mock's state through the
 * page itself, since that state lives in the page.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page, type Request } from "playwright-core";
import { build, preview, type PreviewServer } from "vite";
import { ensureMockBuilt, startMock, type RunningMock } from "../mock/mock-process.ts";
import { freePort } from "../support/free-port.ts";

const root = resolve(import.meta.dirname, "../..");
const exampleDir = join(root, "examples", "storefront");
const screenshotPath = join(root, "test-results", "e2e-storefront.png");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const STORE_ID = "store_vlzpML8edzxO5roOdV7Oyfn6";
const STOREFRONT_KEY = "sfpk_live_4fT9qLmZ2xW8rB1c";
const DISCOUNT_CODE = "JUNIHEMAT";

// ---------- a tiny check runner: every check counts, a failed step skips the steps that need it ----------
let passed = 0;
let failed = 0;
let blocked: string | undefined;

async function check(name: string, run: () => unknown | Promise<unknown>) {
  if (blocked) {
    failed++;
    console.log(`  ✗ ${name} (not run: "${blocked}" failed)`);
    return;
  }
  try {
    await run();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}\n      ${String(error instanceof Error ? error.message : error).split("\n").join("\n      ")}`);
  }
}

/** A step the rest of the flow depends on. */
async function step(name: string, run: () => unknown | Promise<unknown>) {
  const before = failed;
  await check(name, run);
  if (failed > before && !blocked) blocked = name;
}

// ---------- what the mock serves, read over HTTP ----------
type Json = any;
type Mode = "http" | "msw";
let mode: Mode = "http";
let mockUrl = "";
/** With the mock in the page, the page the test reads the mock's state through. */
let statePage: Page | undefined;

async function api(method: string, path: string, { token, body }: { token?: string; body?: unknown } = {}): Promise<Json> {
  const headers: Record<string, string> = { "X-Scalev-Storefront-Api-Key": STOREFRONT_KEY };
  if (token) headers["X-Scalev-Guest-Token"] = token;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const url = `${mockUrl}/v3/stores/${STORE_ID}/public/${path}`;
  const init = { method, headers, body: body === undefined ? undefined : JSON.stringify(body) };
  const answer: { ok: boolean; status: number; json: Json } = statePage
    ? await statePage.evaluate(async ([url, init]) => {
        const response = await fetch(url, init);
        return { ok: response.ok, status: response.status, json: await response.json() };
      }, [url, init] as const)
    : await fetch(url, init).then(async (response) => ({ ok: response.ok, status: response.status, json: await response.json() }));
  assert.ok(answer.ok, `${method} ${path} answered ${answer.status}`);
  return answer.json;
}

const digits = (text: string | null | undefined) => (text ?? "").replace(/\D/g, "");
const rupiah = (amount: unknown) => String(Math.round(Number(amount)));

// ---------- servers ----------
async function buildAndServeExample(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  // Vite reads VITE_* from the environment before .env files, so this points the page at the mock.
  process.env.VITE_SCALEV_BASE_URL = mockUrl;
  process.env.VITE_SCALEV_MOCK = mode === "msw" ? "msw" : "";
  process.env.VITE_SCALEV_STORE_ID = STORE_ID;
  process.env.VITE_SCALEV_STOREFRONT_API_KEY = STOREFRONT_KEY;
  const configFile = join(exampleDir, "vite.config.ts");
  await build({ configFile, root: exampleDir, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  const server = await preview({ configFile, root: exampleDir, logLevel: "warn", build: { outDir }, preview: { host: "127.0.0.1", port, strictPort: true } });
  return { server, url: `http://127.0.0.1:${port}/` };
}

/** A browser context whose page reports everything that went wrong, and every request that left the machine. */
async function openShopper(browser: Browser) {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  // Offline, as on a machine with no network: anything not on 127.0.0.1 is refused and recorded.
  const offsite: string[] = [];
  await context.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => {
      offsite.push(route.request().url());
      return route.abort("internetdisconnected");
    },
  );
  const images: string[] = [];
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const calls: Request[] = [];
  const problems: string[] = [];
  page.on("request", (request) => request.url().startsWith(mockUrl) && !request.url().startsWith(`${mockUrl}/__mock/images/`) && calls.push(request));
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => message.type() === "error" && problems.push(`console: ${message.text()}`));
  page.on("requestfailed", (request) => problems.push(`failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.request().method()} ${response.url()}`));
  page.on("response", (response) => response.ok() && response.url().startsWith(`${mockUrl}/__mock/images/`) && images.push(response.url()));
  return { context, page, calls, problems, images, offsite };
}

// ---------- the flow ----------
const testId = (scope: Page | ReturnType<Page["locator"]>, id: string) => scope.locator(`[data-testid="${id}"]`);
const shownToken = async (page: Page) => (await testId(page, "guest-token").innerText()).trim();

interface Expected {
  name: string;
  price: number;
  quantity: number;
}

/** Retries `run` until it passes (the page re-renders when an answer arrives), for at most 10 s. */
async function eventually(run: () => Promise<void>) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return await run();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The cart panel shows these lines (name, quantity, line total) and the server's cart agrees with it. */
const expectCart = (page: Page, token: string, lines: Expected[]) => eventually(() => cartShows(page, token, lines));

async function cartShows(page: Page, token: string, lines: Expected[]) {
  const rows = testId(page, "cart-line");
  assert.equal(await rows.count(), lines.length, "lines in the cart panel");
  for (const [index, line] of lines.entries()) {
    const row = rows.nth(index);
    const name = await testId(row, "line-name").innerText();
    assert.ok(line.name.split(" – ").every((part) => name.includes(part)), `line ${index} is named ${JSON.stringify(line.name)}: ${JSON.stringify(name)}`);
    assert.equal(await testId(row, "line-qty").inputValue(), String(line.quantity), `line ${index} quantity`);
    assert.equal(digits(await testId(row, "line-unit").innerText()), rupiah(line.price), `line ${index} unit price`);
    assert.equal(digits(await testId(row, "line-total").innerText()), rupiah(line.price * line.quantity), `line ${index} total`);
  }
  const total = lines.reduce((sum, line) => sum + line.price * line.quantity, 0);
  const server = await api("GET", "cart", { token });
  assert.deepEqual(server.items.map((item: Json) => item.quantity), lines.map((line) => line.quantity), "the server's cart has the same quantities");
  assert.equal(rupiah(server.total), rupiah(total), "the server's cart total");
  if (lines.length) assert.equal(digits(await testId(page, "cart-total").innerText()), rupiah(total), "the cart total on the page");
  else assert.match(await testId(page, "cart-status").innerText(), /^Empty/);
}

async function flow(browser: Browser, pageUrl: string) {
  const shopper = await openShopper(browser);
  const { page } = shopper;
  if (mode === "msw") {
    // The mock starts with the page: load it once, and read the mock's state through it.
    await page.goto(pageUrl);
    await testId(page, "catalog-status").filter({ hasText: /\d+ items?/ }).waitFor();
    statePage = page;
  }

  const catalog: Json[] = (await api("GET", "items")).data;
  const details = new Map<string, Json>();
  for (const card of catalog.filter((c) => c.entity_type === "product")) details.set(card.slug, await api("GET", `products/${card.slug}`));
  const productIndex = catalog.findIndex((card) => card.entity_type === "product" && details.get(card.slug).variants.length > 1);
  const product = details.get(catalog[productIndex]?.slug);
  const bundleIndex = catalog.findIndex((card) => card.entity_type === "bundle_price_option");
  const bundleCard = catalog[bundleIndex];
  let token = "";

  await step("the page loads and lists the catalog the mock serves: names, prices, images", async () => {
    assert.equal((await page.goto(pageUrl))?.status(), 200);
    await testId(page, "catalog-status").filter({ hasText: /\d+ items?/ }).waitFor();
    assert.equal(await testId(page, "catalog").locator(":scope > li").count(), catalog.length, "one card per catalog item");
    for (const [index, card] of catalog.entries()) {
      const shown = testId(page, `item-${index}`);
      assert.equal(await testId(shown, "item-name").innerText(), card.name);
      assert.ok(digits(await testId(shown, "item-price").innerText()).startsWith(rupiah(card.price_range.min)), `card ${index} shows its price ${card.price_range.min}`);
      assert.equal(await testId(shown, "item-image").getAttribute("src"), card.images[0] ?? card.meta_thumbnail);
    }
    // Offline, the pictures still show: the mock serves them.
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('[data-testid="item-image"]')].every((image) => image.complete && image.naturalWidth > 0));
  });

  await step("an empty cart under a fresh guest token", async () => {
    await testId(page, "cart-status").filter({ hasText: /^Empty/ }).waitFor();
    token = await shownToken(page);
    assert.match(token, /^[0-9a-f-]{36}$/);
  });

  await step("a product lists its variants from the product detail route", async () => {
    assert.ok(product, "the catalog has a product with several variants");
    await testId(page, `choose-${productIndex}`).click();
    await testId(page, "product-name").filter({ hasText: product.name }).waitFor();
    const options = await testId(page, "variant-option").allInnerTexts();
    assert.equal(options.length, product.variants.length);
    for (const [index, variant] of product.variants.entries()) {
      assert.ok(options[index]!.includes(variant.name), `variant ${index} shows ${variant.name}: ${options[index]}`);
      assert.ok(digits(options[index]).endsWith(rupiah(variant.price)), `variant ${index} shows its price: ${options[index]}`);
    }
  });

  const picked = product?.variants.at(-1);
  const first: Expected = { name: `${product?.name} – ${picked?.name}`, price: Number(picked?.price), quantity: 1 };
  const second: Expected = { name: bundleCard?.name, price: Number(bundleCard?.price_range.min), quantity: 1 };

  await step("picking a variant and adding it shows one line in the cart panel", async () => {
    await testId(page, `variant-${picked.id}`).check();
    await testId(page, "product-add").click();
    await expectCart(page, token, [first]);
    const [added] = (await api("GET", "cart", { token })).items;
    assert.equal(added.variant_id, picked.id, "the picked variant was added, not the first one");
  });

  await step("adding a bundle from its card shows a second line", async () => {
    assert.ok(bundleCard, "the catalog has a bundle price option");
    await testId(page, `add-${bundleIndex}`).click();
    await expectCart(page, token, [first, second]);
  });

  await step("changing a quantity updates the line and the cart total", async () => {
    const row = testId(page, "cart-line").nth(0);
    await testId(row, "line-qty").fill("3");
    await testId(row, "line-update").click();
    first.quantity = 3;
    await expectCart(page, token, [first, second]);
  });

  await step("removing a line leaves the other", async () => {
    await testId(testId(page, "cart-line").nth(1), "line-remove").click();
    await expectCart(page, token, [first]);
  });

  if (mode === "msw") {
    console.log("  - a reload finds the same cart: not with the mock in the page, whose state a reload starts again");
  } else await step("a reload finds the same cart (the guest token is kept in localStorage)", async () => {
    await page.reload();
    await testId(page, "cart-line").first().waitFor();
    assert.equal(await shownToken(page), token);
    await expectCart(page, token, [first]);
  });

  await step("a second browser context has its own guest token and its own, empty cart", async () => {
    const other = await openShopper(browser);
    try {
      await other.page.goto(pageUrl);
      await testId(other.page, "cart-status").filter({ hasText: /^Empty/ }).waitFor();
      const otherToken = await shownToken(other.page);
      assert.match(otherToken, /^[0-9a-f-]{36}$/);
      assert.notEqual(otherToken, token);
      assert.equal(await testId(other.page, "cart-line").count(), 0);
      assert.deepEqual((await api("GET", "cart", { token: otherToken })).items, []);
      assert.deepEqual(other.problems, []);
      await assertCredentials(other.calls);
    } finally {
      await other.context.close();
    }
    await expectCart(page, token, [first]);
  });

  const destination = { location_id: 31741, postal_code: "12130" };
  let shipping: Json[] = [];
  await step("shipping options for the cart", async () => {
    shipping = (await api("POST", "checkout/shipping-options", { token, body: { destination } })).data;
    assert.ok(shipping.length > 0, "the cart has goods to ship");
    await testId(page, "get-shipping").click();
    await testId(page, "shipping-options").waitFor({ state: "visible" });
    const labels = await testId(page, "shipping-options").locator("label").allInnerTexts();
    assert.equal(labels.length, shipping.length, "one choice per shipping option");
    for (const [index, option] of shipping.entries()) {
      assert.ok(labels[index]!.includes(option.name), `option ${index} shows ${option.name}: ${labels[index]}`);
      assert.ok(digits(labels[index]).includes(rupiah(option.cost)), `option ${index} shows its cost ${option.cost}: ${labels[index]}`);
    }
    await testId(page, "shipping-0").check();
  });

  let discount = 0;
  await step(`the discount code ${DISCOUNT_CODE} shows what it takes off`, async () => {
    const checked = await api("POST", "discount-codes/check", { token, body: { code: DISCOUNT_CODE, courier_service_id: shipping[0].courier_service_id } });
    assert.equal(checked.is_eligible, true);
    discount = Number(checked.discount_code_discount);
    assert.ok(discount > 0);
    await testId(page, "discount-code").fill(DISCOUNT_CODE);
    await testId(page, "apply-discount").click();
    await testId(page, "discount-status").filter({ hasText: DISCOUNT_CODE }).waitFor();
    assert.equal(digits(await testId(page, "discount-status").innerText()), rupiah(discount));
  });

  const products = first.price * first.quantity;
  const expectedTotal = () => products + Number(shipping[0].cost) - discount;
  await step("the summary adds the products and the courier and takes off the discount", async () => {
    await testId(page, "get-summary").click();
    await testId(page, "summary").waitFor({ state: "visible" });
    assert.equal(digits(await testId(page, "summary-product_price").innerText()), rupiah(products));
    assert.equal(digits(await testId(page, "summary-shipping_cost").innerText()), rupiah(shipping[0].cost));
    assert.equal(digits(await testId(page, "summary-gross_revenue").innerText()), rupiah(expectedTotal()));
  });

  const buyer = { customer_name: "Sari Wulandari", customer_email: "sari.wulandari@example.com", customer_phone: "6281311112222", shipping_address: "Jl. Dago No. 5" };
  await step("places the order with the buyer's details", async () => {
    const form = testId(page, "buyer-form");
    for (const [field, value] of Object.entries(buyer)) await form.locator(`input[name="${field}"]`).fill(value);
    await testId(page, "place-order").click();
    await testId(page, "order").waitFor({ state: "visible" });
  });

  await check("the order page lists what was bought, with the summary's totals", async () => {
    const lines = testId(page, "order-line");
    assert.equal(await lines.count(), 1);
    const name = await testId(lines.first(), "order-line-name").innerText();
    assert.ok(name.includes(product.name) && name.includes(String(picked.option1_value)), `the order line names ${first.name}: ${name}`);
    assert.equal(digits(await testId(lines.first(), "order-line-qty").innerText()), String(first.quantity));
    assert.equal(digits(await testId(lines.first(), "order-line-total").innerText()), rupiah(products));
    assert.equal(digits(await testId(page, "order-product-price").innerText()), rupiah(products));
    assert.equal(digits(await testId(page, "order-shipping-cost").innerText()), rupiah(shipping[0].cost));
    assert.equal(digits(await testId(page, "order-discount").innerText()), rupiah(discount));
    assert.equal(digits(await testId(page, "order-total").innerText()), rupiah(expectedTotal()));
    assert.equal(await testId(page, "order-state").innerText(), "pending");
  });

  await check("the order page is the public order the mock keeps, read by its secret slug", async () => {
    const slug = await testId(page, "order-secret-slug").innerText();
    const order = await api("GET", `orders/${slug}`);
    assert.equal(order.orderlines.length, 1);
    assert.equal(order.orderlines[0].quantity, first.quantity);
    assert.equal(rupiah(order.gross_revenue), rupiah(expectedTotal()));
    assert.equal(await testId(page, "order-redirect").getAttribute("href"), order.redirect_url);
    const [request] = shopper.calls.filter((r) => r.method() === "GET" && new URL(r.url()).pathname.endsWith(`/public/orders/${slug}`));
    assert.ok(request, "the page fetched the public order");
  });

  await check("checkout emptied the cart", async () => {
    await expectCart(page, token, []);
  });

  await check("the checkout request carried the buyer, the courier, the discount code and the guest token", async () => {
    const [request] = shopper.calls.filter((r) => r.method() === "POST" && new URL(r.url()).pathname.endsWith("/public/checkout"));
    assert.ok(request, "POST /public/checkout was sent");
    const body = request.postDataJSON();
    assert.equal(body.customer_name, buyer.customer_name);
    assert.equal(body.customer_email, buyer.customer_email);
    assert.equal(body.courier_service_id, shipping[0].courier_service_id);
    assert.equal(body.discount_code_code, DISCOUNT_CODE);
    assert.equal((await request.allHeaders())["x-scalev-guest-token"], token);
  });

  blocked = undefined;
  await check("every API call sent the storefront key and never an Authorization header", () => assertCredentials(shopper.calls));
  await check("the card images are the mock's own pictures, and nothing was fetched off the machine", () => {
    for (const card of catalog) {
      const image = card.images[0] ?? card.meta_thumbnail;
      assert.ok(image.startsWith(`${mockUrl}/__mock/images/`), `${card.name}'s image ${image} is served by the mock`);
      assert.ok(shopper.images.includes(image), `${card.name}'s image was loaded`);
    }
    assert.deepEqual(shopper.offsite, []);
  });
  await check("no error on the page", async () => {
    assert.equal(await testId(page, "error").isHidden(), true, `alert: ${await testId(page, "error").innerText()}`);
    assert.deepEqual(shopper.problems, []);
  });

  mkdirSync(join(root, "test-results"), { recursive: true });
  const screenshot = mode === "http" ? screenshotPath : screenshotPath.replace(/\.png$/, "-msw.png");
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`  screenshot: ${screenshot}`);
  statePage = undefined;
}

async function assertCredentials(calls: Request[]) {
  const apiCalls = calls.filter((r) => r.method() !== "OPTIONS");
  assert.ok(apiCalls.length > 0, "the page called the API");
  for (const request of apiCalls) {
    const headers = await request.allHeaders();
    assert.equal(headers["x-scalev-storefront-api-key"], STOREFRONT_KEY, `${request.method()} ${request.url()}`);
    assert.equal(headers.authorization, undefined, `${request.method()} ${request.url()} sent Authorization`);
  }
}

// ---------- main ----------
let mock: RunningMock | undefined;
let example: PreviewServer | undefined;
let browser: Browser | undefined;
const workDir = mkdtempSync(join(tmpdir(), "scalev-e2e-storefront-"));
let stopping = false;

async function cleanup() {
  if (stopping) return;
  stopping = true;
  await browser?.close().catch(() => {});
  await example?.close().catch(() => {});
  const stopped = await mock?.stop();
  if (stopped && (stopped.code !== 0 || stopped.leftBehind.length > 0)) {
    failed++;
    console.log(`  ✗ the mock stops on SIGTERM with exit code 0 and nothing left behind (got ${JSON.stringify(stopped)})`);
  }
  rmSync(workDir, { recursive: true, force: true });
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void cleanup().then(() => process.exit(130)));
}

try {
  console.log("e2e: storefront example in headless Chromium against the mock");
  await step("Chromium is installed", () =>
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: run \`bash scripts/install-chromium.sh\` (or \`make test-e2e\`)`),
  );
  await check("the example typechecks against the client and the generated types", () => {
    const tsc = spawnSync(join(root, "node_modules", ".bin", "tsc"), ["--noEmit", "-p", join(exampleDir, "tsconfig.json")], { encoding: "utf8" });
    assert.equal(tsc.status, 0, `${tsc.stdout}${tsc.stderr}`);
  });
  await step("the mock starts", async () => {
    ensureMockBuilt();
    mock = await startMock();
  });
  await step("Chromium launches", async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"],
    });
  });
  for (const next of ["http", "msw"] as const) {
    if (!browser || blocked) break;
    mode = next;
    // With the mock in the page nothing listens at the base URL: the service worker answers it.
    mockUrl = mode === "http" ? mock!.url : `http://127.0.0.1:${await freePort()}`;
    console.log(mode === "http" ? `e2e: the page against the HTTP mock (${mockUrl})` : "e2e: the page with the mock in its service worker (VITE_SCALEV_MOCK=msw)");
    let pageUrl = "";
    await step(`the example builds and is served (${mode})`, async () => {
      await example?.close();
      const site = await buildAndServeExample(join(workDir, `site-${mode}`));
      example = site.server;
      pageUrl = site.url;
    });
    if (!blocked) await flow(browser, pageUrl);
    if (blocked) break;
  }
} catch (error) {
  failed++;
  console.log(`  ✗ unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  await cleanup();
}

if (failed > 0 && mock) console.log(`\nmock output (last lines):\n${mock.output().split("\n").slice(-25).join("\n")}`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
