/**
 * The Scalev v3 mock as a library: `startMockServer()` serves the whole API from the bundled spec
 * (Prism in this process, the stateful storefront, offline pictures) and resolves once it answers.
 * The `scalev-mock` command (cli.ts) is built on `createMock()`, which listens first and tells when
 * Prism is ready, so that it can report a busy port at once and print its banner only when ready.
 */
import { watch, type FSWatcher } from "node:fs";
import type { AddressInfo } from "node:net";
import { basename, dirname, resolve } from "node:path";
import { loadPrismEngine, type PrismEngine } from "./prism-engine.ts";
import { createMockServer, type LogKind } from "./server.ts";
import { defaultSpecPath, readSpecDocument } from "./spec-file.ts";
import { createMockState, type MockState } from "./state/state.ts";
import { supervise, type Supervisor } from "./supervisor.ts";
import { createWebhookDelivery, DEV_WEBHOOK_SECRET, receiverUrl, shownReceiver, type WebhookDelivery } from "./webhooks/index.ts";

export interface MockOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1; 0.0.0.0 to be reached from other machines or containers. */
  host?: string;
  /** A bundled OpenAPI document (JSON) to serve instead of the one the package ships. */
  spec?: string;
  /** Carts, checkout and orders remember what you do (default true). */
  stateful?: boolean;
  /** Carts kept at most; past it, the cart used longest ago is forgotten (default 10,000). */
  maxCarts?: number;
  /**
   * Sends every change to an order (created, updated, status or payment status changed, deleted…) as the
   * API's webhook event to `url`, signed with `secret` (default: the fake development secret), retried
   * `retries` times (default 3) `backoffMs` apart (default 500, doubling). Loopback hosts only unless
   * `allowRemote`. Needs the state (not with `stateful: false`).
   */
  webhook?: { url: string | URL; secret?: string; allowRemote?: boolean; retries?: number; backoffMs?: number };
  /** Answers generated from the schemas instead of the spec's examples (default false). */
  dynamic?: boolean;
  /** Seed for generated answers: the same data on every start. */
  seed?: string;
  /** Answer as if the spec had no examples (default false). */
  ignoreExamples?: boolean;
  /** Serve the example catalog's pictures from the mock instead of Scalev's CDN (default true). */
  localImages?: boolean;
  /** Reload the spec when its file changes (default true). */
  watch?: boolean;
  /** How long a request waits for Prism while it starts or restarts, in ms, before a 503 (default 30 000). */
  readyWaitMs?: number;
  /** Where log lines go: one per request, reloads and restarts, errors. Default: errors to stderr. */
  log?: (kind: LogKind, line: string) => void;
}

export interface Mock {
  /** Binds the port; rejects when it is taken. Requests that arrive before Prism is ready wait for it. */
  listen(): Promise<{ url: string; port: number }>;
  /** Resolves when Prism answers (the health route answers 200 from then on); rejects when the spec does not load. */
  readonly ready: Promise<void>;
  readonly supervisor: Supervisor<PrismEngine>;
  /** The spec file served. */
  readonly spec: string;
  /** Stops listening, closes every connection and stops watching the spec. */
  close(): Promise<void>;
}

