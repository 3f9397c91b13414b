import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Phases of their own: the packed package (test/consumer/vitest.config.ts, `make test-consumer`) and
    // the built API reference in Chromium (test/docs/vitest.config.ts, `make test-docs`).
    exclude: [...configDefaults.exclude, "test/consumer/**", "test/docs/**"],
    // Listed first, torn down last: its leftover-process check runs after Prism is stopped.
    globalSetup: ["test/mock/global-setup.ts", "test/support/prism-global-setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 20_000,
    // Passing tests are listed only when slower than this (the default, 300 ms, lists dozens of deliberate waits).
    slowTestThreshold: 5_000,
    hookTimeout: 60_000,
    typecheck: {
      enabled: true,
      include: ["test/types/**/*.test-d.ts"],
      // Only the type tests (and what they import): vitest checks incrementally, and a stale build state can
      // check the whole project in another order than `make typecheck` (which checks it all, afresh).
      tsconfig: "test/types/tsconfig.json",
    },
  },
});
