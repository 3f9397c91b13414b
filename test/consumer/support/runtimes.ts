/**
 * Bun and Deno as installed from npm (devDependencies). Their npm packages put the real binary in
 * place with a postinstall script; npm 11 may skip dependency install scripts, so each is looked up
 * where it lands either way and checked with `--version` before use.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { root } from "./consumer.ts";

const modules = join(root, "node_modules");

function works(command: string, args: string[] = []): boolean {
  if (!existsSync(command)) return false;
  const result = spawnSync(command, [...args, "--version"], { encoding: "utf8", timeout: 30_000 });
  return result.status === 0;
}

/** The bun binary: where its postinstall links it, or inside the platform package when it did not run. */
export function bunBinary(): { path?: string; reason?: string } {
  const platform = `${process.platform}-${process.arch === "arm64" ? "aarch64" : process.arch}`;
  const candidates = [
    join(modules, "bun", "bin", "bun.exe"),
    ...["", "-baseline", "-musl", "-musl-baseline"].map((variant) => join(modules, "@oven", `bun-${platform}${variant}`, "bin", "bun")),
  ];
  const path = candidates.find((candidate) => works(candidate));
  return path ? { path } : { reason: `no working Bun binary for ${platform} in node_modules (is the bun devDependency installed?)` };
}

/** Deno through its npm launcher, which finds (or links) the platform binary itself. */
export function denoCommand(): { command?: string[]; reason?: string } {
  const launcher = join(modules, "deno", "bin.cjs");
  return works(process.execPath, [launcher])
    ? { command: [process.execPath, launcher] }
    : { reason: `no working Deno in node_modules for ${process.platform}-${process.arch} (is the deno devDependency installed?)` };
}
