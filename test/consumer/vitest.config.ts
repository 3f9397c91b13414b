import { resolve } from "node:path";
import { defineConfig } from "vitest/config";

/**
 * The package as users get it: packed with `npm pack`, installed into a temporary consumer project
 * (test/consumer/setup.ts), then imported, type-checked, linted, bundled and run there. A phase of its
 * own in `make test` (after the main suite), so its npm/tsc/bundler processes don't compete with the
 * timing-sensitive unit and chaos tests.
 */
export default defineConfig({
  test: {
    root: resolve(import.meta.dirname, "../.."),
    include: ["test/consumer/**/*.test.ts"],
    // The mock's setup first: it builds mock/dist and, torn down last, checks no process is left behind.
    globalSetup: ["test/mock/global-setup.ts", "test/consumer/setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 180_000,
    // Every test here runs npm, tsc or a runtime: list passing ones only when unusually slow.
    slowTestThreshold: 60_000,
    hookTimeout: 300_000,
  },
});
