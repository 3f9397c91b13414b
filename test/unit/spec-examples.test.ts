/**
 * The examples of the bundled spec are what the mock server (`make mock`) answers with, so they must
 * exist and be right:
 * - every 2xx response with content has a media-type `example` or `examples`;
 * - every example (response bodies and headers, request bodies, parameters) validates against its schema
 *   (ajv, JSON Schema 2020-12);
 * - no example object carries a property its schema does not declare. JSON Schema (and Redocly) lets
 *   undeclared properties through unless `additionalProperties: false`, and an `allOf` cannot close
 *   itself, so this walks each example alongside its schema, following `$ref`, merging the properties
 *   of `allOf` branches and of the `oneOf`/`anyOf` branches the value matches. Only schemas that list
 *   `properties` and set no `additionalProperties` (nor `patternProperties`/`unevaluatedProperties`)
 *   count as closed.
 * Stub operations (no content) have nothing to check.
 */
import type { ValidateFunction } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import * as specRefs from "../../scripts/spec-refs.ts";
import { bundledSpec, pointerToken, specOperations } from "../support/spec.ts";
import { specAjv } from "../support/spec-ajv.ts";

const spec = bundledSpec();

/** Schema lookup, validation and the undeclared-property walk over one OpenAPI document. */
function exampleChecker(doc: Record<string, any>) {
  const ajv = specAjv(doc, "doc");

  const validators = new Map<string, ValidateFunction>();
  /** Validator for the schema at a JSON pointer of the document. */
  function validatorAt(pointer: string): ValidateFunction {
    let validate = validators.get(pointer);
    if (!validate) {
      const id = `doc#${pointer.split("/").map(encodeURIComponent).join("/")}`;
      validate = ajv.getSchema(id) ?? ajv.compile({ $ref: id });
      validators.set(pointer, validate);
    }
    return validate;
  }
  const matches = (pointer: string, value: unknown) => validatorAt(pointer)(value) === true;

  function nodeAt(pointer: string): any {
    return specRefs.nodeAt(doc, pointer);
  }

  /** Follows a `$ref` chain (responses, examples, parameters) to the pointer of the real node. */
  function follow(pointer: string): string {
    for (let hops = 0; hops < 20; hops++) {
      const node = nodeAt(pointer);
      if (!node || typeof node.$ref !== "string") return pointer;
      pointer = refPointer(node.$ref);
    }
    throw new Error(`$ref loop at ${pointer}`);
  }

  /**
   * The schema nodes that apply to `value` at `pointer`: the node itself, what its `$ref` points to,
   * its `allOf` branches, and the `oneOf`/`anyOf` branches `value` validates against (all of them
   * when none does: the schema validation reports that case).
   */
  function applicableNodes(pointer: string, value: unknown, out: string[] = [], seen = new Set<string>()): string[] {
    if (seen.has(pointer)) return out;
    seen.add(pointer);
    const node = nodeAt(pointer);
    if (!node || typeof node !== "object") return out;
    out.push(pointer);
    if (typeof node.$ref === "string") applicableNodes(refPointer(node.$ref), value, out, seen);
    (node.allOf ?? []).forEach((_: unknown, i: number) => applicableNodes(`${pointer}/allOf/${i}`, value, out, seen));
    for (const keyword of ["oneOf", "anyOf"] as const) {
      const branches: string[] = (node[keyword] ?? []).map((_: unknown, i: number) => `${pointer}/${keyword}/${i}`);
      const matching = branches.filter((branch) => matches(branch, value));
      for (const branch of matching.length > 0 ? matching : branches) applicableNodes(branch, value, out, seen);
    }
    return out;
  }

  function objectShape(pointer: string, value: unknown) {
    const properties = new Map<string, string[]>();
    const additional: string[] = [];
    let listsProperties = false;
    let open = false;
    for (const at of applicableNodes(pointer, value)) {
      const node = nodeAt(at);
      if (node.properties && typeof node.properties === "object") {
        listsProperties = true;
        for (const name of Object.keys(node.properties)) {
          properties.set(name, [...(properties.get(name) ?? []), `${at}/properties/${pointerToken(name)}`]);
        }
      }
      if (node.additionalProperties !== undefined) {
        open = true;
        if (typeof node.additionalProperties === "object") additional.push(`${at}/additionalProperties`);
      }
      if (node.patternProperties !== undefined || node.unevaluatedProperties !== undefined) open = true;
    }
    return { properties, additional, closed: listsProperties && !open };
  }

  function arrayShape(pointer: string, value: unknown) {
    const items: string[] = [];
    const prefixItems: string[][] = [];
    for (const at of applicableNodes(pointer, value)) {
      const node = nodeAt(at);
      if (node.items && typeof node.items === "object") items.push(`${at}/items`);
      (node.prefixItems ?? []).forEach((_: unknown, i: number) => (prefixItems[i] ??= []).push(`${at}/prefixItems/${i}`));
    }
    return { items, prefixItems };
  }

  /** Paths (`$.a.b[0]`) of the properties in `value` that the schema at `pointer` does not declare. */
  function undeclaredProperties(pointer: string, value: unknown, path = "$"): string[] {
    if (Array.isArray(value)) {
      const shape = arrayShape(pointer, value);
      return value.flatMap((item, i) =>
        (shape.prefixItems[i] ?? shape.items).flatMap((itemPointer) => undeclaredProperties(itemPointer, item, `${path}[${i}]`)),
      );
    }
    if (value === null || typeof value !== "object") return [];
    const shape = objectShape(pointer, value);
    return Object.entries(value).flatMap(([key, child]) => {
      const childPath = /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
      const declared = shape.properties.get(key) ?? [];
      if (declared.length > 0) return declared.flatMap((p) => undeclaredProperties(p, child, childPath));
      if (shape.additional.length > 0) return shape.additional.flatMap((p) => undeclaredProperties(p, child, childPath));
      return shape.closed ? [childPath] : [];
    });
  }

  const errorsText = (validate: ValidateFunction) => ajv.errorsText(validate.errors, { separator: "; ", dataVar: "$" });

  return { nodeAt, follow, validatorAt, errorsText, undeclaredProperties };
}

