/**
 * Checks an answer against what the bundled spec declares for it: the status is declared for the
 * operation and the body validates against that status's JSON schema (ajv, as the contract tests do);
 * a webhook event against its event's schema; and finds which stateful route a request is for.
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

/**
 * The route of `routes` ("METHOD /path/template") a request is for: the most specific template its path
 * matches (a literal segment beats a parameter, so `/v3/orders/statistics` is not `/v3/orders/{id}`).
 */
export function routeMatcher(routes: readonly string[]) {
  const templates = routes.map((route) => {
    const [method, path] = route.split(" ") as [string, string];
    const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    const specificity = path.split("/").map((segment) => (segment.startsWith("{") ? "0" : "1")).join("");
    return { method, path, pattern, specificity };
  });
  return (method: string, pathname: string): { method: string; path: string } | undefined => {
    let best: (typeof templates)[number] | undefined;
    for (const t of templates) if (t.method === method && t.pattern.test(pathname) && (!best || t.specificity > best.specificity)) best = t;
    return best && { method: best.method, path: best.path };
  };
}

/** Returns the problems with a webhook event's body (`{event, unique_id, timestamp, data}`), or [] when it is in its event's schema. */
export function webhookChecker(doc: Doc & { webhooks?: Record<string, unknown> }) {
  const ajv = specAjv(doc, "spec");
  return (event: { event: string }): string[] => {
    if (!doc.webhooks?.[event.event]) return [`the spec has no webhook ${event.event}`];
    const id = `spec#/webhooks/${encodeURIComponent(event.event)}/post/requestBody/content/application~1json/schema`;
    const validate = ajv.getSchema(id) ?? ajv.compile({ $ref: id });
    return validate(event) ? [] : [`${event.event}: ${ajv.errorsText(validate.errors, { separator: "; " })}`];
  };
}
