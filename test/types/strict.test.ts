/**
 * The checks users write, compiled as a strict app compiles them (exactOptionalPropertyTypes and
 * noUncheckedIndexedAccess on, the repository's other compiler options as they are):
 * - every operation of the bundled spec, called the openapi-fetch way: after `if (error) throw …`,
 *   `data` is exactly the 2xx body (no `| undefined`), and `error` is an object that a text or empty
 *   error body (`{ error, message }`) fits;
 * - each id helper's result, in every parameter and request-body field that takes that id, with no cast;
 * - strict/first-hour.ts: options, filters and per-call options from values that may be undefined.
 * The first two are written from the spec at test time, so a new operation or id field is covered as
 * soon as it is in the spec. The packed package gets the same options in test/consumer/types.test.ts.
 */
import { resolve } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { bundledSpec, specOperations, type OpenApiDocument } from "../support/spec.ts";
import { resolveRef } from "../../scripts/spec-refs.ts";

const root = resolve(import.meta.dirname, "../..");
const dir = resolve(root, "test/types/strict");
const STRICT = { exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true } as const;

const spec = bundledSpec();
const lit = (value: string) => JSON.stringify(value);

/** One function per operation: the call, `if (error) throw`, then the type of `data`. */
function operationChecks(doc: OpenApiDocument): string {
  const lines = [
    `import type { MaybeOptionalInit } from "openapi-fetch";`,
    `import { createScalevClient, type paths, type ScalevTextErrorBody } from "../../../src/index.ts";`,
    `const scalev = createScalevClient({});`,
    `declare const textError: ScalevTextErrorBody;`,
    `type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;`,
    `type Init<P extends keyof paths, M extends "get" | "put" | "post" | "delete" | "patch"> = NonNullable<MaybeOptionalInit<paths[P], M>>;`,
  ];
  specOperations(doc).forEach(({ key, method, path, operation }, i) => {
    const m = method.toLowerCase();
    const bodies = Object.entries<any>(operation.responses)
      .filter(([status]) => /^2\d\d$/.test(status))
      .flatMap(([status, response]) => {
        const media = Object.keys(resolveRef(doc, response).content ?? {});
        return media.length ? media.map((type) => `paths[${lit(path)}][${lit(m)}]["responses"][${status}]["content"][${lit(type)}]`) : ["undefined"];
      });
    lines.push(
      `// ${key}`,
      `export async function op${i}(init: Init<${lit(path)}, ${lit(m)}>) {`,
      `  const { data, error } = await scalev.${method}(${lit(path)}, init);`,
      `  if (error) {`,
      `    const fromText: typeof error = textError;`,
      `    const shape: object = error;`,
      `    throw [shape, fromText];`,
      `  }`,
      `  const body: Same<typeof data, ${bodies.join(" | ")}> = true;`,
      `  return body;`,
      `}`,
    );
  });
  return lines.join("\n");
}

/** The id helpers, and the parameters and request-body fields that take each one's id. */
const HELPERS = {
  storeId: "storeId(1021)",
  storeUniqueId: `storeUniqueId("store_vlzpML8edzxO5roOdV7Oyfn6")`,
  orderId: `orderId("019e812d-7320-7a3c-9d4e-5a2b8c7d9e11")`,
  legacyOrderId: "orderId(884213)",
  variantUniqueId: `variantUniqueId("variant_Qm3x9Lp2Zt7Wb4Kc")`,
  bundlePriceOptionUniqueId: `bundlePriceOptionUniqueId("bpo_Xy7Lm3Qa9Rt2")`,
  warehouseUniqueId: `warehouseUniqueId("warehouse_Jk8Rt2Lm5Qz1")`,
  businessUniqueId: `businessUniqueId("BIZ7QK2M9")`,
} as const;
type Helper = keyof typeof HELPERS;

