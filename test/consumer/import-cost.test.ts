/**
 * Imports pay only for what they use (issue 17): the built package keeps one file per module and is
 * `sideEffects: false`, so a bundler leaves the client and openapi-fetch out of code that only
 * verifies webhooks or validates IDs. Bundled from the installed tarball with esbuild, minified.
 */
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { describe, expect, inject, it } from "vitest";

const consumer = inject("consumer");

async function bundle(entry: string) {
  const result = await build({
    entryPoints: [join(consumer.dir, "import-cost", entry)],
    absWorkingDir: consumer.dir,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = Object.values((result.metafile as Metafile).outputs)[0]!;
  const modules = Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path.replace(/^.*node_modules\//, ""));
  return { gzip: gzipSync(result.outputFiles[0]!.contents, { level: 9 }).byteLength, modules };
}

/** Modules that only the client needs. */
const CLIENT_ONLY = /^openapi-fetch\/|scalev-v3-client\/dist\/(client|retry|rate-limit|credentials|path-params|unwrap|paginate|environment|generated\/routes|package)\.js$/;

describe.each([
  { name: "webhook-only import (verifyWebhookSignature, parseWebhook)", entry: "webhooks.mjs", limit: 2048, needs: "webhooks.js" },
  { name: "ID-helpers-only import", entry: "ids.mjs", limit: 1536, needs: "ids.js" },
])("$name", ({ entry, limit, needs }) => {
  it(`bundles to at most ${limit} bytes gzip, with no client code`, async () => {
    const { gzip, modules } = await bundle(entry);
    console.log(`import cost: ${entry}: ${gzip} B gzip from ${modules.join(", ")}`);
    expect(modules).toContain(`scalev-v3-client/dist/${needs}`);
    expect(modules.filter((module) => CLIENT_ONLY.test(module))).toEqual([]);
    expect(gzip).toBeLessThanOrEqual(limit);
  });
});
