/**
 * The Markdown files the docs checks cover: their TypeScript blocks are type-checked against the packed
 * package (test/consumer/docs-code.test.ts), their relative links must resolve (test/unit/docs.test.ts)
 * and their marked figures must be current (scripts/docs/figures.ts). A folder stands for every `.md`
 * file under it. To cover another document, add one line here.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

export const root = resolve(import.meta.dirname, "../..");

export const CHECKED_DOCUMENTS = [
  "README.md",
  "CONTRIBUTING.md",
  "docs/",
];

/** Every checked Markdown file, as paths relative to the repository root, sorted. */
export function checkedDocuments(): string[] {
  return CHECKED_DOCUMENTS.flatMap((entry) => {
    const path = join(root, entry);
    return statSync(path).isDirectory() ? markdownUnder(path) : [path];
  })
    .map((path) => relative(root, path))
    .sort();
}

function markdownUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownUnder(path);
    return entry.name.endsWith(".md") ? [path] : [];
  });
}
