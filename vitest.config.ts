import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The packed-package tests run in their own phase: test/consumer/vitest.config.ts (`make test-consumer`).
    exclude: [...configDefaults.exclude, "test/consumer/**"],
    globalSetup: ["test/support/prism-global-setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 20_000,
    // Passing tests are listed only when slower than this (the default, 300 ms, lists dozens of deliberate waits).
    slowTestThreshold: 5_000,
    hookTimeout: 60_000,
    typecheck: {
      enabled: true,
      include: ["test/types/**/*.test-d.ts"],
      tsconfig: "tsconfig.json",
    },
  },
});
