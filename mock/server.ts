/**
 * The mock's HTTP server. It checks each request (request-guard.ts), answers its own routes
 * (`/__mock/health`, `/__mock/reset`, `/__mock/images/…`), and hands the rest to the Prism engine
 * (prism-engine.ts) in this process, waiting for it a bounded time while it starts or restarts. The
 * answer is shaped as the MSW handlers shape theirs (answer.ts): Prism's error answers in the API's
 * error shape, the state's body on a stateful storefront 2xx, the example catalog's CDN images pointed
 * at the mock's own pictures (images.ts). Whatever a client sends, it gets an HTTP answer and the port stays open.
 */
import { createServer, STATUS_CODES, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { corsHeaders, mockAnswer, type HeaderList } from "./answer.ts";
import { imageOrigin, IMAGE_PATH, placeholderImage } from "./images.ts";
import type { EngineRequest, PrismEngine } from "./prism-engine.ts";
import { BODY_TOO_LARGE, checkHeaders, checkJsonBody, checkResetAllowed, checkTarget, isJsonMediaType, MAX_BODY_BYTES, RESET_FORBIDDEN, type ErrorAnswer } from "./request-guard.ts";
import type { Doc } from "./state/catalog.ts";
import type { StorefrontState } from "./state/storefront.ts";
import type { Supervisor } from "./supervisor.ts";

export type LogKind = "request" | "info" | "error";

export interface MockServerOptions {
  supervisor: Pick<Supervisor<PrismEngine>, "engine" | "whenReady" | "status" | "reloads" | "restarts">;
  /** The stateful storefront; undefined for a stateless mock (and until the spec is loaded). */
  state(): StorefrontState | undefined;
  /** The spec document as it is now, for a reset to reseed the state from. */
  readDoc(): Doc;
  /** Point the CDN image URLs of the examples at the mock's own pictures. */
  localImages: boolean;
  /** How long a request waits for Prism while it starts or restarts before it gets a 503. */
  readyWaitMs: number;
  /** Facts for the health answer (spec path, mode). */
  describe(): Record<string, unknown>;
  log(kind: LogKind, line: string): void;
}

const RESET_PATH = "/__mock/reset";
const isResetPath = (target: string) => new URL(target, "http://example.com").pathname === RESET_PATH;
const HEALTH_PATH = "/__mock/health";

function send(response: ServerResponse, status: number, headers: HeaderList, body: string | undefined) {
  if (body !== undefined) headers.push(["Content-Length", String(Buffer.byteLength(body))]);
  response.writeHead(status, STATUS_CODES[status], headers.flat());
  response.end(body);
}

function sendJson(request: IncomingMessage, response: ServerResponse, status: number, body: unknown, headers: HeaderList = []) {
  send(response, status, [...corsHeaders(request.headers), ...headers, ["Content-Type", "application/json"]], JSON.stringify(body));
}

const sendError = (request: IncomingMessage, response: ServerResponse, { status, body }: ErrorAnswer, headers: HeaderList = []) =>
  sendJson(request, response, status, body, headers);

/** A whole HTTP/1.1 answer for sockets whose request never parsed (no request object to answer through). */
function rawAnswer({ status, body }: ErrorAnswer): string {
  const text = JSON.stringify(body);
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    "Content-Type: application/json",
    `Content-Length: ${Buffer.byteLength(text)}`,
    "Access-Control-Allow-Origin: *",
    "Connection: close",
    "",
    text,
  ].join("\r\n");
}

function parseFailure(error: Error & { code?: string; reason?: unknown }): ErrorAnswer {
  if (error.code === "HPE_HEADER_OVERFLOW") {
    return { status: 431, body: { error: "The request headers are larger than the mock accepts (16 KB).", error_code: "headers_too_large" } };
  }
  if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") {
    return { status: 408, body: { error: "The request did not arrive in time.", error_code: "request_timeout" } };
  }
  const reason = typeof error.reason === "string" ? ` (${error.reason})` : "";
  return { status: 400, body: { error: `The request is not valid HTTP/1.1${reason}.`, error_code: "malformed_request" } };
}

type Body = { kind: "complete"; bytes: Buffer } | { kind: "too_large" } | { kind: "aborted" } | { kind: "malformed"; error: Error };

/**
 * Requests whose body is still arriving, by connection. Node's HTTP parser reports an error in a body's
 * framing (a chunk size that overflows, more data than the size says, a missing CRLF, a bare LF, a
 * control byte in a chunk extension) only to `clientError`: the request itself gets neither `end` nor
 * `error`, so a handler waiting for its body would wait forever while `clientError` waits for that
 * request's answer. The body's reader is told instead, and the request gets its 400.
 */
const bodiesArriving = new WeakMap<Duplex, { request: IncomingMessage; fail(error: Error): void }>();

/**
 * The whole request body, or too_large past MAX_BODY_BYTES. An oversize body is still read to its end
 * (and dropped) before the answer: closing on a client that is still sending resets the connection,
 * and the client would lose the 413.
 */
