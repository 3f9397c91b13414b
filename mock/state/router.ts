/**
 * How the state reads a request and finds the route that answers it. A request's path template is the
 * most specific one of the spec's paths it matches (a literal segment beats a parameter, as Prism
 * matches: `/v3/orders/statistics` is not `/v3/orders/{id}`); the state answers it when it has a route
 * for that method and template, and a refusal gets a status the operation declares.
 */
import type { Doc } from "./catalog.ts";
import { StateRefusal } from "./refusal.ts";

type Json = any;

/** A request as the state reads it: what a fetch `Request` or a Node request gives, once parsed. */
export interface StateRequest {
  /** Upper-case, as sent: "GET", "POST"… */
  method: string;
  /** The path as sent, percent-escapes and all, without the query. */
  path: string;
  query: URLSearchParams;
  /** A request header by name (any case); undefined when absent. */
  header(name: string): string | undefined;
  /** The parsed JSON body; anything else (undefined, a string) reads as an empty body. */
  body: unknown;
}

/** The state's answer: the status (the spec's, or the one a refusal gets), the JSON body and the guest token. */
export interface StateAnswer {
  status: number;
  body: unknown;
  /** The X-Scalev-Guest-Token to answer with; undefined: answer none (never the spec's example token). */
  guestToken: string | undefined;
}

/** A request matched to a route: the store of its path, its path parameters (percent-decoded), query and body. */
export interface Context {
  store: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Json;
  header(name: string): string | undefined;
}

export interface Answer {
  body: unknown;
  guestToken?: string | undefined;
}

/** A route's answer, or undefined to let the spec's example answer (the request changed nothing). */
export type Handler = (context: Context) => Answer | undefined;
export type RouteTable = [method: string, path: string, run: Handler][];

interface Template {
  path: string;
  pattern: RegExp;
  names: string[];
  /** "1" per literal segment, "0" per parameter: the greater string is the more specific template. */
  specificity: string;
}

function template(path: string): Template {
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}]+\\?\}/g, "([^/]+)")}$`);
  const specificity = path.split("/").map((segment) => (segment.startsWith("{") ? "0" : "1")).join("");
  return { path, pattern, names, specificity };
}

/** A path parameter, percent-decoded; as sent when its escapes are malformed (it then matches nothing). */
const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** The statuses each operation declares, by "METHOD /path/template" (the state keeps no document). */
function declaredStatuses(doc: Doc): Map<string, string[]> {
  const statuses = new Map<string, string[]>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries<Json>(item)) {
      if (operation?.responses) statuses.set(`${method.toUpperCase()} ${path}`, Object.keys(operation.responses));
    }
  }
  return statuses;
}

export interface Router {
  answer(request: StateRequest, acceptedStatus: number): StateAnswer | undefined;
  /** "METHOD /path/template" of every route. */
  readonly routes: string[];
  /** Takes the templates and declared statuses of another version of the spec. */
  setDoc(doc: Doc): void;
}

export function createRouter(table: RouteTable, doc: Doc): Router {
  const handlers = new Map(table.map(([method, path, run]) => [`${method.toUpperCase()} ${path}`, run]));
  let templates: Template[] = [];
  let declared = new Map<string, string[]>();
  const setDoc = (next: Doc) => {
    const paths = new Set([...Object.keys(next.paths), ...table.map(([, path]) => path)]);
    templates = [...paths].map(template);
    declared = declaredStatuses(next);
  };
  setDoc(doc);

  /** The status a refusal gets: one the operation declares. */
  function refusalStatus(route: string, refusal: StateRefusal): number {
    const statuses = declared.get(route) ?? [];
    const candidates = refusal.kind === "not_found" ? ["404", "400", "422"] : ["400", "422"];
    return Number(candidates.find((status) => statuses.includes(status)) ?? candidates[0]);
  }

  function answer(request: StateRequest, acceptedStatus: number): StateAnswer | undefined {
    // A request with a `Prefer` header is never the state's: the spec's examples stay one header away.
    if (request.header("prefer") !== undefined) return undefined;
    let matched: Template | undefined;
    for (const candidate of templates) {
      if (candidate.pattern.test(request.path) && (!matched || candidate.specificity > matched.specificity)) matched = candidate;
    }
    const route = matched && `${request.method} ${matched.path}`;
    const run = route && handlers.get(route);
    if (!matched || !run) return undefined;
    const values = matched.pattern.exec(request.path)!.slice(1).map(decoded);
    const context: Context = {
      store: values[matched.names.indexOf("store_id")] ?? "",
      params: Object.fromEntries(matched.names.map((name, i) => [name, values[i]!])),
      query: request.query,
      body: request.body && typeof request.body === "object" ? request.body : {},
      header: (name) => request.header(name),
    };
    try {
      const result = run(context);
      return result && { status: acceptedStatus, body: result.body, guestToken: result.guestToken };
    } catch (error) {
      if (!(error instanceof StateRefusal)) throw error;
      return { status: refusalStatus(route, error), body: { error: error.message, error_code: error.errorCode }, guestToken: undefined };
    }
  }

  return { answer, routes: [...handlers.keys()], setDoc };
}
