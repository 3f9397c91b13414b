/**
 * The mock's public HTTP server. It checks each request (mock-request-guard.ts), lets in-process
 * handlers answer it if they want to (on their own, or from Prism's answer: see PrismLink), and
 * otherwise forwards it to Prism on its loopback port, streaming the answer back; Prism's 400/422 and
 * problem+json answers get the API's error shape (mock-violations.ts). Whatever a client sends, it gets
 * an HTTP answer and the port stays open.
 */
import { Agent, createServer, request as httpRequest, STATUS_CODES, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { pipeline } from "node:stream";
import { BODY_TOO_LARGE, checkHeaders, checkJsonBody, checkTarget, isJsonMediaType, MAX_BODY_BYTES, type ErrorAnswer } from "./mock-request-guard.ts";
import { rewriteAnswer, rewritesBody } from "./mock-violations.ts";

/** A request that passed the guard, with its whole body. */
export interface CheckedRequest {
  method: string;
  /** Path and query, as sent. */
  target: string;
  headers: IncomingHttpHeaders;
  rawHeaders: string[];
  body: Buffer;
}

/** Prism's whole answer to a checked request. */
export interface PrismAnswer {
  status: number;
  statusMessage: string | undefined;
  headers: IncomingHttpHeaders;
  rawHeaders: string[];
  body: Buffer;
}

/** What a handler may do with Prism for the request it is looking at. */
export interface PrismLink {
  /**
   * Sends the request to Prism (which validates it and enforces security) and reads the whole answer;
   * undefined when Prism is away, in which case the client already got the 503.
   */
  forward(): Promise<PrismAnswer | undefined>;
  /** Answers with Prism's answer as the front server would have (error bodies in the API's shape). */
  passBack(answer: PrismAnswer): void;
  /**
   * Answers with Prism's headers (CORS, …) but this status and JSON body. `headers` set more headers;
   * an undefined value removes Prism's header of that name.
   */
  answerWith(answer: PrismAnswer, status: number, body: unknown, headers?: Record<string, string | undefined>): void;
}

/** Answers a checked request in-process and returns true, or returns false to pass it on (next handler, then Prism). */
export type MockHandler = (request: CheckedRequest, response: ServerResponse, prism: PrismLink) => boolean | Promise<boolean>;

export interface FrontOptions {
  /** Prism's loopback port; undefined while Prism (re)starts. */
  prismPort(): number | undefined;
  handlers?: MockHandler[];
  onInternalError(error: unknown): void;
}

const RESTARTING: ErrorAnswer = {
  status: 503,
  body: { error: "The mock's Prism server is restarting; retry in a second.", error_code: "mock_restarting" },
};

// Hop-by-hop headers (RFC 9110 §7.6.1) stay on their own connection.
const HOP_BY_HOP = ["connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade"];
/** Request headers not forwarded: the buffered body goes on with its own Content-Length. */
const NOT_FORWARDED = new Set([...HOP_BY_HOP, "expect", "content-length"]);
/** Answer headers not passed back when the body is streamed as it is. */
const NOT_PASSED_BACK = new Set(HOP_BY_HOP);
/** Answer headers not passed back when the mock writes another body. */
const NOT_PASSED_BACK_REWRITTEN = new Set([...HOP_BY_HOP, "content-length", "content-type"]);

/** Prism's CORS headers, for the answers the front server (or a handler) writes itself. */
export function corsHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  return {
    "Access-Control-Allow-Origin": headers.origin ?? "*",
    "Access-Control-Allow-Headers": headers["access-control-request-headers"] ?? "*",
    "Access-Control-Allow-Credentials": "true",
    "Access-Control-Expose-Headers": "*",
  };
}

function sendError(request: IncomingMessage, response: ServerResponse, { status, body }: ErrorAnswer, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...corsHeaders(request.headers),
    ...headers,
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(text),
  });
  response.end(text);
}

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

type Body = { kind: "complete"; bytes: Buffer } | { kind: "too_large" } | { kind: "aborted" };

/**
 * The whole request body, or too_large past MAX_BODY_BYTES. An oversize body is still read to its end
 * (and dropped) before the answer: closing on a client that is still sending resets the connection,
 * and the client would lose the 413.
 */
