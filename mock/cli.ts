#!/usr/bin/env node
/**
 * `scalev-mock`: the Scalev v3 mock for frontend work, in one process. `scalev-mock --help` lists the
 * options; mock/README.md tells the whole story.
 *
 *   scalev-mock                       http://127.0.0.1:4010, the spec's examples, a stateful storefront
 *   scalev-mock --port 4020 --stateless --dynamic --seed 42 --spec other.json
 *   scalev-mock --webhook-url http://127.0.0.1:3000/webhooks   every change to an order as a signed webhook
 *   scalev-mock webhook http://127.0.0.1:3000/webhooks      signed example webhook events
 *
 * It listens at once (a busy port is reported before anything else), loads Prism with the spec, and
 * prints its banner only when Prism answers; requests that arrive before wait for it. SIGINT, SIGTERM
 * or SIGHUP closes every connection and exits 0: there is no other process to stop. It also stops when
 * the process that started it is gone: `npx` passes a SIGTERM to its shell, not on to the mock, and a
 * test runner that dies must not leave a mock behind.
 */
import { readFileSync } from "node:fs";
import { banner } from "./banner.ts";
import { createMock, type LogKind } from "./index.ts";
import { parseCommandLine, UsageError, USAGE, type CliOptions } from "./options.ts";
import { readSpecDocument } from "./spec-file.ts";
import { sendWebhooks } from "./webhook.ts";
import { shownReceiver } from "./webhooks/index.ts";

// A closed stdout (`scalev-mock | head`) must not become an error the mock then tries to recover from.
process.stdout.on("error", () => {});

function version(): string {
  for (const candidate of ["./package.json", "../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), "utf8"));
      if (pkg.name === "scalev-v3-mock") return pkg.version;
    } catch {
      // Not there in this layout (sources or build): try the next.
    }
  }
  return "unknown";
}

async function serve(options: CliOptions) {
  const print = (kind: LogKind, line: string) => {
    if (kind === "error") console.error(line);
    else if (kind === "info" || !options.quiet) console.log(line);
  };
  const mock = createMock({ ...options, log: print });
  let address;
  try {
    address = await mock.listen();
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    console.error(code === "EADDRINUSE" ? `mock: port ${options.port} is in use; pick another with --port <n>.` : `mock: cannot listen on ${options.host}:${options.port}: ${message}`);
    await mock.close();
    process.exit(1);
  }
  console.log(`mock: listening on ${address.url}; loading ${mock.spec} into Prism…`);

  let stopping = false;
  const stop = async (why: NodeJS.Signals | "parent gone") => {
    if (stopping) process.exit(0); // A second signal: do not wait for connections to close.
    stopping = true;
    await mock.close();
    console.log(`mock: stopped (${why}).`);
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop(signal));
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid === parent) return;
    console.log(`mock: the process that started it (pid ${parent}) is gone.`);
    void stop("parent gone");
  }, 500).unref();
  // An exception that escaped while answering leaves Prism in an unknown state: load a fresh one.
  const crashed = (error: unknown) => {
    console.error("mock: uncaught error:", error);
    mock.supervisor.restart("an uncaught error");
  };
  process.on("uncaughtException", crashed);
  process.on("unhandledRejection", crashed);

  try {
    await mock.ready;
  } catch (error) {
    console.error(`mock: cannot serve ${mock.spec}: ${(error as Error).message}`);
    await mock.close();
    process.exit(1);
  }
  let doc;
  try {
    doc = readSpecDocument(mock.spec);
  } catch (error) {
    console.log(`mock: ready on ${address.url} (${(error as Error).message}: no banner).`);
    return;
  }
  const webhooks = options.webhook && { receiver: shownReceiver(new URL(options.webhook.url)), devSecret: !options.webhook.secret };
  console.log(banner(doc, { specPath: mock.spec, baseUrl: address.url, dynamic: options.dynamic, stateful: options.stateful, localImages: options.localImages, webhooks }));
}

try {
  const parsed = parseCommandLine(process.argv.slice(2), process.env);
  if (parsed.command === "serve") await serve(parsed.options);
  else if (parsed.command === "webhook") process.exitCode = await sendWebhooks(parsed.args, process.env, (line) => console.log(line));
  else console.log(parsed.command === "help" ? USAGE : version());
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`scalev-mock: ${error.message}`);
  process.exitCode = 2;
}
