/**
 * The MSW handlers as an app gets them: the packed scalev-v3-mock and scalev-v3-client installed with msw
 * and vitest into a temporary app outside this repository. The README's Vitest setup file, as written there,
 * runs the app's own Vitest: a guest cart, checkout and the public order through the client, and reset
 * between tests isolating them; every TypeScript block of the README compiles against the installed packages.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { root } from "./support/consumer.ts";
import { run, runOk } from "./support/run.ts";

const consumer = inject("consumer");
let work: string;
let app: string;
const readme = () => readFileSync(join(app, "node_modules", "scalev-v3-mock", "README.md"), "utf8");
const typescriptBlocks = (text: string) => [...text.matchAll(/```(?:ts|typescript)\n([\s\S]*?)```/g)].map((match) => match[1]!);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "scalev-mock-msw-"));
  const pack = await runOk("npm", ["pack", "-w", "scalev-v3-mock", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: root });
  const [packed] = JSON.parse(pack.stdout) as { filename: string }[];
  app = join(work, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "component-tests", private: true, version: "0.0.0", type: "module" }));
  const devDependencies: Record<string, string> = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).devDependencies;
  const companions = ["msw", "vitest", "typescript", "@types/node"].map((name) => `${name}@${devDependencies[name]}`);
  await runOk("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", join(work, packed!.filename), consumer.tarball, ...companions], { cwd: app, timeoutMs: 240_000 });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("scalev-v3-mock/msw in an app's Vitest", () => {
  it("runs the README's setup file with setupServer: guest cart → checkout → public order, reset between tests", async () => {
    const setup = typescriptBlocks(readme()).find((code) => code.includes("setupServer(...scalev.handlers)"));
    expect(setup, "the README has a Vitest setup file").toBeDefined();
    mkdirSync(join(app, "test"));
    writeFileSync(join(app, "test", "msw.ts"), setup!);
    copyFileSync(join(import.meta.dirname, "mock-msw-app", "checkout.spec.ts"), join(app, "test", "checkout.spec.ts"));
    writeFileSync(join(app, "vitest.config.ts"), 'import { defineConfig } from "vitest/config";\nexport default defineConfig({ test: { setupFiles: ["test/msw.ts"] } });\n');
    const result = await run(process.execPath, [join(app, "node_modules", "vitest", "vitest.mjs"), "run"], { cwd: app, timeoutMs: 120_000 });
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toMatch(/Tests\s+.*2 passed/);
    expect(result.stdout).toContain('"placed"');
  });

  it("compiles every TypeScript block of the README against the installed packages", async () => {
    const blocks = typescriptBlocks(readme());
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    mkdirSync(join(app, "readme"));
    blocks.forEach((code, i) => writeFileSync(join(app, "readme", `example-${i + 1}.ts`), `${code}\nexport {};\n`));
    const compilerOptions = { strict: true, noEmit: true, target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2022", "DOM", "DOM.Iterable"], types: ["node"], skipLibCheck: true };
    writeFileSync(join(app, "readme", "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["*.ts"] }));
    await runOk(process.execPath, [join(app, "node_modules", "typescript", "bin", "tsc"), "-p", join(app, "readme", "tsconfig.json")], { cwd: app });
  });
});
