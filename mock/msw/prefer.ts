/**
 * The answer a request asks for, as Prism's HTTP server reads it: the `Prefer` header
 * (`code=404, example=not_found, dynamic=true`), or without one the `__code`, `__example`,
 * `__dynamic` and `__seed` query parameters. A value Prism cannot use gets Prism's own 422 text.
 */

export interface Preferences {
  code?: number;
  exampleKey?: string;
  dynamic?: boolean;
  seed?: string;
}

type Raw = unknown;

/** `camelCase` of a lower-cased preference token, as Prism's Prefer parser keys it. */
const camelCase = (token: string) =>
  token
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word, i) => (i === 0 ? word : word[0]!.toUpperCase() + word.slice(1)))
    .join("");

/** Splits on `separator` outside double quotes. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= text.length; i++) {
    const char = i < text.length ? text[i] : separator;
    if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return parts;
}

/** `code=404; x=1, example=a` → `{ code: "404", codeX: "1", example: "a" }` (the first of each name wins; no value reads as true). */
function parsePrefer(header: string): Record<string, Raw> {
  const result: Record<string, Raw> = {};
  for (const preference of splitOutsideQuotes(header, ",")) {
    let base: string | undefined;
    for (const segment of splitOutsideQuotes(preference, ";")) {
      const equals = segment.indexOf("=");
      let token = (equals < 0 ? segment : segment.slice(0, equals)).trim().toLowerCase();
      let value = equals < 0 ? "" : segment.slice(equals + 1).trim();
      if (value[0] === '"' && value[value.length - 1] === '"') value = value.slice(1, -1);
      if (base === undefined) base = token;
      else token = `${base}-${token}`;
      const key = camelCase(token);
      if (result[key] === undefined || result[key] === null) result[key] = value.length ? value : true;
    }
  }
  return result;
}

const shown = (value: Raw) => JSON.stringify(value);

/** The preferences, or Prism's 422 detail (io-ts's drawing of what did not decode). */
export function readPreferences(preferHeader: string | undefined, query: URLSearchParams): { preferences: Preferences } | { error: string } {
  const fromQuery = (name: string) => {
    const all = query.getAll(name);
    return all.length === 0 ? undefined : all.length === 1 ? all[0] : all;
  };
  const raw: Record<string, Raw> = preferHeader
    ? parsePrefer(preferHeader)
    : { code: fromQuery("__code"), dynamic: fromQuery("__dynamic"), seed: fromQuery("__seed"), example: fromQuery("__example") };
  const problems: string[] = [];
  const preferences: Preferences = {};
  const decode = (name: string, read: (text: string) => boolean, expected: string) => {
    const value = raw[name];
    if (value === undefined) return;
    if (typeof value !== "string") problems.push(`optional property "${name}"\n└─ cannot decode ${shown(value)}, should be string`);
    else if (!read(value)) problems.push(`optional property "${name}"\n└─ cannot decode ${shown(value)}, should be ${expected}`);
  };
  decode("code", (text) => /^\d{3}$/.test(text) && ((preferences.code = Number.parseInt(text, 10)), true), "a number");
  decode("dynamic", (text) => (text === "true" || text === "false") && ((preferences.dynamic = text === "true"), true), "a boolean");
  decode("seed", (text) => ((preferences.seed = text), true), "string");
  decode("example", (text) => ((preferences.exampleKey = text), true), "string");
  return problems.length ? { error: problems.join("\n") } : { preferences };
}
