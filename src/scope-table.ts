import { operationScopes } from "../generated/scopes.ts";

/**
 * The scopes of one operation from the generated table: undefined for operations that are not
 * business routes, [] where no scope is documented. Loaded on demand (src/scopes.ts, a 403's message).
 */
export function scopesOf(method: string, schemaPath: string): readonly string[] | undefined {
  const key = `${method.toUpperCase()} ${schemaPath}`;
  const scopes = Object.hasOwn(operationScopes, key) ? operationScopes[key] : undefined;
  return scopes === undefined ? undefined : scopes === "" ? [] : scopes.split(" ");
}
