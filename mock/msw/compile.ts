/**
 * Build step of the MSW handlers (run by the mock package's build before tsdown): compiles the bundled
 * spec into what the handlers need at run time, in a browser too, with no Prism and no schema there:
 * - generated/data.js: the operations as Prism reads them (model.ts), and the spec without its prose
 *   (the state seeds from it, and the answers' examples point into it);
 * - generated/validators.js: ajv standalone code of every schema Prism validates a request with, built
 *   with Prism's own ajv, options and formats, from the schemas Prism derives (allOf merged, readOnly
 *   properties dropped, one object schema per parameter location), so the violations are Prism's.
 * Everything comes from Prism's own modules, loaded from @stoplight/prism-http. The build refuses a spec
 * that uses a feature the handlers do not implement (a parameter style, a security scheme) rather than
 * answering it differently from the HTTP mock.
 *
 * Usage: tsx mock/msw/compile.ts [spec.json]   (default: generated/openapi.json)
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { IHttpOperation } from "@stoplight/types";
import { pointerToken, resolveRef } from "../../scripts/spec-refs.ts";
import type { ModelBody, ModelContent, ModelExample, ModelOperation, ModelParam, ModelParams, ModelResponse } from "./model.ts";

type Json = any;

const here = import.meta.dirname;
const specPath = resolve(process.argv[2] ?? join(here, "../../generated/openapi.json"));
const outDir = join(here, "generated");

const fromMock = createRequire(join(here, "../package.json"));
const fromPrism = createRequire(fromMock.resolve("@stoplight/prism-http"));
const prismHttp = fromMock("@stoplight/prism-http") as typeof import("@stoplight/prism-http");
const mergeAllOf = fromPrism("@stoplight/json-schema-merge-allof");
const { stripReadOnlyProperties } = fromPrism("./utils/filterRequiredProperties.js");
const { generateStatic } = fromPrism("./mocker/generator/JSONSchema.js");
const { fmtDef, date_time, compareDateTime } = fromPrism("./validator/validators/dateTime.js");
const AjvModule = fromPrism("ajv");
const Ajv = AjvModule.default;
const { _ } = AjvModule;
const addFormats = fromPrism("ajv-formats").default;
const standaloneCode = fromPrism("ajv/dist/standalone").default;

/** The styles the handlers' deserializers implement, per location (Prism's defaults when none is given). */
const SUPPORTED_STYLES: Record<string, string[]> = { query: ["form"], headers: ["simple"], path: ["simple"] };
const SUPPORTED_SCHEMES = new Set(["http:bearer", "http:basic", "apiKey:header", "apiKey:query", "apiKey:cookie", "oauth2:", "openIdConnect:"]);
const unsupported: string[] = [];

// ---------- the document without its prose ----------

/** Keys whose value is data (kept whole), not OpenAPI structure. */
const DATA_KEYS = new Set(["example", "default", "enum", "const", "value"]);
const PROSE_KEYS = new Set(["description", "summary"]);

/** The document without descriptions and summaries (examples and every structural part kept). */
function withoutProse(node: Json): Json {
  if (Array.isArray(node)) return node.map(withoutProse);
  if (!node || typeof node !== "object") return node;
  const out: Json = {};
  for (const [key, value] of Object.entries<Json>(node)) {
    if (PROSE_KEYS.has(key) && typeof value === "string") continue;
    if (key === "externalDocs" || key === "tags") continue;
    out[key] = DATA_KEYS.has(key) || (key === "examples" && Array.isArray(value)) ? value : withoutProse(value);
  }
  return out;
}

// ---------- validators, compiled as Prism compiles them ----------

const SCHEMA_MAPS = new Set(["properties", "patternProperties", "definitions", "$defs", "dependencies", "dependentSchemas"]);
const ANNOTATIONS = new Set(["description", "title", "examples", "example", "$schema", "discriminator", "deprecated", "readOnly", "writeOnly", "contentMediaType", "xml", "externalDocs"]);

/** A schema without annotations (nothing ajv validates with): smaller code, the same verdicts. */
function bareSchema(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(bareSchema);
  if (!schema || typeof schema !== "object") return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries<Json>(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
    if (SCHEMA_MAPS.has(key) && value && typeof value === "object") {
      out[key] = Object.fromEntries(Object.entries<Json>(value).map(([name, sub]) => [name, bareSchema(sub)]));
    } else if (DATA_KEYS.has(key) || key === "required" || key === "type") {
      out[key] = value;
    } else {
      out[key] = bareSchema(value);
    }
  }
  return out;
}

const ajvOptions = { allErrors: true, allowUnionTypes: true, allowMatchingProperties: true, strict: false, logger: false, code: { source: true, esm: true, formats: _`__formats` } };

function prismAjv(coerceTypes: boolean) {
  const ajv = new Ajv({ ...ajvOptions, coerceTypes });
  addFormats(ajv);
  ajv.addFormat("date-time", fmtDef(date_time, compareDateTime));
  return ajv;
}

