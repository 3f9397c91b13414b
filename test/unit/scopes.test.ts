import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { requiredScopes, ScalevInputError, scopesFor } from "../../src/index.ts";
import { specOperations } from "../support/spec.ts";

/** Scalev's own catalog of v3 business operations and their scopes (a copy: test/oauth-scopes.tsv says where from). */
function scopeCatalog(): { key: string; scopes: string[] }[] {
  return readFileSync(resolve(import.meta.dirname, "../oauth-scopes.tsv"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => {
      const [method = "", path = "", scopes = ""] = line.split("\t");
      return { key: `${method} ${path}`, scopes: scopes.split(" ").filter(Boolean) };
    });
}

describe("requiredScopes", () => {
  it("names the scope the contract gives an operation", async () => {
    expect(await requiredScopes("GET", "/v3/web-analytics/traffic")).toEqual(["web_analytics:read"]);
    expect(await requiredScopes("PATCH", "/v3/customer-privacy")).toEqual(["business:update"]);
    expect(await requiredScopes("GET", "/v3/stores/simplified")).toEqual(["store:list"]);
  });

  it("falls back to the scope the documentation names", async () => {
    expect(await requiredScopes("GET", "/v3/orders")).toEqual(["order:list"]);
    expect(await requiredScopes("post", "/v3/orders")).toEqual(["order:create"]);
  });

  it("says [] for business operations whose scope no source names, undefined for other families", async () => {
    expect(await requiredScopes("GET", "/v3/me")).toEqual([]);
    expect(await requiredScopes("GET", "/v3/orders/statistics")).toEqual(["order:statistics:read"]);
    expect(await requiredScopes("GET", "/v3/stores/{store_id}/public/items")).toBeUndefined();
    expect(await requiredScopes("POST", "/v3/pages/{page_unique_id}/orders")).toBeUndefined();
    expect(await requiredScopes("GET", "/v3/stores/{store_id}/customers/me")).toBeUndefined();
    expect(await requiredScopes("POST", "/v3/oauth/token")).toBeUndefined();
    expect(await requiredScopes("GET", "/v3/not-a-route")).toBeUndefined();
  });

  it("covers every business operation of the spec with the scopes its security lists", async () => {
    const business = specOperations().filter((op) => op.operation.security?.some((alt: object) => "BusinessBearer" in alt));
    expect(business.length).toBeGreaterThan(250);
    for (const { key, operation } of business) {
      const [method, path] = key.split(" ") as [string, string];
      const listed = operation.security.find((alt: Record<string, string[]>) => "BusinessBearer" in alt).BusinessBearer;
      expect(await requiredScopes(method as "GET", path), key).toEqual(listed);
      expect(operation.description, key).toMatch(listed.length ? `Requires the ${listed.join(", ")} scope.` : "names no OAuth scope");
    }
  });
});

describe("Scalev's scope catalog", () => {
  const catalog = scopeCatalog();
  const operations = new Map(specOperations().map((op) => [op.key, op.operation]));

  it("is the whole catalog: 241 business operations, each one in the spec", () => {
    expect(catalog).toHaveLength(241);
    expect(catalog.filter(({ key }) => !operations.has(key)).map(({ key }) => key)).toEqual([]);
  });

  it("every operation it names a scope for has that scope in the spec's security requirement and in requiredScopes()", async () => {
    const named = catalog.filter(({ scopes }) => scopes.length > 0);
    expect(named.length).toBeGreaterThan(230);
    for (const { key, scopes } of named) {
      const security = operations.get(key)?.security?.find((alt: object) => "BusinessBearer" in alt);
      expect(security?.BusinessBearer, key).toEqual(scopes);
      const [method, path] = key.split(" ") as [string, string];
      expect(await requiredScopes(method as "GET", path), key).toEqual(scopes);
    }
  });
});

describe("bad input", () => {
  it("is a ScalevInputError, and inherited keys are not operations", async () => {
    await expect(requiredScopes(undefined as never, "/v3/orders")).rejects.toThrow(ScalevInputError);
    await expect(requiredScopes("GET", 42 as never)).rejects.toThrow(ScalevInputError);
    await expect(scopesFor("GET /v3/orders" as never)).rejects.toThrow(ScalevInputError);
    await expect(scopesFor([{} as never])).rejects.toThrow(ScalevInputError);
    expect(await requiredScopes("GET", "constructor")).toBeUndefined();
    expect(await requiredScopes("toString" as never, "")).toBeUndefined();
  });
});

describe("scopesFor", () => {
  it("collects the scopes of several operations, sorted and without duplicates", async () => {
    expect(
      await scopesFor([
        ["GET", "/v3/orders"],
        ["GET", "/v3/orders/{id}"],
        ["GET", "/v3/orders"],
        ["GET", "/v3/stores/{store_id}/public/items"],
      ]),
    ).toEqual(["order:list", "order:read"]);
  });
});
