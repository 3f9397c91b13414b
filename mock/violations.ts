/**
 * Prism's error answers in the API's error shape. Prism answers an invalid request with the spec's
 * 400/422 example (always the same text) and reports the real reasons as violations; its own errors
 * (unknown route, a `Prefer` it cannot satisfy, a missing credential on a route that declares no 401)
 * are problem details. The mock answers both as
 * `{"error": "body.items[0].quantity must be >= 1", "error_code": "validation_failed", "violations": [...]}`
 * or `{"error": "…", "error_code": "no_path_matched"}`, keeping Prism's status.
 */
import type { ApiError, ErrorAnswer } from "./request-guard.ts";

/** A violation as Prism reports it (its `sl-violations` header format). */
export interface PrismViolation {
  /** `["request", "body", "items", "0", "quantity"]`. */
  location: (string | number)[];
  severity: string;
  code: string | number | undefined;
  message: string;
}

export interface Violation {
  /** Where in the request, e.g. `body.items[0].quantity`, `query.page_size`, `body`. Empty for the request as a whole. */
  location: string;
  message: string;
  code: string;
}

/** Prism's problem details: `type` ends in a fragment such as `#NO_PATH_MATCHED_ERROR`. */
export interface PrismProblem {
  status: number;
  type: string;
  title: string;
  detail: string;
  /** The violations of an UNPROCESSABLE_ENTITY problem (a route that declares no 400/422). */
  validation?: unknown;
  /** For a missing credential: what the route needs, e.g. "the X-Scalev-Storefront-Api-Key header". */
  credentials?: string;
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

function toViolation(raw: Partial<PrismViolation>, requestContentType: string | undefined): Violation | undefined {
  if (raw.severity !== undefined && raw.severity !== "Error") return undefined;
  const segments = Array.isArray(raw.location) ? raw.location.map(asText) : [];
  if (segments[0] === "request") segments.shift();
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

/** The request's errors among Prism's violations (warnings and the answer's own violations left out). */
function requestViolations(list: unknown, requestContentType: string | undefined): Violation[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw) => {
    if (!raw || typeof raw !== "object" || (raw as PrismViolation).location?.[0] === "response") return [];
    return toViolation(raw as PrismViolation, requestContentType) ?? [];
  });
}

function validationError(violations: Violation[]): ApiError {
  const sentence = (v: Violation) => (v.location ? `${v.location} ${v.message}` : v.message);
  return { error: violations.map(sentence).join("; "), error_code: "validation_failed", violations };
}

const isValidationStatus = (status: number) => status === 400 || status === 422;

/**
 * The API-shaped body for Prism's answer to an invalid request: on a 400/422, the request's own
 * violations; undefined keeps the spec's example (a valid request that asked for the status with
 * `Prefer: code=422` has none).
 */
export function validationAnswer(status: number, violations: PrismViolation[], requestContentType: string | undefined): ErrorAnswer | undefined {
  if (!isValidationStatus(status)) return undefined;
  const found = requestViolations(violations, requestContentType);
  return found.length ? { status, body: validationError(found) } : undefined;
}

/** Prism's client-error problem types and their statuses (prism-http's errors.js). */
const PRISM_CLIENT_ERRORS: Record<string, number> = { NOT_FOUND: 404, NOT_ACCEPTABLE: 406, UNPROCESSABLE_ENTITY: 422, INVALID_CONTENT_TYPE: 415 };

/** The request headers that explain some answers. */
export interface ProblemContext {
  prefer: string | undefined;
  accept: string | undefined;
  contentType: string | undefined;
}

/** A Prism problem as the API's error shape, with the status a client should see. */
export function problemAnswer(problem: PrismProblem, context: ProblemContext): ErrorAnswer {
  const { status } = problem;
  // Prism's problem types end in a fragment such as #NO_PATH_MATCHED_ERROR.
  const type = /#([A-Z0-9_]+)$/.exec(problem.type)?.[1];
  if (type === "UNAUTHORIZED") {
    const needed = problem.credentials ? `this route needs ${problem.credentials}` : "send the credential this route declares";
    return { status, body: { error: `Missing or malformed credentials: ${needed} (any value works on the mock).`, error_code: "unauthorized" } };
  }
  if (isValidationStatus(status)) {
    const violations = requestViolations(problem.validation, context.contentType);
    if (violations.length) return { status, body: validationError(violations) };
  }
  // Prism answers a Prefer/Accept it cannot satisfy with a 404/406, but with a 500 wrapping that error
  // when its fallback to the default response fails too: the same cause, so the same status.
  const wrapped = status === 500 ? /errors#([A-Z_]+): (.*?)\. We tried default response/.exec(problem.title) : null;
  const unwrappedStatus = wrapped && PRISM_CLIENT_ERRORS[wrapped[1]!];
  if (wrapped && unwrappedStatus) {
    const asked = `Prefer: ${context.prefer ?? "(none)"}, Accept: ${context.accept ?? "(none)"}`;
    return { status: unwrappedStatus, body: { error: `${wrapped[2]} (${asked}).`, error_code: wrapped[1]!.toLowerCase() } };
  }
  return {
    status,
    body: {
      error: problem.detail || problem.title || "The mock could not answer this request.",
      error_code: type ? type.toLowerCase().replace(/_error$/, "") : "mock_error",
    },
  };
}
