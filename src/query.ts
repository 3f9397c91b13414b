/**
 * The client's query serializer: openapi-fetch's default forms (arrays repeat the key, objects are
 * `deepObject`: `key[sub]=value`, null/undefined left out), with two differences that keep a query
 * from changing the request:
 * - keys are percent-encoded like values, so a key such as `status&b_uid` is one parameter named
 *   `status&b_uid`, never a second `b_uid`;
 * - a Date is sent as ISO 8601 (`toISOString()`); values with no query form (an invalid Date, NaN,
 *   Infinity, a symbol, a function, a Map, an object nested in an object) are a ScalevInputError
 *   rather than dropped or sent as `[object Object]`.
 */
import { ScalevInputError } from "./errors.ts";

function encode(text: string, what: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    throw new ScalevInputError(`Query ${what} contains an unpaired UTF-16 surrogate.`);
  }
}

const isPlainObject = (value: object) => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

function primitive(value: unknown, name: string): string | undefined {
  switch (typeof value) {
    case "string":
      return encode(value, `parameter "${name}"`);
    case "number":
      if (Number.isFinite(value)) return encode(String(value), `parameter "${name}"`); // 1e+21: the "+" must be encoded
      break;
    case "boolean":
    case "bigint":
      return String(value);
    case "undefined":
      return undefined;
    case "object":
      if (value === null) return undefined;
      if (value instanceof Date) {
        if (!Number.isNaN(value.getTime())) return encode(value.toISOString(), `parameter "${name}"`);
        throw new ScalevInputError(`Query parameter "${name}" is an invalid Date.`);
      }
  }
  const shown = typeof value === "number" ? String(value) : typeof value === "object" ? "a nested object" : `a ${typeof value}`;
  throw new ScalevInputError(`Query parameter "${name}" cannot be sent: got ${shown} (expected a string, number, boolean, Date or an array of them).`);
}

export function serializeQuery(query: unknown): string {
  if (query === undefined || query === null) return "";
  if (typeof query !== "object" || Array.isArray(query) || !isPlainObject(query)) {
    throw new ScalevInputError("params.query must be a plain object of query parameters.");
  }
  const parts: string[] = [];
  const add = (key: string, value: unknown, name: string) => {
    const text = primitive(value, name);
    if (text !== undefined) parts.push(`${key}=${text}`);
  };
  for (const name of Object.keys(query)) {
    const value = (query as Record<string, unknown>)[name];
    const key = encode(name, "parameter name");
    if (Array.isArray(value)) {
      for (const item of value) add(key, item, name);
    } else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
      if (!isPlainObject(value)) primitive(value, name);
      for (const sub of Object.keys(value)) add(`${key}[${encode(sub, "parameter name")}]`, (value as Record<string, unknown>)[sub], `${name}[${sub}]`);
    } else {
      add(key, value, name);
    }
  }
  return parts.join("&");
}
