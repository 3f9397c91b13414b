/**
 * scripts/contract-diff.ts on two small fixtures (test/fixtures/contract-diff/): a published contract in
 * OpenAPI 3.0 and a bundled spec in OpenAPI 3.1, with one planted difference of each kind, the same facts
 * written in each version's own forms, the project's deliberate deviations, and cycles.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import {
  ContractDiffInputError,
  compareSchemas,
  type DiffResult,
  diffDocuments,
  flattenSchema,
  formatDifference,
  loadDocument,
  main,
  type Side,
  summaryLine,
} from "../../scripts/contract-diff.ts";

const root = resolve(import.meta.dirname, "../..");
const fixture = (name: string) => resolve(root, "test/fixtures/contract-diff", name);
const spec = loadDocument(fixture("spec-31.json"), "spec");
const contract = loadDocument(fixture("contract-30.json"), "contract");
const lines = (result: DiffResult) => result.differences.map((d) => formatDifference(d).replace(/\s+/g, " "));

/** Every difference planted in the fixtures, in the order the script prints them. */
const PLANTED = [
  "required PUT /v3/categories request body ours=false contract=true",
  "media types PUT /v3/categories request body ours=application/json contract=multipart/form-data",
  "maximum GET /v3/items query parameter page_size ours=50 contract=25",
  'enum GET /v3/items query parameter sort ours=["asc"] contract=["asc","desc"]',
  "missing GET /v3/items query parameter cursor",
  "required GET /v3/items header parameter x-request-id ours=false contract=true",
  "extra GET /v3/items query parameter fields",
  "required GET /v3/items response 200 data.results[].name ours=false contract=true",
  "type GET /v3/items response 200 data.results[].id ours=number contract=integer",
  "maxLength GET /v3/items response 200 data.results[].name ours=120 contract=100",
  "format GET /v3/items response 200 data.results[].created_at ours=date contract=date-time",
  'pattern GET /v3/items response 200 data.results[].sku ours="^[A-Z]+$" contract="^[A-Z0-9]+$"',
  "nullable GET /v3/items response 200 data.results[].note ours=false contract=true",
  "type GET /v3/items response 200 data.results[].attributes.* ours=integer contract=string",
  "missing GET /v3/items response 200 data.results[].barcode",
  "extra GET /v3/items response 200 data.results[].legacy_code",
  "status codes POST /v3/items ours=200 contract=201",
  "default POST /v3/items request body quantity ours=2 contract=1",
  "missing DELETE /v3/items/{id} operation",
  "extra GET /v3/items/{id} cookie parameter lang",
  "extra GET /v3/stats operation",
];
const PLANTED_SUMMARY =
  "contract-diff: 4/5 contract operations in the spec, 1 extra; 21 differences (default 1, enum 1, extra 4, format 1, " +
  "maximum 1, maxLength 1, media types 1, missing 3, nullable 1, pattern 1, required 3, status codes 1, type 2)";

/** A throwaway document holding `schemas` as components, for flattening one schema at a time. */
const docWith = (schemas: Record<string, unknown>): Side => ({ name: "test", doc: { openapi: "3.1.0", paths: {}, components: { schemas } } });
const flatten = (schema: unknown, side: Side = docWith({})) => flattenSchema(side, schema);

