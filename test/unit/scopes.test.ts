import { describe, expect, it } from "vitest";
import { requiredScopes, ScalevInputError, scopesFor } from "../../src/index.ts";
import { specOperations } from "../support/spec.ts";

describe("requiredScopes", () => {
  it("names the scope the contract gives an operation", () => {
    expect(requiredScopes("GET", "/v3/web-analytics/traffic")).toEqual(["web_analytics:read"]);
    expect(requiredScopes("PATCH", "/v3/customer-privacy")).toEqual(["business:update"]);
    expect(requiredScopes("GET", "/v3/stores/simplified")).toEqual(["store:list"]);
  });

  it("falls back to the scope the documentation names", () => {
    expect(requiredScopes("GET", "/v3/orders")).toEqual(["order:list"]);
    expect(requiredScopes("post", "/v3/orders")).toEqual(["order:create"]);
  });

  it("says [] for business operations whose scope no source names, undefined for other families", () => {
    expect(requiredScopes("GET", "/v3/me")).toEqual([]);
    expect(requiredScopes("GET", "/v3/stores/{store_id}/public/items")).toBeUndefined();
    expect(requiredScopes("POST", "/v3/pages/{page_unique_id}/orders")).toBeUndefined();
    expect(requiredScopes("GET", "/v3/stores/{store_id}/customers/me")).toBeUndefined();
    expect(requiredScopes("POST", "/v3/oauth/token")).toBeUndefined();
    expect(requiredScopes("GET", "/v3/not-a-route")).toBeUndefined();
  });

  it("covers every business operation of the spec with the scopes its security lists", () => {
    const business = specOperations().filter((op) => op.operation.security?.some((alt: object) => "BusinessBearer" in alt));
    expect(business.length).toBeGreaterThan(250);
    for (const { key, operation } of business) {
      const [method, path] = key.split(" ") as [string, string];
      const listed = operation.security.find((alt: Record<string, string[]>) => "BusinessBearer" in alt).BusinessBearer;
      expect(requiredScopes(method as "GET", path), key).toEqual(listed);
      expect(operation.description, key).toMatch(listed.length ? `Requires the ${listed.join(", ")} scope.` : "names no OAuth scope");
    }
  });
});

describe("bad input", () => {
  it("is a ScalevInputError, and inherited keys are not operations", () => {
    expect(() => requiredScopes(undefined as never, "/v3/orders")).toThrow(ScalevInputError);
    expect(() => requiredScopes("GET", 42 as never)).toThrow(ScalevInputError);
    expect(() => scopesFor("GET /v3/orders" as never)).toThrow(ScalevInputError);
    expect(() => scopesFor([{} as never])).toThrow(ScalevInputError);
    expect(requiredScopes("GET", "constructor")).toBeUndefined();
    expect(requiredScopes("toString" as never, "")).toBeUndefined();
  });
});

describe("scopesFor", () => {
  it("collects the scopes of several operations, sorted and without duplicates", () => {
    expect(
      scopesFor([
        ["GET", "/v3/orders"],
        ["GET", "/v3/orders/{id}"],
        ["GET", "/v3/orders"],
        ["GET", "/v3/stores/{store_id}/public/items"],
      ]),
    ).toEqual(["order:list", "order:read"]);
  });
});
