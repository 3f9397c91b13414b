/**
 * Runs `make mock`'s own entry point (scripts/mock.ts) on a free port for tests, on a private copy of
 * the bundled spec (Prism reloads its document when it changes; the copy keeps `make generate` out of
 * it), and talks to it over raw sockets where a client library would refuse to send the bytes.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort } from "../support/free-port.ts";

const root = resolve(import.meta.dirname, "../..");

export interface RunningMock {
  port: number;
  url: string;
  specFile: string;
  output(): string;
  /** Prism's pid, as the mock prints it (the latest one after restarts). */
  prismPid(): number;
  /** Prism's own loopback URL behind the front server (the latest one after restarts). */
  prismUrl(): string;
  /** Whether the mock process itself is still running. */
  running(): boolean;
  stop(): Promise<void>;
}

export async function startMock(env: Record<string, string> = {}): Promise<RunningMock> {
  const dir = mkdtempSync(join(tmpdir(), "scalev-mock-test-"));
  const specFile = join(dir, "openapi.json");
  copyFileSync(join(root, "generated", "openapi.json"), specFile);
  const port = await freePort();
  const child: ChildProcess = spawn(join(root, "node_modules", ".bin", "tsx"), [join(root, "scripts", "mock.ts")], {
    cwd: root,
    env: { ...process.env, MOCK_PORT: String(port), MOCK_HOST: "127.0.0.1", MOCK_DYNAMIC: "", MOCK_SPEC: specFile, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  while (!/Ctrl-C stops the mock/.test(output)) {
    if (child.exitCode !== null) throw new Error(`the mock exited early:\n${output}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the mock did not start within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    specFile,
    output: () => output,
    prismPid: () => Number([...output.matchAll(/Prism(?: is back)? \(pid (\d+)/g)].at(-1)?.[1]),
    prismUrl: () => `http://${[...output.matchAll(/Prism(?: is back)? \(pid \d+\)(?: answers)? on (127\.0\.0\.1:\d+)/g)].at(-1)?.[1]}`,
    running: () => child.exitCode === null && child.signalCode === null,
    stop: () =>
      new Promise<void>((done) => {
        const finish = () => {
          rmSync(dir, { recursive: true, force: true });
          done();
        };
        if (child.exitCode !== null || child.signalCode !== null) return finish();
        const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
        child.once("exit", () => {
          clearTimeout(force);
          finish();
        });
        child.kill("SIGTERM");
      }),
  };
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Splits what a server wrote on one connection into its HTTP/1.1 answers (Content-Length or chunked bodies). */
export function parseAnswers(bytes: Buffer): RawAnswer[] {
  const answers: RawAnswer[] = [];
  let at = 0;
  while (at < bytes.length) {
    const headEnd = bytes.indexOf("\r\n\r\n", at);
    if (headEnd < 0) break;
    const [statusLine, ...lines] = bytes.subarray(at, headEnd).toString("latin1").split("\r\n");
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine!)?.[1]);
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(":");
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    at = headEnd + 4;
    let body: Buffer = Buffer.alloc(0);
    if (headers["transfer-encoding"] === "chunked") {
      const parts: Buffer[] = [];
      while (at < bytes.length) {
        const sizeEnd = bytes.indexOf("\r\n", at);
        const size = parseInt(bytes.subarray(at, sizeEnd).toString("latin1"), 16);
        at = sizeEnd + 2;
        if (!size) {
          at += 2;
          break;
        }
        parts.push(bytes.subarray(at, at + size));
        at += size + 2;
      }
      body = Buffer.concat(parts);
    } else {
      const length = Number(headers["content-length"] ?? 0);
      body = bytes.subarray(at, at + length);
      at += length;
    }
    answers.push({ status, headers, body: body.toString("utf8") });
  }
  return answers;
}

/**
 * Writes `bytes` on a fresh connection and collects everything the server writes back until it
 * closes the connection or stays quiet for `quietMs` after its last byte.
 */
export function rawExchange(port: number, bytes: Buffer | string, quietMs = 1500): Promise<{ answers: RawAnswer[]; closedByServer: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    let closedByServer = false;
    let quiet = setTimeout(() => socket.destroy(), quietMs);
    const finish = () => {
      clearTimeout(quiet);
      resolve({ answers: parseAnswers(Buffer.concat(chunks)), closedByServer });
    };
    socket.on("data", (chunk) => {
      chunks.push(chunk);
      clearTimeout(quiet);
      quiet = setTimeout(() => socket.destroy(), quietMs);
    });
    socket.on("end", () => {
      closedByServer = true;
      socket.destroy();
    });
    socket.on("close", finish);
    socket.on("error", (error: NodeJS.ErrnoException) => {
      // A reset after the answer arrived (the server closed while we were still sending) is fine.
      if (error.code === "ECONNRESET" || error.code === "EPIPE") closedByServer = true;
      else reject(error);
    });
    socket.write(typeof bytes === "string" ? Buffer.from(bytes, "latin1") : bytes);
  });
}

/**
 * An HTTP/1.1 request in bytes, asking the server to close the connection after answering;
 * `Content-Length` is added for a body unless a header sets framing.
 */
export function rawRequest(method: string, target: string, headers: Record<string, string> = {}, body?: Buffer | string): Buffer {
  const payload = body === undefined ? undefined : typeof body === "string" ? Buffer.from(body, "utf8") : body;
  const lines = [`${method} ${target} HTTP/1.1`, "Host: 127.0.0.1", "Connection: close", ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  const framed = Object.keys(headers).some((name) => /^(content-length|transfer-encoding)$/i.test(name));
  if (payload && !framed) lines.push(`Content-Length: ${payload.length}`);
  return Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1"), payload ?? Buffer.alloc(0)]);
}

export const STORE = "store_vlzpML8edzxO5roOdV7Oyfn6";
export const STOREFRONT_KEY = { "X-Scalev-Storefront-Api-Key": "sfpk_test_mock0000000000" };
export const BUSINESS_KEY = { Authorization: "Bearer sk_test_mock0000000000" };

/** How many times the mock has had to start Prism again. */
export const prismCrashes = (mock: RunningMock) => mock.output().split("Prism exited").length - 1;

/** Polls the order list until it answers 200 again (after a Prism restart); returns the statuses seen. */
export async function untilUp(mock: RunningMock, timeoutMs = 30_000): Promise<Response[]> {
  const seen: Response[] = [];
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(`${mock.url}/v3/orders`, { headers: BUSINESS_KEY });
    seen.push(response);
    if (response.status === 200) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return seen;
}

/** A request every version of the spec answers 200: the business order list. */
export async function goodRequestStatus(mock: RunningMock): Promise<number> {
  const response = await fetch(`${mock.url}/v3/orders`, { headers: BUSINESS_KEY });
  await response.arrayBuffer();
  return response.status;
}
