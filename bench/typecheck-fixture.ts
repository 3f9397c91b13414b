/**
 * Writes consumer fixtures with the same typed calls: one on this package's client, one on bare
 * openapi-fetch, and an empty program. Calls are derived from the bundled spec: operations are taken
 * round-robin across tags, with path/query params and JSON bodies built from their schemas.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { resolveRef } from "../scripts/spec-refs.ts";

type Json = any;
const root = resolve(import.meta.dirname, "..");
const spec: Json = JSON.parse(readFileSync(join(root, "generated/openapi.json"), "utf8"));

const deref = (node: Json): Json => resolveRef(spec, node);

/** A minimal valid value for a schema: required properties only, first enum/oneOf branch. */
function sample(schemaRef: Json, depth = 0): Json {
  const schema = deref(schemaRef) ?? {};
  if (schema.const !== undefined) return schema.const;
  if (schema.example !== undefined && depth > 0 && typeof schema.example !== "object") return schema.example;
  if (schema.enum) return schema.enum.find((v: Json) => v !== null);
  if (schema.oneOf || schema.anyOf) return sample((schema.oneOf ?? schema.anyOf).find((s: Json) => deref(s).type !== "null"), depth + 1);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s: Json) => sample(s, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== "null") : schema.type;
  switch (type) {
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return true;
    case "array":
      return depth > 6 ? [] : [sample(schema.items, depth + 1)];
    case "object":
    case undefined: {
      if (!schema.properties) return {};
      const out: Json = {};
      for (const key of schema.required ?? []) out[key] = sample(schema.properties[key], depth + 1);
      return out;
    }
    default:
      return schema.format === "date-time" ? "2026-06-01T03:15:00Z" : schema.format === "email" ? "budi@example.com" : schema.format === "uuid" ? "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11" : "x";
  }
}

interface Call {
  method: string;
  path: string;
  init: Json;
}

function calls(count: number): Call[] {
  const byTag = new Map<string, Call[]>();
  for (const [path, rawItem] of Object.entries<Json>(spec.paths)) {
    const item = deref(rawItem);
    for (const method of ["get", "post", "patch", "put", "delete"]) {
      const op = item[method];
      if (!op) continue;
      const media = op.requestBody ? Object.keys(deref(op.requestBody).content ?? {}) : [];
      if (media.length && !media.includes("application/json")) continue; // multipart bodies need FormData
      const params: Json = {};
      for (const p of [...(item.parameters ?? []), ...(op.parameters ?? [])].map(deref)) {
        if (!p.required || p.in === "header") continue;
        (params[p.in] ??= {})[p.name] = sample(p.schema, 1);
      }
      const init: Json = {};
      if (Object.keys(params).length) init.params = params;
      if (op.requestBody) init.body = sample(deref(op.requestBody).content["application/json"].schema);
      const tag = op.tags?.[0] ?? "untagged";
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag)!.push({ method: method.toUpperCase(), path, init });
    }
  }
  const picked: Call[] = [];
  const queues = [...byTag.values()];
  while (picked.length < count && queues.some((q) => q.length)) for (const q of queues) if (q.length && picked.length < count) picked.push(q.shift()!);
  return picked;
}

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    lib: ["ES2022", "DOM", "DOM.Iterable"],
    module: "ESNext",
    moduleResolution: "Bundler",
    allowImportingTsExtensions: true,
    noEmit: true,
    strict: true,
    skipLibCheck: true,
    types: ["node"],
  },
  files: ["index.ts"],
};

function writeFixtures(dir: string, fixtures: Record<string, string>): Record<string, string> {
  const dirs: Record<string, string> = {};
  for (const [name, source] of Object.entries(fixtures)) {
    const fixtureDir = join(dir, name.replace(/\W+/g, "-"));
    mkdirSync(fixtureDir, { recursive: true });
    writeFileSync(join(fixtureDir, "index.ts"), source);
    writeFileSync(join(fixtureDir, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
    dirs[name] = fixtureDir;
  }
  return dirs;
}

/** From a fixture folder under `dir` to a repo file. */
const relFrom = (dir: string) => (path: string) => relative(join(dir, "fixture"), join(root, path));

/**
 * The same typed calls on this package and on bare openapi-fetch, and an empty program. With
 * `readError`, each call's `error` is read (as code that checks its calls does); otherwise the results
 * are not used.
 */
export function writeTypecheckFixtures(dir: string, count = 100, readError = false): Record<string, string> {
  const list = calls(count);
  const lines = (client: string) =>
    list
      .map((c) => `${client}.${c.method}(${JSON.stringify(c.path)}, ${JSON.stringify(c.init)})`)
      .map((call) => (readError ? `  if ((await ${call}).error) return;` : `  await ${call};`))
      .join("\n");
  const rel = relFrom(dir);
  return writeFixtures(dir, {
    // The built package, as an app sees it: declarations from dist/ (bench/run builds it first).
    "scalev client": `import { createScalevClient, paginate } from "${rel("dist/index.js")}";
const scalev = createScalevClient({ apiKey: "sk_x" });
export async function main() {
${lines("scalev")}
  for await (const order of paginate(scalev, "/v3/orders", { params: { query: { status: "shipped" } } })) console.log(order.order_id);
}
`,
    "bare openapi-fetch": `import createClient from "openapi-fetch";
import type { paths } from "${rel("generated/schema.d.ts")}";
const client = createClient<paths>({ baseUrl: "https://api.scalev.com" });
export async function main() {
${lines("client")}
  let cursor: string | undefined;
  do {
    const { data } = await client.GET("/v3/orders", { params: { query: { status: "shipped", next_cursor: cursor } } });
    for (const order of data?.data ?? []) console.log(order.order_id);
    cursor = data?.has_next ? (data.next_cursor ?? undefined) : undefined;
  } while (cursor);
}
`,
    ...(readError ? {} : { "empty program": "export {};\n" }),
  });
}

/**
 * A file with a client and its first cursor loop: through paginate(), or written by hand with the
 * client's GET; and the client alone (what both start from).
 */
export function writeLoopFixtures(dir: string): Record<string, string> {
  const start = (names: string) => `import { ${names} } from "${relFrom(dir)("dist/index.js")}";
const scalev = createScalevClient({ apiKey: "sk_x" });
export async function main() {
`;
  return writeFixtures(dir, {
    "client only": `${start("createScalevClient")}  return scalev;
}
`,
    "hand-written loop": `${start("createScalevClient")}  let cursor: string | undefined;
  do {
    const { data, error } = await scalev.GET("/v3/orders", { params: { query: { status: "shipped", next_cursor: cursor } } });
    if (error) throw error;
    for (const order of data?.data ?? []) console.log(order.order_id);
    cursor = data?.has_next ? (data.next_cursor ?? undefined) : undefined;
  } while (cursor);
}
`,
    "paginate()": `${start("createScalevClient, paginate")}  for await (const order of paginate(scalev, "/v3/orders", { params: { query: { status: "shipped" } } })) console.log(order.order_id);
}
`,
  });
}
