/**
 * Figures the docs quote that change with the code (package size, bundle sizes, operation counts, the
 * Node and TypeScript versions): measured here and written into marked regions of the checked documents
 * (scripts/docs/documents.ts), so no one types them by hand.
 *
 *   <!-- figure:tarball -->about 180 kB (82 files, 1.4 MB unpacked)<!-- /figure -->
 *
 *   tsx scripts/docs/figures.ts          rewrite every marked region (make docs-figures; needs dist/)
 *   tsx scripts/docs/figures.ts --check  list the stale regions and exit 1 (the consumer tests do this)
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { importCost } from "../../bench/import-cost.ts";
import { checkedDocuments, root } from "./documents.ts";

type Figures = Record<string, string>;

const REGION = /<!-- figure:([\w-]+) -->([\s\S]*?)<!-- \/figure -->/g;

export interface PackedPackage {
  /** `npm pack`'s numbers: tarball bytes, bytes unpacked, files. */
  size: number;
  unpackedSize: number;
  entryCount: number;
  /** The package's built entry point, `dist/index.js`. */
  entry: string;
}

/**
 * Measures every figure. The package figures are those of `packed` (the consumer tests pass the tarball
 * they installed), by default of this repository's built `dist/` (run `make build` first).
 */
export async function measureFigures(packed: PackedPackage = packThisRepository()): Promise<Figures> {
  const spec = JSON.parse(readFileSync(join(root, "generated", "openapi.json"), "utf8"));
  const operations = Object.values<Record<string, unknown>>(spec.paths).flatMap((item) =>
    Object.keys(item).filter((key) => ["get", "put", "post", "delete", "options", "head", "patch", "trace"].includes(key)),
  ).length;
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const imports = (await importCost(packed.entry)).results;
  return {
    operations: String(operations),
    "webhook-events": String(Object.keys(spec.webhooks ?? {}).length),
    node: nodeLines(pkg.engines.node),
    typescript: `\`${pkg.peerDependencies.typescript}\``,
    tarball: `about ${Math.round(packed.size / 10_000) * 10} kB (${packed.entryCount} files, ${(packed.unpackedSize / 1e6).toFixed(1)} MB unpacked)`,
    "webhooks-gzip": `about ${kilobytes(imports["webhook-only import"]!.gzip)}`,
    "ids-gzip": `about ${kilobytes(imports["ID-helpers-only import"]!.gzip)}`,
  };
}

/** `^20.0.0 || ^22.0.0 || >=24.0.0` as a reader says it: "20, 22 or 24 and newer". */
function nodeLines(range: string): string {
  const lines = range.split("||").map((part) => /^\s*(\^|>=)(\d+)(?:\.0)*\s*$/.exec(part));
  if (lines.some((line) => !line)) return `\`${range}\``;
  const names = lines.map((line) => (line![1] === ">=" ? `${line![2]} and newer` : line![2]!));
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function packThisRepository(): PackedPackage {
  const entry = join(root, "dist", "index.js");
  if (!existsSync(entry)) throw new Error("dist/ is missing: run `make build` first");
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const { size, unpackedSize, entryCount } = JSON.parse(out)[0];
  return { size, unpackedSize, entryCount, entry };
}

export interface StaleFigure {
  file: string;
  name: string;
  written: string;
  measured: string | undefined;
}

/** Rewrites (or, with write false, only compares) every marked region; returns those that differed. */
export function applyFigures(figures: Figures, { write }: { write: boolean }): StaleFigure[] {
  const stale: StaleFigure[] = [];
  for (const file of checkedDocuments()) {
    const path = join(root, file);
    const text = readFileSync(path, "utf8");
    const updated = text.replace(REGION, (region, name: string, written: string) => {
      const measured = figures[name];
      if (measured === written) return region;
      stale.push({ file, name, written, measured });
      return measured === undefined ? region : `<!-- figure:${name} -->${measured}<!-- /figure -->`;
    });
    if (write && updated !== text) writeFileSync(path, updated);
  }
  return stale;
}

if (import.meta.filename === process.argv[1]) {
  const check = process.argv.includes("--check");
  const stale = applyFigures(await measureFigures(), { write: !check });
  for (const { file, name, written, measured } of stale) {
    const what = measured === undefined ? "no such figure" : check ? `is ${measured}` : `now ${measured}`;
    console.log(`${file}: figure:${name} "${written}" ${what}`);
  }
  const unknown = stale.some((figure) => figure.measured === undefined);
  if (unknown || (check && stale.length > 0)) process.exit(1);
}
