/**
 * The mock as a frontend team gets it: the packed scalev-v3-mock package, installed with the packed
 * client into a temporary app folder outside this repository, started with `npx scalev-mock --port N`.
 * It answers a business, a storefront and a customer route; a guest checkout goes through the client
 * package; SIGTERM to the npx process stops everything it started. The package is plain JavaScript with
 * the bundled spec inside and Prism as a dependency.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { freePort } from "../support/free-port.ts";
import { descendantsOf, isRunning, processTableAvailable, untilGone } from "../mock/processes.ts";
import { lastJsonLine, root } from "./support/consumer.ts";
import { runOk } from "./support/run.ts";

const consumer = inject("consumer");
const STORE = "store_vlzpML8edzxO5roOdV7Oyfn6";
let work: string;
let app: string;
let mock: ChildProcess | undefined;
let mockUrl: string;
let output = "";
let packed: { filename: string; files: { path: string }[] };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "scalev-mock-package-"));
  // mock/dist is built by the run's global setup (test/mock/global-setup.ts); packing it again here
  // would rebuild it under the other test files that use it.
  const pack = await runOk("npm", ["pack", "-w", "scalev-v3-mock", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: root });
  [packed] = JSON.parse(pack.stdout);
  app = join(work, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "storefront-app", private: true, version: "0.0.0", type: "module" }));
  copyFileSync(join(import.meta.dirname, "mock-app", "guest-checkout.mjs"), join(app, "guest-checkout.mjs"));
  // TypeScript and Node's types only to type-check the package README's examples, as an app would.
  const devDependencies: Record<string, string> = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).devDependencies;
  const typing = ["typescript", "@types/node"].map((name) => `${name}@${devDependencies[name]}`);
  await runOk("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", join(work, packed.filename), consumer.tarball, ...typing], { cwd: app, timeoutMs: 240_000 });
}, 300_000);

afterAll(async () => {
  if (mock && mock.exitCode === null && mock.signalCode === null) {
    const tree = descendantsOf(mock.pid!);
    mock.kill("SIGKILL");
    for (const pid of await untilGone(tree, 2000)) process.kill(pid, "SIGKILL");
  }
  rmSync(work, { recursive: true, force: true });
});

const installed = () => join(app, "node_modules", "scalev-v3-mock");
/** The packages the built JavaScript imports or requires (by name; node: builtins and relative files left out). */
const importedPackages = (dist: string): string[] => {
  const names = new Set<string>();
  for (const file of readdirSync(dist).filter((name) => name.endsWith(".js"))) {
    const code = readFileSync(join(dist, file), "utf8");
    for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\(\s*|\w*(?:require|resolve)\w*\(\s*)"([\w@.:/-]+)"/gi)) {
      if (specifier!.startsWith(".") || specifier!.startsWith("node:")) continue;
      names.add(specifier!.split("/").slice(0, specifier!.startsWith("@") ? 2 : 1).join("/"));
    }
  }
  return [...names];
};
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));

describe("the package", () => {
  it("is installed from its tarball as plain JavaScript, with the bundled spec inside and Prism as a dependency", () => {
    expect(lstatSync(installed()).isSymbolicLink()).toBe(false);
    const files = filesUnder(installed()).map((file) => relative(installed(), file));
    expect(files).toContain("dist/cli.js");
    expect(files).toContain("dist/openapi.json");
    expect(files).toContain("README.md");
    expect(files.filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))).toEqual([]);
    expect(readFileSync(join(installed(), "dist", "openapi.json"), "utf8")).toBe(readFileSync(join(root, "generated", "openapi.json"), "utf8"));
    const manifest = JSON.parse(readFileSync(join(installed(), "package.json"), "utf8"));
    expect(manifest.bin).toEqual({ "scalev-mock": "./dist/cli.js" });
    expect(Object.keys(manifest.dependencies)).toContain("@stoplight/prism-http");
    // Build-time tools may be listed as devDependencies (never installed for a user): what runs imports only these.
    const runtime = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies ?? {})]);
    expect(importedPackages(join(installed(), "dist")).filter((name) => !runtime.has(name))).toEqual([]);
    expect(lstatSync(join(app, "node_modules", "@stoplight", "prism-http")).isDirectory()).toBe(true);
    expect(lstatSync(join(app, "node_modules", "tsx"), { throwIfNoEntry: false })).toBeUndefined();
  });

  it("its README's TypeScript examples compile against the installed packages", async () => {
    const readme = readFileSync(join(installed(), "README.md"), "utf8");
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    mkdirSync(join(app, "readme"));
    blocks.forEach((code, i) => writeFileSync(join(app, "readme", `example-${i + 1}.ts`), `${code}\nexport {};\n`));
    writeFileSync(
      join(app, "readme", "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", types: ["node"], skipLibCheck: false }, include: ["*.ts"] }),
    );
    await runOk(process.execPath, [join(app, "node_modules", "typescript", "bin", "tsc"), "-p", join(app, "readme", "tsconfig.json")], { cwd: app });
  });
});

