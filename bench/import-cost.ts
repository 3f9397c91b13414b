/**
 * What an import costs a bundled app that uses only part of the package: a webhook receiver
 * (verifyWebhookSignature, parseWebhook) and ID validation, bundled from the built dist/ with esbuild
 * (minified, browser, ESM), gzip level 9; and whether any client module comes along.
 */
import { gzipSync } from "node:zlib";
import { resolve } from "node:path";
import { build } from "esbuild";
import { markdownTable } from "./stats.ts";

const defaultDist = resolve(import.meta.dirname, "..", "dist", "index.js");
/** Modules only the client needs: none of them may be in these bundles. */
const CLIENT_ONLY = /(^|\/)(client|options|transport|retry|route|rate-limit|credentials|request|response|redirect|query|timers|path-params|unwrap|paginate|environment|storefront|routes|package)\.js$|openapi-fetch/;

const entries = (dist: string) => ({
  "webhook-only import": { code: `export { parseWebhook, verifyWebhookSignature } from ${JSON.stringify(dist)};`, limit: 2048 },
  "ID-helpers-only import": {
    code: `export { bundlePriceOptionUniqueId, businessUniqueId, isOrderUuid, orderId, parseOrderId, storeId, storeUniqueId, uuidv7Time, variantUniqueId, warehouseUniqueId } from ${JSON.stringify(dist)};`,
    limit: 1536,
  },
});

export interface ImportCostResult {
  markdown: string;
  results: Record<string, { gzip: number; limit: number; clientModules: string[] }>;
}

/** `dist`: the built entry point to import from (this repository's dist/index.js, or an installed copy's). */
export async function importCost(dist = defaultDist): Promise<ImportCostResult> {
  const results: ImportCostResult["results"] = {};
  for (const [name, { code, limit }] of Object.entries(entries(dist))) {
    const output = await build({ stdin: { contents: code, resolveDir: resolve(import.meta.dirname), loader: "js" }, bundle: true, minify: true, format: "esm", platform: "browser", target: "es2022", write: false, metafile: true, logLevel: "silent" });
    const inputs = Object.entries(Object.values(output.metafile.outputs)[0]!.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path);
    results[name] = { gzip: gzipSync(output.outputFiles[0]!.contents, { level: 9 }).byteLength, limit, clientModules: inputs.filter((path) => CLIENT_ONLY.test(path)) };
  }
  const rows = Object.entries(results).map(([name, r]) => [name, `${r.gzip} B`, `${r.limit} B`, r.clientModules.length ? r.clientModules.join(", ") : "none"]);
  const markdown = [
    "esbuild bundle + minify (ESM, browser) of an entry that re-exports only these functions from the built `dist/`, gzip level 9 (the consumer tests check the same on the packed tarball).",
    "",
    markdownTable(["entry", "gzip", "goal", "client modules in the bundle"], rows),
  ].join("\n");
  return { markdown, results };
}
