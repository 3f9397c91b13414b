import { defineConfig } from "tsdown";

/**
 * The scalev-v3-mock package: plain JavaScript (ESM) in dist/.
 * - cli.js, index.js (Node 20+): the `scalev-mock` command and its API, with the bundled spec beside them
 *   (dist/openapi.json, which the mock serves by default) and the license. Prism's packages stay
 *   dependencies; everything of this repository the mock imports (scripts/spec-refs.ts too) is bundled.
 * - msw.js (`scalev-v3-mock/msw`, browsers and Node): the MSW handlers, with the spec compiled into them
 *   by msw/compile.ts (run first by the package's build script); msw, openapi-msw and the client's types
 *   stay outside, and no Prism and no Node built-in is in it.
 */
export default defineConfig([
  {
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
  },
  {
    entry: { msw: "msw/index.ts" },
    format: ["esm"],
    platform: "browser",
    target: "es2022",
    dts: true,
    sourcemap: false,
    fixedExtension: false,
    clean: false,
    deps: { neverBundle: ["msw", "openapi-msw", "scalev-v3-client"] },
    checks: { pluginTimings: false },
  },
]);