/** Parameters by component (`#/components/parameters/…`), then inline ones by location and name. */
const PARAMETER_COMPONENTS: Record<string, Helper[]> = {
  BusinessStoreId: ["storeId"],
  WebAnalyticsStoreId: ["storeId"],
  ProductListBusinessStoreId: ["storeId", "storeUniqueId"],
  ProductListStoreIds: ["storeId", "storeUniqueId"],
  StoreId: ["storeUniqueId"],
  OrderId: ["orderId", "legacyOrderId"],
  BusinessVariantId: ["variantUniqueId"],
  BusinessVariantReference: ["variantUniqueId"],
  BusinessUniqueId: ["businessUniqueId"],
};
const INLINE_PARAMETERS: Record<string, Helper[]> = {
  "query store_id integer": ["storeId"],
  "query for_store_id integer": ["storeId"],
  "query store_unique_id string": ["storeUniqueId"],
};
/** Request-body fields by name (and JSON type). */
const BODY_FIELDS: Record<string, Helper[]> = {
  "store_id integer": ["storeId"],
  "store_unique_id string": ["storeUniqueId"],
  "variant_unique_id string": ["variantUniqueId"],
  "bundle_price_option_unique_id string": ["bundlePriceOptionUniqueId"],
  "warehouse_unique_id string": ["warehouseUniqueId"],
};
/** Bulk `ids` of the order routes take order ids. */
const ORDER_BULK_IDS = /^\/v3\/orders\//;

const typeOf = (schema: any): string => [schema?.type].flat().find((t) => t !== "null") ?? "";

/** Every property path of a JSON schema ("a.b[].c" as ["a", "b", "[]", "c"]), through $ref and compositions. */
function fieldsOf(doc: OpenApiDocument, schema: any, path: string[] = [], seen = new Set<any>()): { path: string[]; schema: any }[] {
  const node = resolveRef(doc, schema);
  if (!node || typeof node !== "object" || seen.has(node) || path.length > 8) return [];
  const inner = new Set(seen).add(node);
  return [
    ...Object.entries<any>(node.properties ?? {}).flatMap(([name, property]) => [
      { path: [...path, name], schema: resolveRef(doc, property) },
      ...fieldsOf(doc, property, [...path, name], inner),
    ]),
    ...(node.items ? fieldsOf(doc, node.items, [...path, "[]"], inner) : []),
    ...["allOf", "oneOf", "anyOf"].flatMap((key) => (node[key] ?? []).flatMap((branch: any) => fieldsOf(doc, branch, path, inner))),
  ];
}

interface Slot {
  helper: Helper;
  where: string;
  /** Keys from `paths[path][method]` down to the slot's type ("[]" steps into array items). */
  keys: string[];
}

function idSlots(doc: OpenApiDocument): Slot[] {
  const slots: Slot[] = [];
  for (const { key, method, path, operation } of specOperations(doc)) {
    const base = [path, method.toLowerCase()];
    for (const parameter of [...(doc.paths[path]!.parameters ?? []), ...(operation.parameters ?? [])]) {
      const resolved = resolveRef(doc, parameter);
      const component = typeof parameter.$ref === "string" ? parameter.$ref.split("/").at(-1) : undefined;
      const helpers = component ? PARAMETER_COMPONENTS[component] : INLINE_PARAMETERS[`${resolved.in} ${resolved.name} ${typeOf(resolved.schema)}`];
      for (const helper of helpers ?? []) {
        slots.push({ helper, where: `${key} ${resolved.in} ${resolved.name}`, keys: [...base, "parameters", resolved.in, resolved.name] });
      }
    }
    const content = resolveRef(doc, operation.requestBody)?.content ?? {};
    for (const [media, { schema }] of Object.entries<any>(content)) {
      for (const field of fieldsOf(doc, schema)) {
        const where = `${key} body ${field.path.join(".").replace(/\.\[\]/g, "[]")}`;
        for (const helper of BODY_FIELDS[`${field.path.at(-1)} ${typeOf(field.schema)}`] ?? []) {
          slots.push({ helper, where, keys: [...base, "requestBody", "content", media, ...field.path] });
        }
        if (field.path.join(".") === "ids" && typeOf(field.schema) === "array" && ORDER_BULK_IDS.test(path)) {
          for (const helper of ["orderId", "legacyOrderId"] as const) {
            slots.push({ helper, where: `${where}[]`, keys: [...base, "requestBody", "content", media, "ids", "[]"] });
          }
        }
      }
    }
  }
  return slots;
}

