/**
 * Bundle size of the same app entries on this package, on bare openapi-fetch and on axios: the browser
 * storefront flow (catalog to placed order, and a paginated list) and a server-style app (three typed
 * calls and a paginated loop). Built as plain `esbuild --bundle --minify` builds them (no code
 * splitting, as many setups bundle: everything the entry reaches is in one file).
 */
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { relative, resolve } from "node:path";
import { build, type BuildOptions } from "esbuild";
import ts from "typescript";
import { markdownTable } from "./stats.ts";

const fixtures = {
  "storefront: scalev-v3-client/storefront": "fixtures/storefront-scalev-entry.ts",
  "storefront: scalev-v3-client (main entry)": "fixtures/storefront-scalev.ts",
  "storefront: bare openapi-fetch": "fixtures/storefront-openapi-fetch.ts",
  "app: scalev-v3-client": "fixtures/app-scalev.ts",
  "app: bare openapi-fetch": "fixtures/app-openapi-fetch.ts",
  "app: axios": "fixtures/app-axios.ts",
};
export const STOREFRONT = "storefront: scalev-v3-client/storefront";

const root = resolve(import.meta.dirname, "..");
/** gzip level 9: every size in this section is measured the same way. */
const gzipSize = (code: Uint8Array | string) => gzipSync(code, { level: 9 }).byteLength;

/**
 * One file as plain `esbuild --bundle --minify` makes it for a browser (ESM, no code splitting), its
 * gzip (level 9) and brotli (11) sizes, and the bytes each module put in it, largest first (paths from
 * the repository root). bench/mock-msw-bundle.ts measures the MSW handlers with it too.
 */
export async function browserBundle(input: Pick<BuildOptions, "entryPoints" | "stdin" | "external" | "define">) {
  const result = await build({
    ...input,
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  const [output] = Object.values(result.metafile.outputs);
  return {
    code,
    minified: code.byteLength,
    gzip: gzipSize(code),
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
    modules: Object.entries(output!.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .sort(([, a], [, b]) => b.bytesInOutput - a.bytesInOutput)
      .map(([path, input]) => [relative(root, resolve(root, path)), input.bytesInOutput] as const),
  };
}

const measure = (entry: string, external?: string[]) =>
  browserBundle({ entryPoints: [resolve(import.meta.dirname, entry)], define: { "process.env.SCALEV_API_KEY": '"sk_example"' }, external });

/**
 * `code` with every message in it (a string or template whose text has two spaces or more: error
 * messages, not header names or keys) replaced by a short distinct string: what the bundle would
 * weigh with the tersest possible errors.
 */
function withoutProse(code: Uint8Array): string {
  const text = new TextDecoder().decode(code);
  const file = ts.createSourceFile("bundle.js", text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const spans: [start: number, end: number][] = [];
  const isProse = (words: string) => (words.match(/ /g)?.length ?? 0) >= 2;
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (isProse(node.text)) spans.push([node.getStart(file), node.end]);
    } else if (ts.isTemplateExpression(node) && isProse(node.head.text + node.templateSpans.map((span) => span.literal.text).join(""))) {
      spans.push([node.getStart(file), node.end]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = text;
  spans.sort(([a], [b]) => b - a).forEach(([start, end], i) => (out = `${out.slice(0, start)}"m${i}"${out.slice(end)}`));
  return out;
}

export interface BundleResult {
  markdown: string;
  /** gzip bytes by entry. */
  gzip: Record<string, number>;
  /** gzip bytes of the storefront bundle with less in it (see withoutProse()). */
  floor: Record<"messages" | "openapiFetch" | "both", number>;
}

export async function bundleSize(): Promise<BundleResult> {
  const sizes = Object.fromEntries(await Promise.all(Object.entries(fixtures).map(async ([name, entry]) => [name, await measure(entry)] as const)));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
  const bareFor = (name: string) => sizes[`${name.split(":")[0]}: bare openapi-fetch`]!.gzip;
  const rows = Object.entries(sizes).map(([name, s]) => [name, kb(s.minified), kb(s.gzip), kb(s.brotli), (s.gzip / bareFor(name)).toFixed(2)]);
  const storefront = sizes[STOREFRONT]!;
  const ownCode = await measure(fixtures[STOREFRONT], ["openapi-fetch"]);
  const floor = {
    messages: gzipSize(withoutProse(storefront.code)),
    openapiFetch: ownCode.gzip,
    both: gzipSize(withoutProse(ownCode.code)),
  };
  const floorRows = [
    ["as built", storefront.gzip],
    ["every error message replaced by a short placeholder", floor.messages],
    ["openapi-fetch left out (the client's own code and the app)", floor.openapiFetch],
    ["both: the client's own code with no error messages", floor.both],
  ] as const;
  const markdown = [
    "`esbuild --bundle --minify` (ESM, browser, no code splitting: one file with everything the entry reaches) of the same entries: the storefront flow of examples/storefront plus the signed-in customer's subscriptions through paginate() (bench/fixtures/storefront-flow.ts), on the storefront entry point, on the main entry and on bare openapi-fetch; and a server-style app (a client, three typed calls, one paginated loop). gzip level 9, brotli 11. Deterministic: one build each.",
    "",
    markdownTable(["entry", "minified", "gzip", "brotli", "gzip × bare openapi-fetch (same app)"], rows),
    "",
    "What the storefront bundle would weigh with less in it, to show what a smaller one would cost (gzip; the messages are found by bench/bundle-size.ts withoutProse()):",
    "",
    markdownTable(["storefront bundle (scalev-v3-client/storefront)", "gzip"], floorRows.map(([what, bytes]) => [what, kb(bytes)])),
    "",
    "Where the storefront bundle's bytes come from (minified, before compression):",
    "",
    markdownTable(["module", "minified bytes"], storefront.modules.map(([path, bytes]) => [`\`${path}\``, String(bytes)])),
  ].join("\n");
  return {
    markdown,
    gzip: Object.fromEntries(Object.entries(sizes).map(([name, s]) => [name, s.gzip])),
    floor,
  };
}