function readBody(request: IncomingMessage): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on("end", () => resolve(size > MAX_BODY_BYTES ? { kind: "too_large" } : { kind: "complete", bytes: Buffer.concat(chunks) }));
    request.on("error", () => resolve({ kind: "aborted" }));
  });
}

const declaresTooLarge = (request: IncomingMessage) => Number(request.headers["content-length"]) > MAX_BODY_BYTES;

function forwardedHeaders(request: CheckedRequest, prismPort: number): string[] {
  const named = new Set(String(request.headers.connection ?? "").toLowerCase().split(/\s*,\s*/));
  const headers: string[] = [];
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    const name = request.rawHeaders[i]!.toLowerCase();
    if (!NOT_FORWARDED.has(name) && !named.has(name)) headers.push(request.rawHeaders[i]!, request.rawHeaders[i + 1]!);
  }
  if (request.headers.host === undefined) headers.push("Host", `127.0.0.1:${prismPort}`);
  const hadBody = request.body.length > 0 || request.headers["content-length"] !== undefined || request.headers["transfer-encoding"] !== undefined;
  if (hadBody) headers.push("Content-Length", String(request.body.length));
  return headers;
}

function answerHeaders(rawHeaders: string[], drop: Set<string>): string[] {
  const headers: string[] = [];
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (!drop.has(rawHeaders[i]!.toLowerCase())) headers.push(rawHeaders[i]!, rawHeaders[i + 1]!);
  }
  return headers;
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

/** Writes a buffered Prism answer, with the API-shaped body for the answers mock-violations.ts rewrites. */
function writeAnswer(answer: PrismAnswer, request: CheckedRequest, response: ServerResponse) {
  const rewritten = rewritesBody(answer.status, answer.headers)
    ? rewriteAnswer(answer.status, answer.headers, answer.body.toString("utf8"), request.headers)
    : undefined;
  if (!rewritten) {
    response.writeHead(answer.status, answer.statusMessage, answerHeaders(answer.rawHeaders, NOT_PASSED_BACK)).end(answer.body);
    return;
  }
  writeJson(answer, rewritten.status, rewritten.body, response);
}

/** Prism's headers with another status and JSON body; `extra` headers replace (or, when undefined, drop) Prism's. */
function writeJson(answer: PrismAnswer, status: number, body: unknown, response: ServerResponse, extra: Record<string, string | undefined> = {}) {
  const text = JSON.stringify(body);
  const replaced = new Set([...NOT_PASSED_BACK_REWRITTEN, ...Object.keys(extra).map((name) => name.toLowerCase())]);
  const headers = answerHeaders(answer.rawHeaders, replaced);
  for (const [name, value] of Object.entries(extra)) if (value !== undefined) headers.push(name, value);
  headers.push("Content-Type", "application/json", "Content-Length", String(Buffer.byteLength(text)));
  response.writeHead(status, STATUS_CODES[status], headers).end(text);
}

const buffered = (answer: IncomingMessage, body: Buffer): PrismAnswer => ({
  status: answer.statusCode!,
  statusMessage: answer.statusMessage,
  headers: answer.headers,
  rawHeaders: answer.rawHeaders,
  body,
});

/** Streams Prism's answer back, or writes the API-shaped body for the answers mock-violations.ts rewrites. */
function passBack(answer: IncomingMessage, request: CheckedRequest, response: ServerResponse) {
  if (!rewritesBody(answer.statusCode!, answer.headers)) {
    response.writeHead(answer.statusCode!, answer.statusMessage, answerHeaders(answer.rawHeaders, NOT_PASSED_BACK));
    pipeline(answer, response, () => {});
    return;
  }
  readAll(answer).then(
    (body) => writeAnswer(buffered(answer, body), request, response),
    () => response.destroy(),
  );
}

type OnAnswer = (answer: IncomingMessage) => void;

