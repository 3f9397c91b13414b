/**
 * The packed package run the ways users run it: `require()` and `import` on every supported Node line
 * (support/node-lines.ts), then Bun, Deno and Vercel's edge runtime, each making one real call to the
 * Prism mock. Bun and Deno come from their npm packages (devDependencies); a runtime that is not
 * installed is skipped with a printed reason.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { EdgeRuntime } from "edge-runtime";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { expectedCall, lastJsonLine, root } from "./support/consumer.ts";
import { NODE_LINES } from "./support/node-lines.ts";
import { bunBinary, denoCommand } from "./support/runtimes.ts";
import { runOk } from "./support/run.ts";

const consumer = inject("consumer");
const env = { ...process.env, SCALEV_BASE_URL: consumer.prismUrl };

let expected: Awaited<ReturnType<typeof expectedCall>>;
beforeAll(async () => {
  expected = await expectedCall(consumer.prismUrl);
});

it("package.json engines names the Node lines tested here", () => {
  const { engines } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { engines: { node: string } };
  const last = NODE_LINES.at(-1);
  expect(engines.node).toBe([...NODE_LINES.slice(0, -1).map((line) => `^${line}.0.0`), `>=${last}.0.0`].join(" || "));
});

describe.each(NODE_LINES)("Node %i", (line) => {
  const node = consumer.nodes[line]!;
  if (!node.path) console.warn(`SKIPPED Node ${line} consumer tests: ${node.reason}`);
  const skipped = node.path ? "" : ` (skipped: ${node.reason})`;

  it.skipIf(!node.path)(`runs the version it means${skipped}`, async () => {
    const { stdout } = await runOk(node.path!, ["-p", "process.version"]);
    expect(stdout.trim()).toBe(node.version);
    expect(stdout.trim()).toMatch(new RegExp(`^v${line}\\.`));
  });

  it.skipIf(!node.path)(`require() loads the CommonJS build and makes a call${skipped}`, async () => {
    const { stdout } = await runOk(node.path!, ["main.cjs"], { cwd: consumer.dir, env });
    const result = lastJsonLine(stdout);
    expect(result.entry).toMatch(/node_modules\/scalev-v3-client\/dist\/index\.cjs$/);
    expect(result).toMatchObject(expected);
  });

  it.skipIf(!node.path)(`import loads the ES module build and makes a call${skipped}`, async () => {
    const { stdout } = await runOk(node.path!, ["main.mjs"], { cwd: consumer.dir, env });
    const result = lastJsonLine(stdout);
    expect(result.entry).toMatch(/node_modules\/scalev-v3-client\/dist\/index\.js$/);
    expect(result).toMatchObject(expected);
  });

  it.skipIf(!node.path)(`openapi-react-query's query options fetch through the client${skipped}`, async () => {
    const { stdout } = await runOk(node.path!, ["react-query.mjs"], { cwd: consumer.dir, env });
    expect(lastJsonLine(stdout)).toEqual({ orders: expected.orders });
  });
});

describe("Bun", () => {
  const bun = bunBinary();
  if (!bun.path) console.warn(`SKIPPED Bun consumer test: ${bun.reason}`);
  it.skipIf(!bun.path)(`import and require() make a call${bun.path ? "" : ` (skipped: ${bun.reason})`}`, async () => {
    const esm = lastJsonLine((await runOk(bun.path!, ["main.mjs"], { cwd: consumer.dir, env })).stdout);
    expect(esm).toMatchObject(expected);
    const cjs = lastJsonLine((await runOk(bun.path!, ["main.cjs"], { cwd: consumer.dir, env })).stdout);
    expect(cjs).toMatchObject(expected);
  });
});

describe("Deno", () => {
  const deno = denoCommand();
  if (!deno.command) console.warn(`SKIPPED Deno consumer test: ${deno.reason}`);
  it.skipIf(!deno.command)(`import makes a call${deno.command ? "" : ` (skipped: ${deno.reason})`}`, async () => {
    const [command = "", ...prefix] = deno.command!;
    const args = [...prefix, "run", "--no-lock", "--no-prompt", "--allow-net=127.0.0.1", "--allow-env", "--allow-read", "main.mjs"];
    const { stdout } = await runOk(command, args, { cwd: consumer.dir, env: { ...env, DENO_DIR: join(consumer.dir, ".deno"), NO_COLOR: "1" } });
    expect(lastJsonLine(stdout)).toMatchObject(expected);
  });
});

describe("Vercel edge-runtime", () => {
  it("a bundled edge function makes a call", async () => {
    // Bundled the way Vercel bundles edge functions: edge-light/worker/browser conditions, no Node built-ins.
    const bundle = await build({
      entryPoints: [join(consumer.dir, "edge-entry.mjs")],
      bundle: true,
      format: "iife",
      platform: "neutral",
      mainFields: ["module", "main"],
      conditions: ["edge-light", "worker", "browser"],
      target: "es2022",
      write: false,
      logLevel: "silent",
    });
    const runtime = new EdgeRuntime({ initialCode: bundle.outputFiles[0]!.text });
    const result = await runtime.evaluate<Promise<unknown>>(`scalevCall(${JSON.stringify(consumer.prismUrl)})`);
    expect(result).toMatchObject(expected);
  });

  it("the bundle has no Node built-ins", () => {
    // A package that imported node:* would not load in an edge function.
    const files = ["index.js", "client.js", "webhooks.js", "retry.js"].map((name) =>
      readFileSync(join(consumer.dir, "node_modules", "scalev-v3-client", "dist", name), "utf8"),
    );
    for (const code of files) expect(code).not.toMatch(/from\s+["']node:|require\(["']node:/);
  });
});
