/**
 * Lists every difference between the bundled spec and a published OpenAPI contract, one a line, then a summary.
 *
 *   npx tsx scripts/contract-diff.ts --contract path/to/openapi.json [--spec generated/openapi.json]
 *                                    [--op "GET /v3/orders"] [--tag Orders]
 *   make contract-diff CONTRACT=path/to/openapi.json
 *
 * Operations are matched by method and path template (template parameter names may differ). Per operation:
 * query/header/cookie parameters, the set of 2xx status codes, the request body and each 2xx response body
 * (JSON), flattened into property paths (`a.b[].c`, `m.*` for map values) through $ref/allOf/oneOf/anyOf.
 * Each path is compared on presence, type, format, nullability, enum, required flags, bounds, pattern and
 * default. Credential headers and `b_uid` are skipped: the spec models them as security schemes and the
 * business selector on purpose (spec/README.md). Reads OpenAPI 3.0 (`nullable`) and 3.1 (type arrays),
 * JSON or YAML. Exit status: 0 nothing differs, 1 something differs, 2 usage or input error.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import { resolveRef } from "./spec-refs.ts";

type Json = any;

/** A missing or unreadable input, or a document that is not OpenAPI 3.x: reported as one line, exit 2. */
export class ContractDiffInputError extends Error {
  override name = "ContractDiffInputError";
}

/** One loaded document and the name it goes by in messages ("spec" or "contract"). */
export interface Side {
  name: string;
  doc: Json;
}

export interface Difference {
  /** missing (in the contract, not in the spec), extra (the reverse), or the fact that differs. */
  kind: string;
  operation: string;
  /** e.g. "query parameter page_size", "request body", "response 200" */
  where?: string;
  /** property path inside a schema, "" for its root */
  path?: string;
  /** the spec's and the contract's value of the fact, as printed */
  ours?: string;
  contract?: string;
}

export interface Filter {
  /** "GET /v3/orders/{id}" (template parameter names may differ) */
  op?: string;
  tag?: string;
}

export interface DiffResult {
  differences: Difference[];
  contractOperations: number;
  specOperations: number;
  matchedOperations: number;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
const CREDENTIAL_HEADERS = new Set([
  "authorization",
  "x-scalev-storefront-api-key",
  "x-scalev-guest-token",
  "x-scalev-page-api-key",
  "x-scalev-checkout-intent-token",
]);
const BUSINESS_SELECTOR = "b_uid";
/** Schema keywords compared by value. */
const VALUE_KEYWORDS = [
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "pattern",
  "default",
] as const;

const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** JSON with object keys sorted, so equal values print equally. */
function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

// ---------------------------------------------------------------------------------------------------- loading

export function loadDocument(file: string, name: string): Side {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ContractDiffInputError(`${name}: cannot read ${file}: ${code === "ENOENT" ? "no such file" : (code ?? "read error")}`);
  }
  let doc: Json;
  try {
    doc = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ContractDiffInputError(`${name}: ${file} is not valid ${/\.json$/i.test(file) ? "JSON" : "YAML"}: ${(error as Error).message.split("\n")[0]}`);
  }
  if (!isObject(doc) || typeof doc.openapi !== "string" || !/^3\.[01]\./.test(doc.openapi) || !isObject(doc.paths)) {
    throw new ContractDiffInputError(`${name}: ${file} is not an OpenAPI 3.0 or 3.1 document (needs "openapi": "3.x.y" and "paths")`);
  }
  return { name, doc };
}

/** The node a (chain of) local $ref(s) names, or the node itself; an input error when a $ref names nothing. */
function deref(side: Side, node: Json): Json {
  if (!isObject(node) || typeof node.$ref !== "string") return node;
  const target = resolveRef(side.doc, node);
  if (target === undefined || (isObject(target) && typeof target.$ref === "string")) {
    throw new ContractDiffInputError(`${side.name}: $ref ${JSON.stringify(node.$ref)} cannot be resolved (only local "#/…" references, no cycles of bare $refs)`);
  }
  return target;
}

