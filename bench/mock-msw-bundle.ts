/**
 * What the mock's MSW handlers (`scalev-v3-mock/msw`) add to a browser bundle: a page that creates them
 * (`createScalevHandlers()`), bundled and minified by esbuild for the browser with msw, openapi-msw and
 * the client outside (the app has them anyway), and where the bytes come from: the spec the handlers
 * carry (examples and the model of each operation), the request validators, and the code (engine,
 * state, webhooks). MSW's own browser part (`setupWorker`) is measured beside it for scale. Sizes, so
 * one run: they do not vary. `make bench` appends it to bench/RESULTS.md; alone: `npx tsx bench/mock-msw-bundle.ts`.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { browserBundle } from "./bundle-size.ts";
import { markdownTable } from "./stats.ts";

const root = resolve(import.meta.dirname, "..");

const bundle = (contents: string, external: string[]) => browserBundle({ stdin: { contents, resolveDir: root, loader: "ts" }, external });

/** Where a module of the handlers' bundle belongs. */
function part(path: string): string {
  if (path.endsWith("msw/generated/data.js")) return "the spec: examples and the operations' model (generated/data.js)";
  if (/msw\/generated\/validators-/.test(path)) return "request validators (generated/validators-*.js, ajv code)";
  if (path.includes("node_modules")) return "libraries (ajv-formats' formats)";
  return "code: engine, answer, state, webhooks";
}

export async function mockMswBundle(): Promise<string> {
  // The generated modules the handlers import, from the current spec (the package's build does the same).
  execFileSync(join(root, "node_modules", ".bin", "tsx"), [join(root, "mock", "msw", "compile.ts")], { cwd: root, stdio: "ignore" });
  const handlers = await bundle('import { createScalevHandlers } from "./mock/msw/index.ts";\nexport const scalev = createScalevHandlers();', ["msw", "msw/*", "openapi-msw", "scalev-v3-client"]);
  const worker = await bundle('import { setupWorker } from "msw/browser";\nimport { http } from "msw";\nexport const worker = setupWorker(http.get("/x", () => undefined));', []);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const totals = [
    ["the handlers (createScalevHandlers)", kb(handlers.minified), kb(handlers.gzip), kb(handlers.brotli)],
    ["MSW in the browser (setupWorker, http), for scale", kb(worker.minified), kb(worker.gzip), kb(worker.brotli)],
  ];
  const parts = new Map<string, number>();
  for (const [path, bytes] of handlers.modules) parts.set(part(path), (parts.get(part(path)) ?? 0) + bytes);
  const breakdown = [...parts].sort(([, a], [, b]) => b - a).map(([name, bytes]) => [name, kb(bytes), `${((100 * bytes) / handlers.minified).toFixed(0)} %`]);
  return [
    "## 11. The mock's MSW handlers in a browser bundle",
    "",
    "esbuild bundle + minify (ESM, browser) of a page that creates the handlers, msw, openapi-msw and the client outside; gzip level 9, brotli 11. Deterministic: one run.",
    "",
    markdownTable(["bundle", "minified", "gzip", "brotli"], totals),
    "",
    "Where the handlers' minified bytes come from:",
    "",
    markdownTable(["part", "minified", "share"], breakdown),
    "",
  ].join("\n");
}

/** Appends the section to `results` (bench/RESULTS.md) and prints it. */
export async function appendMockMswBundle(results: string): Promise<void> {
  process.stderr.write("bench: the MSW handlers' bundle…\n");
  const section = `\n${await mockMswBundle()}`;
  appendFileSync(results, section);
  process.stdout.write(section);
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(await mockMswBundle());
