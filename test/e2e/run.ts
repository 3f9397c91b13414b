/**
 * End-to-end: the browser example (examples/storefront) in headless Chromium against the mock.
 *
 * Starts `scripts/mock.ts` (Prism) on a free port, builds the example with Vite pointed at it and
 * serves the build with `vite preview`, then clicks through a guest checkout with playwright-core
 * driving Debian's /usr/bin/chromium (scripts/install-chromium.sh installs it). Expected values come
 * from the examples of the bundled spec, which is what the mock answers with. Saves a screenshot to
 * test-results/e2e-storefront.png, prints `e2e: N passed, M failed`, exits non-zero on any failure
 * and always stops its servers.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page, type Request } from "playwright-core";
import { build, preview, type PreviewServer } from "vite";
import { resolveRef } from "../../scripts/spec-refs.ts";
import { freePort } from "../support/free-port.ts";

const root = resolve(import.meta.dirname, "../..");
const exampleDir = join(root, "examples", "storefront");
const screenshotPath = join(root, "test-results", "e2e-storefront.png");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const STORE_ID = "store_vlzpML8edzxO5roOdV7Oyfn6";
const STOREFRONT_KEY = "sfpk_live_4fT9qLmZ2xW8rB1c";

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

// ---------- what the mock answers: the first example of each response in the bundled spec ----------
type Json = any;
let spec: Json;

const deref = (node: Json): Json => resolveRef(spec, node);

function mediaExample(media: Json, label: string): Json {
  if (media?.example !== undefined) return media.example;
  const first = media?.examples && Object.values(media.examples)[0];
  const value = deref(first)?.value;
  if (value === undefined) throw new Error(`the spec has no example for ${label}`);
  return value;
}

const operation = (method: string, path: string) => {
  const op = spec.paths[path]?.[method];
  if (!op) throw new Error(`the spec has no ${method.toUpperCase()} ${path}`);
  return op;
};

/** The body the mock answers with (Prism picks the first example of the success response). */
function served(method: string, path: string): Json {
  const responses = operation(method, path).responses;
  const status = Object.keys(responses).find((s) => s.startsWith("2"))!;
  return mediaExample(deref(responses[status]).content?.["application/json"], `${method.toUpperCase()} ${path} → ${status}`);
}

const requestExample = (method: string, path: string) =>
  mediaExample(deref(operation(method, path).requestBody)?.content?.["application/json"], `${method.toUpperCase()} ${path} request`);

/** The example of a response header of the first success response. */
function servedHeader(method: string, path: string, header: string): string | undefined {
  const responses = operation(method, path).responses;
  const status = Object.keys(responses).find((s) => s.startsWith("2"))!;
  const headers = deref(responses[status]).headers ?? {};
  const key = Object.keys(headers).find((h) => h.toLowerCase() === header.toLowerCase());
  const node = key ? deref(headers[key]) : undefined;
  return node?.example ?? node?.schema?.example ?? (node?.examples && deref(Object.values(node.examples)[0])?.value);
}

const digits = (text: string | null | undefined) => (text ?? "").replace(/\D/g, "");
const rupiahDigits = (amount: unknown) => String(Math.round(Number(amount)));

// ---------- servers ----------
interface Mock {
  url: string;
  process: ChildProcess;
  output: () => string;
}

async function startMock(specFile: string): Promise<Mock> {
  const port = await freePort();
  const child = spawn(join(root, "node_modules", ".bin", "tsx"), [join(root, "scripts", "mock.ts")], {
    cwd: root,
    env: { ...process.env, MOCK_PORT: String(port), MOCK_HOST: "127.0.0.1", MOCK_DYNAMIC: "", MOCK_SPEC: specFile },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (!/Prism is listening on/.test(output)) {
    if (child.exitCode !== null) throw new Error(`the mock exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`the mock did not start within 90 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, process: child, output: () => output };
}

function stopMock(mock: Mock | undefined): Promise<void> {
  const child = mock?.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(force);
      done();
    });
    child.kill("SIGTERM");
  });
}

