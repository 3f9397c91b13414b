/**
 * `make docs`: a static HTML reference of every operation and webhook of the bundled spec
 * (generated/openapi.json), built with Redocly's `build-docs` into build/api-reference/index.html,
 * Redoc's scripts inlined so it opens offline.
 *
 * Redoc shows an operation's security requirement (with the scopes), but shows nothing for a route that
 * takes no credential, and no hint that a business route documents no scope. So the reference is built
 * from a copy of the spec (build/api-reference/openapi.json) whose operation descriptions start with one
 * line naming the credential and the OAuth scope; the committed spec is not touched.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./documents.ts";

type Json = any;
type Requirement = Record<string, string[]>;

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
export const referenceDir = join(root, "build", "api-reference");
export const referencePage = join(referenceDir, "index.html");

/** Each operation of a section of the document (`paths` or `webhooks`), for the caller to edit in place. */
export function operationsOf(spec: Json, section: "paths" | "webhooks"): { method: string; path: string; operation: Json }[] {
  return Object.entries<Json>(spec[section] ?? {}).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ method, path, operation: item[method] })),
  );
}

/** How a request carries a scheme's credential, e.g. `X-Scalev-Page-Api-Key` or `Authorization: Bearer`. */
function carrier(scheme: Json): string {
  if (scheme.type === "apiKey") return `\`${scheme.name}\` ${scheme.in}`;
  if (scheme.type === "http") return `\`Authorization: ${scheme.scheme[0].toUpperCase()}${scheme.scheme.slice(1)}\``;
  return scheme.type;
}

/**
 * The line that opens an operation's description: the credentials it takes (those in every alternative
 * are required, the others optional) and, on a scheme that carries OAuth scopes elsewhere in the
 * document, the scopes it needs.
 */
export function credentialLine(security: Requirement[] | undefined, schemes: Record<string, Json>, scopedSchemes: Set<string>): string {
  if (security === undefined) return "";
  if (security.length === 0) return "**Credential:** none (this route takes no credential header).";
  const names = [...new Set(security.flatMap((requirement) => Object.keys(requirement)))];
  const required = names.filter((name) => security.every((requirement) => name in requirement));
  const describe = (name: string) => `\`${name}\` (${carrier(schemes[name])})`;
  const parts = [
    ...required.map(describe),
    ...names.filter((name) => !required.includes(name)).map((name) => `optional ${describe(name)}`),
  ];
  let line = `**Credential:** ${parts.join(", ")}.`;
  if (required.some((name) => scopedSchemes.has(name))) {
    const scopes = [...new Set(security.flatMap((requirement) => Object.values(requirement).flat()))];
    line += scopes.length > 0 ? ` **OAuth scope:** ${scopes.map((scope) => `\`${scope}\``).join(", ")}.` : " **OAuth scope:** none documented.";
  }
  return line;
}

/** The docs build's copy of the spec: every operation's description opens with its credential line
 * (webhooks are sent by Scalev, signed, with no credential of the reader's: they are left as they are). */
export function referenceSpec(spec: Json): Json {
  const copy = structuredClone(spec);
  const schemes = copy.components?.securitySchemes ?? {};
  const operations = operationsOf(copy, "paths");
  const scopedSchemes = new Set(
    operations.flatMap(({ operation }) =>
      (operation.security ?? []).flatMap((requirement: Requirement) =>
        Object.entries(requirement).filter(([, scopes]) => scopes.length > 0).map(([name]) => name),
      ),
    ),
  );
  for (const { operation } of operations) {
    const line = credentialLine(operation.security ?? copy.security, schemes, scopedSchemes);
    if (line) operation.description = operation.description ? `${line}\n\n${operation.description}` : line;
  }
  return copy;
}

if (import.meta.filename === process.argv[1]) {
  const spec = JSON.parse(readFileSync(join(root, "generated", "openapi.json"), "utf8"));
  mkdirSync(referenceDir, { recursive: true });
  const specCopy = join(referenceDir, "openapi.json");
  writeFileSync(specCopy, `${JSON.stringify(referenceSpec(spec), null, 2)}\n`);
  const build = spawnSync(
    join(root, "node_modules", ".bin", "redocly"),
    ["build-docs", specCopy, "--inlineBundle", "--title", "Scalev v3 API reference", "--output", referencePage],
    { cwd: root, encoding: "utf8", env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } },
  );
  // Redocly's output is a banner and a success line: shown only when the build fails.
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout}${build.stderr}`);
    process.exit(1);
  }
  console.log(`docs: ${operationsOf(spec, "paths").length} operations and ${operationsOf(spec, "webhooks").length} webhooks → ${referencePage.slice(root.length + 1)}`);
}
