/**
 * Mock Scalev v3 API for frontend work: Prism serving the bundled spec (generated/openapi.json) behind a
 * small front server that keeps the mock up whatever clients send.
 *
 *   make mock                      http://127.0.0.1:4010, answers with the spec's examples; carts,
 *                                  checkout and orders keep state (mock-state.ts)
 *   MOCK_STATEFUL=0 make mock      plain Prism behind the front server: no state at all
 *   MOCK_PORT=4020 make mock       another port (MOCK_HOST for another interface)
 *   MOCK_DYNAMIC=1 make mock       responses generated from the schemas instead of the examples
 *   MOCK_SPEC=other.json make mock serve another bundled document
 *   npm run mock -- --seed 42      extra arguments go to `prism mock` as they are
 *
 * The front server (mock-front.ts) owns the public port: it refuses malformed requests with a 4xx in
 * the API's error shape (mock-request-guard.ts), forwards the rest to Prism on a private loopback port,
 * and rewrites Prism's 400/422 answers to carry the actual violations (mock-violations.ts). If Prism
 * still dies, it is started again (mock-prism.ts) while the front server answers 503. The storefront's
 * cart, checkout and order routes answer from in-memory state once Prism has accepted the request
 * (mock-state.ts); `POST /__mock/reset` clears it.
 * Prism's defaults do the rest: CORS for every origin, requests validated against the spec, the declared
 * security enforced (a missing storefront key or bearer token answers 401), and the document reloaded
 * when it changes, so `make generate` in another terminal takes effect at once.
 * Ctrl-C (SIGINT) or SIGTERM stops Prism; the script exits 0 once Prism has stopped.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { banner, type Doc } from "./mock-banner.ts";
import { createMockFront } from "./mock-front.ts";
import { supervisePrism, type SupervisedPrism } from "./mock-prism.ts";
import { createStatefulMock } from "./mock-state.ts";

const root = resolve(import.meta.dirname, "..");
const defaultBundle = join(root, "generated", "openapi.json");
const bundlePath = process.env.MOCK_SPEC ? resolve(process.env.MOCK_SPEC) : defaultBundle;
const specDir = join(root, "spec");
const bin = (name: string) => join(root, "node_modules", ".bin", name);

const host = process.env.MOCK_HOST || "127.0.0.1";
const port = Number(process.env.MOCK_PORT || 4010);
const dynamic = ["1", "true", "yes"].includes((process.env.MOCK_DYNAMIC ?? "").toLowerCase());
const stateful = !["0", "false", "no", "off"].includes((process.env.MOCK_STATEFUL ?? "").toLowerCase());
const passThrough = process.argv.slice(2);

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`mock: MOCK_PORT must be a port number, got "${process.env.MOCK_PORT}".`);
  process.exit(2);
}
if (passThrough.some((arg) => /^(-p|-h|--port|--host)(=|$)/.test(arg))) {
  console.error("mock: the front server owns the public address; set it with MOCK_PORT and MOCK_HOST instead of -p/-h.");
  process.exit(2);
}

/** Newest modification time of the split spec (spec/**). */
function newestSpecFile(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestSpecFile(path) : statSync(path).mtimeMs);
  }, 0);
}

/** Bundles the spec when generated/openapi.json is missing or older than spec/. */
function ensureBundle() {
  if (bundlePath !== defaultBundle) {
    if (existsSync(bundlePath)) return;
    console.error(`mock: MOCK_SPEC file not found: ${bundlePath}`);
    process.exit(2);
  }
  const missing = !existsSync(bundlePath);
  if (!missing && statSync(bundlePath).mtimeMs >= newestSpecFile(specDir)) return;
  console.log(`mock: ${missing ? "generated/openapi.json is missing" : "spec/ changed since the last bundle"}; regenerating generated/ (npm run generate)…`);
  try {
    execFileSync(bin("tsx"), [join(root, "scripts", "generate.ts")], { cwd: root, stdio: "inherit" });
  } catch {
    if (missing) {
      console.error("mock: could not generate generated/openapi.json (see above); fix spec/ and run `make generate`.");
      process.exit(1);
    }
    console.warn("mock: regeneration failed (see above); serving the previous generated/openapi.json.");
  }
}

ensureBundle();
function readDoc(): Doc {
  try {
    return JSON.parse(readFileSync(bundlePath, "utf8"));
  } catch (error) {
    console.error(`mock: ${bundlePath} is not a JSON document: ${(error as Error).message}`);
    process.exit(2);
  }
}
const doc = readDoc();

let prism: SupervisedPrism | undefined;
const front = createMockFront({
  prismPort: () => prism?.port,
  // The state re-reads the document on each reset, and keeps the one it has if that read fails.
  handlers: stateful ? [createStatefulMock(() => JSON.parse(readFileSync(bundlePath, "utf8"))).handler] : [],
  onInternalError: (error) => console.error("mock: the front server failed on a request:", error),
});
await new Promise<void>((listening) => {
  front.once("error", (error: NodeJS.ErrnoException) => {
    console.error(error.code === "EADDRINUSE" ? `mock: port ${port} is in use; pick another with MOCK_PORT=<port>.` : `mock: cannot listen on ${host}:${port}: ${error.message}`);
    process.exit(1);
  });
  front.listen(port, host, listening);
});
// The port actually bound (MOCK_PORT=0 picks a free one).
const baseUrl = `http://${host.includes(":") ? `[${host}]` : host}:${(front.address() as AddressInfo).port}`;

// Dynamic mode: without fillProperties=false, json-schema-faker adds random undeclared properties.
const dynamicArgs = passThrough.some((a) => a.startsWith("--json-schema-faker-fillProperties"))
  ? ["-d"]
  : ["-d", "--json-schema-faker-fillProperties=false"];
// Prism lists every route at startup; the banner replaces that list. Everything else is passed on.
const routeListing = /\[CLI\].*\binfo\b\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE)\s+https?:\/\//;

prism = supervisePrism({
  bin: bin("prism"),
  cwd: root,
  args: ["mock", bundlePath, ...(dynamic ? dynamicArgs : []), ...passThrough],
  onLine(line, stream, { port: prismPort }) {
    if (routeListing.test(line)) return;
    // Clients only ever see the public address.
    const shown = line.replaceAll(`http://127.0.0.1:${prismPort}`, baseUrl);
    if (stream === "stdout") console.log(shown);
    else console.error(shown);
  },
  onReady({ pid, port: prismPort, restarts }) {
    if (restarts === 0) {
      console.log(`mock: Prism (pid ${pid}) answers on 127.0.0.1:${prismPort} behind ${baseUrl}.`);
      console.log(banner(doc, { bundlePath, baseUrl, dynamic, stateful }));
    } else {
      console.log(`mock: Prism is back (pid ${pid}) on 127.0.0.1:${prismPort}, restart ${restarts}.`);
    }
  },
  onExit({ code, signal, restartInMs }) {
    console.error(`mock: Prism exited (${signal ?? `code ${code}`}); starting it again${restartInMs ? ` in ${restartInMs} ms` : ""}. Requests get 503 until it is back.`);
  },
});

let stopping = false;
async function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  front.close();
  front.closeAllConnections();
  await prism!.stop(signal);
  console.log("mock: stopped.");
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(signal));

prism.started.catch((error: Error) => {
  console.error(`mock: ${error.message}`);
  process.exit(1);
});
