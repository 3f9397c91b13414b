/**
 * Everything the spec says about an operation, in one place: the credentials it takes, the rate-limit
 * family it counts against, whether it takes the `b_uid` business selector, which credentials its
 * answer hands back, and whether its 403 names OAuth scopes. Read from generated/routes.ts
 * (scripts/route-table.ts); no other module matches a path or a family name.
 */
import { familyRules, handBacks, securityRules, withoutBusinessSelector, type SecurityScheme } from "../generated/routes.ts";
import { ScalevConfigError } from "./errors.ts";

/** Alternatives of schemes that must all be present; [] means no credential. */
export type Security = readonly (readonly SecurityScheme[])[];

/** A credential an answer with `status` hands back: in a header, or in a field of the JSON body. */
export interface HandBack {
  status: number;
  scheme: SecurityScheme;
  header?: string;
  field?: string;
}

export interface Route {
  readonly method: string;
  readonly schemaPath: string;
  readonly security: Security;
  /** The rate-limit bucket the operation spends (src/rate-limit.ts keeps one per family). */
  readonly family: string;
  /**
   * The credential's family, when `family` is an extra cap on top of it (Web Analytics: 600 an hour,
   * on top of the business limits): the operation spends both buckets.
   */
  readonly alsoSpends: string | undefined;
  /** Takes the `b_uid` business selector (business routes, except a few such as GET /v3/me). */
  readonly takesBusinessSelector: boolean;
  /** Credentials its answers hand back (only with the statuses the spec declares them on), kept by the client for later calls. */
  readonly handsBack: readonly HandBack[];
  /** A 403 names the OAuth scopes the operation needs (looked up in the scope table). */
  readonly namesScopes: boolean;
  /** Has `{name}` path parameters. */
  readonly templated: boolean;
}

/** The most specific of the path rules for an operation: "METHOD /a/b", then "/a/b", then "/a". */
function ruleFor(rules: Readonly<Record<string, string>>, method: string, schemaPath: string): string | undefined {
  let rule = rules[`${method} ${schemaPath}`];
  for (let path = schemaPath; rule === undefined && path; path = path.slice(0, path.lastIndexOf("/"))) rule = rules[path];
  return rule;
}

/** A rate-limit family per credential: the API keeps a bucket per kind of credential. */
const CREDENTIAL_FAMILIES: readonly SecurityScheme[] = ["StorefrontApiKey", "PageApiKey", "CustomerBearer", "BusinessBearer"];

/** "201 CheckoutIntentToken body:checkout_intent_token, …" (generated/routes.ts) as HandBacks. */
const readHandBacks = (encoded: string | undefined): readonly HandBack[] =>
  encoded
    ? encoded.split(", ").map((handBack) => {
        const [status, scheme, where] = handBack.split(" ") as [string, SecurityScheme, string];
        const [kind, name] = where.split(":") as ["header" | "body", string];
        return kind === "header" ? { status: Number(status), scheme, header: name } : { status: Number(status), scheme, field: name };
      })
    : [];

/** The facts every client reads: the credentials, the credential's family, the hand-backs. */
function readRoute(method: string, schemaPath: string): Route {
  const rule = ruleFor(securityRules, method, schemaPath) ?? "BusinessBearer";
  const security: Security = rule === "" ? [] : rule.split("|").map((alternative) => alternative.split("+") as SecurityScheme[]);
  const schemes = security.flat();
  return {
    method,
    schemaPath,
    security,
    family: CREDENTIAL_FAMILIES.find((scheme) => schemes.includes(scheme)) || "none",
    alsoSpends: undefined,
    takesBusinessSelector: false,
    handsBack: readHandBacks(handBacks[`${method} ${schemaPath}`]),
    namesScopes: false,
    templated: schemaPath.includes("{"),
  };
}

/**
 * What business routes add: a family of their own for some (Web Analytics, whose calls spend the
 * credential's family too), the `b_uid` selector, the scopes a 403 names.
 */
function readBusinessRoute(method: string, schemaPath: string): Route {
  const route = readRoute(method, schemaPath);
  const ownFamily = ruleFor(familyRules, method, schemaPath) || undefined;
  const business = route.security.some((alternative) => alternative.includes("BusinessBearer"));
  return {
    ...route,
    family: ownFamily ?? route.family,
    alsoSpends: ownFamily && route.family !== "none" ? route.family : undefined,
    takesBusinessSelector: business && !withoutBusinessSelector.includes(`${method} ${schemaPath}`),
    namesScopes: business,
  };
}

/** The facts of an operation by method (upper case) and templated path, read once per operation. */
export type RouteOf = (method: string, schemaPath: string) => Route;

const MAX_CACHED_PATHS = 1_000;
function cached(read: RouteOf): RouteOf {
  const routes = new Map<string, Record<string, Route>>();
  return (method, schemaPath) => {
    let byMethod = routes.get(schemaPath);
    if (!byMethod) {
      // Paths are templates, so few; a caller passing concrete paths must not grow the cache forever.
      if (routes.size >= MAX_CACHED_PATHS) routes.clear();
      routes.set(schemaPath, (byMethod = Object.create(null) as Record<string, Route>));
    }
    return (byMethod[method] ??= read(method, schemaPath));
  };
}

/** The route of an operation; a path missing from the spec takes the facts of its subtree. */
export const routeOf: RouteOf = /* @__PURE__ */ cached(readBusinessRoute);

/**
 * The storefront entry's routes: the same facts without the business ones, and a business route
 * (one only a business credential opens) refused before anything is sent.
 */
export const storefrontRouteOf: RouteOf = /* @__PURE__ */ cached((method, schemaPath) => {
  const route = readRoute(method, schemaPath);
  if (route.security.length && route.security.every((alternative) => alternative.includes("BusinessBearer"))) {
    throw new ScalevConfigError(`${method} ${schemaPath} is a business route: call it with createScalevClient from "scalev-v3-client", not the storefront client.`);
  }
  return route;
});