describe("npx scalev-mock --port N in an app folder", () => {
  it("starts, and says it is ready on its health route", async () => {
    const port = await freePort();
    mockUrl = `http://127.0.0.1:${port}`;
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("MOCK_") && !name.startsWith("npm_")));
    mock = spawn("npx", ["scalev-mock", "--port", String(port)], { cwd: app, env, stdio: ["ignore", "pipe", "pipe"] });
    mock.stdout!.on("data", (chunk) => (output += chunk));
    mock.stderr!.on("data", (chunk) => (output += chunk));
    const deadline = Date.now() + 120_000;
    for (;;) {
      expect(mock.exitCode, output).toBeNull();
      expect(Date.now(), `not ready within 120 s:\n${output}`).toBeLessThan(deadline);
      const health = await fetch(`${mockUrl}/__mock/health`).catch(() => undefined);
      const body = await health?.json();
      if (health?.status === 200) {
        expect(body).toMatchObject({ status: "ready", stateful: true, spec: join(installed(), "dist", "openapi.json") });
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    await expect.poll(() => output, { timeout: 5000 }).toContain("Scalev v3 mock (Prism) serving");
  }, 150_000);

  it("answers 200 on a business, a storefront and a customer route", async () => {
    const routes: [string, Record<string, string>][] = [
      ["/v3/orders", { Authorization: "Bearer sk_test_app" }],
      [`/v3/stores/${STORE}/public/items`, { "X-Scalev-Storefront-Api-Key": "sfpk_test_app" }],
      [`/v3/stores/${STORE}/customers/me`, { Authorization: "Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2ln" }],
    ];
    for (const [path, headers] of routes) {
      const response = await fetch(`${mockUrl}${path}`, { headers });
      expect(response.status, path).toBe(200);
      expect(await response.json(), path).toBeTypeOf("object");
    }
    expect((await fetch(`${mockUrl}/v3/stores/${STORE}/public/items`)).status).toBe(401);
  });

  it("takes a guest checkout through the client package", async () => {
    const { stdout } = await runOk(process.execPath, ["guest-checkout.mjs"], { cwd: app, env: { ...process.env, SCALEV_BASE_URL: mockUrl } });
    const result = lastJsonLine(stdout);
    expect(result.guestToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.cart.lines).toEqual([{ variant_id: result.variant.id, quantity: 2 }]);
    const products = 2 * result.variant.price;
    expect(result.order).toEqual({
      secret_slug: result.placed.secret_slug,
      lines: [{ quantity: 2, variant_price: result.variant.price }],
      product_price: products,
      shipping_cost: result.courierCost,
      gross_revenue: products + result.courierCost,
      buyer: "Sari Wulandari",
    });
    expect(result.placed.status).toBe("pending");
    expect(result.cartAfter).toBe(0);
  });

  it("stops on SIGTERM to the npx process, leaving no process behind", async () => {
    const tree = processTableAvailable ? descendantsOf(mock!.pid!) : [];
    if (processTableAvailable) expect(tree.length, "npx runs the mock below it").toBeGreaterThan(0);
    const exited = new Promise((done) => mock!.once("exit", done));
    mock!.kill("SIGTERM");
    await exited;
    expect(await untilGone(tree, 5000)).toEqual([]);
    expect(tree.filter(isRunning)).toEqual([]);
    await expect(fetch(`${mockUrl}/__mock/health`)).rejects.toThrow();
  }, 20_000);
});
