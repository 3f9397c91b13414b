/**
 * The `scalev-mock` command line (mock/options.ts): flags, the MOCK_* variables `make mock` has always
 * read as defaults (a flag wins), and a clear UsageError for what it cannot run with.
 */
import { describe, expect, it } from "vitest";
import { parseCommandLine, UsageError } from "../../mock/options.ts";

const serve = (argv: string[], env: Record<string, string> = {}) => {
  const parsed = parseCommandLine(argv, env);
  if (parsed.command !== "serve") throw new Error(`not serve: ${parsed.command}`);
  return parsed.options;
};

describe("scalev-mock options", () => {
  it("defaults to a stateful, static mock on 127.0.0.1:4010 with local pictures", () => {
    expect(serve([])).toEqual({ port: 4010, host: "127.0.0.1", stateful: true, dynamic: false, seed: undefined, ignoreExamples: false, spec: undefined, localImages: true, quiet: false });
  });

  it("reads every flag", () => {
    expect(serve(["-p", "0", "--host", "0.0.0.0", "--stateless", "--dynamic", "--seed", "42", "--ignore-examples", "--spec", "other.json", "--cdn-images", "--quiet"])).toEqual({
      port: 0,
      host: "0.0.0.0",
      stateful: false,
      dynamic: true,
      seed: "42",
      ignoreExamples: true,
      spec: "other.json",
      localImages: false,
      quiet: true,
    });
  });

  it("takes make mock's variables as defaults, and a flag over its variable", () => {
    const env = { MOCK_PORT: "4020", MOCK_HOST: "0.0.0.0", MOCK_STATEFUL: "0", MOCK_DYNAMIC: "1", MOCK_SPEC: "my.json" };
    expect(serve([], env)).toMatchObject({ port: 4020, host: "0.0.0.0", stateful: false, dynamic: true, spec: "my.json" });
    expect(serve(["--port", "4030", "--spec", "flag.json"], env)).toMatchObject({ port: 4030, spec: "flag.json" });
    expect(serve([], { MOCK_STATEFUL: "yes", MOCK_DYNAMIC: "off" })).toMatchObject({ stateful: true, dynamic: false });
  });

  it("caps carts and sends webhooks where told, with the secret from WEBHOOK_SECRET", () => {
    expect(serve(["--max-carts", "50"])).toMatchObject({ maxCarts: 50, webhook: undefined });
    expect(serve(["--webhook-url", "http://127.0.0.1:3000/webhooks"], { WEBHOOK_SECRET: "whsec_1" })).toMatchObject({
      webhook: { url: "http://127.0.0.1:3000/webhooks", secret: "whsec_1", allowRemote: false },
    });
    expect(serve([], { MOCK_WEBHOOK_URL: "http://localhost:3000/h" })).toMatchObject({ webhook: { url: "http://localhost:3000/h", secret: undefined } });
    expect(serve(["--webhook-url", "https://hooks.example.com/x", "--webhook-allow-remote"])).toMatchObject({ webhook: { allowRemote: true } });
  });

  it("hands the webhook subcommand its arguments, and knows --help and --version", () => {
    expect(parseCommandLine(["webhook", "http://127.0.0.1:3000/webhooks", "--duplicate"], {})).toEqual({ command: "webhook", args: ["http://127.0.0.1:3000/webhooks", "--duplicate"] });
    expect(parseCommandLine(["--help"], {})).toEqual({ command: "help" });
    expect(parseCommandLine(["--version"], {})).toEqual({ command: "version" });
  });

  it("refuses what it cannot run with, saying why", () => {
    const refusal = (argv: string[], env: Record<string, string> = {}) => {
      try {
        parseCommandLine(argv, env);
      } catch (error) {
        return error instanceof UsageError ? error.message.split("\n")[0] : `not a UsageError: ${error}`;
      }
      return "accepted";
    };
    expect(refusal(["--port", "http"])).toBe('--port must be a port number (0-65535), got "http".');
    expect(refusal(["--port", "70000"])).toBe('--port must be a port number (0-65535), got "70000".');
    expect(refusal([], { MOCK_PORT: "-1" })).toBe('MOCK_PORT must be a port number (0-65535), got "-1".');
    expect(refusal(["--errors"])).toMatch(/Unknown option '--errors'/);
    expect(refusal(["extra"])).toMatch(/Unexpected argument 'extra'/);
    expect(refusal(["--host", " "])).toMatch(/--host must name an interface/);
    expect(refusal(["--max-carts", "0"])).toBe('--max-carts must be a whole number of at least 1, got "0".');
    expect(refusal(["--webhook-url", "http://127.0.0.1:3000/h", "--stateless"])).toMatch(/does not go with --stateless/);
    expect(refusal(["--webhook-url", "https://hooks.example.com/x"])).toBe("--webhook-url: refusing to send to hooks.example.com: not a loopback address. Add --webhook-allow-remote if you really mean it.");
    expect(refusal(["--webhook-url", "hooks"])).toBe("--webhook-url: not a URL: hooks");
  });
});
