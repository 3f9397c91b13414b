/**
 * The route table (src/route.ts over generated/routes.ts) says for every operation of the spec what the
 * spec says: its credentials (test/unit/client.test.ts), its rate-limit family, whether it takes the
 * `b_uid` selector, which credential its answer hands back, and whether its 403 names scopes.
 */
import { describe, expect, it } from "vitest";
import { routeOf } from "../../src/route.ts";
import { resolveRef } from "../../scripts/spec-refs.ts";
import { bundledSpec, specOperations } from "../support/spec.ts";

const operations = specOperations();
const CREDENTIAL_FAMILIES = ["StorefrontApiKey", "PageApiKey", "CustomerBearer", "BusinessBearer"];
const schemesOf = (operation: Record<string, any>): string[] => (operation.security ?? []).flatMap((alternative: object) => Object.keys(alternative));

describe("the route table", () => {
  it("has every operation of the spec", () => expect(operations.length).toBeGreaterThan(300));

  it("puts Web Analytics in a rate-limit family of its own, every other operation in its credential's", () => {
    for (const { key, method, path, operation } of operations) {
      const expected = operation.tags?.includes("Web Analytics") ? "WebAnalytics" : (CREDENTIAL_FAMILIES.find((family) => schemesOf(operation).includes(family)) ?? "none");
      expect(routeOf(method, path).family, key).toBe(expected);
    }
    expect(routeOf("GET", "/v3/web-analytics/not-in-the-spec").family).toBe("WebAnalytics");
  });

  it("sends b_uid exactly where a business operation declares the parameter", () => {
    const doc = bundledSpec();
    for (const { key, method, path, operation } of operations) {
      const parameters = [...(doc.paths[path]!.parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolveRef(doc, p));
      const declared = parameters.some((p) => p.in === "query" && p.name === "b_uid");
      expect(routeOf(method, path).takesBusinessSelector, key).toBe(declared && schemesOf(operation).includes("BusinessBearer"));
    }
  });

  it("hands back a credential only from the answers (route and status) the spec declares it on", () => {
    const doc = bundledSpec();
    for (const { key, method, path, operation } of operations) {
      const declared: { status: number; scheme: string; header?: string; field?: string }[] = [];
      for (const [status, raw] of Object.entries<any>(operation.responses ?? {})) {
        const response = resolveRef(doc, raw);
        if (Object.keys(response.headers ?? {}).some((name) => name.toLowerCase() === "x-scalev-guest-token")) declared.push({ status: Number(status), scheme: "GuestToken", header: "x-scalev-guest-token" });
        const schema = resolveRef(doc, response.content?.["application/json"]?.schema);
        if (/^2/.test(status) && schema?.properties?.checkout_intent_token) declared.push({ status: Number(status), scheme: "CheckoutIntentToken", field: "checkout_intent_token" });
      }
      expect(routeOf(method, path).handsBack, key).toEqual(declared);
    }
    const handingBack = operations.filter(({ method, path }) => routeOf(method, path).handsBack.length > 0).map((op) => op.key);
    expect(handingBack).toContain("POST /v3/stores/{store_id}/public/checkout-intents");
    expect(handingBack).toContain("POST /v3/pages/{page_unique_id}/checkout-intents");
    expect(handingBack).toContain("POST /v3/stores/{store_id}/public/cart/items");
    expect(handingBack).not.toContain("GET /v3/orders");
  });

  it("names scopes on the 403 of every business operation, Web Analytics included", () => {
    for (const { key, method, path, operation } of operations) {
      expect(routeOf(method, path).namesScopes, key).toBe(schemesOf(operation).includes("BusinessBearer"));
    }
    expect(routeOf("GET", "/v3/web-analytics/traffic").namesScopes).toBe(true);
  });

  it("has Web Analytics calls spend the business budget too (their cap comes on top of it), and no other call two budgets", () => {
    for (const { key, method, path, operation } of operations) {
      expect(routeOf(method, path).alsoSpends, key).toBe(operation.tags?.includes("Web Analytics") ? "BusinessBearer" : undefined);
    }
  });
});
