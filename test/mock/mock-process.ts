/**
 * Runs the mock's command as the package ships it (mock/dist/cli.js, built by ensureMockBuilt) on a
 * free port for tests, on a private copy of the bundled spec (the mock reloads its document when it
 * changes; the copy keeps `make generate` out of it), and talks to it over raw sockets where a client
 * library would refuse to send the bytes. stop() sends SIGTERM and checks what the command promises: exit
 * code 0 and no process left behind.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort } from "../support/free-port.ts";
import { descendantsOf, untilGone } from "./processes.ts";

const root = resolve(import.meta.dirname, "../..");
const cli = join(root, "mock", "dist", "cli.js");
export const BANNER = "Scalev v3 mock (Prism) serving";

const newest = (path: string): number =>
  statSync(path).isDirectory() ? Math.max(0, ...readdirSync(path).filter((name) => name !== "dist").map((name) => newest(join(path, name)))) : statSync(path).mtimeMs;

/** Builds the mock package (mock/dist) unless it is newer than everything it is built from. */
export function ensureMockBuilt() {
  const sources = [join(root, "mock"), join(root, "scripts", "spec-refs.ts"), join(root, "generated", "openapi.json")];
  if (existsSync(cli) && statSync(cli).mtimeMs >= Math.max(...sources.map(newest))) return;
  execFileSync("npm", ["run", "--silent", "build", "-w", "scalev-v3-mock"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}

export interface RunningMock {
  port: number;
  url: string;
  pid: number;
  specFile: string;
  output(): string;
  /** Whether the mock process itself is still running. */
  running(): boolean;
  /**
   * SIGTERM (or `signal`), then waits for the exit: its code (0 expected), and every process the mock
   * had started that still runs afterwards (none expected).
   */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; leftBehind: number[] }>;
}

export interface StartOptions {
  /** More command-line options (e.g. --stateless). */
  args?: string[];
  /** Resolve as soon as the process runs instead of waiting for the health route's 200. */
  noWait?: boolean;
  /** More environment variables (e.g. WEBHOOK_SECRET). */
  env?: Record<string, string>;
}

/** Spawns the mock; by default resolves once `GET /__mock/health` answers 200. */
export async function startMock({ args = [], noWait = false, env: extraEnv = {} }: StartOptions = {}): Promise<RunningMock> {
  const dir = mkdtempSync(join(tmpdir(), "scalev-mock-test-"));
  const specFile = join(dir, "openapi.json");
  copyFileSync(join(root, "generated", "openapi.json"), specFile);
  const port = await freePort();
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("MOCK_") && name !== "WEBHOOK_SECRET")), ...extraEnv };
  const child: ChildProcess = spawn(process.execPath, [cli, "--port", String(port), "--host", "127.0.0.1", "--spec", specFile, ...args], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.once("exit", (code, signal) => done({ code, signal })));
  const running = () => child.exitCode === null && child.signalCode === null;
  const url = `http://127.0.0.1:${port}`;

  const mock: RunningMock = {
    port,
    url,
    pid: child.pid!,
    specFile,
    output: () => output,
    running,
    async stop(signal = "SIGTERM") {
      const started = running() ? descendantsOf(child.pid!) : [];
      if (running()) child.kill(signal);
      const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
      const result = await exited;
      clearTimeout(force);
      const leftBehind = await untilGone(started, 1000);
      rmSync(dir, { recursive: true, force: true });
      return { ...result, leftBehind };
    },
  };
  if (noWait) return mock;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (!running()) throw new Error(`the mock exited early:\n${output}`);
    if (Date.now() > deadline) {
      await mock.stop("SIGKILL");
      throw new Error(`the mock did not answer /__mock/health within 60 s:\n${output}`);
    }
    const health = await fetch(`${url}/__mock/health`).catch(() => undefined);
    await health?.arrayBuffer();
    if (health?.status === 200) return mock;
    await new Promise((r) => setTimeout(r, 100));
  }
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

/** Lines the mock logs when something escaped while answering. */
export const crashes = (mock: RunningMock) => (mock.output().match(/^mock: (uncaught error|answering .+ failed)/gm) ?? []).length;

/** Bare `prism mock` (the CLI, no --errors) on the mock's spec, to compare answers with. */
export async function startBarePrism(specFile: string): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(join(root, "node_modules", ".bin", "prism"), ["mock", specFile, "-h", "127.0.0.1", "-p", String(port)], { cwd: root, stdio: "ignore" });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 60_000;
  while (!(await fetch(`${url}/__prism_ready_probe__`).then((r) => r.arrayBuffer(), () => undefined))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error("bare prism did not start within 60 s");
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop };
}

/** A request every version of the spec answers 200: the business order list. */
export async function goodRequestStatus(mock: RunningMock): Promise<number> {
  const response = await fetch(`${mock.url}/v3/orders`, { headers: BUSINESS_KEY });
  await response.arrayBuffer();
  return response.status;
}
