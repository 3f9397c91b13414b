/**
 * Renders generated/routes.ts from the bundled spec: everything the client needs to know about an
 * operation (src/route.ts reads it): the credentials it takes and how each travels, the rate-limit
 * family it counts against when that is not its credential's, whether it takes the `b_uid` business
 * selector, which credentials its answers hand back (and with which status), and for cursor-paginated GETs the documented
 * page_size maximum and the path type paginate() accepts.
 *
 * The table is bundled into apps, so it is compact: facts shared by a whole subtree of paths are one
 * path rule, and the common case (the business bearer) is not listed at all.
 */
import { resolveRef } from "./spec-refs.ts";

type Json = any;
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Security of operations that are not listed in the generated table. */
export const DEFAULT_SECURITY = "BusinessBearer";

/**
 * Tags whose operations count against a rate-limit budget of their own (the tag's description documents
 * the cap): Web Analytics has an extra 600 requests/hour per credential.
 */
const FAMILY_OF_TAG: Record<string, string> = { "Web Analytics": "WebAnalytics" };

/** `checkout_intent_token` for the CheckoutIntentToken scheme: the body field that hands a scheme's credential back. */
const fieldOf = (scheme: string) => scheme.replace(/(?<=[a-z])(?=[A-Z])/g, "_").toLowerCase();

/** Top-level properties of a schema, through refs, allOf, anyOf and oneOf. */
function propertiesOf(doc: Json, schema: Json, seen = new Set<Json>()): string[] {
  const resolved = resolveRef(doc, schema);
  if (!resolved || typeof resolved !== "object" || seen.has(resolved)) return [];
  seen.add(resolved);
  const parts = [...(resolved.allOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])];
  return [...Object.keys(resolved.properties ?? {}), ...parts.flatMap((part: Json) => propertiesOf(doc, part, seen))];
}

/** Does this schema (through refs, allOf, anyOf or oneOf) declare the cursor envelope `is_paginated: true` (`const` or a one-value `enum`)? */
export function isCursorPage(doc: Json, schema: Json): boolean {
  const resolved = resolveRef(doc, schema);
  if (!resolved || typeof resolved !== "object") return false;
  const flag = resolveRef(doc, resolved.properties?.is_paginated);
  if (flag?.const === true || (Array.isArray(flag?.enum) && flag.enum.length === 1 && flag.enum[0] === true)) return true;
  return [...(resolved.allOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])].some((part: Json) => isCursorPage(doc, part));
}

export interface HandBackInfo {
  status: string;
  scheme: string;
  header?: string;
  field?: string;
}

export interface RouteInfo {
  /** Alternatives: the request must satisfy every scheme of one inner list; [] means no credential. */
  security: string[][];
  /** OAuth scopes the business bearer alternative lists (business routes only; [] when none is named). */
  scopes?: string[];
  pageSizeMax?: number;
  /** Declares the `b_uid` business selector query parameter. */
  businessSelector: boolean;
  /** The rate-limit family, when the operation's tag gives it one of its own. */
  family?: string;
  /** Credentials its answers hand back: the status that declares it, the scheme, and the header or body field. */
  handBacks: HandBackInfo[];
  /** A GET whose 200 JSON body is a cursor page. */
  cursorPage: boolean;
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
      const info: RouteInfo = {
        security,
        businessSelector: params.some((p: Json) => p.in === "query" && p.name === "b_uid"),
        handBacks: handBacks(doc, op),
        cursorPage: false,
      };
      const business = requirements.find((alt: Json) => DEFAULT_SECURITY in alt);
      if (business) info.scopes = business[DEFAULT_SECURITY];
      const family = (op.tags ?? []).map((tag: string) => FAMILY_OF_TAG[tag]).find(Boolean);
      if (family) info.family = family;
      const ok = resolveRef(doc, op.responses?.["200"]);
      const okSchema = ok?.content?.["application/json"]?.schema;
      if (method === "get" && okSchema && isCursorPage(doc, okSchema)) {
        info.cursorPage = true;
        const pageSize = params.find((p: Json) => p.in === "query" && p.name === "page_size");
        const maximum = pageSize?.schema?.maximum;
        if (typeof maximum === "number") info.pageSizeMax = maximum;
      }
      table[`${method.toUpperCase()} ${path}`] = info;
    }
  }
  return table;
}

