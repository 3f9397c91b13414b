import { resolve } from "node:path";
import { defineConfig } from "vitest/config";

/**
 * The built API reference (`make docs`) in headless Chromium: a phase of its own in `make test`
 * (`make test-docs`), after the reference is built and Chromium installed.
 */
export default defineConfig({
  test: {
    root: resolve(import.meta.dirname, "../.."),
    include: ["test/docs/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
