/** The spec document the mock serves: the bundled one by default, or another file. */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Doc } from "./state/catalog.ts";

/**
 * The package ships the bundled spec beside its code (dist/openapi.json); run from this repository's
 * sources (mock/*.ts), the mock serves generated/openapi.json.
 */
export function defaultSpecPath(): string {
  const shipped = fileURLToPath(new URL("./openapi.json", import.meta.url));
  return existsSync(shipped) ? shipped : fileURLToPath(new URL("../generated/openapi.json", import.meta.url));
}

/** A bundled OpenAPI document (JSON), with a clear error when it is missing or not JSON. */
export function readSpecDocument(path: string): Doc {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`cannot read the spec ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new Error(`the spec ${path} is not a JSON document: ${(error as Error).message}`);
  }
  if (!doc || typeof doc !== "object" || typeof (doc as Doc).paths !== "object" || (doc as Doc).paths === null) {
    throw new Error(`the spec ${path} has no "paths": give a bundled OpenAPI document.`);
  }
  return doc as Doc;
}