function refPointer(ref: string): string {
  if (!ref.startsWith("#")) throw new Error(`external $ref not supported: ${ref}`);
  return decodeURIComponent(ref.slice(1));
}

const checker = exampleChecker(spec);
const { nodeAt, follow } = checker;

interface ExampleCase {
  /** Where the example sits, for failure messages. */
  label: string;
  value: unknown;
  schemaPointer: string;
}

interface MediaTypeSite {
  label: string;
  pointer: string;
}

/** Examples of one media-type object (or parameter): `example` and each named `examples` entry. */
function examplesOf(site: MediaTypeSite, problems: string[]): ExampleCase[] {
  const node = nodeAt(site.pointer);
  const schemaPointer = `${site.pointer}/schema`;
  if (!node?.schema) return [];
  const cases: ExampleCase[] = [];
  if (node.example !== undefined) cases.push({ label: `${site.label} example`, value: node.example, schemaPointer });
  for (const [name, entry] of Object.entries<any>(node.examples ?? {})) {
    const resolved = nodeAt(follow(`${site.pointer}/examples/${pointerToken(name)}`));
    if (resolved?.value !== undefined) cases.push({ label: `${site.label} example "${name}"`, value: resolved.value, schemaPointer });
    else problems.push(`${site.label} example "${name}": no inline value${entry?.externalValue ? " (externalValue is not served by the mock)" : ""}`);
  }
  return cases;
}

const mediaTypes = (pointer: string) => Object.keys(nodeAt(pointer)?.content ?? {});

/** Every example of the spec, plus the problems found while collecting them (missing examples). */
function collect(): { cases: ExampleCase[]; problems: string[] } {
  const cases: ExampleCase[] = [];
  const problems: string[] = [];
  for (const op of specOperations(spec)) {
    const opPointer = `/paths/${pointerToken(op.path)}/${op.method.toLowerCase()}`;
    const pathItemPointer = `/paths/${pointerToken(op.path)}`;

    for (const status of Object.keys(op.operation.responses ?? {})) {
      const responsePointer = follow(`${opPointer}/responses/${pointerToken(status)}`);
      for (const mediaType of mediaTypes(responsePointer)) {
        const site = { label: `${op.key} → ${status} ${mediaType}`, pointer: `${responsePointer}/content/${pointerToken(mediaType)}` };
        const node = nodeAt(site.pointer);
        const hasExample = node.example !== undefined || Object.keys(node.examples ?? {}).length > 0;
        if (/^2/.test(status) && !hasExample) problems.push(`${site.label}: no example (the mock would have to invent one)`);
        cases.push(...examplesOf(site, problems));
      }
      for (const header of Object.keys(nodeAt(responsePointer)?.headers ?? {})) {
        const headerPointer = follow(`${responsePointer}/headers/${pointerToken(header)}`);
        cases.push(...examplesOf({ label: `${op.key} → ${status} header ${header}`, pointer: headerPointer }, problems));
      }
    }

    if (op.operation.requestBody) {
      const bodyPointer = follow(`${opPointer}/requestBody`);
      for (const mediaType of mediaTypes(bodyPointer)) {
        cases.push(...examplesOf({ label: `${op.key} request body ${mediaType}`, pointer: `${bodyPointer}/content/${pointerToken(mediaType)}` }, problems));
      }
    }

    const parameterLists = [`${pathItemPointer}/parameters`, `${opPointer}/parameters`];
    for (const listPointer of parameterLists) {
      (nodeAt(listPointer) ?? []).forEach((_: unknown, i: number) => {
        const paramPointer = follow(`${listPointer}/${i}`);
        const param = nodeAt(paramPointer);
        cases.push(...examplesOf({ label: `${op.key} parameter ${param?.in}:${param?.name}`, pointer: paramPointer }, problems));
      });
    }
  }
  return { cases, problems };
}

