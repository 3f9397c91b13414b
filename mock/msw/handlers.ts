/**
 * MSW request handlers that answer the whole v3 API as the HTTP mock does: the same checks before the
 * engine (request-guard.ts), the same engine decisions (Prism's, here engine.ts over the compiled spec),
 * the same shaping of the answer (answer.ts) and the same state (state/), so one flow gets the same
 * answers from `setupServer`/`setupWorker` as from `scalev-mock`. No Node built-ins.
 */
import { http, type HttpHandler } from "msw";
import { createOpenApiHttp, type OpenApiHttpHandlers } from "openapi-msw";
import type { paths } from "scalev-v3-client";
import { corsHeaders, mockAnswer, type HeaderList, type RequestHeaders } from "../answer.ts";
import { IMAGE_PATH, placeholderImage } from "../images.ts";
import { BODY_TOO_LARGE, checkHeaders, checkJsonBody, checkTarget, isJsonMediaType, MAX_BODY_BYTES, type ErrorAnswer } from "../request-guard.ts";
import { createStorefrontState, type StorefrontState } from "../state/storefront.ts";
import { createStaticEngine } from "./engine.ts";
import { route } from "./router.ts";
import { compiledSpec } from "./spec.ts";

/** Where the client calls by default (the client's DEFAULT_BASE_URL). */
export const SCALEV_BASE_URL = "https://api.scalev.com";

export interface ScalevHandlersOptions {
  /** The base URL the client calls, e.g. `http://127.0.0.1:4010` in a browser page. Default `https://api.scalev.com`. */
  baseUrl?: string;
  /** Carts, checkout and orders remember what you do (default true); false answers every route with its example. */
  stateful?: boolean;
  /** Point the example catalog's CDN image URLs at pictures the handlers serve (default true). */
  localImages?: boolean;
}

/** A declared answer to ask for, as `Prefer: code=…, example=…` does. */
export interface Preference {
  code?: number;
  example?: string;
}

type Method = "get" | "post" | "put" | "patch" | "delete";
type PathsWith<M extends Method> = { [P in keyof paths]: paths[P] extends Record<M, {}> ? P : never }[keyof paths];

export interface ScalevMockHandlers {
  /** Every route of the v3 API (and the mock's /__mock/* routes): pass them to setupServer/setupWorker. */
  readonly handlers: HttpHandler[];
  /** Forgets every cart and order (ids start again); undefined for a stateless mock. */
  reset(): { carts: number; orders: number } | undefined;
  /**
   * A handler that answers one operation with the declared answer asked for (status and/or named
   * example), as a `Prefer` header on its requests would: `server.use(scalev.prefer("get", "/v3/orders/{id}", { code: 404 }))`.
   */
  prefer<M extends Method>(method: M, path: PathsWith<M>, preference: Preference): HttpHandler;
  /** MSW's `http`, typed with the client's `paths` and bound to the base URL (openapi-msw), to add or override one route. */
  readonly http: OpenApiHttpHandlers<paths>;
  readonly baseUrl: string;
}

const engine = createStaticEngine(compiledSpec);
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
const utf8 = new TextDecoder();

function respond(status: number, headers: HeaderList, body: string | undefined): Response {
  return new Response(NULL_BODY_STATUSES.has(status) ? null : (body ?? null), { status, headers });
}

const json = (cors: HeaderList, status: number, body: unknown, headers: HeaderList = []) => respond(status, [...cors, ...headers, ["Content-Type", "application/json"]], JSON.stringify(body));
const jsonAnswer = (cors: HeaderList, { status, body }: ErrorAnswer, headers: HeaderList = []) => json(cors, status, body, headers);

/** Request headers in Node's shape: lower-cased names, repeated values joined with ", ". */
function headersOf(request: Request): RequestHeaders & Record<string, string> {
  const out: Record<string, string> = {};
  request.headers.forEach((value, name) => (out[name] = value));
  return out;
}

