/**
 * The docs can be found and trusted: every relative link of the checked documents
 * (scripts/docs/documents.ts) reaches a file and heading, the errors they quote are the real ones, no
 * install command uses the repository URL that has nothing behind it yet, and the API reference's copy of
 * the spec names the credential and scope of every operation.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as ids from "../../src/ids.ts";
import { credentialLine, operationsOf, referenceSpec } from "../../scripts/docs/build-reference.ts";
import { checkedDocuments, root } from "../../scripts/docs/documents.ts";
import { codeBlocks, headingAnchors, links, slugify } from "../../scripts/docs/markdown.ts";

/**
 * Link targets another branch is adding (the mock's own documentation, issue 24's mock-package work).
 * Once the file exists, the test fails until its entry is deleted here.
 */
const PENDING_TARGETS: string[] = [];

const documents = checkedDocuments().map((file) => ({ file, text: readFileSync(join(root, file), "utf8") }));

describe("links in the docs", () => {
  it("covers the README, CONTRIBUTING and every page of docs/", () => {
    expect(documents.map((doc) => doc.file)).toEqual(expect.arrayContaining(["README.md", "CONTRIBUTING.md", "docs/README.md", "docs/client.md"]));
  });

  it("reach an existing file and heading", () => {
    const broken: string[] = [];
    for (const { file, text } of documents) {
      for (const { target, line } of links(text)) {
        if (/^[a-z][a-z+.-]*:/i.test(target)) continue; // https:, mailto:
        const [path = "", anchor] = target.split("#");
        const resolved = path === "" ? file : relative(root, join(dirname(join(root, file)), decodeURI(path)));
        const where = `${file}:${line} → ${target}`;
        if (!existsSync(join(root, resolved))) {
          if (!PENDING_TARGETS.includes(resolved)) broken.push(`${where}: no such file`);
          continue;
        }
        if (anchor === undefined) continue;
        if (!resolved.endsWith(".md") || statSync(join(root, resolved)).isDirectory()) {
          broken.push(`${where}: an anchor into a file that is not Markdown`);
        } else if (!headingAnchors(readFileSync(join(root, resolved), "utf8")).has(anchor)) {
          broken.push(`${where}: no heading with that anchor`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(PENDING_TARGETS)("%s is still pending (once it exists, delete it from PENDING_TARGETS)", (target) => {
    expect(existsSync(join(root, target))).toBe(false);
    expect(documents.some(({ text }) => text.includes(target))).toBe(true);
  });
});

describe("what the docs quote", () => {
  it("quotes the real message where an ID helper call is said to throw (docs and src/ids.ts comments)", () => {
    const claimsIn = (at: (index: number) => string, lines: string[]) =>
      lines.flatMap((line, index) => {
        const claim = /^(?:\*\s*)?(\w+)\(("(?:[^"\\]|\\.)*"|\d+)\);?\s*\/\/ throws (\w+): (.*)$/.exec(line.trim());
        return claim ? [{ at: at(index), fn: claim[1]!, arg: JSON.parse(claim[2]!), error: claim[3]!, message: claim[4]! }] : [];
      });
    const claims = [
      ...documents.flatMap(({ file, text }) => codeBlocks(text).flatMap((block) => claimsIn((i) => `${file}:${block.line + i}`, block.code.split("\n")))),
      ...claimsIn((i) => `src/ids.ts:${i + 1}`, readFileSync(join(root, "src", "ids.ts"), "utf8").split("\n")),
    ];
    expect(claims.map((claim) => claim.at)).toEqual(expect.arrayContaining([expect.stringMatching(/^docs\/ids\.md:/), expect.stringMatching(/^src\/ids\.ts:/)]));
    for (const { at, fn, arg, error, message } of claims) {
      const helper = (ids as Record<string, unknown>)[fn];
      expect(typeof helper, `${at}: ${fn} is not an ID helper`).toBe("function");
      expect(() => (helper as (value: unknown) => unknown)(arg), at).toThrow(expect.objectContaining({ name: error, message }));
    }
  });

  it("never tells users to install from the repository URL that has nothing behind it yet", () => {
    const placeholder = "github.com/scalev-community/scalev-v3-client";
    const commands = documents.flatMap(({ file, text }) =>
      codeBlocks(text)
        .filter((block) => ["sh", "bash", "shell", "json"].includes(block.lang) && block.code.includes(placeholder))
        .map((block) => `${file}:${block.line}`),
    );
    expect(commands).toEqual([]);
  });
});

describe("the API reference's credential lines", () => {
  const spec = JSON.parse(readFileSync(join(root, "generated", "openapi.json"), "utf8"));
  const reference = referenceSpec(spec);

  it("open the description of every operation, and of no webhook", () => {
    const operations = operationsOf(reference, "paths");
    expect(operations.length).toBe(operationsOf(spec, "paths").length);
    for (const { method, path, operation } of operations) {
      expect(operation.description, `${method.toUpperCase()} ${path}`).toMatch(/^\*\*Credential:\*\* /);
    }
    for (const { operation } of operationsOf(reference, "webhooks")) expect(operation.description).not.toMatch(/Credential/);
    expect(spec.paths["/v3/orders/{id}"].get.description).not.toMatch(/Credential/); // the committed spec is untouched
  });

  it("name the scheme, how it is sent, and the scope", () => {
    const schemes = spec.components.securitySchemes;
    const scoped = new Set(["BusinessBearer"]);
    expect(credentialLine([{ BusinessBearer: ["order:read"] }], schemes, scoped)).toBe(
      "**Credential:** `BusinessBearer` (`Authorization: Bearer`). **OAuth scope:** `order:read`.",
    );
    expect(credentialLine([{ BusinessBearer: [] }], schemes, scoped)).toBe("**Credential:** `BusinessBearer` (`Authorization: Bearer`). **OAuth scope:** none documented.");
    expect(credentialLine([{ StorefrontApiKey: [], GuestToken: [] }, { StorefrontApiKey: [] }], schemes, scoped)).toBe(
      "**Credential:** `StorefrontApiKey` (`X-Scalev-Storefront-Api-Key` header), optional `GuestToken` (`X-Scalev-Guest-Token` header).",
    );
    expect(credentialLine([], schemes, scoped)).toBe("**Credential:** none (this route takes no credential header).");
  });
});

describe("the Markdown reader", () => {
  it("finds fenced blocks, also indented inside list items, with the line of their first code line", () => {
    const markdown = "# T\n\n```ts\nconst a = 1;\n```\n\n- item:\n\n  ```sh\n  make\n  ```\n";
    expect(codeBlocks(markdown)).toEqual([
      { lang: "ts", line: 4, code: "const a = 1;" },
      { lang: "sh", line: 10, code: "make" },
    ]);
  });

  it("gives headings GitHub's anchors and ignores links inside code", () => {
    expect(slugify("Deduplicate on unique_id, and answer business.test_event")).toBe("deduplicate-on-unique_id-and-answer-businesstest_event");
    expect([...headingAnchors("## `unwrap()` and `toApiError()`\n## Node `http`\n## Node `http`\n")]).toEqual(["unwrap-and-toapierror", "node-http", "node-http-1"]);
    expect(links("[a](x.md) `[b](y.md)`\n```\n[c](z.md)\n```\n")).toEqual([{ target: "x.md", line: 1 }]);
  });
});