export interface MockServer {
  /** e.g. http://127.0.0.1:4010: pass it as the client's `baseUrl`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export type { LogKind };

const defaultLog = (kind: LogKind, line: string) => kind === "error" && console.error(line);

export function createMock(options: MockOptions = {}): Mock {
  const host = options.host ?? "127.0.0.1";
  const spec = options.spec ? resolve(options.spec) : defaultSpecPath();
  const stateful = options.stateful ?? true;
  const log = options.log ?? defaultLog;
  let state: MockState | undefined;
  const webhooks = options.webhook && startWebhooks(options.webhook, stateful, log);

  // Prism loads the spec itself; the state is seeded from it once (a reset reads it again).
  async function load(): Promise<PrismEngine> {
    const prism = await loadPrismEngine(spec, { dynamic: options.dynamic ?? false, seed: options.seed, ignoreExamples: options.ignoreExamples ?? false });
    if (stateful) state ??= createMockState(readSpecDocument(spec), { maxCarts: options.maxCarts, onEvent: webhooks && ((event) => webhooks.deliver(event)) });
    // Ready means Prism answers: one request through it before the first client's.
    await prism.request({ method: "GET", path: "/__mock/health", query: new URLSearchParams(), headers: {}, body: null });
    return prism;
  }

  const supervisor = supervise(load, {
    onReloaded: (engine) => log("info", `mock: ${spec} changed; Prism reloaded it (${engine.operations} operations). A reset (POST /__mock/reset) reseeds the state from it.`),
    onReloadFailed: (error) => log("error", `mock: ${spec} changed but does not load (${(error as Error).message}); still serving the previous version.`),
    onRestarting: (reason) => log("error", `mock: ${reason}; restarting Prism from ${spec}. Requests wait for it (at most ${(options.readyWaitMs ?? 30_000) / 1000} s).`),
    onRestartFailed: (error, retryInMs) => log("error", `mock: Prism did not start again (${(error as Error).message}); next try in ${retryInMs} ms.`),
    onReady: (engine, { restarts }) => restarts > 0 && log("info", `mock: Prism is back (${engine.operations} operations), restart ${restarts}.`),
  });
  const ready = supervisor.started.then(() => {});
  ready.catch(() => {}); // The caller reads the failure from `ready`; an unread one must not crash the process.

  const server = createMockServer({
    supervisor,
    state: () => state,
    readDoc: () => readSpecDocument(spec),
    localImages: options.localImages ?? true,
    readyWaitMs: options.readyWaitMs ?? 30_000,
    describe: () => ({ spec, stateful, dynamic: options.dynamic ?? false, ...(state?.stats && { state: state.stats() }) }),
    log,
  });

  let watcher: FSWatcher | undefined;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  if (options.watch ?? true) {
    // The directory, not the file: editors and generators often replace the file instead of writing it.
    watcher = watch(dirname(spec), (_event, file) => {
      if (file !== basename(spec)) return;
      clearTimeout(debounce);
      debounce = setTimeout(() => void supervisor.reload(), 500);
    });
    watcher.on("error", (error) => log("error", `mock: cannot watch ${spec} for changes (${error.message}); restart the mock after editing it.`));
  }

  return {
    ready,
    supervisor,
    spec,
    listen: () =>
      new Promise((listening, failed) => {
        server.once("error", failed);
        server.listen(options.port ?? 4010, host, () => {
          server.off("error", failed);
          const { port } = server.address() as AddressInfo;
          listening({ url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`, port });
        });
      }),
    close: () =>
      new Promise((closed) => {
        webhooks?.close();
        watcher?.close();
        clearTimeout(debounce);
        supervisor.stop();
        server.close(() => closed());
        server.closeAllConnections();
      }),
  };
}

/** The delivery of the state's events to the receiver of `options.webhook` (a bad URL throws WebhookConfigError). */
function startWebhooks(options: NonNullable<MockOptions["webhook"]>, stateful: boolean, log: (kind: LogKind, line: string) => void): WebhookDelivery {
  if (!stateful) throw new TypeError("webhooks are sent for changes to the state: a stateless mock has none (drop stateful: false).");
  const url = receiverUrl(String(options.url), options.allowRemote ?? false);
  log("info", `mock: every change to an order is sent as a webhook to ${shownReceiver(url)}${options.secret ? "" : `, signed with the fake development secret "${DEV_WEBHOOK_SECRET}"`}.`);
  return createWebhookDelivery({
    url,
    secret: options.secret || DEV_WEBHOOK_SECRET,
    retries: options.retries,
    backoffMs: options.backoffMs,
    log: (kind, line) => log(kind === "delivered" ? "request" : "error", line),
  });
}

/** Starts the mock and resolves once it answers (`await startMockServer({ port: 0 })` in a test setup). */
export async function startMockServer(options: MockOptions = {}): Promise<MockServer> {
  const mock = createMock(options);
  const { url, port } = await mock.listen();
  try {
    await mock.ready;
  } catch (error) {
    await mock.close();
    throw error;
  }
  return { url, port, close: () => mock.close() };
}
