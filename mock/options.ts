/**
 * The `scalev-mock` command line: flags, with the MOCK_* environment variables `make mock` has always
 * read as defaults. Bad input is a clear message and exit code 2, never a stack trace.
 */
import { parseArgs } from "node:util";
import { receiverUrl, WebhookConfigError } from "./webhooks/index.ts";

export const USAGE = `Usage: scalev-mock [options]
       scalev-mock webhook <receiver URL> [--event <name>]… [--duplicate] [--allow-remote] [--spec <file>]

Serves the whole Scalev v3 API from its bundled spec (Prism), with a stateful storefront.

Options:
  -p, --port <n>       port to listen on (default 4010; 0 picks a free one)        env MOCK_PORT
      --host <host>    interface to listen on (default 127.0.0.1; 0.0.0.0 for all)  env MOCK_HOST
      --stateless      every answer is the spec's example: no carts or orders kept  env MOCK_STATEFUL=0
      --max-carts <n>  carts kept at most; the one used longest ago goes first (default 10000)
      --webhook-url <url>  send every change to an order as a signed webhook event      env MOCK_WEBHOOK_URL
                       (secret: WEBHOOK_SECRET; a fake development one when unset)
      --webhook-allow-remote  let --webhook-url name a host that is not loopback
      --dynamic        answers generated from the schemas instead of the examples   env MOCK_DYNAMIC=1
      --seed <text>    seed for generated answers (the same data on every start)
      --ignore-examples  answer as if the spec had no examples
      --spec <file>    serve another bundled OpenAPI document (JSON)                env MOCK_SPEC
      --cdn-images     keep the examples' CDN image URLs (default: pictures served by the mock)
      --quiet          no line per request
      --help           this text
      --version        the package version

Health: GET /__mock/health answers 200 once Prism answers (503 before).
Reset:  POST /__mock/reset forgets every cart, and the orders and customers the mock created (from a
        script or a terminal; a web page of another origin may not).
Stop:   Ctrl-C or SIGTERM; exits 0.`;

export interface CliOptions {
  port: number;
  host: string;
  stateful: boolean;
  maxCarts: number | undefined;
  webhook: { url: string; secret: string | undefined; allowRemote: boolean } | undefined;
  dynamic: boolean;
  seed: string | undefined;
  ignoreExamples: boolean;
  spec: string | undefined;
  localImages: boolean;
  quiet: boolean;
}

export type Parsed = { command: "serve"; options: CliOptions } | { command: "help" | "version" } | { command: "webhook"; args: string[] };

/** A command line or environment the mock cannot run with. */
export class UsageError extends Error {}

const truthy = (value: string | undefined) => ["1", "true", "yes", "on"].includes((value ?? "").trim().toLowerCase());
const falsy = (value: string | undefined) => ["0", "false", "no", "off"].includes((value ?? "").trim().toLowerCase());

function portNumber(text: string, from: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text.trim()) || port > 65535) throw new UsageError(`${from} must be a port number (0-65535), got ${JSON.stringify(text)}.`);
  return port;
}

function checkReceiver(url: string, allowRemote: boolean, stateful: boolean) {
  if (!stateful) throw new UsageError("--webhook-url sends a webhook for each change to the state: it does not go with --stateless (MOCK_STATEFUL=0).");
  try {
    receiverUrl(url, allowRemote);
  } catch (error) {
    if (!(error instanceof WebhookConfigError)) throw error;
    throw new UsageError(`--webhook-url: ${error.message}${error.reason === "remote" ? " Add --webhook-allow-remote if you really mean it." : ""}`);
  }
}

function count(text: string, from: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < 1 || !Number.isSafeInteger(value)) throw new UsageError(`${from} must be a whole number of at least 1, got ${JSON.stringify(text)}.`);
  return value;
}

export function parseCommandLine(argv: string[], env: Record<string, string | undefined>): Parsed {
  if (argv[0] === "webhook") return { command: "webhook", args: argv.slice(1) };
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: "string", short: "p" },
        host: { type: "string" },
        stateless: { type: "boolean" },
        "max-carts": { type: "string" },
        "webhook-url": { type: "string" },
        "webhook-allow-remote": { type: "boolean" },
        dynamic: { type: "boolean" },
        seed: { type: "string" },
        "ignore-examples": { type: "boolean" },
        spec: { type: "string" },
        "cdn-images": { type: "boolean" },
        quiet: { type: "boolean" },
        help: { type: "boolean" },
        version: { type: "boolean" },
      },
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) return { command: "help" };
  if (values.version) return { command: "version" };
  const host = values.host ?? (env.MOCK_HOST || "127.0.0.1");
  const stateful = !(values.stateless ?? falsy(env.MOCK_STATEFUL));
  const webhookUrl = values["webhook-url"] ?? (env.MOCK_WEBHOOK_URL || undefined);
  if (webhookUrl !== undefined) checkReceiver(webhookUrl, values["webhook-allow-remote"] ?? false, stateful);
  if (!host.trim()) throw new UsageError("--host must name an interface, e.g. 127.0.0.1 or 0.0.0.0.");
  return {
    command: "serve",
    options: {
      port: values.port !== undefined ? portNumber(values.port, "--port") : env.MOCK_PORT ? portNumber(env.MOCK_PORT, "MOCK_PORT") : 4010,
      host,
      stateful,
      maxCarts: values["max-carts"] === undefined ? undefined : count(values["max-carts"], "--max-carts"),
      webhook: webhookUrl === undefined ? undefined : { url: webhookUrl, secret: env.WEBHOOK_SECRET || undefined, allowRemote: values["webhook-allow-remote"] ?? false },
      dynamic: values.dynamic ?? truthy(env.MOCK_DYNAMIC),
      seed: values.seed,
      ignoreExamples: values["ignore-examples"] ?? false,
      spec: values.spec ?? (env.MOCK_SPEC || undefined),
      localImages: !values["cdn-images"],
      quiet: values.quiet ?? false,
    },
  };
}