const scratch = mkdtempSync(join(tmpdir(), "contract-diff-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runMain(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = main(argv, (line) => out.push(line), (line) => err.push(line));
  return { status, out, err };
}

describe("contract-diff: what it reports", () => {
  it("lists every planted difference, one per line, and nothing else", () => {
    expect(lines(diffDocuments(spec, contract))).toEqual(PLANTED);
  });

  it("finds nothing when a document is compared with itself", () => {
    expect(diffDocuments(spec, spec).differences).toEqual([]);
    expect(diffDocuments(contract, contract).differences).toEqual([]);
  });

  it("matches operations by path template whatever the parameter names ({id} vs {item_id})", () => {
    const result = diffDocuments(spec, contract, { op: "GET /v3/items/{anything}" });
    expect(result).toMatchObject({ contractOperations: 1, specOperations: 1, matchedOperations: 1 });
    expect(lines(result)).toEqual(["extra GET /v3/items/{id} cookie parameter lang"]);
  });

  it("filters by tag, on either side", () => {
    expect(lines(diffDocuments(spec, contract, { tag: "Categories" }))).toEqual(PLANTED.slice(0, 2));
    expect(lines(diffDocuments(spec, contract, { tag: "Stats" }))).toEqual(["extra GET /v3/stats operation"]);
  });

  it("skips the credential headers and b_uid, which the project models as security schemes and the business selector", () => {
    // the contract declares Authorization, X-Scalev-Storefront-Api-Key and X-Scalev-Guest-Token; the spec b_uid
    const wheres = diffDocuments(spec, contract).differences.map((d) => d.where ?? "");
    expect(wheres.filter((w) => /authorization|x-scalev|b_uid/i.test(w))).toEqual([]);
    // a header that is no credential is still compared (x-request-id is in PLANTED)
    expect(wheres).toContain("header parameter x-request-id");
  });

  it("ends with a one-line summary that counts each kind", () => {
    expect(summaryLine(diffDocuments(spec, contract))).toBe(PLANTED_SUMMARY);
    expect(summaryLine(diffDocuments(contract, contract))).toBe("contract-diff: 5/5 contract operations in the spec, 0 extra; no differences");
  });
});

describe("contract-diff: the same fact in OpenAPI 3.0 and 3.1 forms", () => {
  const nullableString = [
    ["3.0 nullable: true", { type: "string", nullable: true }],
    ["3.1 type array", { type: ["string", "null"] }],
    ["oneOf with a {type: 'null'} branch", { oneOf: [{ type: "string" }, { type: "null" }] }],
    ["anyOf with a {type: 'null'} branch", { anyOf: [{ type: "string" }, { type: "null" }] }],
    ["null in the enum", { type: "string", enum: ["a", null] }],
    ["const null branch", { oneOf: [{ type: "string" }, { const: null }] }],
  ] as const;

  it.each(nullableString)("%s is a nullable string", (_, schema) => {
    const root = flatten(schema).get("")!;
    expect(root.nullable).toBe(true);
    expect([...root.types]).toEqual(["string"]);
  });

  it("a plain string is not nullable, and differs from a nullable one", () => {
    expect(flatten({ type: "string" }).get("")!.nullable).toBe(false);
    const diff = compareSchemas(flatten({ type: "string" }), flatten({ type: "string", nullable: true }), { operation: "GET /x" });
    expect(diff.map(formatDifference)).toEqual(["nullable         GET /x  ours=false contract=true"]);
  });

  it("a nullable $ref: 3.0 allOf + nullable equals 3.1 oneOf [$ref, null] and a $ref with a sibling type", () => {
    const side = docWith({ Money: { type: "object", properties: { amount: { type: "integer" } } } });
    const ref = { $ref: "#/components/schemas/Money" };
    const contractForm = flatten({ nullable: true, allOf: [ref] }, side);
    for (const ours of [{ oneOf: [ref, { type: "null" }] }, { ...ref, type: ["object", "null"] }]) {
      expect(compareSchemas(flatten(ours, side), contractForm, { operation: "GET /x" })).toEqual([]);
    }
  });

  it("integer vs number differs only when the contract says integer and the spec number", () => {
    const typeDiffs = (ours: string, theirs: string) => compareSchemas(flatten({ type: ours }), flatten({ type: theirs }), { operation: "GET /x" });
    expect(typeDiffs("number", "integer").map((d) => [d.kind, d.ours, d.contract])).toEqual([["type", "number", "integer"]]);
    expect(typeDiffs("integer", "number")).toEqual([]);
    expect(typeDiffs("string", "integer")).toHaveLength(1);
  });

  it("3.0 boolean exclusive bounds equal 3.1 numeric ones, and an inclusive bound differs from an exclusive one", () => {
    const op = { operation: "GET /x" };
    const contract30 = flatten({ type: "number", minimum: 0, exclusiveMinimum: true, maximum: 9, exclusiveMaximum: false });
    expect(compareSchemas(flatten({ type: "number", exclusiveMinimum: 0, maximum: 9 }), contract30, op)).toEqual([]);
    const inclusive = compareSchemas(flatten({ type: "number", minimum: 0, maximum: 9 }), contract30, op);
    expect(inclusive.map((d) => [d.kind, d.ours, d.contract])).toEqual([
      ["minimum", "0", "none"],
      ["exclusiveMinimum", "none", "0"],
    ]);
  });

  it("compares every bound, length, pattern and default by value", () => {
    const bounds = { minimum: 1, maximum: 5, minLength: 2, maxLength: 8, minItems: 0, maxItems: 3, pattern: "^a", default: { a: [1] } };
    const kinds = Object.keys(bounds);
    const changed = compareSchemas(flatten({}), flatten(bounds), { operation: "GET /x" });
    expect(changed.map((d) => d.kind).sort()).toEqual([...kinds].sort());
    // object defaults compare by value, not by key order
    expect(compareSchemas(flatten({ default: { b: 1, a: 2 } }), flatten({ default: { a: 2, b: 1 } }), { operation: "GET /x" })).toEqual([]);
  });
});

describe("contract-diff: cycles and references", () => {
  it("enters a recursive schema once: the nested occurrence keeps its own facts, not its properties", () => {
    const side = docWith({
      Category: {
        type: "object",
        properties: {
          id: { type: "integer" },
          parent: { $ref: "#/components/schemas/Category" },
          children: { type: "array", items: { $ref: "#/components/schemas/Category" } },
        },
      },
    });
    const flat = flatten({ $ref: "#/components/schemas/Category" }, side);
    expect([...flat.keys()].sort()).toEqual(["", "children", "children[]", "id", "parent"]);
    expect([...flat.get("parent")!.types]).toEqual(["object"]);
  });

  it("a cycle through the fixtures' Category (parent and children) flattens on both sides alike", () => {
    const paths = [...flattenSchema(contract, contract.doc.components.schemas.Item).keys()];
    expect(paths).toEqual(expect.arrayContaining(["category.parent", "category.children[]", "category.name"]));
    expect(paths.filter((p) => p.startsWith("category.parent."))).toEqual([]);
  });

  it("a $ref that names nothing, or a cycle of bare $refs, is an input error", () => {
    expect(() => flatten({ $ref: "#/components/schemas/Nope" })).toThrow(ContractDiffInputError);
    expect(() => flatten({ $ref: "other.yaml#/Thing" })).toThrow(/cannot be resolved/);
    const loop = docWith({ A: { $ref: "#/components/schemas/B" }, B: { $ref: "#/components/schemas/A" } });
    expect(() => flatten({ $ref: "#/components/schemas/A" }, loop)).toThrow(ContractDiffInputError);
  });
});

describe("contract-diff: the command", () => {
  it("exits 1 and prints the differences then the summary when something differs", () => {
    const { status, out, err } = runMain("--contract", fixture("contract-30.json"), "--spec", fixture("spec-31.json"));
    expect(status).toBe(1);
    expect(out.map((l) => l.replace(/\s+/g, " "))).toEqual([...PLANTED, PLANTED_SUMMARY]);
    expect(err).toEqual([]);
  });

  it("exits 0 with only the summary when nothing differs", () => {
    const { status, out } = runMain(fixture("contract-30.json"), "--spec", fixture("contract-30.json"));
    expect(status).toBe(0);
    expect(out).toEqual(["contract-diff: 5/5 contract operations in the spec, 0 extra; no differences"]);
  });

  it("reads a YAML contract like a JSON one", () => {
    const yamlContract = join(scratch, "contract.yaml");
    writeFileSync(yamlContract, stringify(JSON.parse(readFileSync(fixture("contract-30.json"), "utf8"))));
    const fromYaml = runMain("--contract", yamlContract, "--spec", fixture("spec-31.json"));
    expect(fromYaml.status).toBe(1);
    expect(fromYaml.out.at(-1)).toBe(PLANTED_SUMMARY);
  });

  it.each([
    ["no contract given", [], /^contract-diff: usage: /],
    ["an unknown option", ["--contract", fixture("contract-30.json"), "--verbose"], /Unknown option '--verbose'/],
    ["a missing contract file", ["--contract", fixture("nope.json")], /^contract-diff: contract: cannot read .*nope\.json: no such file$/],
    ["a missing spec file", ["--contract", fixture("contract-30.json"), "--spec", fixture("nope.json")], /^contract-diff: spec: cannot read/],
    ["a JSON file that is not OpenAPI", ["--contract", resolve(root, "package.json")], /package\.json is not an OpenAPI 3\.0 or 3\.1 document/],
  ])("exits 2 on %s, with a clear message and no stack trace", (_, argv, message) => {
    const { status, out, err } = runMain(...argv);
    expect(status).toBe(2);
    expect(out).toEqual([]);
    expect(err.join("\n")).toMatch(message);
    expect(err.join("\n")).not.toMatch(/^\s+at /m);
  });

  it("exits 2 when a filter selects no operation in either document", () => {
    const { status, err } = runMain("--contract", fixture("contract-30.json"), "--spec", fixture("spec-31.json"), "--op", "GET /v3/nowhere");
    expect(status).toBe(2);
    expect(err).toEqual(['contract-diff: no operation matches --op "GET /v3/nowhere" in either document']);
  });

  it("exits 2 on text that is neither JSON nor an OpenAPI document", () => {
    const broken = join(scratch, "broken.json");
    writeFileSync(broken, '{"openapi": "3.0.3", "paths": {');
    expect(runMain("--contract", broken)).toMatchObject({ status: 2, err: [expect.stringMatching(/broken\.json is not valid JSON/)] });
    const swagger = join(scratch, "swagger.yaml");
    writeFileSync(swagger, "swagger: '2.0'\npaths: {}\n");
    expect(runMain("--contract", swagger)).toMatchObject({ status: 2, err: [expect.stringMatching(/not an OpenAPI 3\.0 or 3\.1 document/)] });
  });

  it("runs as a script: the differences on stdout, exit 1; bad input on stderr, exit 2", () => {
    const run = (...argv: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", "scripts/contract-diff.ts", ...argv], { cwd: root, encoding: "utf8", timeout: 30_000 });
    const differs = run("--contract", fixture("contract-30.json"), "--spec", fixture("spec-31.json"));
    expect(differs.status).toBe(1);
    expect(differs.stdout.trimEnd().split("\n").map((l) => l.replace(/\s+/g, " "))).toEqual([...PLANTED, PLANTED_SUMMARY]);
    expect(differs.stderr).toBe("");
    const missing = run("--contract", "nope.json");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("contract-diff: contract: cannot read nope.json: no such file\n");
  });

  it("make contract-diff without CONTRACT prints the usage and fails", () => {
    const made = spawnSync("make", ["--no-print-directory", "contract-diff"], { cwd: root, encoding: "utf8", timeout: 30_000 });
    expect(made.status).toBe(2);
    expect(made.stderr).toMatch(/^usage: make contract-diff CONTRACT=path\/to\/openapi\.json/);
  });
});
