/**
 * Bundles the split spec and generates everything under generated/ (see codegen.config.ts).
 *   tsx scripts/generate.ts          write generated/
 *   tsx scripts/generate.ts --check  regenerate into a temp dir and fail if generated/ differs
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import config from "../codegen.config.ts";
import { renderRouteTable, renderScopeTable } from "./route-table.ts";

const root = resolve(import.meta.dirname, "..");
const check = process.argv.includes("--check");
const outDir = check ? mkdtempSync(join(tmpdir(), "scalev-codegen-")) : root;
const out = (file: string) => {
  const path = join(outDir, file);
  mkdirSync(dirname(path), { recursive: true });
  return path;
};

const redocly = join(root, "node_modules", ".bin", "redocly");
execFileSync(redocly, ["bundle", config.spec, "--ext", "json", "-o", out(config.bundle)], {
  cwd: root,
  stdio: ["ignore", "ignore", "pipe"],
  env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
});
// Stable formatting whatever the bundler's whitespace: 2-space JSON and a final newline.
const bundled = JSON.parse(readFileSync(out(config.bundle), "utf8"));
writeFileSync(out(config.bundle), JSON.stringify(bundled, null, 2) + "\n");

const ast = await openapiTS(bundled, config.openapiTS);
writeFileSync(out(config.types), astToString(ast));
writeFileSync(out(config.routes), renderRouteTable(bundled));
writeFileSync(out(config.scopes), renderScopeTable(bundled));

if (check) {
  const stale = [config.bundle, config.types, config.routes, config.scopes].filter(
    (file) => readFileSync(join(outDir, file), "utf8") !== readFileSync(join(root, file), "utf8"),
  );
  rmSync(outDir, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`generated/ is out of date with spec/: ${stale.join(", ")}. Run \`make generate\` and commit.`);
    process.exit(1);
  }
  console.log("generated/ is in sync with spec/.");
} else {
  console.log(`Wrote ${config.bundle}, ${config.types}, ${config.routes}, ${config.scopes}.`);
}
