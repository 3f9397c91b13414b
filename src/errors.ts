import { redactHeaders, redactText, redactValue, type RedactedCause } from "./redact.ts";

/**
 * Base class of every error this package throws. Messages are redacted, and `cause` can only be a
 * redacted copy of the cause chain (redactError()): no rendering of the error (message, String(),
 * JSON, util.inspect, stack, causes) carries a credential. (The copy is made where the cause is
 * caught, not here, so that code which never has a cause, such as the ID helpers, does not carry it.)
 */
export class ScalevError extends Error {
  override name = "ScalevError";
  constructor(message: string, options?: { cause?: RedactedCause }) {
    super(redactText(message), options);
  }
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message };
  }
}

/** The client was configured or called in a way that cannot work; thrown before any request is sent. */
export class ScalevConfigError extends ScalevError {
  override name = "ScalevConfigError";
}

/** A caller-supplied value (an id, a page size, …) is not valid; nothing was sent. */
export class ScalevInputError extends ScalevError {
  override name = "ScalevInputError";
}

export interface ScalevApiErrorInit {
  status: number;
  statusText?: string | undefined;
  /** Parsed JSON body, the raw text when it is not JSON, or undefined when there is none. */
  body: unknown;
  headers: Headers;
  method?: string | undefined;
  url: string;
  /** OAuth scopes the operation needs (business routes; [] when none is documented), named in a 403's message. */
  requiredScopes?: readonly string[] | undefined;
}

const MESSAGE_BODY_LIMIT = 300;

/** "; needs order:list" for a 403 of a business operation whose scope is known. */
function scopeHint(status: number, scopes: readonly string[] | undefined): string {
  if (status !== 403 || scopes === undefined) return "";
  return scopes.length ? `; needs ${scopes.join(" and ")}` : "; the documentation names no scope for this operation";
}

/**
 * The API answered with a non-2xx status. Every field is redacted (credential headers, sk_/rk_/sfpk_
 * keys and tokens in the URL or body), so the error can be logged as is.
 */
export class ScalevApiError extends ScalevError {
  override name = "ScalevApiError";
  readonly status: number;
  /** `error` of the JSON error body (`message` for bodies that use that key), or the plain-text body. */
  readonly error: string | undefined;
  /** `error_code` of the JSON error body, when present. */
  readonly errorCode: string | undefined;
  /**
   * Parsed JSON body, or the raw text when the body is not JSON (e.g. a plain-text 429); redacted,
   * with nesting below 64 levels cut ("[nested too deep]") and repeated objects marked "[circular]".
   */
  readonly body: unknown;
  /** Response headers (X-Ratelimit-*, Retry-After, …). */
  readonly headers: Headers;
  readonly method: string | undefined;
  readonly url: string;
  /** On a 403 from a business route: the OAuth scopes the operation needs ([] when none is documented). */
  readonly requiredScopes: readonly string[] | undefined;

  constructor(init: ScalevApiErrorInit) {
    // Bounded and acyclic, so every rendering (JSON.stringify, loggers that copy fields) works.
    const body = redactValue(init.body, true);
    const fields = body && typeof body === "object" ? (body as Record<string, unknown>) : {};
    const error =
      typeof fields.error === "string" ? fields.error
      : typeof fields.message === "string" ? fields.message
      : typeof body === "string" && body.trim() ? body.trim()
      : undefined;
    const errorCode = typeof fields.error_code === "string" ? fields.error_code : undefined;
    const summary = error ?? init.statusText ?? "";
    const shown = summary.length > MESSAGE_BODY_LIMIT ? `${summary.slice(0, MESSAGE_BODY_LIMIT)}…` : summary;
    super(
      `${init.method ? `${init.method} ` : ""}${init.url} answered ${init.status}` +
        `${shown ? `: ${shown}` : ""}${errorCode ? ` (${errorCode})` : ""}${scopeHint(init.status, init.requiredScopes)}`,
    );
    this.requiredScopes = init.status === 403 ? init.requiredScopes : undefined;
    this.status = init.status;
    this.error = error;
    this.errorCode = errorCode;
    this.body = body;
    this.headers = redactHeaders(init.headers);
    this.method = init.method;
    this.url = redactText(init.url);
  }

  override toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      error: this.error,
      errorCode: this.errorCode,
      method: this.method,
      url: this.url,
      requiredScopes: this.requiredScopes,
      headers: Object.fromEntries(this.headers),
      body: this.body,
    };
  }
}

/** An attempt exceeded its timeout (timeoutMs) and no retry was left or allowed. */
export class ScalevTimeoutError extends ScalevError {
  override name = "ScalevTimeoutError";
}

/**
 * The API answered 2xx but its body could not be used as JSON (JSON that does not parse, or an HTML,
 * plain-text or binary body where JSON was expected), or answered with a redirect the client may not
 * follow when the call said `redirect: "error"`; `cause` has the parse error, if any.
 */
export class ScalevResponseError extends ScalevError {
  override name = "ScalevResponseError";
}

/** A 2xx JSON body that does not parse: the one ScalevResponseError an idempotent call retries (not exported from the package). */
export class UnparsableBodyError extends ScalevResponseError {}

/** Paging cannot go on: the server repeated a cursor (an endless loop) or sent something that is not a page. */
export class ScalevPaginationError extends ScalevError {
  override name = "ScalevPaginationError";
  constructor(
    message: string,
    readonly reason: "repeated_cursor" | "not_a_page",
    /** Pages received before the problem. */
    readonly pagesFetched: number,
  ) {
    super(message);
  }
  override toJSON() {
    return { ...super.toJSON(), reason: this.reason, pagesFetched: this.pagesFetched };
  }
}

/** The request could not reach the API (DNS, refused or reset connection, …); `cause` has the fetch error. */
export class ScalevConnectionError extends ScalevError {
  override name = "ScalevConnectionError";
}

/** Why parseWebhook rejected a webhook request. */
export type ScalevWebhookErrorReason = "missing_signature" | "bad_signature" | "malformed_json" | "unknown_event";

/**
 * A webhook request was rejected by parseWebhook. `reason` says why: answer `missing_signature` and
 * `bad_signature` with 401 (the request is not from Scalev), `malformed_json` with 400; an `unknown_event`
 * is authentic (its verified body is in `payload`), so acknowledge it with 200 rather than make Scalev retry.
 */
export class ScalevWebhookError extends ScalevError {
  override name = "ScalevWebhookError";
  /** For `unknown_event`: the event name. */
  readonly event: string | undefined;
  /** For `unknown_event`: the verified, parsed body (kept out of toJSON and logs: it holds customer data). */
  declare readonly payload: unknown;
  constructor(
    readonly reason: ScalevWebhookErrorReason,
    message: string,
    details: { event?: string; payload?: unknown } = {},
  ) {
    super(message);
    this.event = details.event;
    // Not enumerable: logging the error (util.inspect, a logger copying its fields) leaves customer data out.
    Object.defineProperty(this, "payload", { value: details.payload, enumerable: false });
  }
  override toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, reason: this.reason, event: this.event };
  }
}
