import { defineConfig, type Rolldown } from "tsdown";

/**
 * rolldown builds the CommonJS output of a `"type": "module"` package with Node's ESM interop
 * (`__toESM(mod, 1)`): the default import of a CommonJS dependency becomes its whole `exports` object,
 * so `require()` of this package called openapi-fetch's exports object instead of `createClient`.
 * A CommonJS file requiring CommonJS honours `__esModule` (as tsc's esModuleInterop does).
 */
const commonJsInterop: Rolldown.Plugin = {
  name: "scalev:commonjs-interop",
  renderChunk(code, _chunk, options) {
    if (options.format !== "cjs") return null;
    return code.replace(/__toESM\((\w+), 1\)/g, "__toESM($1)");
  },
};

/**
 * The generated API types are about 1 MB of declarations and nothing else: ship them once, as
 * dist/generated/schema.d.cts, and let the ESM declarations import that file. (ESM may import types
 * from CommonJS in every module mode; the reverse fails on TypeScript < 5.8.)
 */
const schemaTypesOnce: Rolldown.Plugin = {
  name: "scalev:schema-types-once",
  generateBundle(options, bundle) {
    if (options.format !== "es") return;
    for (const [fileName, output] of Object.entries(bundle)) {
      if (fileName === "generated/schema.d.ts") delete bundle[fileName];
      else if (output.type === "chunk" && fileName.endsWith(".d.ts")) {
        output.code = output.code.replace(
          /^import \{([^}]*)\} from "(\.{1,2}\/(?:[^"]*\/)?generated\/schema)\.js";$/gm,
          'import type {$1} from "$2.cjs";',
        );
      }
    }
  },
};

export default defineConfig({
  entry: { index: "src/index.ts", storefront: "src/storefront.ts" },
  format: ["esm", "cjs"],
  // One output file per source module, so a bundler includes only the modules an import reaches
  // (webhook or ID helpers alone leave the client and openapi-fetch out).
  unbundle: true,
  dts: true,
  sourcemap: false,
  clean: true,
  target: "es2022",
  platform: "neutral",
  plugins: [commonJsInterop, schemaTypesOnce],
  // The declaration pass over the generated types takes most of the build; no need to warn.
  checks: { pluginTimings: false },
});
