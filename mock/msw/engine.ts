/**
 * Prism's static mocking without Prism: the same route, credential check, validation and choice of
 * answer as `@stoplight/prism-http` in static mode (the HTTP mock's prism-engine.ts), run over what
 * compile.ts made of the spec at build time. It answers with the same EngineResult as the HTTP mock's
 * engine, so the MSW handlers shape it with the same code. No Node built-ins: it runs in a browser.
 * `Prefer: dynamic=true` is the one thing it does not do (no schema and no faker at run time): it
 * answers the example.
 */
import { credentialsOf } from "../credentials.ts";
import type { EngineRequest, EngineResult, PrismEngine } from "../prism-engine.ts";
import type { PrismViolation } from "../violations.ts";
import { isMediaType } from "./media-types.ts";
import type { ModelOperation } from "./model.ts";
import { negotiateInvalid, negotiateValid, type Failure, type Negotiated } from "./negotiate.ts";
import { readPreferences } from "./prefer.ts";
import { prismProblem, route } from "./router.ts";
import { checkSecurity, validateInput, type CheckedRequest, type Diagnostic, type Validators } from "./validate.ts";

type Json = any;

/** The spec as compiled for the engine: its operations, the document examples point into, the validators. */
export interface CompiledSpec {
  operations: ModelOperation[];
  doc: Json;
  validators: Validators;
}

/** `?a=1&a=2&b=3` → `{ a: ["1", "2"], b: "3" }`, as Prism's server reads a query. */
function nameValues(query: URLSearchParams): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const name of new Set(query.keys())) {
    const all = query.getAll(name);
    values[name] = all.length === 1 ? all[0]! : all;
  }
  return values;
}

function flatHeaders(headers: EngineRequest["headers"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  return out;
}

const reported = (diagnostic: Diagnostic): PrismViolation => ({ location: ["request", ...(diagnostic.path ?? [])], severity: diagnostic.severity, code: diagnostic.code, message: diagnostic.message });

/** The value at a JSON pointer (`#/paths/~1v3~1orders/get/…`). */
function valueAt(doc: Json, pointer: string): unknown {
  return pointer
    .slice(2)
    .split("/")
    .reduce((node: Json, token) => node?.[token.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
}

/** The body as Prism's server serializes it: JSON with JSON.stringify, text as it is; otherwise Prism's failure. */
function serialize(body: unknown, contentType: string | undefined): { text: string | undefined } | { failure: Failure } {
  if (!contentType && !body) return { text: undefined };
  if (contentType && isMediaType(contentType, ["application/json", "application/*+json"])) return { text: JSON.stringify(body) };
  if (contentType && isMediaType(contentType, ["text/*"])) {
    if (body === undefined || typeof body === "string") return { text: body };
    const why = "Cannot serialise complex objects as text";
    return { failure: { problem: { ...prismProblem("NO_COMPLEX_OBJECT_TEXT", why, 500, why) } } };
  }
  if (typeof body === "string") return { text: body };
  return { failure: { message: `Cannot find serializer for ${contentType}` } };
}

const failed = (failure: Failure, headers: Record<string, string> = {}): EngineResult => ({
  kind: "problem",
  headers,
  problem: "problem" in failure ? failure.problem : { status: 500, type: "https://stoplight.io/prism/errors#UNKNOWN", title: failure.message, detail: "" },
});

export function createStaticEngine(spec: CompiledSpec): PrismEngine {
  const { operations, doc, validators } = spec;

  function assemble(operation: ModelOperation, negotiated: Negotiated, violations: Diagnostic[]): EngineResult {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(negotiated.headers)) if (value !== null && value !== undefined) headers[name] = String(value);
    if (negotiated.mediaType) headers["Content-type"] = negotiated.mediaType;
    if (operation.deprecated) headers.deprecation = "true";
    const example = negotiated.example;
    const value = example ? (example.pointer ? valueAt(doc, example.pointer) : example.value) : negotiated.content?.generated;
    const serialized = serialize(value, negotiated.mediaType);
    if ("failure" in serialized) return failed(serialized.failure);
    return { kind: "answer", status: Number.parseInt(negotiated.code, 10), headers, body: serialized.text, violations: violations.map(reported) };
  }

  return {
    operations: operations.length,
    async request(request: EngineRequest): Promise<EngineResult> {
      const query = nameValues(request.query);
      const headers = flatHeaders(request.headers);
      const preferences = readPreferences(headers.prefer, request.query);
      if ("error" in preferences) return failed({ problem: prismProblem("UNPROCESSABLE_ENTITY", "Invalid request", 422, preferences.error) });
      const { code, exampleKey } = preferences.preferences;
      const routed = route(operations, request.method, request.path, request.query.get("__server") || undefined);
      if ("problem" in routed) return failed(routed);
      const { operation } = routed;
      const checked: CheckedRequest = { method: request.method.toLowerCase(), path: request.path, headers, query, body: request.body };
      const violations = [...checkSecurity(operation, checked), ...validateInput(validators, operation, checked)];
      if (violations.some((v) => v.severity === "Error")) {
        const invalid = negotiateInvalid(operation, violations, code, exampleKey);
        if ("ok" in invalid) return assemble(operation, invalid.ok, violations);
        const unauthorized = invalid.problem.type.endsWith("#UNAUTHORIZED");
        return failed({ problem: unauthorized ? { ...invalid.problem, credentials: credentialsOf(operation.security) } : invalid.problem }, invalid.headers);
      }
      const mediaTypes = headers.accept ? headers.accept.split(",") : undefined;
      const negotiated = negotiateValid(operation, { code, exampleKey, mediaTypes });
      if ("failure" in negotiated) return failed(negotiated.failure);
      return assemble(operation, negotiated.ok, violations);
    },
  };
}
