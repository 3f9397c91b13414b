/**
 * The README's install section, run as written: from a git URL (here the local clone as
 * git+file://, which npm handles like a GitHub URL: it clones, installs the dev dependencies, runs the
 * `prepare` build and packs) and from a local directory. Each install must then make a real call.
 */
import { copyFileSync, lstatSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, inject, it } from "vitest";
import { expectedCall, lastJsonLine, root } from "./support/consumer.ts";
import { runOk } from "./support/run.ts";

const consumer = inject("consumer");
const created: string[] = [];
afterAll(() => created.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function emptyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "scalev-install-"));
  created.push(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "app", private: true, version: "0.0.0" }));
  copyFileSync(join(consumer.dir, "main.cjs"), join(dir, "main.cjs"));
  return dir;
}

async function callFrom(dir: string) {
  const { stdout } = await runOk(process.execPath, ["main.cjs"], { cwd: dir, env: { ...process.env, SCALEV_BASE_URL: consumer.prismUrl } });
  return lastJsonLine(stdout);
}

it("npm install git+file://<clone> builds the package and it works", async () => {
  const head = (await runOk("git", ["rev-parse", "HEAD"], { cwd: root })).stdout.trim();
  console.log(`install: git+file://${root}#${head} (the committed HEAD; uncommitted changes are not in it)`);
  const app = emptyProject();
  await runOk("npm", ["install", "--no-audit", "--no-fund", `git+file://${root}#${head}`], { cwd: app, timeoutMs: 300_000 });
  expect(await callFrom(app)).toMatchObject(await expectedCall(consumer.prismUrl));
}, 360_000);

it("npm install <local directory> links the checkout and it works", async () => {
  const app = emptyProject();
  await runOk("npm", ["install", "--no-audit", "--no-fund", root], { cwd: app, timeoutMs: 180_000 });
  expect(lstatSync(join(app, "node_modules", "scalev-v3-client")).isSymbolicLink()).toBe(true);
  expect(await callFrom(app)).toMatchObject(await expectedCall(consumer.prismUrl));
});