function readBody(request: IncomingMessage): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const { socket } = request;
    const arriving = { request, fail: (error: Error) => done({ kind: "malformed", error }) };
    const done = (body: Body) => {
      if (bodiesArriving.get(socket) === arriving) bodiesArriving.delete(socket);
      resolve(body);
    };
    bodiesArriving.set(socket, arriving);
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on("end", () => done(size > MAX_BODY_BYTES ? { kind: "too_large" } : { kind: "complete", bytes: Buffer.concat(chunks) }));
    request.on("error", () => done({ kind: "aborted" }));
  });
}

const declaresTooLarge = (request: IncomingMessage) => Number(request.headers["content-length"]) > MAX_BODY_BYTES;
const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const hasBody = (headers: IncomingHttpHeaders) => headers["content-length"] !== "0" && (headers["content-length"] !== undefined || headers["transfer-encoding"] !== undefined);

/**
 * Answers requests that never parsed only after the responses already owed on that connection
 * (pipelined requests before the junk), so each client still reads its answers in order.
 */
function trackOpenResponses(server: Server) {
  const open = new WeakMap<Duplex, number>();
  const whenIdle = new WeakMap<Duplex, () => void>();
  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    open.set(socket, (open.get(socket) ?? 0) + 1);
    response.once("close", () => {
      const left = open.get(socket)! - 1;
      open.set(socket, left);
      if (left === 0) whenIdle.get(socket)?.();
    });
  });
  return (socket: Duplex, then: () => void) => ((open.get(socket) ?? 0) > 0 ? whenIdle.set(socket, then) : then());
}

/**
 * "GET /v3/orders?page_size&status" for the log: the query's parameter names without their values, so
 * that a token someone puts in a query string never reaches the log.
 */
function requestLine({ method, url = "" }: IncomingMessage): string {
  const queryStart = url.indexOf("?");
  if (queryStart < 0) return `${method} ${url}`;
  const names = url.slice(queryStart + 1).split("&").map((pair) => pair.split("=")[0]).filter(Boolean);
  return `${method} ${url.slice(0, queryStart)}?${names.join("&")}`;
}

/** The address the client reached, for URLs when its Host header cannot be used. */
const localAddress = ({ socket }: IncomingMessage) => (socket.localAddress?.includes(":") ? `[${socket.localAddress}]:${socket.localPort}` : `${socket.localAddress}:${socket.localPort}`);