// ---------------------------------------------------------------------------------------------------- schemas

/** What one property path says about its values, merged over every schema that reaches it. */
export interface Facts {
  types: Set<string>;
  nullable: boolean;
  formats: Set<string>;
  /** canonical JSON of the allowed non-null values, or undefined when no enum/const constrains them */
  enum?: Set<string>;
  required: Set<string>;
  /** canonical JSON values per VALUE_KEYWORDS keyword */
  values: Map<string, Set<string>>;
}

function emptyFacts(): Facts {
  return { types: new Set(), nullable: false, formats: new Set(), required: new Set(), values: new Map() };
}

/** Adds what this one schema object states (not its subschemas) to the facts of its path. */
function recordFacts(facts: Facts, schema: Record<string, Json>): void {
  for (const type of [schema.type].flat()) {
    if (type === "null") facts.nullable = true;
    else if (typeof type === "string") facts.types.add(type);
  }
  if (schema.properties) facts.types.add("object");
  if (schema.items) facts.types.add("array");
  if (schema.nullable === true) facts.nullable = true;
  if (typeof schema.format === "string") facts.formats.add(schema.format);
  const allowed = [...(Array.isArray(schema.enum) ? schema.enum : []), ...("const" in schema ? [schema.const] : [])];
  if (Array.isArray(schema.enum) || "const" in schema) {
    facts.enum ??= new Set();
    for (const value of allowed) value === null ? (facts.nullable = true) : facts.enum.add(canonical(value));
  }
  for (const name of Array.isArray(schema.required) ? schema.required : []) facts.required.add(name);
  for (const [keyword, value] of Object.entries(valueKeywords(schema))) {
    if (value !== undefined) facts.values.set(keyword, (facts.values.get(keyword) ?? new Set()).add(canonical(value)));
  }
}

/** The VALUE_KEYWORDS a schema states, with OpenAPI 3.0's boolean exclusiveMinimum/Maximum turned into 3.1's numbers. */
function valueKeywords(schema: Record<string, Json>): Record<string, Json> {
  const values: Record<string, Json> = Object.fromEntries(VALUE_KEYWORDS.filter((k) => k in schema).map((k) => [k, schema[k]]));
  for (const [exclusive, bound] of [["exclusiveMinimum", "minimum"], ["exclusiveMaximum", "maximum"]] as const) {
    if (values[exclusive] === true) {
      values[exclusive] = values[bound];
      delete values[bound];
    } else if (values[exclusive] === false) delete values[exclusive];
  }
  return values;
}

const child = (path: string, name: string) => (path ? `${path}.${name}` : name);

/**
 * Flattens a schema into property paths ("" for the root, `a.b`, `a[]`, `a[].c`, `m.*` for map values).
 * Composition branches (allOf/oneOf/anyOf) merge into the path they sit on, so a 3.0 `nullable` and a 3.1
 * `{type: 'null'}` branch end up as the same fact. A schema already being flattened higher up the same path
 * (a cycle) contributes its own facts but is not entered again.
 */
export function flattenSchema(side: Side, schema: Json, path = "", out = new Map<string, Facts>(), inProgress = new Set<Json>()): Map<string, Facts> {
  if (!isObject(schema)) return out;
  const node = deref(side, schema);
  if (!isObject(node)) return out;
  const facts = out.get(path) ?? emptyFacts();
  out.set(path, facts);
  recordFacts(facts, node);
  if (node !== schema) recordFacts(facts, schema); // OpenAPI 3.1 allows keywords next to a $ref
  if (inProgress.has(node)) return out;
  inProgress.add(node);
  for (const [name, sub] of Object.entries(node.properties ?? {})) flattenSchema(side, sub, child(path, name), out, inProgress);
  if (isObject(node.additionalProperties)) flattenSchema(side, node.additionalProperties, child(path, "*"), out, inProgress);
  if (node.items) flattenSchema(side, node.items, `${path}[]`, out, inProgress);
  for (const branch of [...(node.allOf ?? []), ...(node.oneOf ?? []), ...(node.anyOf ?? [])]) flattenSchema(side, branch, path, out, inProgress);
  inProgress.delete(node);
  return out;
}