const { cases, problems } = collect();

const report = (title: string, lines: string[]) => `${title} (${lines.length}):\n  ${lines.join("\n  ")}`;

describe("spec examples (generated/openapi.json)", () => {
  it("has an example on every 2xx response with content", () => {
    expect(specOperations(spec).length, "the bundled spec has no operations").toBeGreaterThan(0);
    expect(problems, report("2xx responses without a usable example", problems)).toEqual([]);
  });

  it("uses only formats the validator knows (an unknown one would go unchecked)", () => {
    const used = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === "object") {
        const { format } = node as { format?: unknown };
        if (typeof format === "string" && typeof (node as { type?: unknown }).type !== "undefined") used.add(format);
        Object.values(node).forEach(walk);
      }
    };
    walk(spec);
    expect(used.size).toBeGreaterThan(5);
    const known = Object.keys(specAjv(spec, "formats").formats);
    expect([...used].filter((format) => !known.includes(format))).toEqual([]);
  });

  it("has examples that validate against their schemas", () => {
    const invalid = cases.flatMap((c) => {
      const validate = checker.validatorAt(c.schemaPointer);
      return validate(c.value) ? [] : [`${c.label}: ${checker.errorsText(validate)}`];
    });
    expect(invalid, report("examples that break their schema", invalid)).toEqual([]);
  });

  it("has examples without properties their schemas do not declare", () => {
    const extra = cases.flatMap((c) => {
      const paths = checker.undeclaredProperties(c.schemaPointer, c.value);
      return paths.length > 0 ? [`${c.label}: undeclared ${paths.join(", ")}`] : [];
    });
    expect(extra, report("examples with undeclared properties", extra)).toEqual([]);
  });
});

describe("undeclaredProperties (the walker itself)", () => {
  // A small document of known shapes, so the walker's rules are checked independently of the spec.
  const doc = {
    components: {
      schemas: {
        Meta: { type: "object", properties: { has_next: { type: "boolean" } } },
        Item: { type: "object", properties: { id: { type: "integer" }, name: { type: "string" } } },
        Page: {
          allOf: [
            { $ref: "#/components/schemas/Meta" },
            { type: "object", properties: { data: { type: "array", items: { $ref: "#/components/schemas/Item" } } } },
          ],
        },
        Open: { type: "object", properties: { a: { type: "string" } }, additionalProperties: true },
        Map: { type: "object", additionalProperties: { $ref: "#/components/schemas/Item" } },
        Either: {
          oneOf: [
            { type: "object", required: ["kind"], properties: { kind: { const: "a" }, x: { type: "string" } } },
            { type: "object", required: ["kind"], properties: { kind: { const: "b" }, y: { type: "string" } } },
          ],
        },
        Untyped: { type: "object", description: "no properties listed: open" },
      },
    },
  };
  const walker = exampleChecker(doc);
  const withDoc = (schema: string, value: unknown) => walker.undeclaredProperties(`/components/schemas/${schema}`, value);

  it("merges allOf branches and follows $ref into array items", () => {
    expect(withDoc("Page", { has_next: false, data: [{ id: 1, name: "Kaos" }] })).toEqual([]);
    expect(withDoc("Page", { has_next: false, total: 3, data: [{ id: 1, sku: "K-1" }] })).toEqual(["$.total", "$.data[0].sku"]);
  });

  it("leaves open schemas alone and walks additionalProperties schemas", () => {
    expect(withDoc("Open", { a: "x", b: 1 })).toEqual([]);
    expect(withDoc("Untyped", { anything: true })).toEqual([]);
    expect(withDoc("Map", { k1: { id: 1 }, k2: { id: 2, extra: 1 } })).toEqual(["$.k2.extra"]);
  });

  it("uses only the oneOf branch the value matches", () => {
    expect(withDoc("Either", { kind: "a", x: "1" })).toEqual([]);
    expect(withDoc("Either", { kind: "a", y: "1" })).toEqual(["$.y"]);
  });
});
