/**
 * Mock Scalev v3 API for frontend work: Prism serving the bundled spec (generated/openapi.json).
 *
 *   make mock                      http://127.0.0.1:4010, answers with the spec's examples
 *   MOCK_PORT=4020 make mock       another port (MOCK_HOST for another interface)
 *   MOCK_DYNAMIC=1 make mock       responses generated from the schemas instead of the examples
 *   MOCK_SPEC=other.json make mock serve another bundled document
 *   npm run mock -- --seed 42      extra arguments go to `prism mock` as they are
 *
 * Prism's defaults do the rest: CORS for every origin, requests validated against the spec (a wrong
 * body gets the spec's 400/422 response, with the reasons in the `sl-violations` header), and the
 * declared security enforced (a missing storefront key or bearer token answers 401).
 * Prism reloads the document when it changes, so `make generate` in another terminal takes effect at
 * once. Ctrl-C (SIGINT) or SIGTERM is passed to Prism; the script exits 0 once Prism has stopped.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { createInterface } from "node:readline";
import { resolveRef } from "./spec-refs.ts";

const root = resolve(import.meta.dirname, "..");
const defaultBundle = join(root, "generated", "openapi.json");
const bundlePath = process.env.MOCK_SPEC ? resolve(process.env.MOCK_SPEC) : defaultBundle;
const specDir = join(root, "spec");
const bin = (name: string) => join(root, "node_modules", ".bin", name);

const host = process.env.MOCK_HOST || "127.0.0.1";
const port = Number(process.env.MOCK_PORT || 4010);
const dynamic = ["1", "true", "yes"].includes((process.env.MOCK_DYNAMIC ?? "").toLowerCase());
const passThrough = process.argv.slice(2);

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`mock: MOCK_PORT must be a port number, got "${process.env.MOCK_PORT}".`);
  process.exit(2);
}

/** Newest modification time of the split spec (spec/**). */
function newestSpecFile(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestSpecFile(path) : statSync(path).mtimeMs);
  }, 0);
}

/** Bundles the spec when generated/openapi.json is missing or older than spec/. */
function ensureBundle() {
  if (bundlePath !== defaultBundle) {
    if (existsSync(bundlePath)) return;
    console.error(`mock: MOCK_SPEC file not found: ${bundlePath}`);
    process.exit(2);
  }
  const missing = !existsSync(bundlePath);
  if (!missing && statSync(bundlePath).mtimeMs >= newestSpecFile(specDir)) return;
  console.log(`mock: ${missing ? "generated/openapi.json is missing" : "spec/ changed since the last bundle"}; regenerating generated/ (npm run generate)…`);
  try {
    execFileSync(bin("tsx"), [join(root, "scripts", "generate.ts")], { cwd: root, stdio: "inherit" });
  } catch {
    if (missing) {
      console.error("mock: could not generate generated/openapi.json (see above); fix spec/ and run `make generate`.");
      process.exit(1);
    }
    console.warn("mock: regeneration failed (see above); serving the previous generated/openapi.json.");
  }
}

type Doc = { paths: Record<string, Record<string, any>>; components?: Record<string, any> };
const METHODS = ["get", "post", "put", "patch", "delete"] as const;

interface Operation {
  method: string;
  path: string;
  op: any;
  pathItem: any;
}

function operations(doc: Doc): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, pathItem]) =>
    METHODS.filter((m) => pathItem[m]).map((method) => ({ method: method.toUpperCase(), path, op: pathItem[method], pathItem })),
  );
}

/** Placeholder credentials: Prism only checks that the declared credential is present. */
const PLACEHOLDER = {
  StorefrontApiKey: "sfpk_test_mock0000000000",
  BusinessBearer: "sk_test_mock0000000000",
  CustomerBearer: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtb2NrLWN1c3RvbWVyIn0.bW9jaw",
} as const;

