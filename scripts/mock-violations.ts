/**
 * Rewrites Prism's error answers into the API's error shape. Prism answers an invalid request with the
 * spec's 400/422 example (always the same text) and puts the real reasons in its `sl-violations` header;
 * its own errors (unknown route, --errors mode) are application/problem+json. The mock answers both as
 * `{"error": "body.items[0].quantity must be >= 1", "error_code": "validation_failed", "violations": [...]}`,
 * keeping Prism's status and the sl-violations header.
 */
import type { IncomingHttpHeaders } from "node:http";
import type { ApiError, ErrorAnswer } from "./mock-request-guard.ts";

interface PrismViolation {
  location?: unknown;
  severity?: unknown;
  code?: unknown;
  message?: unknown;
}

export interface Violation {
  /** Where in the request, e.g. `body.items[0].quantity`, `query.page_size`, `body`. Empty for the request as a whole. */
  location: string;
  message: string;
  code: string;
}

const asText = (value: unknown) => (typeof value === "string" ? value : value === undefined || value === null ? "" : String(value));

/** `["body", "items", "0", "quantity"]` → `body.items[0].quantity`. */
function formatLocation(segments: string[]): string {
  return segments
    .map((raw, i) => {
      const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      if (/^\d+$/.test(segment)) return `[${segment}]`;
      if (/^[A-Za-z_$][\w$-]*$/.test(segment)) return i === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(segment)}]`;
    })
    .join("");
}

/** Prism's messages repeat the location ("Request body property items.0.quantity must be >= 1"). */
function withoutLocationPrefix(message: string, [where, ...path]: string[]): string {
  const prefixes = path.length
    ? [`Request ${where} property ${path.join(".")} `, `Request ${where} parameter ${path.join(".")} `]
    : [`Request ${where} `];
  const prefix = prefixes.find((p) => message.startsWith(p));
  return prefix ? message.slice(prefix.length) : message;
}

function toViolation(raw: PrismViolation, requestContentType: string | undefined): Violation | undefined {
  if (raw.severity !== undefined && raw.severity !== "Error") return undefined;
  const segments = Array.isArray(raw.location) ? raw.location.map(asText) : [];
  if (segments[0] === "request" || segments[0] === "response") segments.shift();
  const code = asText(raw.code);
  let message = withoutLocationPrefix(asText(raw.message), segments);
  // Name the property itself: "body.customer_name is required" rather than "body must have required property 'customer_name'".
  const required = /^must have required property '(.*)'$/.exec(message);
  const unknown = /^must NOT have additional properties; found '(.*)'$/.exec(message);
  if (required) {
    segments.push(required[1]!);
    message = "is required";
  } else if (unknown) {
    segments.push(unknown[1]!);
    message = "is not a property this operation accepts";
  }
  if (code === "415") {
    message = `Content-Type ${requestContentType ? JSON.stringify(requestContentType) : "(none)"} is not accepted here. ${message}`;
  }
  return { location: formatLocation(segments), message, code };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function violationsFrom(list: unknown, requestContentType: string | undefined): Violation[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw) => (raw && typeof raw === "object" ? (toViolation(raw as PrismViolation, requestContentType) ?? []) : []));
}

const headerText = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(", ") : value);
const isValidationStatus = (status: number) => status === 400 || status === 422;
const isProblemJson = (headers: IncomingHttpHeaders) => /^application\/problem\+json\b/i.test(headerText(headers["content-type"]) ?? "");

/** Whether the mock replaces this Prism answer's body (checked before reading it). */
export function rewritesBody(status: number, headers: IncomingHttpHeaders): boolean {
  return isProblemJson(headers) || (isValidationStatus(status) && headers["sl-violations"] !== undefined);
}

function validationError(violations: Violation[]): ApiError {
  const sentence = (v: Violation) => (v.location ? `${v.location} ${v.message}` : v.message);
  return { error: violations.map(sentence).join("; "), error_code: "validation_failed", violations };
}

/** Prism's client-error problem types and their statuses (prism-http's errors.js). */
const PRISM_CLIENT_ERRORS: Record<string, number> = { NOT_FOUND: 404, NOT_ACCEPTABLE: 406, UNPROCESSABLE_ENTITY: 422, INVALID_CONTENT_TYPE: 415 };


/**
 * The status and API-shaped body for a Prism answer that `rewritesBody` selected: on a 400/422 the
 * request's violations when Prism lists any, else the problem+json's detail; undefined keeps Prism's
 * answer as it is.
 */
export function rewriteAnswer(status: number, headers: IncomingHttpHeaders, body: string, request: IncomingHttpHeaders): ErrorAnswer | undefined {
  const header = headerText(headers["sl-violations"]);
  const problemJson = isProblemJson(headers);
  const problem = problemJson ? (parseJson(body) as { type?: unknown; title?: unknown; detail?: unknown; validation?: unknown } | undefined) : undefined;
  if (isValidationStatus(status)) {
    const fromHeader = violationsFrom(header === undefined ? undefined : parseJson(header), request["content-type"]);
    const violations = fromHeader.length ? fromHeader : violationsFrom(problem?.validation, request["content-type"]);
    if (violations.length) return { status, body: validationError(violations) };
    if (header?.startsWith("Too many violations!")) {
      return { status, body: { error: "The request breaks the spec in too many places to list here; the sl-violations header starts the list.", error_code: "validation_failed" } };
    }
  }
  if (!problemJson) return undefined;
  // Prism answers a Prefer/Accept it cannot satisfy with a 404/406, but with a 500 wrapping that error
  // when its fallback to the default response fails too: the same cause, so the same status.
  const wrapped = status === 500 ? /errors#([A-Z_]+): (.*?)\. We tried default response/.exec(asText(problem?.title)) : null;
  const unwrappedStatus = wrapped && PRISM_CLIENT_ERRORS[wrapped[1]!];
  if (wrapped && unwrappedStatus) {
    const asked = `Prefer: ${headerText(request.prefer) ?? "(none)"}, Accept: ${headerText(request.accept) ?? "(none)"}`;
    return { status: unwrappedStatus, body: { error: `${wrapped[2]} (${asked}).`, error_code: wrapped[1]!.toLowerCase() } };
  }
  // Prism's problem types end in a fragment such as #NO_PATH_MATCHED_ERROR.
  const type = /#([A-Z0-9_]+)$/.exec(asText(problem?.type))?.[1];
  return {
    status,
    body: {
      error: asText(problem?.detail) || asText(problem?.title) || "The mock could not answer this request.",
      error_code: type ? type.toLowerCase().replace(/_error$/, "") : "mock_error",
    },
  };
}
