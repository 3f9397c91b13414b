/**
 * The mock's front server (scripts/mock-front.ts) in front of a local stand-in for Prism: it streams
 * answers as they come, answers 503 in the API's error shape when Prism is away, sends a request again
 * when Prism dropped the kept-alive connection it reused, and lets in-process handlers answer checked
 * requests before Prism, or from Prism's answer (the hook the stateful storefront mock builds on).
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createMockFront, type FrontOptions, type MockHandler } from "../../scripts/mock-front.ts";

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => (s.closeAllConnections(), s.close(done)))));
});

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return (server.address() as AddressInfo).port;
}

interface Seen {
  headers: IncomingMessage["headers"];
  body: string;
}

/** A stand-in for Prism that records what reached it and answers with `answer`. */
async function upstream(answer: (request: IncomingMessage, response: ServerResponse) => void) {
  const seen: Seen[] = [];
  const port = await listen(
    createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        seen.push({ headers: request.headers, body });
        answer(request, response);
      });
    }),
  );
  return { port, seen };
}

async function front(options: Partial<FrontOptions> & Pick<FrontOptions, "prismPort">) {
  const errors: unknown[] = [];
  const port = await listen(createMockFront({ onInternalError: (error) => errors.push(error), ...options }));
  return { url: `http://127.0.0.1:${port}`, errors };
}

