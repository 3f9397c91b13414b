/**
 * The checks the mock's server makes before Prism sees a request. Each refused class of input either
 * crashed Prism (a malformed percent-escape in the path, JSON nested thousands deep) or made it answer
 * 500 (an unparsable Content-Type), so the mock refuses it with a 4xx in the API's error shape.
 */
import type { IncomingHttpHeaders } from "node:http";

export interface ApiError {
  error: string;
  error_code: string;
  [extra: string]: unknown;
}

/** An error status and the API-shaped body the mock answers with. */
export interface ErrorAnswer {
  status: number;
  body: ApiError;
}

/** Prism's own body limit (10 MB); the guard answers 413 past it. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** Real payloads nest a handful of levels; Prism dies somewhere past a few thousand. */
export const MAX_JSON_DEPTH = 100;

const refuse = (status: number, error_code: string, error: string): ErrorAnswer => ({ status, body: { error, error_code } });

/** At most 80 characters of client input, JSON-quoted so control characters stay visible. */
const shown = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);

/** The text percent-decoded, or undefined when an escape does not decode to UTF-8. */
const decoded = (text: string): string | undefined => {
  // The result is returned, not dropped: a bundler may remove a call whose result is unused, and this
  // call matters only for what it throws.
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
};

/** Prism reads the target as a URL relative to this base. */
const PRISM_BASE = "http://example.com";

/** The request target must be a path whose percent-escapes (in path and query) decode to UTF-8. */
export function checkTarget(target: string): ErrorAnswer | undefined {
  if (!target.startsWith("/")) {
    return refuse(400, "invalid_request_target", `The request target must be a path starting with "/", got ${shown(target)}.`);
  }
  // "//x/…" or "/\x/…" would name a host to Prism's URL parser: a misrouted request or a 500.
  if (!URL.canParse(target, PRISM_BASE) || new URL(target, PRISM_BASE).origin !== PRISM_BASE) {
    return refuse(400, "invalid_request_target", `The path ${shown(target)} starts like a host name ("//" or "/\\"); send a path such as /v3/orders.`);
  }
  const queryStart = target.indexOf("?");
  const path = queryStart < 0 ? target : target.slice(0, queryStart);
  if (decoded(path) === undefined) {
    return refuse(400, "invalid_percent_encoding", `The path ${shown(path)} has a malformed percent-escape (each % must start a UTF-8 byte sequence such as %C3%A9).`);
  }
  // "&" and "=" are ASCII, so a query that decodes as a whole decodes part by part too.
  const query = queryStart < 0 ? "" : target.slice(queryStart + 1).replace(/\+/g, " ");
  if (decoded(query) === undefined) {
    return refuse(400, "invalid_percent_encoding", `The query string has a malformed percent-escape (each % must start a UTF-8 byte sequence such as %C3%A9).`);
  }
  return undefined;
}

// RFC 9110 media type, no laxer than the `content-type` parser Prism uses (which throws, giving a 500).
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const QUOTED = '"(?:[\\t\\x20\\x21\\x23-\\x5b\\x5d-\\x7e\\x80-\\xff]|\\\\[\\t\\x20-\\x7e\\x80-\\xff])*"';
const MEDIA_TYPE = new RegExp(`^${TOKEN}/${TOKEN} *(?:; *${TOKEN} *= *(?:${TOKEN}|${QUOTED}) *)*$`);
const PARAMETER = new RegExp(`; *(${TOKEN}) *= *(${TOKEN}|${QUOTED})`, "g");

/** The charset parameters (unquoted) of an already valid media type. */
const charsets = (mediaType: string) =>
  [...mediaType.matchAll(PARAMETER)]
    .filter(([, name]) => name!.toLowerCase() === "charset")
    .map(([, , value]) => (value!.startsWith('"') ? value!.slice(1, -1).replace(/\\(.)/g, "$1") : value!));

/**
 * Host (HTTP/1.1); an Accept whose comma-separated items are media types (Prism splits it on commas
 * and parses each item, and exits on one that does not parse); a Content-Type that parses, with no
 * charset but UTF-8.
 */
