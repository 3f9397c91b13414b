/**
 * Prism's HTTP mocking, run in this process as a library: `@stoplight/prism-http` is what `prism mock`
 * runs behind its own HTTP server, and the Prefer parsing and body serializer are that server's
 * (`@stoplight/prism-http-server`). One engine holds the operations of one spec; each request is routed,
 * its credentials checked, validated and answered with the spec's example (or data generated from the
 * schema), and that answer validated too, exactly as `prism mock` does. The mock's own server
 * (server.ts) owns the HTTP side, so there is no second process and no proxy hop.
 *
 * Prism's packages are CommonJS and loaded with require(), from prism-http's own location where they
 * share a module (json-schema-faker's options are global to it), so that what is configured here is
 * what Prism reads.
 */
import type { IncomingHttpHeaders } from "node:http";
import { createRequire } from "node:module";
import type { IHttpOperation } from "@stoplight/types";
import { credentialsOf, type CredentialScheme } from "./credentials.ts";
import type { PrismProblem, PrismViolation } from "./violations.ts";

type PrismHttp = typeof import("@stoplight/prism-http");
type Either<L, R> = { _tag: "Left"; left: L } | { _tag: "Right"; right: R };
type PrismError = Error & { status?: number; detail?: string; additional?: { headers?: Record<string, string>; validation?: unknown } };

/** A request, checked and with its body parsed as Prism's server parses it. */
export interface EngineRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** JSON bodies parsed, other bodies as text, null without a body. */
  body: unknown;
}

export type EngineResult =
  | {
      kind: "answer";
      status: number;
      /** The answer's headers as Prism sets them (Content-type, the spec's response headers). */
      headers: Record<string, string>;
      /** Serialized as Prism's server serializes it; undefined for no body. */
      body: string | undefined;
      /** The request's and the answer's violations, in Prism's `sl-violations` format. */
      violations: PrismViolation[];
    }
  | { kind: "problem"; problem: PrismProblem; headers: Record<string, string> };

export interface PrismEngine {
  /** How many operations the spec declares. */
  readonly operations: number;
  request(request: EngineRequest): Promise<EngineResult>;
}

export interface EngineOptions {
  /** Answers generated from the schemas instead of the examples. */
  dynamic: boolean;
  /** Seed for the generated answers (repeatable data). */
  seed?: string | undefined;
  /** Treat the spec as if it had no examples. */
  ignoreExamples: boolean;
}

const SEVERITY = ["Error", "Warning", "Information", "Hint"];
/** A Prism diagnostic as its server reports it in `sl-violations`. */
const reported =
  (where: "request" | "response") =>
  (diagnostic: { path?: (string | number)[]; severity: number; code?: string | number; message: string }): PrismViolation => ({
    location: [where, ...(diagnostic.path ?? [])],
    severity: SEVERITY[diagnostic.severity] ?? String(diagnostic.severity),
    code: diagnostic.code,
    message: diagnostic.message,
  });
const noop = () => {};
/** Prism logs every request at length; the mock logs one line per request itself. */
const silentLogger: any = { level: "silent", fatal: noop, error: noop, warn: noop, info: noop, success: noop, debug: noop, trace: noop, child: () => silentLogger };

const requireHere = createRequire(import.meta.url);

/** `?a=1&a=2&b=3` → `{ a: ["1", "2"], b: "3" }`, as Prism's server reads a query. */
function nameValues(query: URLSearchParams): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const name of new Set(query.keys())) {
    const all = query.getAll(name);
    values[name] = all.length === 1 ? all[0]! : all;
  }
  return values;
}

const headerNamed = (headers: Record<string, string>, name: string) =>
  Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];

/** Loads the spec's operations into a Prism instance; rejects when the spec cannot be read or has no operations. */
export async function loadPrismEngine(specPath: string, options: EngineOptions): Promise<PrismEngine> {
  const prismHttp = requireHere("@stoplight/prism-http") as PrismHttp;
  const fromPrismHttp = createRequire(requireHere.resolve("@stoplight/prism-http"));
  const route = fromPrismHttp("./router/index.js").default as (args: { resources: IHttpOperation[]; input: unknown }) => Either<unknown, IHttpOperation>;
  const { JSONSchemaFaker } = fromPrismHttp("json-schema-faker");
  const { getHttpConfigFromRequest } = requireHere("@stoplight/prism-http-server/dist/getHttpConfigFromRequest.js");
  const { serialize } = requireHere("@stoplight/prism-http-server/dist/serialize.js");

  const operations = await prismHttp.getHttpOperationsFromSpec(specPath);
  if (operations.length === 0) throw new Error(`${specPath} declares no operations.`);
  prismHttp.resetJSONSchemaGenerator();
  // Without this, json-schema-faker adds random properties no schema declares to generated answers.
  JSONSchemaFaker.option({ fillProperties: false });
  const config = {
    validateRequest: true,
    validateResponse: true,
    checkSecurity: true,
    errors: false,
    isProxy: false as const,
    upstreamProxy: undefined,
    mock: { dynamic: options.dynamic, ignoreExamples: options.ignoreExamples, seed: options.seed },
  };
  const prism = prismHttp.createInstance(config as any, { logger: silentLogger });

  function problem(error: PrismError, input?: unknown): EngineResult {
    const type = error.name && error.name !== "Error" ? error.name : "https://stoplight.io/prism/errors#UNKNOWN";
    const matched = input && type.endsWith("#UNAUTHORIZED") ? route({ resources: operations, input }) : undefined;
    return {
      kind: "problem",
      headers: { ...error.additional?.headers },
      problem: {
        status: error.status || 500,
        type,
        title: error.message,
        detail: error.detail || "",
        validation: error.additional?.validation,
        credentials: matched?._tag === "Right" ? credentialsOf(matched.right.security as CredentialScheme[][] | undefined) : undefined,
      },
    };
  }

  return {
    operations: operations.length,
    async request(request) {
      const input = {
        method: request.method.toLowerCase(),
        url: { path: request.path, baseUrl: request.query.get("__server") || undefined, query: nameValues(request.query) },
        headers: request.headers,
        body: request.body,
      };
      const preferences = getHttpConfigFromRequest(input) as Either<PrismError, Record<string, unknown>>;
      if (preferences._tag === "Left") return problem(preferences.left);
      const mock: Record<string, unknown> = { ...config.mock };
      for (const [name, value] of Object.entries(preferences.right)) if (value !== undefined) mock[name] = value;
      const result = (await prism.request(input as any, operations, { ...config, mock } as any)()) as Either<PrismError, any>;
      if (result._tag === "Left") return problem(result.left, input);
      const { output, validations } = result.right;
      const violations = [...validations.input.map(reported("request")), ...validations.output.map(reported("response"))];
      const headers: Record<string, string> = { ...output.headers };
      let body: string | undefined;
      try {
        body = serialize(output.body, headerNamed(headers, "content-type"));
      } catch (error) {
        return problem(error as PrismError);
      }
      return { kind: "answer", status: output.statusCode, headers, body, violations };
    },
  };
}
