/**
 * The few things the docs checks read from Markdown: fenced code blocks, links and heading anchors
 * (GitHub's rules), with the line each was found on.
 */

export interface CodeBlock {
  /** The fence's language (`ts`, `sh`, …; empty when none). */
  lang: string;
  /** 1-based line of the first line of code (the line after the opening fence). */
  line: number;
  /** The code, with the fence's indentation removed (blocks inside list items are indented). */
  code: string;
}

const FENCE = /^( {0,12})(`{3,}|~{3,})\s*([^\s`]*)/;

export function codeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split("\n");
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, lang] = open as unknown as [string, string, string, string];
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.trim().startsWith(fence[0]!.repeat(fence.length)) && line.trim().replace(/[`~]/g, "") === "") break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    blocks.push({ lang, line: i + 2, code: body.join("\n") });
    i = j;
  }
  return blocks;
}

/** The Markdown with every fenced block's lines blanked (line numbers kept) and inline code removed. */
export function prose(markdown: string): string {
  const lines = markdown.split("\n");
  for (const block of codeBlocks(markdown)) {
    const count = block.code === "" ? 0 : block.code.split("\n").length;
    for (let k = block.line - 2; k <= block.line - 1 + count; k++) lines[k] = "";
  }
  return lines.map((line) => line.replace(/`[^`]*`/g, "")).join("\n");
}

export interface Link {
  target: string;
  line: number;
}

/** Inline links and images (`[text](target)`) outside code. */
export function links(markdown: string): Link[] {
  return prose(markdown)
    .split("\n")
    .flatMap((text, index) => [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => ({ target: m[1]!, line: index + 1 })));
}

/** The anchors GitHub gives the headings of a document (`## Guest cart token` → `guest-cart-token`). */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of prose(keepInlineCode(markdown)).split("\n")) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const slug = slugify(heading[1]!);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

// Headings keep the text of their inline code: `prose()` would drop it, so mark it first.
const keepInlineCode = (markdown: string) => markdown.replace(/^(#{1,6}\s.*)$/gm, (heading) => heading.replace(/`([^`]*)`/g, "$1"));

export function slugify(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}
