import { defineConfig } from "tsdown";

/**
 * The scalev-v3-mock package: plain JavaScript (ESM, Node 20+) in dist/, with the bundled spec beside
 * it (dist/openapi.json, which the mock serves by default) and the license. Prism's packages stay
 * dependencies; everything of this repository the mock imports (scripts/spec-refs.ts too) is bundled.
 */
export default defineConfig({
  entry: { cli: "cli.ts", index: "index.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  dts: true,
  sourcemap: false,
  fixedExtension: false,
  clean: true,
  copy: [{ from: "../generated/openapi.json" }, { from: "../LICENSE" }],
  checks: { pluginTimings: false },
});