/** A set of values as printed: alternatives joined by "|", "none" when empty. */
const shown = (set: Iterable<string>) => [...set].sort().join("|") || "none";
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((v) => b.has(v));
const enumOf = (facts: Facts) => (facts.enum ? `[${[...facts.enum].sort().join(",")}]` : "none");
const asNumber = (types: Set<string>) => new Set([...types].map((t) => (t === "integer" ? "number" : t)));

/** integer vs number differs only one way: the contract promises integers and the spec only numbers. */
function typesDiffer(ours: Set<string>, contract: Set<string>): boolean {
  if (!sameSet(asNumber(ours), asNumber(contract))) return true;
  return contract.has("integer") && !ours.has("integer") && ours.has("number");
}

/** Every difference between two flattened schemas: paths missing/extra, then each fact of each shared path. */
export function compareSchemas(ours: Map<string, Facts>, contract: Map<string, Facts>, at: Omit<Difference, "kind">): Difference[] {
  const out: Difference[] = [];
  const add = (kind: string, path: string, values?: [ours: unknown, contract: unknown]) =>
    out.push({ ...at, kind, path, ...(values && { ours: String(values[0]), contract: String(values[1]) }) });
  for (const [path, c] of contract) {
    const o = ours.get(path);
    if (!o) {
      add("missing", path);
      continue;
    }
    if (typesDiffer(o.types, c.types)) add("type", path, [shown(o.types), shown(c.types)]);
    if (!sameSet(o.formats, c.formats)) add("format", path, [shown(o.formats), shown(c.formats)]);
    if (o.nullable !== c.nullable) add("nullable", path, [o.nullable, c.nullable]);
    if (enumOf(o) !== enumOf(c)) add("enum", path, [enumOf(o), enumOf(c)]);
    for (const keyword of VALUE_KEYWORDS) {
      const [ov, cv] = [o, c].map((f) => shown(f.values.get(keyword) ?? []));
      if (ov !== cv) add(keyword, path, [ov, cv]);
    }
    for (const name of new Set([...o.required, ...c.required])) {
      const inOurs = ours.has(child(path, name));
      // a property on one side only is already reported as missing or extra
      if (o.required.has(name) !== c.required.has(name) && inOurs === contract.has(child(path, name))) {
        add("required", child(path, name), [o.required.has(name), c.required.has(name)]);
      }
    }
  }
  for (const path of ours.keys()) if (!contract.has(path)) add("extra", path);
  return out;
}

// ---------------------------------------------------------------------------------------------------- operations

interface Operation {
  key: string;
  /** "GET /v3/orders/{id}" as the document spells it */
  label: string;
  pathItem: Record<string, Json>;
  operation: Record<string, Json>;
}

