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

/** Where a bad value was found, for its error: the parameter and the route (not the host). */
const where = (name: string, pathname: string) => `path parameter "${name}" of ${pathname.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "")}`;

function encodeSegment(name: string, value: unknown, pathname: string): string {
  if (value === undefined || value === null) throw new ScalevInputError(`Missing ${where(name, pathname)}.`);
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number" && Number.isFinite(value)) text = String(value);
  else if (typeof value === "bigint") text = String(value);
  else throw new ScalevInputError(`Invalid ${where(name, pathname)}: expected a string or a finite number, got ${typeof value === "number" ? String(value) : typeof value}.`);
  if (text === "" || text === "." || text === "..") {
    throw new ScalevInputError(`Invalid ${where(name, pathname)}: ${JSON.stringify(text)} cannot be used as a path segment.`);
  }
  try {
    return encodeURIComponent(text);
  } catch {
    throw new ScalevInputError(`Invalid ${where(name, pathname)}: the string contains an unpaired UTF-16 surrogate.`);
  }
}

/** A `pathSerializer` for openapi-fetch (`createClient({ pathSerializer: scalevPathSerializer })`). */
export function scalevPathSerializer(pathname: string, pathParams: Record<string, unknown> | undefined): string {
  if (typeof pathname !== "string") throw new ScalevInputError(`A path template must be a string, got ${typeof pathname}.`);
  if (pathParams !== undefined && (typeof pathParams !== "object" || pathParams === null)) throw new ScalevInputError("Path parameters must be an object.");
  // Each `{name}` (no nested braces) becomes its encoded value; a plain scan, as this runs on every call.
  let out = "";
  let from = 0;
  for (let open = pathname.indexOf("{"); open !== -1; open = pathname.indexOf("{", from)) {
    const close = pathname.indexOf("}", open + 1);
    if (close === -1) break;
    const name = pathname.slice(open + 1, close);
    if (name === "" || name.includes("{")) {
      out += pathname.slice(from, open + 1);
      from = open + 1;
      continue;
    }
    out += pathname.slice(from, open) + encodeSegment(name, pathParams?.[name], pathname);
    from = close + 1;
  }
  return from === 0 ? pathname : out + pathname.slice(from);
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
