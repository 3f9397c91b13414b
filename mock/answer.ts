/**
 * The mock's answer to a request the engine answered, whatever carries it (the HTTP server, server.ts,
 * or the MSW handlers, msw/handlers.ts): Prism's errors in the API's error shape, the request's own
 * violations on a 400/422, the state's body on a stateful 2xx, the example catalog's CDN images pointed
 * at the mock's pictures. Pure: no HTTP and no Node built-ins.
 */
import { withLocalImages } from "./images.ts";
import type { EngineRequest, EngineResult } from "./prism-engine.ts";
import type { StateRequest, StorefrontState } from "./state/storefront.ts";
import { problemAnswer, validationAnswer, type PrismViolation } from "./violations.ts";

export type HeaderList = [string, string][];

/** The request headers as the answer reads them (lower-cased names, Node's shape). */
export type RequestHeaders = Record<string, string | string[] | undefined>;

export interface MockAnswer {
  status: number;
  /** Every header but CORS's (see corsHeaders). */
  headers: HeaderList;
  body: string | undefined;
  /** For the log: "201 (state)", "422 validation_failed"… */
  outcome: string;
}

export const GUEST_TOKEN = "X-Scalev-Guest-Token";
/** Prism's server cuts a longer `sl-violations` header (Node's header limit is 16 KB). */
const MAX_VIOLATIONS_HEADER = 8 * 1024 - 100;

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Prism's CORS headers: every origin, every header, credentials, every response header exposed. */
export function corsHeaders(headers: RequestHeaders): HeaderList {
  return [
    ["Access-Control-Allow-Origin", firstValue(headers.origin) ?? "*"],
    ["Access-Control-Allow-Headers", firstValue(headers["access-control-request-headers"]) ?? "*"],
    ["Access-Control-Allow-Credentials", "true"],
    ["Access-Control-Expose-Headers", firstValue(headers["access-control-expose-headers"]) ?? "*"],
  ];
}

const withoutHeader = (headers: HeaderList, name: string) => headers.filter(([key]) => key.toLowerCase() !== name.toLowerCase());

/** Prism's `sl-violations` header, cut where Prism's server cuts it. */
function violationsHeader(violations: PrismViolation[]): HeaderList {
  if (violations.length === 0) return [];
  const text = JSON.stringify(violations);
  return [["sl-violations", text.length > MAX_VIOLATIONS_HEADER ? `Too many violations! ${text.slice(0, MAX_VIOLATIONS_HEADER)}` : text]];
}

/** The request as the state reads it. */
export function stateRequest(request: EngineRequest): StateRequest {
  return {
    method: request.method,
    path: request.path,
    query: request.query,
    header: (name) => firstValue(request.headers[name.toLowerCase()]),
    body: request.body,
  };
}

export interface AnswerContext {
  /** The stateful storefront; undefined for a stateless mock. */
  state: StorefrontState | undefined;
  /** Where the mock serves its pictures (`http://127.0.0.1:4010`); undefined keeps the CDN's URLs. */
  imageOrigin: string | undefined;
}

/** The answer to `request`, from the engine's `result`. */
export function mockAnswer(result: EngineResult, request: EngineRequest, context: AnswerContext): MockAnswer {
  const header = (name: string) => firstValue(request.headers[name]);
  if (result.kind === "problem") {
    const error = problemAnswer(result.problem, { prefer: header("prefer"), accept: header("accept"), contentType: header("content-type") });
    return { status: error.status, headers: [...Object.entries(result.headers), ["Content-Type", "application/json"]], body: JSON.stringify(error.body), outcome: `${error.status} ${error.body.error_code}` };
  }
  let { status, body } = result;
  let headers: HeaderList = [...violationsHeader(result.violations), ...Object.entries(result.headers)];
  const invalid = validationAnswer(status, result.violations, header("content-type"));
  const fromState = !invalid && status >= 200 && status < 300 ? context.state?.answer(stateRequest(request), status) : undefined;
  const replaced = invalid ?? fromState;
  if (replaced) {
    status = replaced.status;
    body = JSON.stringify(replaced.body);
    headers = withoutHeader(withoutHeader(headers, "content-type"), GUEST_TOKEN);
    headers.push(["Content-Type", "application/json"]);
    if (fromState?.guestToken !== undefined) headers.push([GUEST_TOKEN, fromState.guestToken]);
  }
  if (context.imageOrigin !== undefined && body !== undefined) body = withLocalImages(body, context.imageOrigin);
  return { status, headers, body, outcome: invalid ? `${status} validation_failed` : fromState ? `${status} (state)` : `${status}` };
}