/**
 * Credentials of header schemes that an answer of `op` hands back, with the status that declares it:
 * the scheme's header among the answer's headers, or a 2xx JSON body field named after the scheme
 * (snake_case of its name).
 */
function handBacks(doc: Json, op: Json): HandBackInfo[] {
  const schemes = Object.entries<Json>(doc.components?.securitySchemes ?? {})
    .map(([name, scheme]) => [name, resolveRef(doc, scheme)] as const)
    .filter(([, scheme]) => scheme?.in === "header");
  const found: HandBackInfo[] = [];
  for (const [status, rawResponse] of Object.entries<Json>(op.responses ?? {})) {
    const response = resolveRef(doc, rawResponse);
    const headers = Object.keys(response?.headers ?? {}).map((name) => name.toLowerCase());
    const fields = /^2\d\d$/.test(status) ? new Set(propertiesOf(doc, response?.content?.["application/json"]?.schema)) : new Set<string>();
    for (const [name, scheme] of schemes) {
      if (headers.includes(String(scheme.name).toLowerCase())) found.push({ status, scheme: name, header: String(scheme.name).toLowerCase() });
      if (fields.has(fieldOf(name))) found.push({ status, scheme: name, field: fieldOf(name) });
    }
  }
  return found;
}

/** "201 CheckoutIntentToken body:checkout_intent_token" or "200 GuestToken header:x-scalev-guest-token". */
const encodeHandBack = ({ status, scheme, header, field }: HandBackInfo) => `${status} ${scheme} ${header ? `header:${header}` : `body:${field}`}`;

/** "A+B|C": alternatives separated by "|", the schemes of one alternative by "+"; "" = no credential. */
export const encodeSecurity = (security: string[][]) => security.map((alt) => alt.join("+")).join("|");

interface TrieNode {
  /** The value by method, for the operation at exactly this path. */
  ops: Map<string, string>;
  children: Map<string, TrieNode>;
}

/**
 * Compresses a value per operation into path rules: a rule "/a/b" covers /a/b and every path below
 * it, "METHOD /a/b" one operation; the most specific rule wins and operations matched by none take
 * `fallback`. The rule set is the smallest that reproduces the spec exactly (a unit test checks every
 * operation), preferring to inherit the rule above on ties; a path missing from the spec inherits the
 * value of its subtree (e.g. the credentials of /v3/stores/{store_id}/public/*).
 */
