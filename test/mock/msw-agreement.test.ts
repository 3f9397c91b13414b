/**
 * The MSW handlers (scalev-v3-mock/msw, `setupServer` in this process) and the HTTP mock (the built
 * `scalev-mock` command, Prism inside) answer the same requests alike: every request of the corpus
 * (msw-corpus.ts: valid and invalid requests to every operation, credentials missing, Prefer and Accept,
 * routes that do not exist, the stateful storefront's flows, the back office's flows on the same state)
 * goes to both, in the same order, and each pair of answers must have the same status, the same body (the
 * pictures' origin aside, and what the state makes up: new ids, secret slugs, order codes, times) and the
 * same Content-Type and guest-token header.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScalevHandlers } from "../../mock/msw/index.ts";
import { createStorefrontState } from "../../mock/state/storefront.ts";
import { buildCorpus, type CorpusRequest } from "./msw-corpus.ts";
import { responseChecker, routeMatcher } from "./response-schema.ts";
import { startMock, type RunningMock } from "./mock-process.ts";

const doc = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../generated/openapi.json"), "utf8"));
const MSW_BASE = "http://scalev-msw.test";
const corpus = buildCorpus(doc);

let mock: RunningMock;
const scalev = createScalevHandlers({ baseUrl: MSW_BASE });
const server = setupServer(...scalev.handlers);
beforeAll(async () => {
  mock = await startMock();
  server.listen({ onUnhandledRequest: "bypass" });
});
afterAll(async () => {
  server.close();
  expect(await mock?.stop()).toEqual({ code: 0, signal: null, leftBehind: [] });
});

/** An answer as it came, for the schema check. */
interface Answer {
  path: string;
  status: number;
  body: unknown;
}

interface Seen {
  status: number;
  contentType: string | null;
  guestToken: boolean;
  body: unknown;
}

const DAY = 24 * 3600 * 1000;
const recent = (ms: number) => Math.abs(ms - Date.now()) < DAY;
/** The dates an order code made now starts with (yymmdd in Jakarta, either side of a midnight). */
const codeDays = [-DAY, 0, DAY].map((offset) => new Date(Date.now() + 7 * 3600_000 + offset).toISOString().slice(2, 10).replace(/-/g, ""));

/** What the state makes up for an order it creates (ids, secret slugs, order codes, times), masked in both answers. */
function masked(value: unknown, invented: ReadonlyMap<string, string>): unknown {
  if (typeof value === "string") {
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-7/.test(value) && recent(Number.parseInt(value.replace(/-/g, "").slice(0, 12), 16))) return "<new uuid>";
    if (/^\d{4}-\d\d-\d\dT/.test(value) && recent(Date.parse(value))) return "<now>";
    if (/^\d{6}[A-Z]{7}$/.test(value) && codeDays.includes(value.slice(0, 6))) return "<order code>";
    return [...invented].reduce((text, [made, mask]) => text.replaceAll(made, mask), value);
  }
  if (Array.isArray(value)) return value.map((item) => masked(item, invented));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, masked(item, invented)]));
  return value;
}

// The handlers' answers to the state's routes, checked against the status and schema the spec declares:
// every 2xx (the state's, or an example it left to the spec) and every answer to a flow's step (the
// state's refusals too), but for what the engine answers before the state (a missing credential, an
// invalid request, a media type it cannot negotiate).
const STATE_ROUTES = createStorefrontState(doc).routes;
/** The state's 404 guards under /v3/orders/{id} and /v3/customers/{id}: their 2xx is the spec's example. */
const GUARDS = new Set(STATE_ROUTES.filter((route) => /^\w+ \/v3\/(orders\/\{id\}|customers\/\{(id|customer_id)\})\/./.test(route)));
const stateRoute = routeMatcher(STATE_ROUTES);
const checkAnswer = responseChecker(doc);
const schemaProblems: string[] = [];
const succeeded = new Set<string>();
let checkedAnswers = 0;

function checkStateAnswer(request: CorpusRequest, answer: Answer) {
  const route = stateRoute(request.method, answer.path);
  if (!route || request.headers.Prefer !== undefined) return;
  const ok = answer.status >= 200 && answer.status < 300;
  const byEngine = [401, 405, 406, 415].includes(answer.status) || (answer.body as { error_code?: string })?.error_code === "validation_failed";
  if (!ok && (request.status === undefined || byEngine)) return;
  checkedAnswers++;
  const problems = checkAnswer(route.method, route.path, answer.status, answer.body);
  if (problems.length > 0) schemaProblems.push(`${request.name}: ${problems.join("; ")}`);
  else if (ok) succeeded.add(`${route.method} ${route.path}`);
}

