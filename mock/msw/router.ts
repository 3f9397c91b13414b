/**
 * Which operation a request is, as Prism's router decides: path templates matched segment by segment
 * (a concrete path wins over a templated one), then the method, then (with `?__server=`) the server.
 * A request that matches nothing gets Prism's problem: 404 no path, 405 no method, 404 no server.
 */
import type { PrismProblem } from "../violations.ts";
import type { ModelOperation, ModelServer } from "./model.ts";

const enum Match {
  None,
  Concrete,
  Templated,
}

export const problemType = (type: string) => `https://stoplight.io/prism/errors#${type}`;

export const prismProblem = (type: string, title: string, status: number, detail: string): PrismProblem => ({ type: problemType(type), title, status, detail });

const isTemplated = (fragment: string) => /{(.+)}/.test(fragment);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function decodeFragment(fragment: string): string {
  try {
    return fragment && decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

function matchPath(requestPath: string, operationPath: string): Match {
  const operation = operationPath.split("/").slice(1).map(decodeFragment);
  const request = requestPath.split("/").slice(1).map(decodeFragment);
  if (operation.length !== request.length) return Match.None;
  let templated = false;
  for (const [i, fragment] of request.entries()) {
    const template = operation[i]!;
    if (!isTemplated(template)) {
      if (template === fragment) continue;
      return Match.None;
    }
    if (!new RegExp(escapeRegExp(template).replace(/\\\{[^\\]+\\\}/g, "(.*)")).test(fragment)) return Match.None;
    templated = true;
  }
  return templated ? Match.Templated : Match.Concrete;
}

function matchServer(server: ModelServer, baseUrl: string): Match {
  const pattern = server.url.replace(/{(.*?)}/g, (_match, name: string) => {
    const values = server.variables?.[name];
    if (!values) throw new Error(`Variable '${name}' is not defined, cannot parse input.`);
    return `(${values.length ? [...values].sort((a, b) => b.length - a.length).join("|") : ".*?"})`;
  });
  const found = new RegExp(`^${pattern}$`).exec(baseUrl);
  return found ? (found.length > 1 ? Match.Templated : Match.Concrete) : Match.None;
}

/** Prism's score: equal segments count 1, templated ones 0.5, up to the first that differs. */
function score(endpoint: string, request: string): number {
  const endpointParts = endpoint.split("/");
  const requestParts = request.split("/");
  let total = 0;
  for (let i = 0; i < endpointParts.length; i++) {
    if (endpointParts[i] === requestParts[i]) total++;
    else if (isTemplated(endpointParts[i]!)) total += 0.5;
    else break;
  }
  return total;
}

interface Candidate {
  operation: ModelOperation;
  path: Match;
  method: boolean;
  server?: Match;
}

export function route(operations: ModelOperation[], method: string, path: string, baseUrl: string | undefined): { operation: ModelOperation } | { problem: PrismProblem } {
  // Prism sorts by score, ascending and stable, then reverses the whole list.
  const sorted = operations
    .map((operation, index) => ({ operation, index, score: score(operation.path, path) }))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .reverse()
    .map(({ operation }) => operation);
  const candidates: Candidate[] = [];
  for (const operation of sorted) {
    const pathMatch = matchPath(path, operation.path);
    const methodMatch = pathMatch !== Match.None && operation.method.toLowerCase() === method.toLowerCase();
    const candidate: Candidate = { operation, path: pathMatch, method: methodMatch };
    if (methodMatch && baseUrl && operation.servers.length > 0) {
      const matches = operation.servers.map((server) => matchServer(server, baseUrl)).filter((match) => match !== Match.None);
      candidate.server = matches.find((match) => match === Match.Concrete) ?? matches[0] ?? Match.None;
    }
    candidates.push(candidate);
  }
  const pathMatches = candidates.filter((c) => c.path !== Match.None);
  if (pathMatches.length === 0) {
    return { problem: prismProblem("NO_PATH_MATCHED_ERROR", "Route not resolved, no path matched", 404, `The route ${path} hasn't been found in the specification file`) };
  }
  let matches = pathMatches.filter((c) => c.method);
  if (matches.length === 0) {
    return {
      problem: prismProblem("NO_METHOD_MATCHED_ERROR", "Route resolved, but no method matched", 405, `The route ${path} has been matched, but it does not have "${method.toLowerCase()}" method defined`),
    };
  }
  if (baseUrl) {
    if (sorted.every((operation) => operation.servers.length === 0)) {
      return {
        problem: prismProblem("NO_SERVER_CONFIGURATION_PROVIDED_ERROR", "Route not resolved, no server configuration provided", 404, `No server configuration has been provided, although ${baseUrl} is set as server url`),
      };
    }
    matches = matches.filter((c) => c.server !== undefined && c.server !== Match.None);
    if (matches.length === 0) {
      return { problem: prismProblem("NO_SERVER_MATCHED_ERROR", "Route not resolved, no server matched", 404, `The server url ${baseUrl} hasn't been matched with any of the provided servers`) };
    }
  }
  const is = (c: Candidate, server: Match, pathMatch: Match) => (c.server === undefined ? c.path === pathMatch : c.server === server && c.path === pathMatch);
  const chosen =
    matches.find((c) => is(c, Match.Concrete, Match.Concrete)) ??
    matches.find((c) => is(c, Match.Templated, Match.Concrete)) ??
    matches.find((c) => is(c, Match.Concrete, Match.Templated)) ??
    matches[0]!;
  return { operation: chosen.operation };
}
