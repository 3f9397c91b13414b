/**
 * Bundle size of the same app entries on this package, bare openapi-fetch and axios: a server-style
 * app (three typed calls and a paginated loop) and the browser storefront flow of examples/storefront.
 */
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { relative, resolve } from "node:path";
import { build } from "esbuild";
import { markdownTable } from "./stats.ts";

const fixtures = {
  "app: scalev client": "fixtures/app-scalev.ts",
  "app: bare openapi-fetch": "fixtures/app-openapi-fetch.ts",
  "app: axios": "fixtures/app-axios.ts",
  "storefront: scalev client": "fixtures/storefront-scalev.ts",
  "storefront: bare openapi-fetch": "fixtures/storefront-openapi-fetch.ts",
};

/**
 * The entry chunk: what a page loads at start. Built with code splitting, as browser bundlers (Vite,
 * webpack, esbuild --splitting) build apps, so a module the package imports on demand lands in a
 * chunk of its own, reported apart (`lazy`).
 */
async function measure(entry: string) {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, entry)],
    bundle: true,
    splitting: true,
    outdir: resolve(import.meta.dirname, ".tmp/bundle"),
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    define: { "process.env.SCALEV_API_KEY": '"sk_example"' },
    logLevel: "silent",
  });
  const outputs = result.metafile.outputs;
  // What a page loads at start: the entry chunk and every chunk it imports statically, transitively.
  const initial = new Set<string>();
  const visit = (path: string) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const imported of outputs[path]!.imports) if (imported.kind === "import-statement") visit(imported.path);
  };
  visit(Object.keys(outputs).find((path) => outputs[path]!.entryPoint)!);
  const bytesOf = (path: string) => result.outputFiles.find((file) => file.path === resolve(path))!.contents;
  const code = Buffer.concat([...initial].map((path) => bytesOf(path)));
  const inputs = Object.assign({}, ...[...initial].map((path) => outputs[path]!.inputs)) as Record<string, { bytesInOutput: number }>;
  const lazy = Object.entries(outputs)
    .filter(([path]) => path.endsWith(".js") && !initial.has(path))
    .map(([, output]) => ({ bytes: output.bytes, modules: Object.keys(output.inputs).map((m) => relative(resolve(import.meta.dirname, ".."), resolve(m))) }));
  return {
    lazy,
    minified: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
    modules: Object.entries(inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .sort(([, a], [, b]) => b.bytesInOutput - a.bytesInOutput)
      .map(([path, input]) => [relative(resolve(import.meta.dirname, ".."), resolve(path)), input.bytesInOutput] as const),
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
  const bareFor = (name: string) => sizes[`${name.split(":")[0]}: bare openapi-fetch`]!.gzip;
  const rows = Object.entries(sizes).map(([name, s]) => [name, kb(s.minified), kb(s.gzip), kb(s.brotli), (s.gzip / bareFor(name)).toFixed(2)]);
  const storefront = sizes["storefront: scalev client"]!;
  const markdown = [
    "esbuild bundle + minify (ESM, browser, code splitting as browser bundlers do) of the same entries: a server-style app (create a client, three typed calls, one paginated loop) and the storefront flow of examples/storefront (catalog, guest cart, shipping options, summary, checkout, public order), each also written on bare openapi-fetch; gzip level 9 and brotli 11, of the chunk a page loads at start. Deterministic: one run.",
    "",
    `Loaded on demand, apart from that: ${
      storefront.lazy.length
        ? storefront.lazy.map((chunk) => `${kb(chunk.bytes)} minified (${chunk.modules.map((m) => `\`${m}\``).join(", ")}), the OAuth scope table, fetched only when the app looks a scope up or a business route answers 403`).join("; ")
        : "nothing"
    }.`,
    "",
    markdownTable(["entry", "minified", "gzip", "brotli", "gzip × bare openapi-fetch (same entry)"], rows),
    "",
    "Where the storefront bundle's bytes come from (minified, before compression). Pagination, ID and webhook helpers are separate modules of the package, so an app that does not import them does not carry them:",
    "",
    markdownTable(["module", "minified bytes"], storefront.modules.map(([path, bytes]) => [`\`${path}\``, String(bytes)])),
  ].join("\n");
  return { markdown, scalevGzip: sizes["app: scalev client"]!.gzip, bareGzip: sizes["app: bare openapi-fetch"]!.gzip };
}