export function checkHeaders(headers: IncomingHttpHeaders, httpVersion: string): ErrorAnswer | undefined {
  if (httpVersion === "1.1" && !headers.host) return refuse(400, "missing_host", "An HTTP/1.1 request needs a Host header.");
  const badAccept = headers.accept?.split(",").find((item) => !MEDIA_TYPE.test(item.trim()));
  if (badAccept !== undefined) {
    return refuse(400, "invalid_accept", `The Accept header item ${shown(badAccept.trim())} is not a media type (type/subtype; name=value…).`);
  }
  const contentType = headers["content-type"]?.trim();
  if (contentType === undefined) return undefined;
  if (!MEDIA_TYPE.test(contentType)) {
    return refuse(400, "invalid_content_type", `The Content-Type ${shown(contentType)} is not a media type (type/subtype; name=value…).`);
  }
  const charset = charsets(contentType).find((name) => !/^utf-?8$/i.test(name));
  if (charset !== undefined) {
    return refuse(415, "unsupported_charset", `Request bodies must be UTF-8; the Content-Type names charset ${shown(charset)}.`);
  }
  return undefined;
}

/** The media types Prism parses as JSON (application/json, application/*+json). */
export function isJsonMediaType(contentType: string | undefined): boolean {
  const essence = contentType?.split(";")[0]!.trim().toLowerCase() ?? "";
  return essence === "application/json" || /^application\/[^/]+\+json$/.test(essence);
}

export const BODY_TOO_LARGE = refuse(413, "payload_too_large", `The request body is larger than the mock accepts (${MAX_BODY_BYTES / 1024 / 1024} MB).`);

/** Depth of the deepest array/object, scanning iteratively (no recursion, whatever the input). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * A JSON body must be UTF-8, nest at most MAX_JSON_DEPTH levels and parse: its value, or the refusal.
 * An empty body has no value.
 */
export function checkJsonBody(body: Uint8Array): { value: unknown } | { refusal: ErrorAnswer } {
  if (body.length === 0) return { value: undefined };
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return { refusal: refuse(400, "invalid_json", "The request body is not valid UTF-8.") };
  }
  const depth = jsonDepth(text);
  if (depth > MAX_JSON_DEPTH) {
    return { refusal: refuse(400, "json_too_deep", `The JSON body nests ${depth} levels deep; the mock accepts at most ${MAX_JSON_DEPTH}.`) };
  }
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { refusal: refuse(400, "invalid_json", `The request body is not valid JSON (${(error as Error).message}).`) };
  }
}

/** Hosts a page can only reach by that name (an IP literal or localhost): no DNS name an attacker could rebind. */
const LITERAL_HOST = /^(localhost|\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])(:\d+)?$/i;

export const RESET_FORBIDDEN = refuse(
  403,
  "reset_forbidden",
  "Only a script, a test runner or a terminal may reset the mock (curl -X POST …/__mock/reset); a web page of another origin may not.",
);

/**
 * Who may reset the mock (POST /__mock/reset): clients that are not browsers (curl, scripts, test
 * runners send no Origin), and a page of the mock's own origin reached by an IP literal or localhost.
 * Any other origin is refused, even a request a page may send without a preflight (a form POST, a
 * text/plain fetch), so no web page a developer opens can wipe a team's shared mock. `Sec-Fetch-Site`,
 * when a browser sends it, must say same-origin too. A DNS name is refused even as the same origin: an
 * attacker's page could rebind its own name to the mock's address.
 */
export function checkResetAllowed(headers: IncomingHttpHeaders): ErrorAnswer | undefined {
  const site = headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none") return RESET_FORBIDDEN;
  const origin = headers.origin;
  if (origin === undefined) return undefined;
  const host = headers.host ?? "";
  return origin === `http://${host}` && LITERAL_HOST.test(host) ? undefined : RESET_FORBIDDEN;
}