describe("mock front server", () => {
  it("streams Prism's answer: the first bytes arrive before Prism has finished", async () => {
    let finish!: () => void;
    const released = new Promise<void>((done) => (finish = done));
    const prism = await upstream((_request, response) => {
      response.writeHead(200, { "Content-Type": "text/plain" });
      response.write("first part;");
      void released.then(() => response.end("second part"));
    });
    const { url } = await front({ prismPort: () => prism.port });
    const reader = (await fetch(`${url}/v3/orders`)).body!.getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toBe("first part;");
    finish();
    let rest = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += decoder.decode(chunk.value);
    expect(rest).toBe("second part");
  });

  it("answers 503 in the API's error shape, with Retry-After, while Prism is away", async () => {
    const gone = await upstream(() => {});
    const refusing = gone.port;
    await new Promise((done) => servers.pop()!.close(done));
    for (const prismPort of [() => undefined, () => refusing]) {
      const { url } = await front({ prismPort });
      const response = await fetch(`${url}/v3/orders`, { headers: { Origin: "http://localhost:5173" } });
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("1");
      expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
      expect(await response.json()).toEqual({ error: expect.any(String), error_code: "mock_restarting" });
    }
  });

  it("sends a request again when Prism drops the kept-alive connection it reused", async () => {
    const served = new WeakSet<object>();
    const prism = await upstream((request, response) => {
      if (served.has(request.socket)) return void request.socket.destroy();
      served.add(request.socket);
      response.writeHead(200, { "Content-Type": "application/json" }).end('{"ok":true}');
    });
    const { url } = await front({ prismPort: () => prism.port });
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${url}/v3/orders`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true });
    }
  });

  it("forwards the body with its own framing and keeps hop-by-hop headers on their connection", async () => {
    const prism = await upstream((_request, response) => response.writeHead(204).end());
    const { url } = await front({ prismPort: () => prism.port });
    // node:http rather than fetch: fetch will not send a Connection header that names another header.
    await new Promise<void>((done, fail) => {
      const sent = httpRequest(`${url}/v3/orders`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Scalev-Storefront-Api-Key": "sfpk_x", Connection: "keep-alive, X-Private", "X-Private": "hop" },
      });
      sent.on("response", (answer) => answer.resume().on("end", done)).on("error", fail);
      sent.write('{"a":');
      sent.end("1}");
    });
    const [{ headers, body }] = prism.seen as [Seen];
    expect(body).toBe('{"a":1}');
    expect(headers["content-length"]).toBe("7");
    expect(headers["transfer-encoding"]).toBeUndefined();
    expect(headers["x-private"]).toBeUndefined();
    expect(headers["x-scalev-storefront-api-key"]).toBe("sfpk_x");
    expect(headers.host).toBe(new URL(url).host);
  });

  it("lets handlers answer checked requests in-process; the rest go to Prism", async () => {
    const prism = await upstream((_request, response) => response.writeHead(200, { "Content-Type": "application/json" }).end('{"from":"prism"}'));
    const seenByHandler: string[] = [];
    const cart: MockHandler = (request, response) => {
      seenByHandler.push(request.target);
      if (!request.target.startsWith("/v3/cart")) return false;
      response.writeHead(201, { "Content-Type": "application/json" }).end(JSON.stringify({ from: "handler", got: JSON.parse(request.body.toString()) }));
      return true;
    };
    const { url } = await front({ prismPort: () => prism.port, handlers: [cart] });
    const handled = await fetch(`${url}/v3/cart`, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"quantity":2}' });
    expect(handled.status).toBe(201);
    expect(await handled.json()).toEqual({ from: "handler", got: { quantity: 2 } });
    expect(await (await fetch(`${url}/v3/orders`)).json()).toEqual({ from: "prism" });
    const refused = await fetch(`${url}/v3/cart`, { method: "POST", headers: { "Content-Type": "application/json" }, body: `${"[".repeat(500)}${"]".repeat(500)}` });
    expect(refused.status).toBe(400);
    expect(seenByHandler).toEqual(["/v3/cart", "/v3/orders"]);
    expect(prism.seen).toHaveLength(1);
  });

  it("answers 500 in the error shape, logs, and stays up when a handler throws", async () => {
    const prism = await upstream((_request, response) => response.writeHead(200).end("{}"));
    const failing: MockHandler = () => {
      throw new Error("handler bug");
    };
    const { url, errors } = await front({ prismPort: () => prism.port, handlers: [failing] });
    const response = await fetch(`${url}/v3/orders`);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: expect.any(String), error_code: "mock_internal_error" });
    expect(errors).toEqual([new Error("handler bug")]);
  });

  it("lets a handler send the request to Prism first and answer with another body, or with Prism's own answer", async () => {
    const prism = await upstream((request, response) => {
      if (request.url === "/v3/invalid") {
        response.writeHead(422, { "Content-Type": "application/json", "sl-violations": JSON.stringify([{ location: ["request", "body", "quantity"], severity: "Error", code: "type", message: "Request body property quantity must be integer" }]) });
        return void response.end('{"error":"the spec example"}');
      }
      response.writeHead(201, { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*", "X-Example-Token": "from-prism", "X-Kept": "yes" }).end('{"from":"prism"}');
    });
    const replacing: MockHandler = async (_request, _response, link) => {
      const answer = await link.forward();
      if (!answer) return true;
      if (answer.status !== 201) link.passBack(answer);
      else link.answerWith(answer, answer.status, { from: "state", prism: JSON.parse(answer.body.toString()) }, { "X-Example-Token": undefined, "X-Token": "from-state" });
      return true;
    };
    const { url } = await front({ prismPort: () => prism.port, handlers: [replacing] });
    const replaced = await fetch(`${url}/v3/cart`, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"quantity":1}' });
    expect(replaced.status).toBe(201);
    expect(await replaced.json()).toEqual({ from: "state", prism: { from: "prism" } });
    expect(replaced.headers.get("access-control-allow-origin")).toBe("*");
    expect(replaced.headers.get("x-kept")).toBe("yes");
    expect(replaced.headers.get("x-example-token")).toBeNull();
    expect(replaced.headers.get("x-token")).toBe("from-state");
    expect(prism.seen[0]!.body).toBe('{"quantity":1}');
    const invalid = await fetch(`${url}/v3/invalid`, { method: "POST" });
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toMatchObject({ error: "body.quantity must be integer", error_code: "validation_failed" });
  });

  it("answers 503 and gives the handler no answer when Prism is away", async () => {
    let got: unknown = "not called";
    const waiting: MockHandler = async (_request, _response, link) => {
      got = await link.forward();
      return true;
    };
    const { url } = await front({ prismPort: () => undefined, handlers: [waiting] });
    const response = await fetch(`${url}/v3/cart`);
    expect(response.status).toBe(503);
    expect(got).toBeUndefined();
  });
});