async function buildAndServeExample(mockUrl: string, outDir: string): Promise<{ server: PreviewServer; url: string }> {
  // Vite reads VITE_* from the environment before .env files, so this points the page at the mock.
  process.env.VITE_SCALEV_BASE_URL = mockUrl;
  process.env.VITE_SCALEV_STORE_ID = STORE_ID;
  process.env.VITE_SCALEV_STOREFRONT_API_KEY = STOREFRONT_KEY;
  const configFile = join(exampleDir, "vite.config.ts");
  await build({ configFile, root: exampleDir, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  const server = await preview({ configFile, root: exampleDir, logLevel: "warn", build: { outDir }, preview: { host: "127.0.0.1", port, strictPort: true } });
  return { server, url: `http://127.0.0.1:${port}/` };
}

// ---------- the flow ----------
const testId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

async function flow(page: Page, mockUrl: string) {
  const mockRequests: Request[] = [];
  const pageErrors: string[] = [];
  page.on("request", (request) => request.url().startsWith(mockUrl) && mockRequests.push(request));
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => message.type() === "error" && pageErrors.push(`console: ${message.text()}`));
  page.on("requestfailed", (request) => pageErrors.push(`failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => response.status() >= 400 && pageErrors.push(`${response.status()} ${response.request().method()} ${response.url()}`));
  const sent = (method: string, pathSuffix: string) =>
    mockRequests.filter((r) => r.method() === method && new URL(r.url()).pathname === `/v3/stores/${STORE_ID}/public/${pathSuffix}`);

  const catalog = served("get", "/v3/stores/{store_id}/public/items");
  const cartAdd = requestExample("post", "/v3/stores/{store_id}/public/cart/items");
  const cart = served("post", "/v3/stores/{store_id}/public/cart/items");
  const guestToken = servedHeader("post", "/v3/stores/{store_id}/public/cart/items", "X-Scalev-Guest-Token");
  const shipping = served("post", "/v3/stores/{store_id}/public/checkout/shipping-options");
  const summary = served("post", "/v3/stores/{store_id}/public/checkout/summary");
  const checkoutBody = requestExample("post", "/v3/stores/{store_id}/public/checkout");
  const placed = served("post", "/v3/stores/{store_id}/public/checkout");
  const publicOrder = served("get", "/v3/stores/{store_id}/public/orders/{secret_slug}");

  await step("the page loads and lists the catalog the mock serves", async () => {
    const response = await page.goto(pageUrl);
    assert.equal(response?.status(), 200);
    await testId(page, "catalog-status").filter({ hasText: /\d+ items?/ }).waitFor();
    assert.equal(await testId(page, "catalog").locator(":scope > li").count(), catalog.data.length, "one card per catalog item");
  });

  await check("each card shows its name (or its documented kind)", async () => {
    for (const [index, item] of (catalog.data as Json[]).entries()) {
      const text = await testId(page, `item-${index}`).innerText();
      const shown = item.name ?? item.title ?? item.entity_type;
      assert.ok(text.includes(shown), `card ${index} shows ${JSON.stringify(shown)}: ${JSON.stringify(text)}`);
    }
  });

  const productIndex = (catalog.data as Json[]).findIndex((item) => item.entity_type !== "bundle_price_option");
  await step("adds a product to the guest cart", async () => {
    assert.ok(productIndex >= 0, "the catalog example has a product card");
    const card = testId(page, `item-${productIndex}`);
    const variant = card.locator('input[name="variant_id"]');
    if ((await variant.inputValue()) === "") await variant.fill(String(cartAdd.variant_id));
    await testId(page, `add-${productIndex}`).click();
    await testId(page, "cart-status").filter({ hasText: /1 line/ }).waitFor();
  });

  await check("the cart shows its lines (the server's, or the variant added when the cart lists none)", async () => {
    const lines = await testId(page, "cart-lines").locator("li").allInnerTexts();
    const serverLines = ["items", "lines", "cart_items"].map((key) => cart[key]).find(Array.isArray);
    if (serverLines?.length) {
      assert.equal(lines.length, serverLines.length);
    } else {
      const variantId = await testId(page, `item-${productIndex}`).locator('input[name="variant_id"]').inputValue();
      assert.equal(lines.length, 1);
      assert.ok(lines[0]!.endsWith(`variant ${variantId} × 1`), lines[0]);
    }
  });

  await check("the cart request sent the storefront key and a typed variant body", async () => {
    const [request] = sent("POST", "cart/items");
    assert.ok(request, "POST /public/cart/items was sent");
    const headers = await request.allHeaders();
    assert.equal(headers["x-scalev-storefront-api-key"], STOREFRONT_KEY);
    const body = request.postDataJSON();
    assert.equal(body.type, "variant");
    assert.equal(body.quantity, 1);
  });

  await check("the guest token from the response header is kept and shown", async () => {
    assert.ok(guestToken, "the spec declares an X-Scalev-Guest-Token response header example");
    assert.equal(await testId(page, "guest-token").innerText(), guestToken);
  });

  await step("gets shipping options for the destination", async () => {
    await testId(page, "get-shipping").click();
    await testId(page, "shipping-options").waitFor({ state: "visible" });
    const labels = await testId(page, "shipping-options").locator("label").allInnerTexts();
    assert.equal(labels.length, shipping.data.length, "one choice per shipping option");
    for (const [index, option] of (shipping.data as Json[]).entries()) {
      assert.ok(labels[index]!.includes(option.name), `option ${index} shows ${option.name}: ${labels[index]}`);
      assert.ok(digits(labels[index]).includes(rupiahDigits(option.cost)), `option ${index} shows its cost ${option.cost}: ${labels[index]}`);
    }
  });

  await check("shipping options were asked with the guest token", async () => {
    const [request] = sent("POST", "checkout/shipping-options");
    assert.ok(request);
    const headers = await request.allHeaders();
    assert.equal(headers["x-scalev-guest-token"], guestToken);
    assert.deepEqual(request.postDataJSON().destination, { location_id: 31741, postal_code: "12130" });
  });

  await step("picks a shipping option and shows the summary total", async () => {
    if (shipping.data.length > 0) await testId(page, "shipping-0").check();
    await testId(page, "get-summary").click();
    await testId(page, "summary").waitFor({ state: "visible" });
    const total = await testId(page, "summary-gross_revenue").innerText();
    assert.equal(digits(total), rupiahDigits(summary.gross_revenue), `total shows ${summary.gross_revenue}: ${total}`);
    assert.match(total, /Rp/);
    assert.equal(digits(await testId(page, "summary-shipping_cost").innerText()), rupiahDigits(summary.shipping_cost));
  });

  await step("places the checkout with the buyer's details", async () => {
    const form = testId(page, "buyer-form");
    for (const field of ["customer_name", "customer_email", "customer_phone", "shipping_address", "shipping_subdistrict"]) {
      await form.locator(`input[name="${field}"]`).fill(String(checkoutBody[field]));
    }
    await testId(page, "place-order").click();
    await testId(page, "order").waitFor({ state: "visible" });
  });

  await check("the checkout request carried the buyer, the chosen courier and the guest token", async () => {
    const [request] = sent("POST", "checkout");
    assert.ok(request, "POST /public/checkout was sent");
    const body = request.postDataJSON();
    assert.equal(body.customer_name, checkoutBody.customer_name);
    assert.equal(body.customer_email, checkoutBody.customer_email);
    assert.equal(body.payment_method, "bank_transfer");
    if (shipping.data.length > 0) assert.equal(body.courier_service_id, shipping.data[0].courier_service_id);
    assert.equal((await request.allHeaders())["x-scalev-guest-token"], guestToken);
  });

  await check("the public order is fetched by the secret slug checkout returned", async () => {
    const [request] = sent("GET", `orders/${placed.secret_slug}`);
    assert.ok(request, `GET /public/orders/${placed.secret_slug} was sent`);
  });

  await check("the page shows the public order: secret slug, status, total and redirect link", async () => {
    assert.equal(await testId(page, "order-secret-slug").innerText(), publicOrder.secret_slug);
    assert.equal(await testId(page, "order-state").innerText(), publicOrder.status);
    assert.equal(digits(await testId(page, "order-total").innerText()), rupiahDigits(publicOrder.gross_revenue));
    if (publicOrder.redirect_url) assert.equal(await testId(page, "order-redirect").getAttribute("href"), publicOrder.redirect_url);
  });

  blocked = undefined;
  await check("every API call sent the storefront key and never an Authorization header", async () => {
    const apiCalls = mockRequests.filter((r) => r.method() !== "OPTIONS");
    assert.ok(apiCalls.length >= 6, `expected the six flow calls, saw ${apiCalls.length}`);
    for (const request of apiCalls) {
      const headers = await request.allHeaders();
      assert.equal(headers["x-scalev-storefront-api-key"], STOREFRONT_KEY, `${request.method()} ${request.url()}`);
      assert.equal(headers.authorization, undefined, `${request.method()} ${request.url()} sent Authorization`);
    }
  });

  await check("no error on the page", async () => {
    assert.equal(await testId(page, "error").isHidden(), true, `alert: ${await testId(page, "error").innerText()}`);
    assert.deepEqual(pageErrors, []);
  });
}

// ---------- main ----------
let pageUrl = "";
let mock: Mock | undefined;
let example: PreviewServer | undefined;
let browser: Browser | undefined;
const workDir = mkdtempSync(join(tmpdir(), "scalev-e2e-storefront-"));
const outDir = join(workDir, "site");
let stopping = false;

async function cleanup() {
  if (stopping) return;
  stopping = true;
  await browser?.close().catch(() => {});
  await example?.close().catch(() => {});
  await stopMock(mock);
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
    // A snapshot: Prism reloads its document when it changes, and the expected values come from it too.
    const snapshot = join(workDir, "openapi.json");
    copyFileSync(join(root, "generated", "openapi.json"), snapshot);
    spec = JSON.parse(readFileSync(snapshot, "utf8"));
    mock = await startMock(snapshot);
  });
  await step("the example builds and is served", async () => {
    const site = await buildAndServeExample(mock!.url, outDir);
    example = site.server;
    pageUrl = site.url;
  });
  await step("Chromium launches", async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-quic",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });
  if (browser) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.setDefaultTimeout(15_000);
    await flow(page, mock!.url);
    mkdirSync(join(root, "test-results"), { recursive: true });
    await page.screenshot({ path: screenshotPath, fullPage: true });
    console.log(`  screenshot: ${screenshotPath}`);
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
