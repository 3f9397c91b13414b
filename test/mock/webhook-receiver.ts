/**
 * A webhook receiver for the mock's tests: a node:http server on a free loopback port that keeps every
 * event it takes (the raw body, the headers, the parsed event) and fails the next deliveries with a 500
 * on demand, so a test sees retries.
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedEvent {
  body: string;
  headers: IncomingHttpHeaders;
  /** X-Scalev-Hmac-Sha256 as received. */
  signature: string | undefined;
  event: any;
}

export interface Receiver {
  /** e.g. http://127.0.0.1:40123/webhooks */
  url: string;
  /** Every event taken (not the failed deliveries), in the order they came. */
  received: ReceivedEvent[];
  /** Fails the next `count` deliveries with a 500. */
  failNext(count: number): void;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const received: ReceivedEvent[] = [];
  let failing = 0;
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      if (failing > 0) {
        failing--;
        return response.writeHead(500).end();
      }
      received.push({ body, headers: request.headers, signature: request.headers["x-scalev-hmac-sha256"] as string | undefined, event: JSON.parse(body) });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`,
    received,
    failNext: (count) => void (failing = count),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
