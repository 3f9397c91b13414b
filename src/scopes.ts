import type { paths } from "../generated/schema.d.ts";
import { ScalevInputError } from "./errors.ts";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Operation = readonly [Method | Lowercase<Method>, keyof paths | (string & {})];

/** The scope table is a module of its own, loaded on the first lookup: apps that never look scopes up do not carry it. */
const table = () => import("./scope-table.ts");

/**
 * The OAuth scopes a business operation needs, e.g. `await requiredScopes("GET", "/v3/orders")` → `["order:list"]`.
 * `[]` when the documentation names no scope for it; `undefined` for operations that are not business routes
 * (storefront, page, customer and OAuth-flow routes take no scope).
 */
export async function requiredScopes(method: Operation[0], path: Operation[1]): Promise<readonly string[] | undefined> {
  if (typeof method !== "string" || typeof path !== "string") {
    throw new ScalevInputError('requiredScopes(method, path) takes an HTTP method and a templated path, e.g. ("GET", "/v3/orders").');
  }
  return (await table()).scopesOf(method, path);
}

/** Every scope a set of operations needs (sorted, without duplicates): what an OAuth app must be granted to call them. */
export async function scopesFor(operations: readonly Operation[]): Promise<string[]> {
  if (!Array.isArray(operations) || !operations.every((operation) => Array.isArray(operation) && typeof operation[0] === "string" && typeof operation[1] === "string")) {
    throw new ScalevInputError('scopesFor() takes a list of [method, path] pairs, e.g. [["GET", "/v3/orders"]].');
  }
  const { scopesOf } = await table();
  return [...new Set(operations.flatMap(([method, path]) => scopesOf(method, path) ?? []))].sort();
}
