/**
 * The packed package's types, as a consumer's compiler sees them: fixtures/types/app.ts checked with
 * `strict`, `exactOptionalPropertyTypes` and `noUncheckedIndexedAccess` (and skipLibCheck off, so the
 * package's own declarations are checked too) as an ES module
 * (nodenext, bundler) and as CommonJS (nodenext, node10), on this repo's TypeScript and on the oldest
 * version the package claims.
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { OLDEST_TYPESCRIPT, root } from "./support/consumer.ts";
import { run } from "./support/run.ts";

const consumer = inject("consumer");

interface Mode {
  name: string;
  packageType: "module" | "commonjs";
  compilerOptions: Record<string, unknown>;
}

// ESM consumers get DOM types (a browser or bundler app); CommonJS ones only @types/node (a Node backend).
const modes: Mode[] = [
  { name: "esm-nodenext", packageType: "module", compilerOptions: { module: "nodenext", moduleResolution: "nodenext", lib: ["es2022", "dom"], types: [] } },
  { name: "esm-bundler", packageType: "module", compilerOptions: { module: "esnext", moduleResolution: "bundler", lib: ["es2022", "dom"], types: [] } },
  { name: "cjs-nodenext", packageType: "commonjs", compilerOptions: { module: "nodenext", moduleResolution: "nodenext", lib: ["es2022"], types: ["node"] } },
  { name: "cjs-node10", packageType: "commonjs", compilerOptions: { module: "commonjs", moduleResolution: "node10", lib: ["es2022"], types: ["node"] } },
];

const compilers = [
  { version: "this repository's", tsc: join(root, "node_modules", "typescript", "bin", "tsc") },
  { version: `oldest supported (${OLDEST_TYPESCRIPT})`, tsc: join(consumer.dir, "node_modules", "typescript-oldest", "bin", "tsc") },
];

function project(mode: Mode): string {
  const dir = join(consumer.dir, `types-${mode.name}`);
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(consumer.dir, "types", "app.ts"), join(dir, "app.ts"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: mode.packageType }));
  const compilerOptions = {
    target: "es2022",
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    skipLibCheck: false,
    ...mode.compilerOptions,
  };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["app.ts"] }));
  return dir;
}

describe.each(compilers)("TypeScript: $version", ({ tsc }) => {
  it("is the version the test means", async () => {
    const { stdout } = await run(process.execPath, [tsc, "--version"]);
    if (tsc.includes("typescript-oldest")) expect(stdout.trim()).toBe(`Version ${OLDEST_TYPESCRIPT}`);
    else expect(stdout).toMatch(/^Version 5\.9\./);
  });

  it.each(modes)("type-checks a strict $name consumer", async (mode) => {
    const result = await run(process.execPath, [tsc, "-p", project(mode)]);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});
