/** Bundle size of the same typical app entry on this package, bare openapi-fetch and axios. */
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { resolve } from "node:path";
import { build } from "esbuild";
import { markdownTable } from "./stats.ts";

const fixtures = {
  "scalev client": "fixtures/app-scalev.ts",
  "bare openapi-fetch": "fixtures/app-openapi-fetch.ts",
  axios: "fixtures/app-axios.ts",
};

async function measure(entry: string) {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, entry)],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    define: { "process.env.SCALEV_API_KEY": '"sk_example"' },
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  return {
    minified: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
  };
}

export interface BundleResult {
  markdown: string;
  scalevGzip: number;
  bareGzip: number;
}

export async function bundleSize(): Promise<BundleResult> {
  const sizes = Object.fromEntries(
    await Promise.all(Object.entries(fixtures).map(async ([name, entry]) => [name, await measure(entry)] as const)),
  );
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
  const base = sizes["bare openapi-fetch"]!.gzip;
  const rows = Object.entries(sizes).map(([name, s]) => [name, kb(s.minified), kb(s.gzip), kb(s.brotli), (s.gzip / base).toFixed(2)]);
  const markdown = [
    "esbuild bundle + minify (ESM, browser) of the same app entry (create a client, three typed calls, one paginated loop); gzip level 9 and brotli 11. Deterministic: one run.",
    "",
    markdownTable(["entry", "minified", "gzip", "brotli", "gzip × bare openapi-fetch"], rows),
  ].join("\n");
  return { markdown, scalevGzip: sizes["scalev client"]!.gzip, bareGzip: base };
}
