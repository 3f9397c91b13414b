/**
 * JSON-pointer and local `$ref` helpers for the bundled OpenAPI document: the one implementation that
 * codegen, the mock script, the tests and the benchmarks share.
 */
type Json = any;

/** JSON-pointer escaping of one reference token. */
export const pointerToken = (token: string) => token.replace(/~/g, "~0").replace(/\//g, "~1");
const unescapeToken = (token: string) => token.replace(/~1/g, "/").replace(/~0/g, "~");

/** The node at a JSON pointer (`#/a/b` or `/a/b`), or undefined. */
export function nodeAt(doc: Json, pointer: string): Json {
  return pointer
    .replace(/^#/, "")
    .split("/")
    .slice(1)
    .reduce((node: Json, token: string) => node?.[unescapeToken(token)], doc);
}

/** Follows a chain of local `$ref`s to the node it names (at most 20 hops, so a cycle cannot hang). */
export function resolveRef(doc: Json, node: Json): Json {
  let current = node;
  for (let hops = 0; current && typeof current === "object" && typeof current.$ref === "string" && hops < 20; hops++) {
    current = nodeAt(doc, current.$ref);
  }
  return current;
}
