import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

export type OpenApiDocument = Record<string, any> & { paths: Record<string, Record<string, any>> };

let cached: OpenApiDocument | undefined;

/** The bundled spec (generated/openapi.json), the same file Prism serves. */
export function bundledSpec(): OpenApiDocument {
  cached ??= JSON.parse(readFileSync(resolve(import.meta.dirname, "../../generated/openapi.json"), "utf8"));
  return cached!;
}

export interface SpecOperation {
  /** "METHOD /templated/path" */
  key: string;
  method: string;
  path: string;
  operation: Record<string, any>;
}

export function specOperations(doc: OpenApiDocument = bundledSpec()): SpecOperation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((m) => item[m]).map((m) => ({
      key: `${m.toUpperCase()} ${path}`,
      method: m.toUpperCase(),
      path,
      operation: item[m],
    })),
  );
}

export { pointerToken } from "../../scripts/spec-refs.ts";