/** One form's run of the corpus: what it remembered from earlier answers, and each answer. */
function runner(base: string) {
  const remembered = new Map<string, unknown>();
  /** The secret slugs and ids of the orders this run created (in messages and URLs too), and their masks. */
  const invented = new Map<string, string>();
  const placeholder = /\{(\w+)\}/g;
  const fill = (text: string) => text.replace(placeholder, (whole, name: string) => (remembered.has(name) ? String(remembered.get(name)) : whole));
  // In a body, "{name}" stands for the remembered value as it was answered (a number stays a number).
  const fillBody = (text: string) => text.replace(/"\{(\w+)\}"/g, (whole, name: string) => (remembered.has(name) ? JSON.stringify(remembered.get(name)) : whole));
  return async (request: CorpusRequest): Promise<{ seen: Seen; answer: Answer }> => {
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, fill(value)]));
    const url = new URL(`${base}${fill(request.url)}`);
    const response = await fetch(url, { method: request.method, headers, body: request.body === undefined ? undefined : fillBody(request.body) });
    const text = await response.text();
    const parse = (json: string): unknown => {
      try {
        return JSON.parse(json);
      } catch {
        return json; // Not JSON: compared as text.
      }
    };
    const body = parse(text.replaceAll(`${url.origin}/__mock/images/`, "<pictures>/"));
    const guestToken = response.headers.get("x-scalev-guest-token");
    for (const [name, what] of Object.entries(request.remember ?? {})) {
      const value = what === "guest token" ? guestToken : what.split(".").reduce<any>((node, key) => node?.[key], body);
      if (value === null || value === undefined) continue;
      remembered.set(name, value);
      if (what.endsWith("secret_slug")) invented.set(String(value), "<slug>");
      if (/(^|\.)id$/.test(what) && typeof value === "string") invented.set(value, "<new uuid>");
    }
    return {
      seen: { status: response.status, contentType: response.headers.get("content-type")?.toLowerCase() ?? null, guestToken: guestToken !== null, body: masked(body, invented) },
      answer: { path: url.pathname, status: response.status, body: text ? parse(text) : undefined },
    };
  };
}

describe("the MSW handlers and the HTTP mock", () => {
  it(`answer the ${corpus.length} requests of the corpus alike: status, body, Content-Type, guest token`, async () => {
    const viaHttp = runner(mock.url);
    const viaMsw = runner(MSW_BASE);
    const differences: string[] = [];
    /** Steps of a flow that did not get their status from the HTTP mock. */
    const wrongSteps: string[] = [];
    const statuses = new Map<number, number>();
    for (const request of corpus) {
      const [http, msw] = [await viaHttp(request), await viaMsw(request)];
      statuses.set(http.seen.status, (statuses.get(http.seen.status) ?? 0) + 1);
      if (request.status !== undefined && http.seen.status !== request.status) wrongSteps.push(`${request.name}: ${http.seen.status} ${JSON.stringify(http.seen.body).slice(0, 300)}`);
      checkStateAnswer(request, msw.answer);
      try {
        expect(msw.seen).toEqual(http.seen);
      } catch {
        differences.push(`${request.name}: HTTP mock ${JSON.stringify(http.seen).slice(0, 400)}\n    MSW ${JSON.stringify(msw.seen).slice(0, 400)}`);
      }
    }
    const families = new Set(corpus.map((r) => /^\/v3\/(stores\/[^/]+\/(public|customers)|pages|[^/?]+)/.exec(r.url)?.[0].replace(/stores\/[^/]+/, "stores/*")));
    console.log(`msw agreement: ${corpus.length} requests, ${families.size} route families, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}, ${differences.length} differences`);
    expect(differences).toEqual([]);
    expect(wrongSteps).toEqual([]);
    // The corpus reaches every kind of answer it is meant to compare.
    for (const status of [200, 201, 400, 401, 404, 405, 406, 415, 422]) expect(statuses.get(status), `answers with status ${status}`).toBeGreaterThan(0);
  }, 300_000);

  it("answer every stateful route of the storefront and the back office in its response schema", () => {
    expect(schemaProblems).toEqual([]);
    const missing = STATE_ROUTES.filter((route) => !GUARDS.has(route) && !succeeded.has(route));
    console.log(`msw agreement: ${checkedAnswers} stateful answers of the handlers checked against their schemas, ${succeeded.size} routes with a 2xx`);
    expect(missing, "stateful routes the corpus never got a 2xx from").toEqual([]);
  });
});
