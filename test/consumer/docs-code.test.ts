/**
 * Every TypeScript block of the checked docs (scripts/docs/documents.ts), compiled as a user's module
 * against the packed package with the strictest settings users turn on: `strict`,
 * `exactOptionalPropertyTypes` and `noUncheckedIndexedAccess`. Names a block uses without defining are
 * declared in fixtures/docs/stand-ins.d.ts. Errors are reported at their line in the Markdown file.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { checkedDocuments, root } from "../../scripts/docs/documents.ts";
import { codeBlocks } from "../../scripts/docs/markdown.ts";
import { run } from "./support/run.ts";

const consumer = inject("consumer");

interface Block {
  doc: string;
  line: number;
  file: string;
}

interface Diagnostic {
  at: string;
  message: string;
}

/** One module per block: `README.md` line 42 becomes `README.md@42.ts`. */
function writeBlocks(dir: string): Block[] {
  const blocks: Block[] = [];
  for (const doc of checkedDocuments()) {
    for (const block of codeBlocks(readFileSync(join(root, doc), "utf8"))) {
      if (!["ts", "typescript", "tsx"].includes(block.lang)) continue;
      const file = `${doc.replace(/\//g, "__")}@${block.line}.${block.lang === "tsx" ? "tsx" : "ts"}`;
      // `export {}` makes every block a module of its own, as a file of the user's would be.
      writeFileSync(join(dir, file), `${block.code}\nexport {};\n`);
      blocks.push({ doc, line: block.line, file });
    }
  }
  return blocks;
}

async function compile(): Promise<{ blocks: Block[]; diagnostics: Diagnostic[] }> {
  const dir = join(consumer.dir, "docs-code");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const blocks = writeBlocks(dir);
  const compilerOptions = {
    target: "es2022",
    module: "esnext",
    moduleResolution: "bundler",
    lib: ["es2022", "dom", "dom.iterable"],
    types: ["node"],
    jsx: "react-jsx",
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    noEmit: true,
  };
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["*.ts", "*.tsx", "../docs/stand-ins.d.ts"] }));
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const result = await run(process.execPath, [tsc, "-p", dir, "--pretty", "false"], { cwd: dir });
  return { blocks, diagnostics: toDiagnostics(result.stdout + result.stderr, blocks) };
}

/** tsc's `file(line,col): error TS…: message` (continuation lines indented), placed in the Markdown. */
function toDiagnostics(output: string, blocks: Block[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const line of output.split("\n")) {
    const start = /^(.+?)\((\d+),(\d+)\): (error .*)$/.exec(line);
    if (start) {
      const block = blocks.find((candidate) => candidate.file === start[1]);
      const at = block ? `${block.doc}:${block.line + Number(start[2]) - 1}` : `${start[1]}:${start[2]}`;
      diagnostics.push({ at, message: start[4]! });
    } else if (line.startsWith(" ") && diagnostics.length > 0) {
      diagnostics.at(-1)!.message += `\n    ${line.trim()}`;
    } else if (line.trim()) {
      diagnostics.push({ at: "tsc", message: line });
    }
  }
  return diagnostics;
}

describe("the TypeScript blocks of the docs", () => {
  let blocks: Block[] = [];
  let diagnostics: Diagnostic[] = [];
  beforeAll(async () => {
    ({ blocks, diagnostics } = await compile());
  });
  const render = (list: Diagnostic[]) => list.map(({ at, message }) => `${at}: ${message}`).join("\n");

  it("are found in every checked document that has code", () => {
    console.log(`docs code: ${blocks.length} TypeScript blocks in ${new Set(blocks.map((block) => block.doc)).size} documents`);
    expect(blocks.map((block) => block.doc)).toEqual(expect.arrayContaining(["README.md", "docs/client.md", "docs/webhooks.md"]));
  });

  it("compile with strict, exactOptionalPropertyTypes and noUncheckedIndexedAccess", () => {
    expect(render(diagnostics)).toBe("");
  });
});
