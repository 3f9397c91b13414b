/**
 * Renders generated/routes.ts from the bundled spec: which credentials each operation takes and, for
 * cursor-paginated GETs, the documented page_size maximum. The client picks credentials from this table
 * instead of matching paths by hand.
 *
 * The table is bundled into apps, so it is compact: operations that take the business bearer (most of
 * them) are not listed; every other operation is listed once, under its security requirement.
 */
import { resolveRef } from "./spec-refs.ts";

type Json = any;
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Security of operations that are not listed in the generated table. */
export const DEFAULT_SECURITY = "BusinessBearer";

/** Does this schema (through refs, allOf, anyOf or oneOf) declare the cursor envelope `is_paginated: true` (`const` or a one-value `enum`)? */
export function isCursorPage(doc: Json, schema: Json): boolean {
  const resolved = resolveRef(doc, schema);
  if (!resolved || typeof resolved !== "object") return false;
  const flag = resolveRef(doc, resolved.properties?.is_paginated);
  if (flag?.const === true || (Array.isArray(flag?.enum) && flag.enum.length === 1 && flag.enum[0] === true)) return true;
  return [...(resolved.allOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])].some((part: Json) => isCursorPage(doc, part));
}

export interface RouteInfo {
  /** Alternatives: the request must satisfy every scheme of one inner list; [] means no credential. */
  security: string[][];
  /** OAuth scopes the business bearer alternative lists (business routes only; [] when none is named). */
  scopes?: string[];
  pageSizeMax?: number;
  /** Declares the `b_uid` business selector query parameter. */
  businessSelector: boolean;
}

/** Every operation of the spec, keyed by "METHOD /templated/path". */
export function routeTable(doc: Json): Record<string, RouteInfo> {
  const table: Record<string, RouteInfo> = {};
  for (const [path, rawItem] of Object.entries<Json>(doc.paths ?? {})) {
    const item = resolveRef(doc, rawItem);
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const requirements: Json[] = op.security ?? doc.security ?? [];
      const security = requirements.map((alt: Json) => Object.keys(alt));
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Json) => resolveRef(doc, p));
      const info: RouteInfo = { security, businessSelector: params.some((p: Json) => p.in === "query" && p.name === "b_uid") };
      const business = requirements.find((alt: Json) => DEFAULT_SECURITY in alt);
      if (business) info.scopes = business[DEFAULT_SECURITY];
      const ok = resolveRef(doc, op.responses?.["200"]);
      const okSchema = ok?.content?.["application/json"]?.schema;
      if (method === "get" && okSchema && isCursorPage(doc, okSchema)) {
        const pageSize = params.find((p: Json) => p.in === "query" && p.name === "page_size");
        const maximum = pageSize?.schema?.maximum;
        if (typeof maximum === "number") info.pageSizeMax = maximum;
      }
      table[`${method.toUpperCase()} ${path}`] = info;
    }
  }
  return table;
}

/** "A+B|C": alternatives separated by "|", the schemes of one alternative by "+"; "" = no credential. */
export const encodeSecurity = (security: string[][]) => security.map((alt) => alt.join("+")).join("|");

interface TrieNode {
  /** Encoded security by method, for the operation at exactly this path. */
  ops: Map<string, string>;
  children: Map<string, TrieNode>;
}

/**
 * Compresses the per-operation security into path rules: a rule "/a/b" covers /a/b and every path
 * below it, "METHOD /a/b" one operation; the most specific rule wins and operations matched by none
 * take DEFAULT_SECURITY. The rule set is the smallest that reproduces the spec exactly (a unit test
 * checks every operation), preferring to inherit the rule above on ties; a path missing from the spec
 * inherits the credentials of its family (e.g. /v3/stores/{store_id}/public/*).
 */