const templateKey = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, "{}")}`;

function operations(side: Side): Map<string, Operation> {
  const out = new Map<string, Operation>();
  for (const [path, rawItem] of Object.entries<Json>(side.doc.paths)) {
    const pathItem = deref(side, rawItem);
    for (const method of METHODS.filter((m) => isObject(pathItem?.[m]))) {
      out.set(templateKey(method, path), { key: templateKey(method, path), label: `${method.toUpperCase()} ${path}`, pathItem, operation: pathItem[method] });
    }
  }
  return out;
}

/** Query, header and cookie parameters by "in name" (header names lower-cased), path-item level overridden by the operation's. */
function parameters(side: Side, op: Operation): Map<string, Record<string, Json>> {
  const out = new Map<string, Record<string, Json>>();
  for (const raw of [...(op.pathItem.parameters ?? []), ...(op.operation.parameters ?? [])]) {
    const param = deref(side, raw);
    if (!isObject(param) || typeof param.name !== "string" || param.in === "path") continue;
    const name = param.in === "header" ? param.name.toLowerCase() : param.name;
    if ((param.in === "header" && CREDENTIAL_HEADERS.has(name)) || name === BUSINESS_SELECTOR) continue;
    out.set(`${param.in} ${name}`, param);
  }
  return out;
}

/** The schema of the first JSON media type of a request body, response or parameter `content`. */
function jsonSchema(content: Json): Json {
  const entry = Object.entries<Json>(content ?? {}).find(([type]) => /^application\/(.+\+)?json\b/i.test(type));
  return entry?.[1]?.schema;
}

const successCodes = (op: Operation) => Object.keys(op.operation.responses ?? {}).filter((code) => /^2/.test(code)).sort();

/** A request body's or a response's media types, then its JSON schema when both sides have one. */
function diffContent(spec: Side, contract: Side, ours: Json, theirs: Json, at: Omit<Difference, "kind">): Difference[] {
  const [ourTypes, theirTypes] = [ours, theirs].map((body) => shown(Object.keys(body?.content ?? {})));
  const out: Difference[] = ourTypes === theirTypes ? [] : [{ ...at, kind: "media types", ours: ourTypes, contract: theirTypes }];
  const [ourSchema, theirSchema] = [jsonSchema(ours?.content), jsonSchema(theirs?.content)];
  if (ourSchema !== undefined && theirSchema !== undefined) {
    out.push(...compareSchemas(flattenSchema(spec, ourSchema), flattenSchema(contract, theirSchema), at));
  }
  return out;
}

function diffOperation(spec: Side, contract: Side, ours: Operation, theirs: Operation): Difference[] {
  const operation = theirs.label;
  const out: Difference[] = [];
  const compareRequired = (where: string, mine: Json, their: Json) => {
    const [o, c] = [Boolean(mine.required), Boolean(their.required)];
    if (o !== c) out.push({ kind: "required", operation, where, ours: String(o), contract: String(c) });
  };

  const ourParams = parameters(spec, ours);
  const theirParams = parameters(contract, theirs);
  for (const [key, param] of theirParams) {
    const where = key.replace(" ", " parameter ");
    const mine = ourParams.get(key);
    if (!mine) {
      out.push({ kind: "missing", operation, where });
      continue;
    }
    compareRequired(where, mine, param);
    const schemaOf = (p: Json) => p.schema ?? jsonSchema(p.content);
    out.push(...compareSchemas(flattenSchema(spec, schemaOf(mine)), flattenSchema(contract, schemaOf(param)), { operation, where }));
  }
  for (const key of ourParams.keys()) if (!theirParams.has(key)) out.push({ kind: "extra", operation, where: key.replace(" ", " parameter ") });

  const ourCodes = successCodes(ours);
  const theirCodes = successCodes(theirs);
  if (shown(ourCodes) !== shown(theirCodes)) out.push({ kind: "status codes", operation, ours: shown(ourCodes), contract: shown(theirCodes) });

  const ourBody = ours.operation.requestBody && deref(spec, ours.operation.requestBody);
  const theirBody = theirs.operation.requestBody && deref(contract, theirs.operation.requestBody);
  const where = "request body";
  if (theirBody && !ourBody) out.push({ kind: "missing", operation, where });
  else if (ourBody && !theirBody) out.push({ kind: "extra", operation, where });
  else if (ourBody && theirBody) {
    compareRequired(where, ourBody, theirBody);
    out.push(...diffContent(spec, contract, ourBody, theirBody, { operation, where }));
  }

  for (const code of theirCodes.filter((c) => ourCodes.includes(c))) {
    const ourResponse = deref(spec, ours.operation.responses[code]);
    const theirResponse = deref(contract, theirs.operation.responses[code]);
    out.push(...diffContent(spec, contract, ourResponse, theirResponse, { operation, where: `response ${code}` }));
  }
  return out;
}

/** Every difference between the spec and the contract, for the operations the filter selects. */
export function diffDocuments(spec: Side, contract: Side, filter: Filter = {}): DiffResult {
  const ours = operations(spec);
  const theirs = operations(contract);
  const [method = "", path = ""] = filter.op?.trim().split(/\s+/) ?? [];
  const wanted = filter.op && templateKey(method, path);
  const selected = (op: Operation | undefined) =>
    op !== undefined && (!wanted || op.key === wanted) && (!filter.tag || (op.operation.tags ?? []).includes(filter.tag));
  const keys = [...new Set([...theirs.keys(), ...ours.keys()])]
    .filter((key) => selected(theirs.get(key)) || selected(ours.get(key)))
    .sort((a, b) => a.split(" ")[1]!.localeCompare(b.split(" ")[1]!) || a.localeCompare(b));

  const result: DiffResult = { differences: [], contractOperations: 0, specOperations: 0, matchedOperations: 0 };
  for (const key of keys) {
    const o = ours.get(key);
    const c = theirs.get(key);
    if (c) result.contractOperations++;
    if (o) result.specOperations++;
    if (o && c) {
      result.matchedOperations++;
      result.differences.push(...diffOperation(spec, contract, o, c));
    } else {
      result.differences.push({ kind: c ? "missing" : "extra", operation: (c ?? o)!.label, where: "operation" });
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------- output

/** One line: kind, operation, where, path, and the two values when a fact differs. */
export function formatDifference(d: Difference): string {
  const location = [d.where, d.path === "" ? undefined : d.path].filter(Boolean).join("  ");
  const values = d.ours !== undefined ? `  ours=${d.ours} contract=${d.contract}` : "";
  return `${d.kind.padEnd(16)} ${d.operation}${location ? `  ${location}` : ""}${values}`;
}

export function summaryLine(result: DiffResult): string {
  const counts = new Map<string, number>();
  for (const d of result.differences) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  const byKind = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([kind, n]) => `${kind} ${n}`).join(", ");
  const total = result.differences.length;
  return (
    `contract-diff: ${result.matchedOperations}/${result.contractOperations} contract operations in the spec, ` +
    `${result.specOperations - result.matchedOperations} extra; ` +
    (total ? `${total} difference${total === 1 ? "" : "s"} (${byKind})` : "no differences")
  );
}

const USAGE = 'usage: tsx scripts/contract-diff.ts --contract path/to/openapi.json [--spec generated/openapi.json] [--op "GET /v3/x"] [--tag T]';

/** The CLI: prints the differences and the summary, returns the exit status. */
export function main(argv: string[], print = (line: string) => console.log(line), printError = (line: string) => console.error(line)): number {
  try {
    let args;
    try {
      args = parseArgs({
        args: argv,
        allowPositionals: true,
        options: { contract: { type: "string" }, spec: { type: "string" }, op: { type: "string" }, tag: { type: "string" }, help: { type: "boolean", short: "h" } },
      });
    } catch (error) {
      throw new ContractDiffInputError(`${(error as Error).message}\n${USAGE}`);
    }
    const { values, positionals } = args;
    if (values.help) {
      print(USAGE);
      return 0;
    }
    const contractFile = values.contract ?? positionals[0];
    if (!contractFile || positionals.length > (values.contract ? 0 : 1)) throw new ContractDiffInputError(USAGE);
    const spec = loadDocument(values.spec ?? resolve(import.meta.dirname, "../generated/openapi.json"), "spec");
    const contract = loadDocument(contractFile, "contract");
    const result = diffDocuments(spec, contract, { op: values.op, tag: values.tag });
    if (result.contractOperations + result.specOperations === 0 && (values.op || values.tag)) {
      throw new ContractDiffInputError(`no operation matches ${values.op ? `--op "${values.op}"` : `--tag "${values.tag}"`} in either document`);
    }
    for (const d of result.differences) print(formatDifference(d));
    print(summaryLine(result));
    return result.differences.length ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ContractDiffInputError)) throw error;
    printError(`contract-diff: ${error.message}`);
    return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  // `… | head` closes the pipe early: end quietly instead of with a stack trace
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit();
  });
  process.exitCode = main(process.argv.slice(2));
}
