/**
 * The API reference `make docs` builds (scripts/docs/build-reference.ts), opened from disk in headless
 * Chromium as a reader would: search finds an operation, and its page shows the credential and the OAuth
 * scope the spec declares; a route without credential says so; the webhooks are there; the page needs
 * nothing from the network but an image.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { referencePage } from "../../scripts/docs/build-reference.ts";
import { root } from "../../scripts/docs/documents.ts";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const spec = JSON.parse(readFileSync(join(root, "generated", "openapi.json"), "utf8"));

let browser: Browser;
let page: Page;
const problems: string[] = [];
const networkRequests: { type: string; url: string }[] = [];

beforeAll(async () => {
  expect(existsSync(referencePage), `${referencePage} is missing: run \`make docs\``).toBe(true);
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: run \`bash scripts/install-chromium.sh\``).toBe(true);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-component-update"],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  // The reference must work offline: nothing leaves the machine (what would is recorded, then refused).
  await context.route(/^(?!file:|data:|blob:)/, (route) => {
    networkRequests.push({ type: route.request().resourceType(), url: route.request().url() });
    return route.abort();
  });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(pathToFileURL(referencePage).href);
});

afterAll(async () => {
  await browser?.close();
});

/** Types `query` into the reference's search and opens the result for `method path` (or the webhook `path`). */
async function openFromSearch(query: string, method: string, path: string) {
  await page.locator('[data-testid="search-trigger"]').click();
  await page.keyboard.type(query);
  const results = page.locator('[data-component-name="Search/SearchItem"]');
  await results.first().waitFor();
  const texts = await results.allInnerTexts();
  const index = texts.findIndex((text) => {
    const [shownMethod, shownPath] = text.split("\n");
    return shownMethod === method && shownPath === path;
  });
  expect(index, `no search result for ${method} ${path} among:\n${texts.join("\n---\n")}`).toBeGreaterThanOrEqual(0);
  await results.nth(index).click();
}

/** The text of an operation's section (Redoc names it `/<tag>/<operationid>`), once it is shown. */
async function sectionText(operation: { operationId: string; summary: string }): Promise<string> {
  const section = page.locator(`[data-section-id$="/${operation.operationId.toLowerCase()}"]`).first();
  await section.waitFor();
  const text = (await section.innerText()).replace(/\s+/g, " ");
  expect(text).toContain(operation.summary);
  return text;
}

describe("the API reference", () => {
  it("finds GET /v3/orders/{id} by search and shows its credential and scope", async () => {
    const operation = spec.paths["/v3/orders/{id}"].get;
    const [scope] = operation.security[0].BusinessBearer;
    expect(scope).toBe("order:read");
    await openFromSearch("GET /v3/orders/{id}", "GET", "/v3/orders/{id}");
    const text = await sectionText(operation);
    expect(text).toContain(`Credential: BusinessBearer (Authorization: Bearer). OAuth scope: ${scope}.`);
    // Redoc's own security panel names the scheme and the scope too.
    expect(text).toMatch(new RegExp(`Security .*BusinessBearer ?\\(Required scopes: ${scope} ?\\)`));
  });

  it("shows a storefront route's key and its optional guest token", async () => {
    const operation = spec.paths["/v3/stores/{store_id}/public/cart"].get;
    await openFromSearch("/v3/stores/{store_id}/public/cart", "GET", "/v3/stores/{store_id}/public/cart");
    expect(await sectionText(operation)).toContain(
      "Credential: StorefrontApiKey (X-Scalev-Storefront-Api-Key header), optional GuestToken (X-Scalev-Guest-Token header).",
    );
  });

  it("says so when a route takes no credential", async () => {
    const operation = spec.paths["/v3/oauth/token"].post;
    expect(operation.security).toEqual([]);
    await openFromSearch("/v3/oauth/token", "POST", "/v3/oauth/token");
    expect(await sectionText(operation)).toContain("Credential: none");
  });

  it("documents the webhooks", async () => {
    const event = spec.webhooks["order.created"].post;
    await openFromSearch("order.created", "POST", "order.created");
    expect(await sectionText(event)).toContain("X-Scalev-Hmac-Sha256");
  });

  it("runs without errors and needs nothing from the network but images", () => {
    expect(problems).toEqual([]);
    expect(networkRequests.filter((request) => request.type !== "image")).toEqual([]);
  });
});