function idChecks(slots: Slot[]): string {
  const names = [...new Set(Object.values(HELPERS).map((call) => call.slice(0, call.indexOf("("))))];
  return [
    `import { ${names.join(", ")}, type paths } from "../../../src/index.ts";`,
    // The type at `Keys` below `T`: through optional members, unions (their members that have the key) and "[]" (array
    // items); `unknown` (a body the generator could not type) takes anything.
    `type At<T, Keys extends readonly string[]> = unknown extends T ? unknown : Keys extends readonly [infer K extends string, ...infer Rest extends string[]]`,
    `  ? K extends "[]" ? (T extends readonly (infer Item)[] ? At<Item, Rest> : never) : T extends object ? (K extends keyof T ? At<T[K], Rest> : never) : never`,
    `  : T;`,
    ...Object.entries(HELPERS).map(([helper, call]) => `const the_${helper} = ${call};`),
    ...slots.map((slot, i) => {
      const [path, method, ...keys] = slot.keys;
      return `// ${slot.where}\nexport const slot${i}: At<paths[${lit(path!)}][${lit(method!)}], ${JSON.stringify(keys)}> = the_${slot.helper};`;
    }),
  ].join("\n");
}

/** Compiles the in-memory files (and `onDisk`) with the repository's options plus STRICT; diagnostics per file. */
function compile(files: Record<string, string>, onDisk: string[]): Map<string, string[]> {
  const parsed = ts.getParsedCommandLineOfConfigFile(resolve(root, "tsconfig.json"), STRICT, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  })!;
  const options = { ...parsed.options, noEmit: true };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => name in files || ts.sys.fileExists(name);
  host.readFile = (name) => files[name] ?? readFile(name);
  host.getSourceFile = (name, language, ...rest) =>
    name in files ? ts.createSourceFile(name, files[name]!, language) : getSourceFile(name, language, ...rest);
  const program = ts.createProgram({ rootNames: [...Object.keys(files), ...onDisk], options, host });
  const result = new Map<string, string[]>();
  for (const name of [...Object.keys(files), ...onDisk]) {
    const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(name));
    result.set(
      name,
      diagnostics.map((d) => {
        const text = ts.flattenDiagnosticMessageText(d.messageText, "\n  ");
        if (!d.file || d.start === undefined) return text;
        const { line } = d.file.getLineAndCharacterOfPosition(d.start);
        // The comment line above each generated check names its operation or slot.
        const lines = d.file.text.split("\n");
        const label = lines.slice(0, line + 1).reverse().find((l) => l.startsWith("// "));
        return `${label ? `${label.slice(3)}: ` : ""}line ${line + 1}: ${text.length > 400 ? `${text.slice(0, 400)}…` : text}`;
      }),
    );
  }
  return result;
}

const operationsFile = resolve(dir, "__every-operation__.ts");
const idsFile = resolve(dir, "__id-helpers__.ts");
const firstHourFile = resolve(dir, "first-hour.ts");
const slots = idSlots(spec);
let diagnostics: Map<string, string[]>;

beforeAll(() => {
  diagnostics = compile({ [operationsFile]: operationChecks(spec), [idsFile]: idChecks(slots) }, [firstHourFile]);
}, 120_000);

describe("strict consumer types (exactOptionalPropertyTypes, noUncheckedIndexedAccess)", () => {
  it(`every operation (${specOperations(spec).length}): after if (error) throw, data is the 2xx body and error an object`, () => {
    expect(specOperations(spec).length).toBeGreaterThan(370);
    expect(diagnostics.get(operationsFile)).toEqual([]);
  });

  it(`each id helper's result is accepted wherever a route takes that id (${slots.length} parameters and fields)`, () => {
    const perHelper = Object.fromEntries(Object.keys(HELPERS).map((helper) => [helper, slots.filter((s) => s.helper === helper).length]));
    for (const [helper, count] of Object.entries(perHelper)) expect(count, `${helper}: no route takes it?`).toBeGreaterThan(0);
    const has = (where: string, helper: Helper) => slots.some((s) => s.where === where && s.helper === helper);
    expect(has("GET /v3/stores/{store_id}/products path store_id", "storeId")).toBe(true);
    expect(has("POST /v3/orders/delete body ids[]", "legacyOrderId")).toBe(true);
    expect(has("POST /v3/orders body store_unique_id", "storeUniqueId")).toBe(true);
    expect(diagnostics.get(idsFile)).toEqual([]);
  });

  it("options and filters given as possibly-undefined values compile (strict/first-hour.ts)", () => {
    expect(diagnostics.get(firstHourFile)).toEqual([]);
  });
});
