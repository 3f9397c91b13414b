/**
 * Path parameters are data, never path syntax. openapi-fetch's default serializer already applies
 * encodeURIComponent, which neutralises `/`, `?`, `#`, `%` and spaces, but three cases slip through:
 * - `.` and `..` stay as they are, and URL parsing (new Request/new URL) then resolves them as
 *   dot-segments: `/v3/orders/{id}` with id `..` becomes `/v3/`. WHATWG URLs also treat `%2e`/`%2E`
 *   as a dot there, so no encoding can carry these two values: they are rejected;
 * - a missing (undefined/null) value leaves the literal `{id}` in the URL;
 * - an empty string collapses the segment (`/v3/orders/` is the list route).
 * This serializer rejects those with ScalevInputError before anything is sent, and encodes the rest.
 */
import type { Middleware } from "openapi-fetch";
import { ScalevInputError } from "./errors.ts";

const PLACEHOLDER = /\{([^{}]+)\}/g;

function encodeSegment(name: string, value: unknown, pathname: string): string {
  // Built only for an error; messages name the route, not the host.
  const where = () => `path parameter "${name}" of ${pathname.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "")}`;
  if (value === undefined || value === null) throw new ScalevInputError(`Missing ${where()}.`);
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number" && Number.isFinite(value)) text = String(value);
  else if (typeof value === "bigint") text = String(value);
  else throw new ScalevInputError(`Invalid ${where()}: expected a string or a finite number, got ${typeof value === "number" ? String(value) : typeof value}.`);
  if (text === "" || text === "." || text === "..") {
    throw new ScalevInputError(`Invalid ${where()}: ${JSON.stringify(text)} cannot be used as a path segment.`);
  }
  try {
    return encodeURIComponent(text);
  } catch {
    throw new ScalevInputError(`Invalid ${where()}: the string contains an unpaired UTF-16 surrogate.`);
  }
}

/** A `pathSerializer` for openapi-fetch (`createClient({ pathSerializer: scalevPathSerializer })`). */
export function scalevPathSerializer(pathname: string, pathParams: Record<string, unknown> | undefined): string {
  if (typeof pathname !== "string") throw new ScalevInputError(`A path template must be a string, got ${typeof pathname}.`);
  if (pathParams !== undefined && (typeof pathParams !== "object" || pathParams === null)) throw new ScalevInputError("Path parameters must be an object.");
  return pathname.replace(PLACEHOLDER, (_match, name: string) => encodeSegment(name, pathParams?.[name], pathname));
}

/**
 * openapi-fetch calls the path serializer only when `params.path` is present at all; this middleware
 * covers a call that omits it (possible from JavaScript), which would otherwise send `%7Bid%7D`.
 */
export const pathParamsMiddleware: Middleware = {
  onRequest({ schemaPath, params }) {
    scalevPathSerializer(schemaPath, params.path);
    return undefined;
  },
};