export function createScalevHandlers(options: ScalevHandlersOptions = {}): ScalevMockHandlers {
  const baseUrl = (options.baseUrl ?? SCALEV_BASE_URL).replace(/\/+$/, "");
  const state: StorefrontState | undefined = (options.stateful ?? true) ? createStorefrontState(compiledSpec.doc) : undefined;
  const localImages = options.localImages ?? true;
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, "");
  // A predicate rather than a URL pattern: MSW's patterns decode the path and throw on a malformed escape.
  const underBase = (request: Request) => request.url.startsWith(`${baseUrl}/`);

  /** The mock's answer to `request`; `prefer` stands in for its Prefer header. */
  async function answer(request: Request, prefer?: string): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname.slice(basePath.length) || "/";
    const headers = headersOf(request);
    if (prefer !== undefined) headers.prefer = prefer;
    // What fetch sends on the wire when the caller sets no Accept (so the HTTP mock sees it too).
    headers.accept ??= "*/*";
    const cors = corsHeaders(headers);
    const refusal = checkTarget(`${url.pathname}${url.search}`) ?? checkHeaders(headers, "");
    if (refusal) return jsonAnswer(cors, refusal);
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.length > MAX_BODY_BYTES) return jsonAnswer(cors, BODY_TOO_LARGE);
    const parsed = isJsonMediaType(headers["content-type"]) ? checkJsonBody(bytes) : undefined;
    if (parsed && "refusal" in parsed) return jsonAnswer(cors, parsed.refusal);

    if (request.method === "OPTIONS" && headers.origin && headers["access-control-request-method"]) {
      return respond(204, [...cors, ["Access-Control-Allow-Methods", headers["access-control-request-method"]], ["Vary", "origin"]], "");
    }
    if (path === "/__mock/health") {
      return json(cors, 200, { status: "ready", operations: compiledSpec.operations.length, stateful: !!state, form: "msw" });
    }
    if (path.startsWith(IMAGE_PATH)) {
      if (request.method !== "GET" && request.method !== "HEAD") return jsonAnswer(cors, { status: 405, body: { error: "Pictures answer GET only.", error_code: "method_not_allowed" } }, [["Allow", "GET, HEAD"]]);
      return respond(200, [...cors, ["Content-Type", "image/svg+xml"], ["Cache-Control", "public, max-age=3600"]], placeholderImage(decodeURIComponent(path.slice(IMAGE_PATH.length))));
    }
    if (path === "/__mock/reset") {
      if (request.method !== "POST") return jsonAnswer(cors, { status: 405, body: { error: "Reset the mock with POST /__mock/reset.", error_code: "method_not_allowed" } }, [["Allow", "POST"]]);
      if (!state) return jsonAnswer(cors, { status: 404, body: { error: "Nothing to reset: these handlers keep no state (stateful: false).", error_code: "not_stateful" } });
      return json(cors, 200, { reset: true, dropped: state.reset() });
    }

    // The body as the HTTP mock reads it: none, parsed JSON, or text; its length as the client sent it.
    const body = bytes.length === 0 ? null : parsed ? (parsed.value ?? null) : utf8.decode(bytes);
    if (bytes.length > 0 && headers["content-length"] === undefined) headers["content-length"] = String(bytes.length);
    const engineRequest = { method: request.method, path, query: url.searchParams, headers, body };
    const result = await engine.request(engineRequest);
    const answered = mockAnswer(result, engineRequest, { state, imageOrigin: localImages ? `${url.origin}${basePath}` : undefined });
    return respond(answered.status, [...cors, ...answered.headers], answered.body);
  }

  const preferHeader = ({ code, example }: Preference) => [code === undefined ? "" : `code=${code}`, example === undefined ? "" : `example=${example}`].filter(Boolean).join(", ");

  return {
    handlers: [http.all(({ request }) => underBase(request), ({ request }) => answer(request))],
    reset: () => state?.reset(),
    prefer: (method, path, preference) =>
      http[method](
        ({ request }) => {
          if (!underBase(request)) return false;
          const routed = route(compiledSpec.operations, request.method, new URL(request.url).pathname.slice(basePath.length), undefined);
          return "operation" in routed && routed.operation.path === path;
        },
        ({ request }) => answer(request, preferHeader(preference)),
      ),
    http: createOpenApiHttp<paths>({ baseUrl }),
    baseUrl,
  };
}
