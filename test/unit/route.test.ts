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

  it("hands back the write token of a started checkout intent (storefront and page), and the guest token from any answer", () => {
    const bodyHandBacks = operations.filter(({ method, path }) => routeOf(method, path).handsBack.some((handBack) => handBack.field));
    expect(bodyHandBacks.map((op) => op.key).sort()).toEqual(["POST /v3/pages/{page_unique_id}/checkout-intents", "POST /v3/stores/{store_id}/public/checkout-intents"]);
    for (const { method, path } of bodyHandBacks) {
      expect(routeOf(method, path).handsBack).toContainEqual({ scheme: "CheckoutIntentToken", field: "checkout_intent_token" });
    }
    for (const { method, path } of operations) expect(routeOf(method, path).handsBack).toContainEqual({ scheme: "GuestToken", header: "x-scalev-guest-token" });
  });

  it("names scopes on the 403 of a business operation (Web Analytics aside, for now)", () => {
    for (const { key, method, path, operation } of operations) {
      const business = schemesOf(operation).includes("BusinessBearer") && !operation.tags?.includes("Web Analytics");
      expect(routeOf(method, path).namesScopes, key).toBe(business);
    }
  });
});
