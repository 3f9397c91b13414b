/**
 * Runs `prism mock` on a private loopback port behind the mock's front server and starts it again
 * whenever it exits unasked, so the public port outlives any Prism crash.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { createInterface } from "node:readline";

export interface PrismOptions {
  bin: string;
  cwd: string;
  /** `prism mock` arguments except host and port. */
  args: string[];
  /** Each line Prism prints. */
  onLine(line: string, stream: "stdout" | "stderr", prism: { port: number }): void;
  onReady(prism: { pid: number; port: number; restarts: number }): void;
  onExit(prism: { code: number | null; signal: NodeJS.Signals | null; restartInMs: number }): void;
}

export interface SupervisedPrism {
  /** Prism's port while it listens; undefined while it starts or restarts. */
  readonly port: number | undefined;
  /** Resolves when Prism first listens; rejects when it exits before that. */
  readonly started: Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const LOOPBACK = "127.0.0.1";
const MAX_RESTART_DELAY_MS = 5000;

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, LOOPBACK, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export function supervisePrism(options: PrismOptions): SupervisedPrism {
  let child: ChildProcess | undefined;
  let port: number | undefined;
  let everListened = false;
  let restarts = 0;
  let failedStartsInARow = 0;
  let stopping = false;
  let restartTimer: NodeJS.Timeout | undefined;
  let settleStart!: (error?: Error) => void;
  const started = new Promise<void>((resolve, reject) => (settleStart = (error) => (error ? reject(error) : resolve())));

  function scheduleLaunch(delayMs: number) {
    restartTimer = setTimeout(() => {
      launch().catch((error: Error) => (everListened ? scheduleLaunch(MAX_RESTART_DELAY_MS) : settleStart(error)));
    }, delayMs);
  }

  async function launch() {
    const candidate = await freeLoopbackPort();
    if (stopping) return;
    const prism = spawn(options.bin, [...options.args, "-h", LOOPBACK, "-p", String(candidate)], {
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = prism;
    prism.on("error", (error) => everListened || settleStart(error));
    let listening = false;
    for (const stream of ["stdout", "stderr"] as const) {
      createInterface({ input: prism[stream]! }).on("line", (line) => {
        options.onLine(line, stream, { port: candidate });
        if (!listening && /Prism is listening on/.test(line)) {
          listening = true;
          port = candidate;
          failedStartsInARow = 0;
          options.onReady({ pid: prism.pid!, port: candidate, restarts });
          if (!everListened) settleStart();
          everListened = true;
        }
      });
    }
    prism.on("exit", (code, signal) => {
      port = undefined;
      child = undefined;
      if (stopping) return;
      if (!everListened) {
        settleStart(new Error(`prism exited (${signal ?? `code ${code}`}) before it listened; its output is above.`));
        return;
      }
      if (!listening) failedStartsInARow++;
      const restartInMs = failedStartsInARow === 0 ? 0 : Math.min(MAX_RESTART_DELAY_MS, 250 * 2 ** failedStartsInARow);
      options.onExit({ code, signal, restartInMs });
      restarts++;
      scheduleLaunch(restartInMs);
    });
  }

  scheduleLaunch(0);

  return {
    get port() {
      return port;
    },
    started,
    stop(signal = "SIGTERM") {
      stopping = true;
      clearTimeout(restartTimer);
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return Promise.resolve();
      return new Promise((done) => {
        const force = setTimeout(() => running.kill("SIGKILL"), 5000);
        running.once("exit", () => {
          clearTimeout(force);
          done();
        });
        running.kill(signal);
      });
    },
  };
}