const ajvs = { coerce: prismAjv(true), noCoerce: prismAjv(false) };
const validatorIds = new Map<string, string>();
const exported: Record<"coerce" | "noCoerce", Record<string, string>> = { coerce: {}, noCoerce: {} };

/** The id of the validator of `schema` (one per distinct schema and coercion). */
function validatorFor(schema: Json, coerce: boolean): string {
  if (schema.$schema !== undefined && !/draft-07/.test(String(schema.$schema))) unsupported.push(`a schema of JSON Schema ${schema.$schema}`);
  const bare = bareSchema(schema);
  const key = `${coerce}:${JSON.stringify(bare)}`;
  let id = validatorIds.get(key);
  if (!id) {
    id = `v${validatorIds.size}`;
    validatorIds.set(key, id);
    const which = coerce ? "coerce" : "noCoerce";
    ajvs[which].addSchema({ ...bare, $id: id });
    exported[which][id] = id;
  }
  return id;
}

// ---------- operations ----------

/** Prism's schema of a parameter location: one object, lower-cased names (validator/validators/params.js). */
function paramsOf(op: IHttpOperation, location: "query" | "headers" | "path", where: string): ModelParams | undefined {
  const specs: Json[] = (op.request as Json)?.[location] ?? [];
  if (specs.length === 0) return undefined;
  const properties: Record<string, Json> = {};
  const params: ModelParam[] = [];
  for (const spec of specs) {
    const name = spec.name.toLowerCase();
    if (spec.schema) properties[name] = spec.schema;
    const style = spec.style ?? SUPPORTED_STYLES[location]![0];
    if (!SUPPORTED_STYLES[location]!.includes(style)) unsupported.push(`${where}: ${location} parameter ${spec.name} of style ${style}`);
    if (spec.deprecated) unsupported.push(`${where}: deprecated ${location} parameter ${spec.name}`);
    params.push({ name, style, explode: spec.explode || false, type: spec.schema?.type, ...(spec.schema?.properties ? { properties: Object.keys(spec.schema.properties) } : {}) });
  }
  const required = specs.filter((spec) => spec.required).map((spec) => spec.name.toLowerCase());
  return { params, validator: validatorFor({ type: "object", properties, required }, true) };
}

const isForm = (mediaType: string) => /^(application\/x-www-form-urlencoded|multipart\/form-data)$/i.test(mediaType);

/** Prism's body schema for a request: allOf merged, readOnly properties dropped (validator/validators/body.js). */
function requestSchema(schema: Json): Json | undefined {
  let merged = schema;
  try {
    merged = mergeAllOf(schema, { deep: true, ignoreAdditionalProperties: true });
  } catch {
    // Prism validates with the schema as it is then.
  }
  const stripped = stripReadOnlyProperties(merged);
  return stripped._tag === "Some" ? stripped.value : undefined;
}

function bodyOf(op: IHttpOperation): ModelBody | undefined {
  const body = op.request?.body;
  if (!body) return undefined;
  return {
    required: !!body.required,
    contents: (body.contents ?? []).map((content) => {
      const schema = content.schema ? requestSchema(content.schema) : undefined;
      if ((content.encodings ?? []).length > 0) unsupported.push(`${op.method} ${op.path}: body encodings`);
      if (!schema) return { mediaType: content.mediaType };
      // A form body is deserialized and validated with coercion; any other body as it is.
      const form = isForm(content.mediaType);
      return { mediaType: content.mediaType, validator: validatorFor(schema, form), ...(form && schema.properties ? { properties: Object.keys(schema.properties) } : {}) };
    }),
  };
}

const docText = readFileSync(specPath, "utf8");
const doc = JSON.parse(docText);
const shipped = withoutProse(doc);

/** Where the example Prism read is in the shipped document, or its value when it cannot be found there. */
function exampleOf(op: IHttpOperation, code: string, mediaType: string, example: Json): ModelExample {
  const response = resolveRef(shipped, shipped.paths?.[op.path]?.[op.method]?.responses?.[code]);
  const base = `#/paths/${pointerToken(op.path)}/${op.method}/responses/${code}`;
  const responsePointer = shipped.paths?.[op.path]?.[op.method]?.responses?.[code]?.$ref ?? base;
  const media = response?.content?.[mediaType];
  const candidates: [string, Json][] = [];
  const named = media?.examples?.[example.key];
  if (named) {
    const pointer = named.$ref ?? `${responsePointer}/content/${pointerToken(mediaType)}/examples/${pointerToken(example.key)}`;
    candidates.push([`${pointer}/value`, resolveRef(shipped, named)?.value]);
  }
  if (media && "example" in media) candidates.push([`${responsePointer}/content/${pointerToken(mediaType)}/example`, media.example]);
  const found = candidates.find(([, value]) => isDeepStrictEqual(value, example.value));
  return found ? { key: example.key, pointer: found[0] } : { key: example.key, value: example.value };
}