export function createMockServer(options: MockServerOptions): Server {
  const { supervisor } = options;
  const server = createServer({ requireHostHeader: false });
  const afterOpenResponses = trackOpenResponses(server);

  function health(request: IncomingMessage, response: ServerResponse) {
    const facts = { operations: supervisor.engine?.operations, reloads: supervisor.reloads, restarts: supervisor.restarts, ...options.describe() };
    if (supervisor.engine) return sendJson(request, response, 200, { status: "ready", ...facts });
    const error = supervisor.status === "starting" ? "The mock is starting: Prism is loading the spec." : "The mock is restarting Prism; retry in a second.";
    sendJson(request, response, 503, { error, error_code: `mock_${supervisor.status}`, status: supervisor.status, ...facts }, [["Retry-After", "1"]]);
  }

  function reset(request: IncomingMessage, response: ServerResponse) {
    if (request.method !== "POST") {
      return sendError(request, response, { status: 405, body: { error: `Reset the mock with POST ${RESET_PATH}.`, error_code: "method_not_allowed" } }, [["Allow", "POST"]]);
    }
    const state = options.state();
    if (!state) {
      return sendError(request, response, { status: 404, body: { error: "Nothing to reset: this mock keeps no state (--stateless).", error_code: "not_stateful" } });
    }
    let doc: Doc | undefined;
    try {
      doc = options.readDoc();
    } catch {
      // A document being rewritten (make generate) or broken: keep the catalog read before.
    }
    sendJson(request, response, 200, { reset: true, dropped: state.reset(doc) });
  }

  function image(request: IncomingMessage, response: ServerResponse, path: string): string {
    if (request.method !== "GET" && request.method !== "HEAD") {
      sendError(request, response, { status: 405, body: { error: "Pictures answer GET only.", error_code: "method_not_allowed" } }, [["Allow", "GET, HEAD"]]);
      return "405 method_not_allowed";
    }
    const headers: HeaderList = [...corsHeaders(request.headers), ["Content-Type", "image/svg+xml"], ["Cache-Control", "public, max-age=3600"]];
    send(response, 200, headers, placeholderImage(decodeURIComponent(path.slice(IMAGE_PATH.length))));
    return "200 picture";
  }

  /** The engine's answer to the request, shaped by mockAnswer() (answer.ts). */
  async function answer(prism: PrismEngine, incoming: IncomingMessage, response: ServerResponse, request: EngineRequest): Promise<string> {
    const result = await prism.request(request);
    const pictures = options.localImages ? imageOrigin(firstValue(incoming.headers.host), localAddress(incoming)) : undefined;
    const answered = mockAnswer(result, request, { state: options.state(), imageOrigin: pictures });
    send(response, answered.status, [...corsHeaders(incoming.headers), ...answered.headers], answered.body);
    return answered.outcome;
  }

  async function handle(incoming: IncomingMessage, response: ServerResponse): Promise<string> {
    const refusal = checkTarget(incoming.url ?? "") ?? checkHeaders(incoming.headers, incoming.httpVersion);
    if (refusal) return (sendError(incoming, response, refusal), `${refusal.status} ${refusal.body.error_code}`);
    // No page of another origin may reset the mock, preflight or not; the refusal carries no CORS headers,
    // so the page cannot even read it.
    const resetForbidden = isResetPath(incoming.url!) && (incoming.method === "OPTIONS" ? RESET_FORBIDDEN : checkResetAllowed(incoming.headers));
    if (resetForbidden) {
      send(response, resetForbidden.status, [["Content-Type", "application/json"]], JSON.stringify(resetForbidden.body));
      return `${resetForbidden.status} ${resetForbidden.body.error_code}`;
    }
    const body = await readBody(incoming);
    if (body.kind === "aborted") return (response.destroy(), "aborted");
    if (body.kind === "malformed") {
      const refusal = parseFailure(body.error);
      return (sendError(incoming, response, refusal, [["Connection", "close"]]), `${refusal.status} ${refusal.body.error_code}`);
    }
    if (body.kind === "too_large") return (sendError(incoming, response, BODY_TOO_LARGE), `413 ${BODY_TOO_LARGE.body.error_code}`);
    const parsed = isJsonMediaType(incoming.headers["content-type"]) ? checkJsonBody(body.bytes) : undefined;
    if (parsed && "refusal" in parsed) return (sendError(incoming, response, parsed.refusal), `${parsed.refusal.status} ${parsed.refusal.body.error_code}`);

    const { pathname, searchParams } = new URL(incoming.url!, "http://example.com");
    // A CORS preflight, answered as Prism answers it.
    if (incoming.method === "OPTIONS" && incoming.headers.origin && incoming.headers["access-control-request-method"]) {
      const headers = corsHeaders(incoming.headers);
      headers.push(["Access-Control-Allow-Methods", incoming.headers["access-control-request-method"]], ["Vary", "origin"]);
      send(response, 204, headers, "");
      return "204 preflight";
    }
    if (pathname === HEALTH_PATH) return (health(incoming, response), `${response.statusCode}`);
    if (pathname.startsWith(IMAGE_PATH)) return image(incoming, response, pathname);

    const prism = supervisor.engine ?? (await supervisor.whenReady(options.readyWaitMs));
    if (!prism) {
      const restarting = { status: 503, body: { error: "The mock's Prism engine is not ready (starting or restarting); retry in a second.", error_code: "mock_restarting" } };
      return (sendError(incoming, response, restarting, [["Retry-After", "1"]]), "503 mock_restarting");
    }
    if (pathname === RESET_PATH) return (reset(incoming, response), `${response.statusCode}`);
    // The body as Prism's own server reads it: none, parsed JSON, or text.
    const requestBody = !hasBody(incoming.headers) ? null : parsed ? (parsed.value ?? null) : body.bytes.toString("utf8");
    return answer(prism, incoming, response, { method: incoming.method!, path: pathname, query: searchParams, headers: incoming.headers, body: requestBody });
  }

  server.on("request", (incoming: IncomingMessage, response: ServerResponse) => {
    const started = performance.now();
    const line = requestLine(incoming);
    handle(incoming, response).then(
      (outcome) => options.log("request", `${line} → ${outcome} ${(performance.now() - started).toFixed(1)} ms`),
      (error: unknown) => {
        options.log("error", `mock: answering ${line} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        if (response.headersSent) return response.destroy();
        sendError(incoming, response, { status: 500, body: { error: "The mock failed on this request (see its log).", error_code: "mock_internal_error" } });
      },
    );
  });

  server.on("clientError", (error: Error & { code?: string }, socket: Duplex) => {
    if (error.code === "ECONNRESET" || !socket.writable) return socket.destroy();
    // An error while a body is still arriving is that body's; once it is complete (the parser says so before
    // `end` is emitted), an error belongs to bytes pipelined after it.
    const arriving = bodiesArriving.get(socket);
    if (arriving && !arriving.request.complete) return arriving.fail(error); // that request answers, then the connection closes
    const refusal = parseFailure(error);
    afterOpenResponses(socket, () => socket.end(rawAnswer(refusal)));
  });

  server.on("connect", (_request: IncomingMessage, socket: Duplex) => {
    socket.end(rawAnswer({ status: 405, body: { error: "The mock is not a proxy: CONNECT is not supported.", error_code: "method_not_allowed" } }));
  });

  // A client that waits for "100 Continue" learns about an oversize body before sending it.
  server.on("checkContinue", (incoming: IncomingMessage, response: ServerResponse) => {
    if (declaresTooLarge(incoming)) return sendError(incoming, response, BODY_TOO_LARGE, [["Connection", "close"]]);
    response.writeContinue();
    server.emit("request", incoming, response);
  });

  server.on("checkExpectation", (incoming: IncomingMessage, response: ServerResponse) => {
    sendError(incoming, response, { status: 417, body: { error: `The mock only understands "Expect: 100-continue".`, error_code: "expectation_failed" } });
  });

  return server;
}