/** Sends the request to Prism; `onAnswer` gets its answer, or is never called when the client got a 503 instead. */
function forwardToPrism(agent: Agent, prismPort: () => number | undefined, request: CheckedRequest, incoming: IncomingMessage, response: ServerResponse, onAnswer: OnAnswer, retry = true) {
  const port = prismPort();
  if (port === undefined) return sendError(incoming, response, RESTARTING, { "Retry-After": "1" });
  const upstream = httpRequest({ host: "127.0.0.1", port, method: request.method, path: request.target, headers: forwardedHeaders(request, port), agent });
  const abandon = () => response.writableFinished || upstream.destroy();
  response.once("close", abandon);
  upstream.on("error", () => {
    response.off("close", abandon);
    if (incoming.socket.destroyed) return;
    // Prism closed an idle kept-alive connection just as it was reused: send once more on a new one.
    if (retry && upstream.reusedSocket && !response.headersSent) return forwardToPrism(agent, prismPort, request, incoming, response, onAnswer, false);
    if (!response.headersSent) sendError(incoming, response, RESTARTING, { "Retry-After": "1" });
    else response.destroy();
  });
  upstream.on("response", onAnswer);
  upstream.end(request.body);
}

function prismLink(agent: Agent, prismPort: () => number | undefined, request: CheckedRequest, incoming: IncomingMessage, response: ServerResponse): PrismLink {
  return {
    forward: () =>
      new Promise((resolve, reject) => {
        // Settles with undefined when no answer comes (the 503 was sent, or the client went away).
        response.once("close", () => resolve(undefined));
        forwardToPrism(agent, prismPort, request, incoming, response, (answer) => readAll(answer).then((body) => resolve(buffered(answer, body)), reject));
        if (response.headersSent) resolve(undefined);
      }),
    passBack: (answer) => writeAnswer(answer, request, response),
    answerWith: (answer, status, body, headers) => writeJson(answer, status, body, response, headers),
  };
}

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

export function createMockFront(options: FrontOptions): Server {
  const agent = new Agent({ keepAlive: true });
  const server = createServer({ requireHostHeader: false });
  const afterOpenResponses = trackOpenResponses(server);

  async function handle(incoming: IncomingMessage, response: ServerResponse) {
    const refusal = checkTarget(incoming.url ?? "") ?? checkHeaders(incoming.headers, incoming.httpVersion);
    if (refusal) return sendError(incoming, response, refusal);
    const body = await readBody(incoming);
    if (body.kind === "aborted") return response.destroy();
    if (body.kind === "too_large") return sendError(incoming, response, BODY_TOO_LARGE);
    const jsonRefusal = isJsonMediaType(incoming.headers["content-type"]) ? checkJsonBody(body.bytes) : undefined;
    if (jsonRefusal) return sendError(incoming, response, jsonRefusal);
    const request: CheckedRequest = {
      method: incoming.method!,
      target: incoming.url!,
      headers: incoming.headers,
      rawHeaders: incoming.rawHeaders,
      body: body.bytes,
    };
    const prism = prismLink(agent, options.prismPort, request, incoming, response);
    for (const handler of options.handlers ?? []) {
      if (await handler(request, response, prism)) return;
    }
    forwardToPrism(agent, options.prismPort, request, incoming, response, (answer) => passBack(answer, request, response));
  }

  server.on("request", (incoming: IncomingMessage, response: ServerResponse) => {
    handle(incoming, response).catch((error: unknown) => {
      options.onInternalError(error);
      if (response.headersSent) return response.destroy();
      sendError(incoming, response, { status: 500, body: { error: "The mock's front server failed on this request (see its log).", error_code: "mock_internal_error" } });
    });
  });

  server.on("clientError", (error: Error & { code?: string }, socket: Duplex) => {
    if (error.code === "ECONNRESET" || !socket.writable) return socket.destroy();
    const refusal = parseFailure(error);
    afterOpenResponses(socket, () => socket.end(rawAnswer(refusal)));
  });

  server.on("connect", (_request: IncomingMessage, socket: Duplex) => {
    socket.end(rawAnswer({ status: 405, body: { error: "The mock is not a proxy: CONNECT is not supported.", error_code: "method_not_allowed" } }));
  });

  // A client that waits for "100 Continue" learns about an oversize body before sending it.
  server.on("checkContinue", (incoming: IncomingMessage, response: ServerResponse) => {
    if (declaresTooLarge(incoming)) return sendError(incoming, response, BODY_TOO_LARGE, { Connection: "close" });
    response.writeContinue();
    server.emit("request", incoming, response);
  });

  server.on("checkExpectation", (incoming: IncomingMessage, response: ServerResponse) => {
    sendError(incoming, response, { status: 417, body: { error: `The mock only understands "Expect: 100-continue".`, error_code: "expectation_failed" } });
  });

  server.on("close", () => agent.destroy());
  return server;
}
