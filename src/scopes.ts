import { operationScopes } from "../generated/scopes.ts";
import type { paths } from "../generated/schema.d.ts";
import { ScalevInputError } from "./errors.ts";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * The OAuth scopes a business operation needs, e.g. `requiredScopes("GET", "/v3/orders")` → `["order:list"]`.
 * `[]` when the documentation names no scope for it; `undefined` for operations that are not business routes
 * (storefront, page, customer and OAuth-flow routes take no scope).
 */
export function requiredScopes(method: Method | Lowercase<Method>, path: keyof paths | (string & {})): readonly string[] | undefined {
  if (typeof method !== "string" || typeof path !== "string") {
    throw new ScalevInputError("requiredScopes(method, path) takes an HTTP method and a templated path, e.g. (\"GET\", \"/v3/orders\").");
  }
  const scopes = Object.hasOwn(operationScopes, `${method.toUpperCase()} ${path}`) ? operationScopes[`${method.toUpperCase()} ${path}`] : undefined;
  return scopes === undefined ? undefined : scopes === "" ? [] : scopes.split(" ");
}

/** Every scope a set of operations needs (sorted, without duplicates): what an OAuth app must be granted to call them. */
export function scopesFor(operations: readonly (readonly [Method | Lowercase<Method>, keyof paths | (string & {})])[]): string[] {
  if (!Array.isArray(operations) || !operations.every(Array.isArray)) {
    throw new ScalevInputError("scopesFor() takes a list of [method, path] pairs, e.g. [[\"GET\", \"/v3/orders\"]].");
  }
  return [...new Set(operations.flatMap(([method, path]) => requiredScopes(method, path) ?? []))].sort();
}
