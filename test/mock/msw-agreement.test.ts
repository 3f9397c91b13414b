/**
 * The MSW handlers (scalev-v3-mock/msw, `setupServer` in this process) and the HTTP mock (the built
 * `scalev-mock` command, Prism inside) answer the same requests alike: every request of the corpus
 * (msw-corpus.ts: valid and invalid requests to every operation, credentials missing, Prefer and Accept,
 * routes that do not exist, the stateful storefront's flows) goes to both, in the same order, and each
 * pair of answers must have the same status, the same body (the pictures' origin aside) and the same
 * Content-Type and guest-token header.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScalevHandlers } from "../../mock/msw/index.ts";
import { buildCorpus, type CorpusRequest } from "./msw-corpus.ts";
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

interface Seen {
  status: number;
  contentType: string | null;
  guestToken: boolean;
  body: unknown;
}

const DAY = 24 * 3600 * 1000;
const recent = (ms: number) => Math.abs(ms - Date.now()) < DAY;
const today = new Date().toISOString().slice(2, 10).replace(/-/g, "");

/** What the state makes up for an order it creates (ids, secret slug, order code, times), masked in both answers. */
function masked(value: unknown, slug: string): unknown {
  if (typeof value === "string") {
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-7/.test(value) && recent(Number.parseInt(value.replace(/-/g, "").slice(0, 12), 16))) return "<new uuid>";
    if (/^\d{4}-\d\d-\d\dT/.test(value) && recent(Date.parse(value))) return "<now>";
    if (/^\d{6}[A-Z0-9]{7}$/.test(value) && value.startsWith(today)) return "<order code>";
    return slug ? value.replaceAll(slug, "<slug>") : value;
  }
  if (Array.isArray(value)) return value.map((item) => masked(item, slug));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, masked(item, slug)]));
  return value;
}

/** One form's run of the corpus: what it remembered from earlier answers, and each answer. */
function runner(base: string) {
  const remembered: Record<string, string> = { guest: "", slug: "" };
  const fill = (text: string) => text.replace(/\{(guest|slug)\}/g, (_, name: string) => remembered[name]!);
  return async (request: CorpusRequest): Promise<Seen> => {
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, fill(value)]));
    const response = await fetch(`${base}${fill(request.url)}`, { method: request.method, headers, body: request.body });
    const text = await response.text();
    let body: unknown = text.replaceAll(`${new URL(base).origin}/__mock/images/`, "<pictures>/");
    try {
      body = JSON.parse(body as string);
    } catch {
      // Not JSON: compared as text.
    }
    const guestToken = response.headers.get("x-scalev-guest-token");
    if (request.remember === "guest" && guestToken) remembered.guest = guestToken;
    if (request.remember === "slug") remembered.slug = (body as { secret_slug?: string })?.secret_slug ?? "";
    return { status: response.status, contentType: response.headers.get("content-type")?.toLowerCase() ?? null, guestToken: guestToken !== null, body: masked(body, remembered.slug!) };
  };
}

describe("the MSW handlers and the HTTP mock", () => {
  it(`answer the ${corpus.length} requests of the corpus alike: status, body, Content-Type, guest token`, async () => {
    const viaHttp = runner(mock.url);
    const viaMsw = runner(MSW_BASE);
    const differences: string[] = [];
    const statuses = new Map<number, number>();
    for (const request of corpus) {
      const [http, msw] = [await viaHttp(request), await viaMsw(request)];
      statuses.set(http.status, (statuses.get(http.status) ?? 0) + 1);
      try {
        expect(msw).toEqual(http);
      } catch {
        differences.push(`${request.name}: HTTP mock ${JSON.stringify(http).slice(0, 400)}\n    MSW ${JSON.stringify(msw).slice(0, 400)}`);
      }
    }
    const families = new Set(corpus.map((r) => /^\/v3\/(stores\/[^/]+\/(public|customers)|pages|[^/?]+)/.exec(r.url)?.[0].replace(/stores\/[^/]+/, "stores/*")));
    console.log(`msw agreement: ${corpus.length} requests, ${families.size} route families, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}, ${differences.length} differences`);
    expect(differences).toEqual([]);
    // The corpus reaches every kind of answer it is meant to compare.
    for (const status of [200, 201, 400, 401, 404, 405, 406, 415, 422]) expect(statuses.get(status), `answers with status ${status}`).toBeGreaterThan(0);
  }, 300_000);
});