/** Prism's mocked headers of an answer (mocker/index.js computeMockedHeaders, static mode). */
function headersOf(op: IHttpOperation, headers: Json[]): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const header of headers) {
    let value: string | number | null = null;
    if (header.schema) {
      if (header.examples?.length > 0) {
        if (!("value" in header.examples[0])) unsupported.push(`${op.method} ${op.path}: header ${header.name} with an external example`);
        value = header.examples[0].value;
      } else {
        const generated = generateStatic(op, header.schema);
        value = generated._tag === "Right" && (typeof generated.right === "number" || typeof generated.right === "string") ? generated.right : null;
      }
    }
    out[header.name] = value;
  }
  return out;
}

function responsesOf(op: IHttpOperation): ModelResponse[] {
  return op.responses.map((response) => ({
    code: response.code,
    headers: headersOf(op, response.headers ?? []),
    contents: (response.contents ?? []).map((content): ModelContent => {
      const examples = (content.examples ?? []).map((example: Json) => {
        if (!("value" in example)) unsupported.push(`${op.method} ${op.path} ${response.code}: an external example`);
        return exampleOf(op, response.code, content.mediaType, example);
      });
      const out: ModelContent = { mediaType: content.mediaType, examples, hasSchema: !!content.schema };
      if (examples.length === 0 && content.schema) {
        const generated = generateStatic(op, content.schema);
        if (generated._tag === "Right") out.generated = generated.right;
        else unsupported.push(`${op.method} ${op.path} ${response.code}: a body Prism cannot generate`);
      }
      return out;
    }),
  }));
}

const operations = await prismHttp.getHttpOperationsFromSpec(specPath);
const model: ModelOperation[] = operations.map((op) => {
  const where = `${op.method.toUpperCase()} ${op.path}`;
  for (const scheme of (op.security ?? []).flat() as Json[]) {
    if (!SUPPORTED_SCHEMES.has(`${scheme.type}:${scheme.in ?? scheme.scheme ?? ""}`)) unsupported.push(`${where}: security scheme ${scheme.type} ${scheme.in ?? scheme.scheme ?? ""}`);
  }
  if ((op as Json).callbacks) unsupported.push(`${where}: callbacks`);
  if ((op.request as Json)?.cookie?.length) unsupported.push(`${where}: cookie parameters`);
  if (/\{[^a-zA-Z0-9_]/.test(op.path)) unsupported.push(`${where}: a path template with an operator`);
  const entry: ModelOperation = {
    method: op.method,
    path: op.path,
    servers: (op.servers ?? []).map((server: Json) => ({
      url: server.url,
      ...(server.variables ? { variables: Object.fromEntries(Object.entries<Json>(server.variables).map(([name, v]) => [name, v.enum ?? []])) } : {}),
    })),
    security: ((op.security ?? []) as Json[][]).map((schemes) => schemes.map((s) => ({ type: s.type, ...(s.in ? { in: s.in } : {}), ...(s.name ? { name: s.name } : {}), ...(s.scheme ? { scheme: s.scheme } : {}) }))),
    deprecated: !!op.deprecated,
    responses: responsesOf(op),
  };
  const body = bodyOf(op);
  if (body) entry.body = body;
  const query = paramsOf(op, "query", where);
  if (query) entry.query = query;
  const headers = paramsOf(op, "headers", where);
  if (headers) entry.headers = headers;
  const path = paramsOf(op, "path", where);
  if (path) entry.pathParams = path;
  return entry;
});

if (unsupported.length > 0) {
  console.error(`mock/msw: the spec uses what the MSW handlers do not implement:\n  ${[...new Set(unsupported)].join("\n  ")}`);
  process.exit(1);
}

/** ajv standalone code of one ajv instance as an ES module of this package (its formats and helpers from formats.ts). */
function validatorsModule(which: "coerce" | "noCoerce"): string {
  const code = (standaloneCode(ajvs[which], exported[which]) as string).replace(/^"use strict";/, "");
  const leftover = /require\("([^"]+)"\)/.exec(code.replace(/require\("ajv\/dist\/runtime\/(equal|ucs2length)"\)\.default/g, ""));
  if (leftover) throw new Error(`mock/msw: the validators need ${leftover[1]}, which formats.ts does not provide`);
  return [
    "// Generated by mock/msw/compile.ts from the bundled spec: do not edit.",
    'import { formats as __formats, equal as __equal, ucs2length as __ucs2length } from "../formats.ts";',
    code.replace(/require\("ajv\/dist\/runtime\/equal"\)\.default/g, "__equal").replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, "__ucs2length"),
  ].join("\n");
}

/** `export const name = JSON.parse("…")`: parsed faster than an object literal of the same size. */
const jsonExport = (name: string, value: unknown) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, "data.js"),
  `// Generated by mock/msw/compile.ts from the bundled spec: do not edit.\n${jsonExport("doc", shipped)}${jsonExport("operations", model)}`,
);
writeFileSync(join(outDir, "validators-plain.js"), validatorsModule("noCoerce"));
writeFileSync(join(outDir, "validators-coerce.js"), validatorsModule("coerce"));
console.log(`mock/msw: ${model.length} operations, ${validatorIds.size} validators compiled into ${dirname(join(outDir, "data.js"))}.`);