export function pathRules(values: Record<string, string>, fallback: string): Record<string, string> {
  const root: TrieNode = { ops: new Map(), children: new Map() };
  for (const [key, value] of Object.entries(values)) {
    const [method, path] = key.split(" ") as [string, string];
    let node = root;
    for (const segment of path.split("/").slice(1)) {
      if (!node.children.has(segment)) node.children.set(segment, { ops: new Map(), children: new Map() });
      node = node.children.get(segment)!;
    }
    node.ops.set(method, value);
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
  for (const [segment, child] of root.children) emit(child, `/${segment}`, fallback);
  return rules;
}

const valuesOf = (table: Record<string, RouteInfo>, value: (info: RouteInfo) => string) =>
  Object.fromEntries(Object.entries(table).map(([key, info]) => [key, value(info)]));

/** Security requirements as path rules (operations matched by none take DEFAULT_SECURITY). */
export const securityRules = (table: Record<string, RouteInfo>) => pathRules(valuesOf(table, (info) => encodeSecurity(info.security)), DEFAULT_SECURITY);

/** Rate-limit families given by a tag, as path rules ("" where the credential decides). */
export const familyRules = (table: Record<string, RouteInfo>) => pathRules(valuesOf(table, (info) => info.family ?? ""), "");

/** How a scheme's credential travels: "Authorization: Bearer" or the header name. */
function schemeTransport(doc: Json, scheme: Json): string {
  const resolved = resolveRef(doc, scheme);
  if (resolved?.type === "http" && String(resolved.scheme).toLowerCase() === "bearer") return "Authorization: Bearer";
  if (resolved?.type === "apiKey" && resolved.in === "header") return resolved.name;
  throw new Error(`Security scheme ${JSON.stringify(scheme)}: only bearer and header API-key schemes are supported.`);
}

const rulesTable = (rules: Record<string, string>) =>
  `{\n${Object.entries(rules)
    .map(([rule, value]) => `  ${JSON.stringify(rule)}: ${JSON.stringify(value)},`)
    .join("\n")}\n}`;

export function renderRouteTable(doc: Json): string {
  const table = routeTable(doc);
  const entries = Object.entries(table);
  const pageSizes = entries.filter(([, info]) => info.pageSizeMax !== undefined);
  const storefrontPageSizes = pageSizes.filter(([, info]) => !info.security.some((alternative) => alternative.includes(DEFAULT_SECURITY)));
  const withoutSelector = entries.filter(([, info]) => !info.businessSelector && info.security.some((alternative) => alternative.includes(DEFAULT_SECURITY)));
  const handingBack = entries.filter(([, info]) => info.handBacks.length > 0);
  const cursorPaths = [...new Set(entries.filter(([, info]) => info.cursorPage).map(([key]) => key.slice("GET ".length)))];
  const schemes = Object.entries<Json>(doc.components?.securitySchemes ?? {});
  return `// Generated by scripts/generate.ts from the bundled spec. Do not edit.
/** Security scheme names the spec declares. */
export type SecurityScheme = ${schemes.length ? schemes.map(([name]) => JSON.stringify(name)).join(" | ") : "never"};

/** How each scheme's credential travels: "Authorization: Bearer" (a bearer token) or the name of its header. */
export const schemeTransport: Readonly<Record<SecurityScheme, string>> = {
${schemes.map(([name, scheme]) => `  ${name}: ${JSON.stringify(schemeTransport(doc, scheme))},`).join("\n")}
};

/**
 * Security requirements as path rules: "/a/b" covers /a/b and every path below it, "METHOD /a/b" a
 * single operation; the most specific rule wins ("METHOD /a/b", then "/a/b", then "/a"). Values:
 * alternatives separated by "|", the schemes of one alternative joined by "+", "" for no credential.
 * Operations no rule matches take ${JSON.stringify(DEFAULT_SECURITY)}.
 */
export const securityRules: Readonly<Record<string, string>> = ${rulesTable(securityRules(table))};

/**
 * Rate-limit families that are not the credential's (the operations' tag documents a budget of their
 * own), as path rules read like securityRules; "" (and no rule) leaves the credential's family.
 */
export const familyRules: Readonly<Record<string, string>> = ${rulesTable(familyRules(table))};

/** Business-bearer operations that do not take the \`b_uid\` business selector (e.g. GET /v3/me). */
export const withoutBusinessSelector: readonly string[] = [
${withoutSelector.map(([key]) => `  ${JSON.stringify(key)},`).join("\n")}
];

/**
 * Operations whose answers hand a credential back, and only with the statuses the spec declares it on:
 * "status Scheme header:name" (a response header) or "status Scheme body:field" (a field of the JSON
 * body), several separated by ", ".
 */
export const handBacks: Readonly<Record<string, string>> = {
${handingBack.map(([key, info]) => `  ${JSON.stringify(key)}: ${JSON.stringify(info.handBacks.map(encodeHandBack).join(", "))},`).join("\n")}
};

/** Documented page_size maximum of cursor-paginated GETs, by "METHOD /templated/path". */
export const pageSizeMax: Readonly<Record<string, number>> = {
${pageSizes.map(([key, info]) => `  ${JSON.stringify(key)}: ${info.pageSizeMax},`).join("\n")}
};

/** The same for the operations a client without business credentials can call (the storefront entry's paginate()). */
export const storefrontPageSizeMax: Readonly<Record<string, number>> = {
${storefrontPageSizes.map(([key, info]) => `  ${JSON.stringify(key)}: ${info.pageSizeMax},`).join("\n")}
};

/** GET paths whose 200 JSON body is a cursor page: what paginate() takes on a ScalevClient. */
export type CursorPaginatedPath =
${cursorPaths.map((path) => `  | ${JSON.stringify(path)}`).join("\n")};
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
