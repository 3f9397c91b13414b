/**
 * The `scalev-mock` command line: flags, with the MOCK_* environment variables `make mock` has always
 * read as defaults. Bad input is a clear message and exit code 2, never a stack trace.
 */
import { parseArgs } from "node:util";

export const USAGE = `Usage: scalev-mock [options]
       scalev-mock webhook <receiver URL> [--event <name>]… [--duplicate] [--allow-remote] [--spec <file>]

Serves the whole Scalev v3 API from its bundled spec (Prism), with a stateful storefront.

Options:
  -p, --port <n>       port to listen on (default 4010; 0 picks a free one)        env MOCK_PORT
      --host <host>    interface to listen on (default 127.0.0.1; 0.0.0.0 for all)  env MOCK_HOST
      --stateless      every answer is the spec's example: no carts or orders kept  env MOCK_STATEFUL=0
      --dynamic        answers generated from the schemas instead of the examples   env MOCK_DYNAMIC=1
      --seed <text>    seed for generated answers (the same data on every start)
      --ignore-examples  answer as if the spec had no examples
      --spec <file>    serve another bundled OpenAPI document (JSON)                env MOCK_SPEC
      --cdn-images     keep the examples' CDN image URLs (default: pictures served by the mock)
      --quiet          no line per request
      --help           this text
      --version        the package version

Health: GET /__mock/health answers 200 once Prism answers (503 before).
Reset:  POST /__mock/reset forgets every cart and order.
Stop:   Ctrl-C or SIGTERM; exits 0.`;

export interface CliOptions {
  port: number;
  host: string;
  stateful: boolean;
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
  if (!host.trim()) throw new UsageError("--host must name an interface, e.g. 127.0.0.1 or 0.0.0.0.");
  return {
    command: "serve",
    options: {
      port: values.port !== undefined ? portNumber(values.port, "--port") : env.MOCK_PORT ? portNumber(env.MOCK_PORT, "MOCK_PORT") : 4010,
      host,
      stateful: !(values.stateless ?? falsy(env.MOCK_STATEFUL)),
      dynamic: values.dynamic ?? truthy(env.MOCK_DYNAMIC),
      seed: values.seed,
      ignoreExamples: values["ignore-examples"] ?? false,
      spec: values.spec ?? (env.MOCK_SPEC || undefined),
      localImages: !values["cdn-images"],
      quiet: values.quiet ?? false,
    },
  };
}
