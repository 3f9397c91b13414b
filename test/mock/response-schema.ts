/**
 * Checks an answer against what the bundled spec declares for it: the status is declared for the
 * operation and the body validates against that status's JSON schema (ajv, as the contract tests do).
 */
import { pointerToken, resolveRef } from "../../scripts/spec-refs.ts";
import { specAjv } from "../support/spec-ajv.ts";

type Doc = { paths: Record<string, Record<string, any>> };

/** Returns the problems with an answer of `METHOD path` (a spec path template), or [] when it is as declared. */
export function responseChecker(doc: Doc) {
  const ajv = specAjv(doc, "spec");

  return (method: string, path: string, status: number, body: unknown): string[] => {
    const declared = doc.paths[path]?.[method.toLowerCase()]?.responses?.[String(status)];
    if (!declared) return [`${method} ${path} does not declare ${status}`];
    const pointer = declared.$ref
      ? declared.$ref.replace(/^#/, "")
      : "/" + ["paths", path, method.toLowerCase(), "responses", String(status)].map(pointerToken).join("/");
    if (!resolveRef(doc, declared)?.content?.["application/json"]) return body === undefined ? [] : [`${method} ${path} → ${status} declares no body`];
    const id = `spec#${`${pointer}/content/application~1json/schema`.split("/").map(encodeURIComponent).join("/")}`;
    const validate = ajv.getSchema(id) ?? ajv.compile({ $ref: id });
    return validate(body) ? [] : [`${method} ${path} → ${status}: ${ajv.errorsText(validate.errors, { separator: "; " })}`];
  };
}