const HEADER_FOR: Record<string, (value: string) => string> = {
  StorefrontApiKey: (v) => `X-Scalev-Storefront-Api-Key: ${v}`,
  BusinessBearer: (v) => `Authorization: Bearer ${v}`,
  CustomerBearer: (v) => `Authorization: Bearer ${v}`,
};

/** A value for a path parameter: the spec's example, else a plausible id. */
function sampleParam(doc: Doc, param: any): string {
  const p = resolveRef(doc, param);
  const firstNamed = p.examples && Object.values<any>(p.examples)[0];
  const candidates = [p.example, resolveRef(doc, firstNamed)?.value, p.schema?.example, p.schema?.examples?.[0]];
  const found = candidates.find((v) => v !== undefined && v !== null);
  if (found !== undefined) return String(found);
  if (p.name === "store_id") return "store_vlzpML8edzxO5roOdV7Oyfn6";
  return "1";
}

function curlFor(doc: Doc, baseUrl: string, { method, path, op, pathItem }: Operation, extraHeaders: string[] = []): string {
  const params = [...(pathItem.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolveRef(doc, p)).filter((p) => p?.in === "path");
  const url = path.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(sampleParam(doc, params.find((p) => p.name === name) ?? { name })));
  const alternative: string[] = Object.keys(op.security?.find((alt: object) => Object.keys(alt).length > 0) ?? {});
  const headers = [
    ...alternative.filter((s) => HEADER_FOR[s]).map((s) => HEADER_FOR[s]!(PLACEHOLDER[s as keyof typeof PLACEHOLDER])),
    ...extraHeaders,
  ];
  const body = resolveRef(doc, op.requestBody)?.content?.["application/json"];
  const bodyExample = body?.example ?? resolveRef(doc, body?.examples && Object.values<any>(body.examples)[0])?.value;
  const parts = ["curl -s", method === "GET" ? "" : `-X ${method}`, ...headers.map((h) => `-H '${h}'`)];
  if (bodyExample !== undefined) parts.push(`-H 'Content-Type: application/json' -d '${JSON.stringify(bodyExample).replace(/'/g, "'\\''")}'`);
  parts.push(`${baseUrl}${url}`);
  return parts.filter(Boolean).join(" ");
}

const usesScheme = (o: Operation, scheme: string) => (o.op.security ?? []).some((alt: object) => scheme in alt);

/** The preferred route when it is specified (not a stub), else the first specified route of the family. */
function pick(ops: Operation[], preferred: string, family: (o: Operation) => boolean): Operation | undefined {
  const specified = ops.filter((o) => !o.op["x-scalev-stub"]);
  return specified.find((o) => `${o.method} ${o.path}` === preferred) ?? specified.find((o) => o.method === "GET" && family(o)) ?? specified.find(family);
}

/** A route whose 2xx response has several named examples, for the `Prefer: example=` hint. */
function namedExampleRoute(doc: Doc, ops: Operation[]): { op: Operation; names: string[] } | undefined {
  for (const op of ops) {
    for (const [status, response] of Object.entries<any>(op.op.responses ?? {})) {
      if (!status.startsWith("2")) continue;
      const names = Object.keys(resolveRef(doc, response)?.content?.["application/json"]?.examples ?? {});
      if (names.length > 1 && op.method === "GET") return { op, names };
    }
  }
  return undefined;
}