export function securityRules(table: Record<string, RouteInfo>): Record<string, string> {
  const root: TrieNode = { ops: new Map(), children: new Map() };
  for (const [key, info] of Object.entries(table)) {
    const [method, path] = key.split(" ") as [string, string];
    let node = root;
    for (const segment of path.split("/").slice(1)) {
      if (!node.children.has(segment)) node.children.set(segment, { ops: new Map(), children: new Map() });
      node = node.children.get(segment)!;
    }
    node.ops.set(method, encodeSecurity(info.security));
  }
  const valuesBelow = (node: TrieNode, values = new Set<string>()): Set<string> => {
    for (const value of node.ops.values()) values.add(value);
    for (const child of node.children.values()) valuesBelow(child, values);
    return values;
  };
  // Fewest rules for a subtree whose parent rule is `inherited`, and the rule value chosen for it.
  const memo = new Map<TrieNode, Map<string, { cost: number; value: string }>>();
  const best = (node: TrieNode, inherited: string): { cost: number; value: string } => {
    const cached = memo.get(node)?.get(inherited);
    if (cached) return cached;
    let result = { cost: Infinity, value: inherited };
    for (const value of [inherited, ...[...valuesBelow(node)].sort()]) {
      let cost = value === inherited ? 0 : 1;
      for (const security of node.ops.values()) if (security !== value) cost++;
      for (const child of node.children.values()) cost += best(child, value).cost;
      if (cost < result.cost) result = { cost, value };
    }
    if (!memo.has(node)) memo.set(node, new Map());
    memo.get(node)!.set(inherited, result);
    return result;
  };
  const rules: Record<string, string> = {};
  const emit = (node: TrieNode, path: string, inherited: string) => {
    const { value } = best(node, inherited);
    if (value !== inherited) rules[path] = value;
    for (const [method, security] of node.ops) if (security !== value) rules[`${method} ${path}`] = security;
    for (const [segment, child] of node.children) emit(child, `${path}/${segment}`, value);
  };
  for (const [segment, child] of root.children) emit(child, `/${segment}`, DEFAULT_SECURITY);
  return rules;
}

export function renderRouteTable(doc: Json): string {
  const table = routeTable(doc);
  const rules = securityRules(table);
  const pageSizes = Object.entries(table).filter(([, info]) => info.pageSizeMax !== undefined);
  const withoutSelector = Object.entries(table).filter(
    ([, info]) => !info.businessSelector && info.security.some((alternative) => alternative.includes(DEFAULT_SECURITY)),
  );
  const schemes = Object.keys(doc.components?.securitySchemes ?? {});
  return `// Generated by scripts/generate.ts from the bundled spec. Do not edit.
/** Security scheme names the spec declares. */
export type SecurityScheme = ${schemes.length ? schemes.map((s) => JSON.stringify(s)).join(" | ") : "never"};

/**
 * Security requirements as path rules: "/a/b" covers /a/b and every path below it, "METHOD /a/b" a
 * single operation; the most specific rule wins ("METHOD /a/b", then "/a/b", then "/a"). Values:
 * alternatives separated by "|", the schemes of one alternative joined by "+", "" for no credential.
 * Operations no rule matches take ${JSON.stringify(DEFAULT_SECURITY)}.
 */
export const securityRules: Readonly<Record<string, string>> = {
${Object.entries(rules)
  .map(([rule, security]) => `  ${JSON.stringify(rule)}: ${JSON.stringify(security)},`)
  .join("\n")}
};

/** Business-bearer operations that do not take the \`b_uid\` business selector (e.g. GET /v3/me). */
export const withoutBusinessSelector: readonly string[] = [
${withoutSelector.map(([key]) => `  ${JSON.stringify(key)},`).join("\n")}
];

/** Documented page_size maximum of cursor-paginated GETs, by "METHOD /templated/path". */
export const pageSizeMax: Readonly<Record<string, number>> = {
${pageSizes.map(([key, info]) => `  ${JSON.stringify(key)}: ${info.pageSizeMax},`).join("\n")}
};
`;
}

/**
 * generated/scopes.ts: the OAuth scopes of every business operation. Kept out of routes.ts so that
 * apps which never look scopes up (a browser storefront) do not carry the table.
 */
export function renderScopeTable(doc: Json): string {
  const rows = Object.entries(routeTable(doc)).filter(([, info]) => info.scopes !== undefined);
  return `// Generated by scripts/generate.ts from the bundled spec. Do not edit.
/**
 * OAuth scopes each business operation needs, by "METHOD /templated/path", space-separated; "" where
 * neither the contract nor the documentation names one.
 */
export const operationScopes: Readonly<Record<string, string>> = {
${rows.map(([key, info]) => `  ${JSON.stringify(key)}: ${JSON.stringify(info.scopes!.join(" "))},`).join("\n")}
};
`;
}
