/**
 * A real local HTTP server for client tests (node:http on 127.0.0.1, port 0). Each request is recorded
 * and answered by the next queued handler (or the fallback handler when the queue is empty).
 * useTestClient() is what the client tests share: the server for the file and clients pointed at it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll } from "vitest";
import { createScalevClient, type ScalevClientOptions } from "../../src/index.ts";

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export type Handler = (req: RecordedRequest, res: ServerResponse) => void;

export interface TestServer {
  url: string;
  requests: RecordedRequest[];
  /** Queue handlers for the next requests, in order. */
  reply(...handlers: Handler[]): void;
  /** Forget recorded requests and unused queued handlers. */
  reset(): void;
  close(): Promise<void>;
}

export const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };

export const text =
  (status: number, body: string, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(status, { "content-type": "text/plain", ...headers });
    res.end(body);
  };

/** Never answers (until the server closes). */
export const hang: Handler = () => {};

export async function startTestServer(fallback: Handler = json(200, { ok: true })): Promise<TestServer> {
  const queue: Handler[] = [];
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      requests.push(recorded);
      (queue.shift() ?? fallback)(recorded, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (...handlers) => queue.push(...handlers),
    reset: () => {
      requests.length = 0;
      queue.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A test server for the whole test file: started before its tests, reset after each, closed at the
 * end. Its fields are there once beforeAll has run.
 */
export function useTestServer(fallback?: Handler): TestServer {
  const server = {} as TestServer;
  beforeAll(async () => {
    Object.assign(server, await startTestServer(fallback));
  });
  afterEach(() => server.reset());
  afterAll(() => server.close());
  return server;
}

/**
 * The client tests' fixture: a test server for the whole file and clients pointed at it, made with
 * the file's defaults and each test's own options on top.
 *   const { server, client } = useTestClient({ apiKey: "sk_test_…", maxRetries: 0 });
 */
export function useTestClient(defaults: ScalevClientOptions = {}, fallback?: Handler) {
  const server = useTestServer(fallback);
  const client = (options: ScalevClientOptions = {}) => createScalevClient({ baseUrl: server.url, ...defaults, ...options });
  return { server, client };
}
