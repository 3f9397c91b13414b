import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startPrism } from "../support/prism.ts";
import { OLDEST_TYPESCRIPT, root } from "./support/consumer.ts";
import { installNodeLines } from "./support/node-lines.ts";
import { runOk } from "./support/run.ts";

/**
 * Builds and packs the package once, installs the tarball into a temporary consumer project (with the
 * oldest supported TypeScript), installs the supported Node lines the tests run it on, and starts a
 * Prism mock for the calls the consumers make.
 */
export default async function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), "scalev-consumer-"));
  await runOk("npx", ["tsdown", "--logLevel", "warn"], { cwd: root });
  const packed = await runOk("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: root });
  const [info] = JSON.parse(packed.stdout) as { filename: string; size: number; unpackedSize: number; entryCount: number }[];
  const tarball = join(work, info!.filename);
  console.log(
    `consumer: packed ${info!.filename}: ${(info!.size / 1000).toFixed(1)} kB, ` +
      `${(info!.unpackedSize / 1000).toFixed(1)} kB unpacked, ${info!.entryCount} files`,
  );

  const dir = join(work, "consumer");
  mkdirSync(dir);
  cpSync(join(import.meta.dirname, "fixtures"), dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "0.0.0" }));
  // What an app adds next to the package, at the versions this repository tests with.
  const devDependencies: Record<string, string> = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).devDependencies;
  const companions = ["@types/node", "@types/react", "openapi-react-query", "@tanstack/react-query"].map((name) => `${name}@${devDependencies[name]}`);
  // Types the docs' code blocks import beyond those (docs-code.test.ts): the Express receiver.
  companions.push("@types/express@^5.0.0");
  const [, nodes] = await Promise.all([
    runOk(
      "npm",
      ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball, `typescript-oldest@npm:typescript@${OLDEST_TYPESCRIPT}`, ...companions],
      { cwd: dir, timeoutMs: 240_000 },
    ),
    installNodeLines(join(work, "node-lines")),
  ]);
  console.log(`consumer: Node ${Object.values(nodes).map((node) => node.version ?? "missing").join(", ")}`);

  const prism = await startPrism();
  const { size, unpackedSize, entryCount } = info!;
  project.provide("consumer", { dir, tarball, packed: { size, unpackedSize, entryCount }, prismUrl: prism.url, nodes });
  return async () => {
    await prism.stop();
    rmSync(work, { recursive: true, force: true });
  };
}
