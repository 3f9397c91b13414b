/**
 * paginate() over every cursor-paginated operation of the bundled spec, against Prism.
 *
 * The list is derived from generated/openapi.json (GETs whose 200 application/json schema declares
 * `is_paginated: true`, through $refs and allOf), so operations added to the spec are swept
 * automatically. Required path/query parameters are filled generically from their examples/schemas.
 *
 * Prism is stateless: every request gets the same example page, so when that example says
 * `has_next: true` with a cursor, the second page repeats the first page's cursor. That is exactly
 * the loop paginate() must refuse. So each operation is swept twice:
 * - maxPages: 2 — page 1, then page 2 fetched with the example's cursor; no third fetch, so no loop
 *   is detected; every page must satisfy the contract (Prism accepted the request, body matches);
 * - maxPages: 3 — if the example has a next page, the third fetch would reuse a cursor already
 *   seen, so paginate() must stop with ScalevPaginationError("repeated_cursor") after 2 pages;
 *   if the example is a last page, paging ends after one page.
 */
import type { Middleware } from "openapi-fetch";
import { describe, expect, test } from "vitest";
import { paginate, ScalevPaginationError } from "../../src/paginate.ts";
import { contractClient, expectContract } from "../support/contract.ts";
import { isCursorPage } from "../../scripts/route-table.ts";
import { resolveRef } from "../../scripts/spec-refs.ts";
import { bundledSpec, specOperations } from "../support/spec.ts";

type Json = any;

const resolve = (node: Json): Json => resolveRef(bundledSpec(), node);

/** A value the parameter's own documentation offers, else one derived from its schema. */
function sampleValue(parameter: Json): unknown {
  const schema = resolve(parameter.schema) ?? {};
  const examples = Object.values<Json>(parameter.examples ?? {}).map((e) => resolve(e)?.value);
  const candidates = [parameter.example, ...examples, schema.example, ...(schema.examples ?? []), schema.default, schema.const, schema.enum?.[0]];
  const documented = candidates.find((value) => value !== undefined);
  if (documented !== undefined) return documented;
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== "null") : schema.type;
  if (type === "integer" || type === "number") return Math.max(1, schema.minimum ?? 1);
  if (type === "boolean") return true;
  if (type === "array") return [sampleValue({ schema: schema.items })];
  if (schema.format === "date") return "2026-05-01";
  if (schema.format === "date-time") return "2026-05-01T00:00:00Z";
  const uuid = "019e2a6b-4a5c-7d3e-9f10-2b3c4d5e6f70";
  if (schema.format === "uuid") return uuid;
  // Ids constrained by a pattern (numeric id or prefixed unique id) get the first candidate it accepts.
  const strings = ["sample", "1021", uuid];
  return schema.pattern ? strings.find((value) => new RegExp(schema.pattern, "u").test(value)) : strings[0];
}

interface PaginatedOperation {
  key: string;
  path: string;
  init: { params: { path: Record<string, unknown>; query: Record<string, unknown> } };
}

function paginatedOperations(): PaginatedOperation[] {
  return specOperations()
    .filter(({ method, operation }) => {
      const schema = resolve(operation.responses?.["200"])?.content?.["application/json"]?.schema;
      return method === "GET" && schema !== undefined && isCursorPage(bundledSpec(), schema);
    })
    .map(({ key, path, operation }) => {
      const parameters = [...(bundledSpec().paths[path]!.parameters ?? []), ...(operation.parameters ?? [])].map(resolve);
      const init: PaginatedOperation["init"] = { params: { path: {}, query: {} } };
      for (const parameter of parameters) {
        if (parameter.in === "path") init.params.path[parameter.name] = sampleValue(parameter);
        else if (parameter.in === "query" && parameter.required) init.params.query[parameter.name] = sampleValue(parameter);
      }
      return { key, path, init };
    });
}

const operations = paginatedOperations();

/** paginate.pages over a path known only at run time (the typed API needs a literal path). */
const pagesOf = paginate.pages as unknown as (
  client: unknown,
  path: string,
  init: unknown,
  options: { maxPages: number },
) => AsyncGenerator<{ data: unknown[]; has_next?: boolean; next_cursor?: string | null }>;

/** A contract client that also hands back the raw response of every page, in order. */
function recordingClient() {
  const responses: Response[] = [];
  const client = contractClient();
  const record: Middleware = {
    onResponse({ response }) {
      responses.push(response);
      return undefined;
    },
  };
  client.use(record);
  return { client, responses };
}

test("the spec has cursor-paginated operations to sweep", () => {
  expect(operations.length).toBeGreaterThan(0);
  expect(operations.map((op) => op.key)).toContain("GET /v3/locations");
});

describe.each(operations)("$key", ({ path, init }) => {
  test("maxPages: 2 — each page is accepted by Prism and matches the spec", async () => {
    const { client, responses } = recordingClient();
    const pages = [];
    for await (const page of pagesOf(client, path, init, { maxPages: 2 })) pages.push(page);

    const first = pages[0]!;
    const hasNext = first.has_next === true && typeof first.next_cursor === "string";
    expect(pages).toHaveLength(hasNext ? 2 : 1);
    expect(responses).toHaveLength(pages.length);
    for (const [index, page] of pages.entries()) {
      expect(Array.isArray(page.data)).toBe(true);
      await expectContract(Promise.resolve({ data: page, response: responses[index]! }), { status: 200 });
    }
    if (hasNext) expect(new URL(responses[1]!.url).searchParams.get("next_cursor")).toBe(first.next_cursor);
  });

  test("maxPages: 3 — the stateless mock's repeated cursor is refused, not looped on", async () => {
    const { client, responses } = recordingClient();
    const pages: unknown[] = [];
    const run = async () => {
      for await (const page of pagesOf(client, path, init, { maxPages: 3 })) pages.push(page);
    };
    const outcome = await run().then(
      () => undefined,
      (error: unknown) => error,
    );
    if (pages.length === 1) {
      expect(outcome).toBeUndefined(); // the example is a last page: paging ended normally
    } else {
      expect(outcome).toBeInstanceOf(ScalevPaginationError);
      expect(outcome).toMatchObject({ reason: "repeated_cursor", pagesFetched: 2 });
      expect(pages).toHaveLength(2);
    }
    expect(responses).toHaveLength(pages.length);
  });
});
