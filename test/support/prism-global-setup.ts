import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startPrism } from "./prism.ts";
import { specOperations } from "./spec.ts";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
    contractCallsDir: string;
  }
}

/**
 * One Prism mock server for the whole run. Contract calls are recorded in a temp directory; with
 * CONTRACT_COVERAGE=strict (set by `make test`) the run fails if any spec operation was never called.
 */
export default async function setup(project: TestProject) {
  const prism = await startPrism();
  const callsDir = mkdtempSync(join(tmpdir(), "scalev-contract-calls-"));
  project.provide("prismUrl", prism.url);
  project.provide("contractCallsDir", callsDir);

  return async () => {
    await prism.stop();
    const called = new Set(
      readdirSync(callsDir).flatMap((file) => readFileSync(join(callsDir, file), "utf8").split("\n").filter(Boolean)),
    );
    rmSync(callsDir, { recursive: true, force: true });
    if (process.env.CONTRACT_COVERAGE !== "strict") return;
    const missing = specOperations().filter((op) => !called.has(op.key)).map((op) => op.key);
    if (missing.length > 0) {
      // vitest reports an error thrown here but still exits 0: fail the run through the exit code.
      console.error(`Contract coverage: ${missing.length} operation(s) never called against Prism:\n  ${missing.join("\n  ")}`);
      process.exitCode = 1;
      return;
    }
    console.log(`Contract coverage: all ${specOperations().length} operations called against Prism.`);
  };
}
