/**
 * Contract-test helpers: a client pointed at the run's Prism server, and `expectContract`, which
 * asserts that Prism accepted the request and that the response matches the operation's schema.
 */
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import type { Middleware } from "openapi-fetch";
import { expect, inject } from "vitest";
import { createScalevClient, type ScalevClientOptions } from "../../src/index.ts";
import { resolveRef } from "../../scripts/spec-refs.ts";
import { bundledSpec, pointerToken } from "./spec.ts";
import { specAjv } from "./spec-ajv.ts";

/** Placeholder credentials: Prism only checks that the declared credential is present. */
export const TEST_CREDENTIALS = {
  apiKey: "sk_test_contract0000000000",
  storefrontApiKey: "sfpk_test_contract000000000",
  customerToken: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjdXN0b21lciJ9.c2lnbmF0dXJl",
  pageApiKey: "pgpk_test_contract000000000",
  checkoutIntentToken: "cit_test_contract000000000",
} as const;

const calledRoute = new WeakMap<Response, { method: string; schemaPath: string }>();

const recordRoute: Middleware = {
  onResponse({ request, response, schemaPath }) {
    calledRoute.set(response, { method: request.method, schemaPath });
    return response;
  },
};

/** A client for the Prism server of this test run, with every kind of credential configured. */
export function contractClient(overrides: ScalevClientOptions = {}) {
  const client = createScalevClient({ baseUrl: inject("prismUrl"), ...TEST_CREDENTIALS, ...overrides });
  client.use(recordRoute);
  return client;
}

const ajv = specAjv(bundledSpec(), "spec");

/** Validator for the schema at `<responsePointer>/content/<mediaType>/schema` of the bundled spec. */
function responseValidator(responsePointer: string, mediaType: string) {
  const pointer = `${responsePointer}/content/${pointerToken(mediaType)}/schema`;
  const id = `spec#${pointer.split("/").map(encodeURIComponent).join("/")}`;
  return ajv.getSchema(id) ?? ajv.compile({ $ref: id });
}

type SuccessStatus = 200 | 201 | 202 | 204;

interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call made with `contractClient()` and checks it against the spec:
 * - Prism accepted the request (no validation problem, no `sl-violations` header);
 * - the status is the expected one (default: any 2xx) and is declared for the operation;
 * - the body validates against the declared schema of that status and media type.
 * Returns the parsed body.
 */
export async function expectContract<T extends FetchResult>(call: Promise<T>): Promise<NonNullable<T["data"]>>;
/** With an explicit success status, the body is the operation's success body. */
export async function expectContract<T extends FetchResult>(call: Promise<T>, expected: { status: SuccessStatus }): Promise<NonNullable<T["data"]>>;
/** With an explicit status (possibly an error status), the body is whatever that status declares. */
export async function expectContract<T extends FetchResult>(call: Promise<T>, expected: { status?: number }): Promise<NonNullable<T["data"]> | T["error"]>;
export async function expectContract<T extends FetchResult>(call: Promise<T>, expected: { status?: number } = {}): Promise<unknown> {
  const { data, error, response } = await call;
  const route = calledRoute.get(response);
  if (!route) throw new Error("expectContract needs a call made with contractClient()");
  const { method, schemaPath } = route;
  const label = `${method} ${schemaPath} → ${response.status}`;
  const contentType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const body = data ?? error;

  expect(response.headers.get("sl-violations"), `${label}: Prism reported violations`).toBeNull();
  expect(contentType, `${label}: Prism rejected the request: ${JSON.stringify(body)}`).not.toBe("application/problem+json");
  if (expected.status !== undefined) expect(response.status, label).toBe(expected.status);
  else expect(response.ok, `${label}: expected 2xx, body ${JSON.stringify(body)}`).toBe(true);

  const operation = bundledSpec().paths[schemaPath]?.[method.toLowerCase()];
  const declared = operation?.responses?.[String(response.status)];
  expect(declared, `${label}: status not declared in the spec`).toBeDefined();
  const responsePointer: string = declared.$ref
    ? declared.$ref.replace(/^#/, "")
    : "/" + ["paths", schemaPath, method.toLowerCase(), "responses", String(response.status)].map(pointerToken).join("/");
  const resolved = resolveRef(bundledSpec(), declared);
  if (resolved.content && Object.keys(resolved.content).length > 0) {
    expect(Object.keys(resolved.content), `${label}: undeclared content type`).toContain(contentType);
    const validate = responseValidator(responsePointer, contentType);
    const valid = validate(body);
    expect(valid, `${label}: response does not match its schema:\n${ajv.errorsText(validate.errors, { separator: "\n" })}`).toBe(true);
  } else {
    expect(body ?? undefined, `${label}: expected no body`).toBeUndefined();
  }

  appendFileSync(join(inject("contractCallsDir"), `${process.pid}.txt`), `${method} ${schemaPath}\n`);
  return body;
}

/**
 * For answers the contract leaves open (an object without documented properties): beyond the schema
 * check of expectContract, all a test can check is that the body is a plain JSON object.
 */
export function expectOpenObject(body: unknown): void {
  expect(Object.prototype.toString.call(body), `expected a JSON object, got ${JSON.stringify(body)}`).toBe("[object Object]");
}