function banner(doc: Doc, baseUrl: string): string {
  const ops = operations(doc);
  const stubs = ops.filter((o) => o.op["x-scalev-stub"]).length;
  const lines = [
    "",
    `Scalev v3 mock (Prism) serving ${ops.length} operations${stubs ? ` (${stubs} still stubs without a response body)` : ""}`,
    `  from ${relative(process.cwd(), bundlePath) || bundlePath}, ${dynamic ? "dynamic: responses generated from the schemas" : "static: the spec's examples"}`,
    `  base URL: ${baseUrl}   (pass it as createScalevClient({ baseUrl }))`,
    "",
  ];
  const samples: [string, Operation | undefined][] = [
    ["Storefront (publishable key)", pick(ops, "GET /v3/stores/{store_id}/public/items", (o) => usesScheme(o, "StorefrontApiKey"))],
    ["Customer (customer JWT)", pick(ops, "GET /v3/stores/{store_id}/customers/me", (o) => usesScheme(o, "CustomerBearer"))],
    ["Business (API key)", pick(ops, "GET /v3/orders", (o) => usesScheme(o, "BusinessBearer"))],
  ];
  for (const [label, op] of samples) {
    lines.push(op ? `  ${label}: ${op.method} ${op.path}\n    ${curlFor(doc, baseUrl, op)}` : `  ${label}: no route of this family is specified yet`);
  }
  const named = namedExampleRoute(doc, ops);
  const notFound = ops.find((o) => !o.op["x-scalev-stub"] && o.method === "GET" && o.op.responses?.["404"]);
  lines.push(
    "",
    "  Pick a response:",
    named
      ? `    Prefer: example=<name>   a named example, e.g. ${named.names.map((n) => `"${n}"`).join(", ")} on ${named.op.method} ${named.op.path}:\n      ${curlFor(doc, baseUrl, named.op, [`Prefer: example=${named.names[1]}`])}`
      : "    Prefer: example=<name>   a named example of the response (names are in the spec's `examples`)",
    notFound
      ? `    Prefer: code=<status>    a declared status, e.g. 404 on ${notFound.method} ${notFound.path}:\n      ${curlFor(doc, baseUrl, notFound, ["Prefer: code=404"])}`
      : "    Prefer: code=<status>    a declared status, e.g. Prefer: code=404",
    "    Prefer: dynamic=true     one response generated from the schema",
    "",
    "  Requests are validated: a wrong body gets the spec's 400/422 answer and the reasons in the",
    "  `sl-violations` response header; a missing credential gets 401. CORS is open to every origin.",
    "  The mock reloads when the document changes (run `make generate` after editing spec/).",
    `  Browser example against it: VITE_SCALEV_BASE_URL=${baseUrl} npx vite examples/storefront`,
    "  Ctrl-C stops the mock.",
    "",
  );
  return lines.join("\n");
}

ensureBundle();
const doc: Doc = JSON.parse(readFileSync(bundlePath, "utf8"));
const baseUrl = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;

// Dynamic mode: without fillProperties=false, json-schema-faker adds random undeclared properties.
const dynamicArgs = passThrough.some((a) => a.startsWith("--json-schema-faker-fillProperties"))
  ? ["-d"]
  : ["-d", "--json-schema-faker-fillProperties=false"];
const args = ["mock", bundlePath, "-h", host, "-p", String(port), ...(dynamic ? dynamicArgs : []), ...passThrough];
const prism = spawn(bin("prism"), args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });

// Prism lists every route at startup; the banner replaces that list. Everything else is passed on.
const routeListing = /\[CLI\].*\binfo\b\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE)\s+https?:\/\//;
createInterface({ input: prism.stdout! }).on("line", (line) => {
  if (routeListing.test(line)) return;
  console.log(line);
  if (/Prism is listening on/.test(line)) console.log(banner(doc, baseUrl));
});
let stderr = "";
createInterface({ input: prism.stderr! }).on("line", (line) => {
  stderr += line + "\n";
  console.error(line);
});

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    if (prism.exitCode === null && prism.signalCode === null) {
      prism.kill(signal);
      setTimeout(() => prism.kill("SIGKILL"), 5000).unref();
    }
  });
}

prism.on("exit", (code, signal) => {
  if (stopping) {
    console.log("mock: stopped.");
    process.exit(0);
  }
  if (/EADDRINUSE/.test(stderr)) console.error(`mock: port ${port} is in use; pick another with MOCK_PORT=<port>.`);
  console.error(`mock: prism exited (${signal ?? `code ${code}`}).`);
  process.exit(code || 1);
});

