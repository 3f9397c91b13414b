/**
 * The banner `scalev-mock` prints once Prism answers: what it serves and ready-to-paste curl lines for
 * a storefront, a customer and a business route, plus the `Prefer` header hints.
 */
import { relative } from "node:path";
import { resolveRef } from "../scripts/spec-refs.ts";
import { DISCOUNT_CODES } from "./state/discounts.ts";
import { DEV_WEBHOOK_SECRET } from "./webhooks/index.ts";

export type Doc = { paths: Record<string, Record<string, any>>; components?: Record<string, any> };
const METHODS = ["get", "post", "put", "patch", "delete"] as const;

interface Operation {
  method: string;
  path: string;
  op: any;
  pathItem: any;
}

function operations(doc: Doc): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, pathItem]) =>
    METHODS.filter((m) => pathItem[m]).map((method) => ({ method: method.toUpperCase(), path, op: pathItem[method], pathItem })),
  );
}

/** Placeholder credentials: Prism only checks that the declared credential is present. */
const PLACEHOLDER = {
  StorefrontApiKey: "sfpk_test_mock0000000000",
  BusinessBearer: "sk_test_mock0000000000",
  CustomerBearer: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtb2NrLWN1c3RvbWVyIn0.bW9jaw",
} as const;

const HEADER_FOR: Record<string, (value: string) => string> = {
  StorefrontApiKey: (v) => `X-Scalev-Storefront-Api-Key: ${v}`,
  BusinessBearer: (v) => `Authorization: Bearer ${v}`,
  CustomerBearer: (v) => `Authorization: Bearer ${v}`,
};

/** A value for a path parameter: the spec's example, else a plausible id. */
function sampleParam(doc: Doc, param: any): string {
  const p = resolveRef(doc, param);
  const firstNamed = p.examples && Object.values<any>(p.examples)[0];
  const candidates = [p.example, resolveRef(doc, firstNamed)?.value, p.schema?.example, p.schema?.examples?.[0]];
  const found = candidates.find((v) => v !== undefined && v !== null);
  if (found !== undefined) return String(found);
  if (p.name === "store_id") return "store_vlzpML8edzxO5roOdV7Oyfn6";
  return "1";
}

function curlFor(doc: Doc, baseUrl: string, { method, path, op, pathItem }: Operation, extraHeaders: string[] = []): string {
  const params = [...(pathItem.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolveRef(doc, p)).filter((p) => p?.in === "path");
  const url = path.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(sampleParam(doc, params.find((p) => p.name === name) ?? { name })));
  const alternative: string[] = Object.keys(op.security?.find((alt: object) => Object.keys(alt).length > 0) ?? {});
  const headers = [
    ...alternative.filter((s) => HEADER_FOR[s]).map((s) => HEADER_FOR[s]!(PLACEHOLDER[s as keyof typeof PLACEHOLDER])),
    ...extraHeaders,
  ];
  const body = resolveRef(doc, op.requestBody)?.content?.["application/json"];
  const bodyExample = body?.example ?? resolveRef(doc, body?.examples && Object.values<any>(body.examples)[0])?.value;
  const parts = ["curl -s", method === "GET" ? "" : `-X ${method}`, ...headers.map((h) => `-H '${h}'`)];
  if (bodyExample !== undefined) parts.push(`-H 'Content-Type: application/json' -d '${JSON.stringify(bodyExample).replace(/'/g, "'\\''")}'`);
  parts.push(`${baseUrl}${url}`);
  return parts.filter(Boolean).join(" ");
}

const usesScheme = (o: Operation, scheme: string) => (o.op.security ?? []).some((alt: object) => scheme in alt);

/** The preferred route when it is specified (not a stub), else the first specified route of the family. */
function pick(ops: Operation[], preferred: string, family: (o: Operation) => boolean): Operation | undefined {
  const specified = ops.filter((o) => !o.op["x-scalev-stub"]);
  return specified.find((o) => `${o.method} ${o.path}` === preferred) ?? specified.find((o) => o.method === "GET" && family(o)) ?? specified.find(family);
}

/** A route whose 2xx response has several named examples, for the `Prefer: example=` hint. */
function namedExampleRoute(doc: Doc, ops: Operation[]): { op: Operation; names: string[] } | undefined {
  for (const op of ops) {
    for (const [status, response] of Object.entries<any>(op.op.responses ?? {})) {
      if (!status.startsWith("2")) continue;
      const names = Object.keys(resolveRef(doc, response)?.content?.["application/json"]?.examples ?? {});
      if (names.length > 1 && op.method === "GET") return { op, names };
    }
  }
  return undefined;
}

export interface BannerOptions {
  specPath: string;
  baseUrl: string;
  dynamic: boolean;
  stateful: boolean;
  localImages: boolean;
  /** Where every change is sent as a webhook, and whether it is signed with the fake development secret. */
  webhooks?: { receiver: string; devSecret: boolean } | undefined;
}

export function banner(doc: Doc, { specPath, baseUrl, dynamic, stateful, localImages, webhooks }: BannerOptions): string {
  const ops = operations(doc);
  const stubs = ops.filter((o) => o.op["x-scalev-stub"]).length;
  const lines = [
    "",
    `Scalev v3 mock (Prism) serving ${ops.length} operations${stubs ? ` (${stubs} still stubs without a response body)` : ""}`,
    `  from ${relative(process.cwd(), specPath) || specPath}, ${dynamic ? "dynamic: responses generated from the schemas" : "static: the spec's examples"}`,
    `  base URL: ${baseUrl}   (pass it as createScalevClient({ baseUrl }))`,
    "",
  ];
  const samples: [string, Operation | undefined][] = [
    ["Storefront (publishable key)", pick(ops, "GET /v3/stores/{store_id}/public/items", (o) => usesScheme(o, "StorefrontApiKey"))],
    ["Customer (customer JWT)", pick(ops, "GET /v3/stores/{store_id}/customers/me", (o) => usesScheme(o, "CustomerBearer"))],
    ["Business (API key)", pick(ops, "GET /v3/orders", (o) => usesScheme(o, "BusinessBearer"))],
  ];
  for (const [label, op] of samples) {
    lines.push(op ? `  ${label}: ${op.method} ${op.path}\n    ${curlFor(doc, baseUrl, op)}` : `  ${label}: no route of this family is specified yet`);
  }
  const named = namedExampleRoute(doc, ops);
  const notFound = ops.find((o) => !o.op["x-scalev-stub"] && o.method === "GET" && o.op.responses?.["404"]);
  lines.push(
    "",
    "  Pick a response:",
    named
      ? `    Prefer: example=<name>   a named example, e.g. ${named.names.map((n) => `"${n}"`).join(", ")} on ${named.op.method} ${named.op.path}:\n      ${curlFor(doc, baseUrl, named.op, [`Prefer: example=${named.names[1]}`])}`
      : "    Prefer: example=<name>   a named example of the response (names are in the spec's `examples`)",
    notFound
      ? `    Prefer: code=<status>    a declared status, e.g. 404 on ${notFound.method} ${notFound.path}:\n      ${curlFor(doc, baseUrl, notFound, ["Prefer: code=404"])}`
      : "    Prefer: code=<status>    a declared status, e.g. Prefer: code=404",
    "    Prefer: dynamic=true     one response generated from the schema",
    "",
    "  Requests are validated: a wrong body gets the spec's 400/422 status with the reasons in the body",
    "  ({\"error\": …, \"error_code\": \"validation_failed\", \"violations\": […]}); a missing credential gets 401.",
    "  Malformed requests get a 4xx and never take the mock down. CORS is open to every origin.",
    stateful
      ? `  Stateful storefront and back office: carts, checkout, orders and customers remember what you do (a Prefer\n  header gets Prism's canned answer instead); checkouts show in GET /v3/orders. Discount codes: ${DISCOUNT_CODES.map((d) => (d.expiredAt ? `${d.code} (expired)` : d.code)).join(", ")}.\n  curl -X POST ${baseUrl}/__mock/reset clears the state; --stateless runs without it.`
      : "  Stateless: every answer is the spec's example.",
    ...(webhooks
      ? [`  Webhooks: every change to an order is sent to ${webhooks.receiver}, signed with ${webhooks.devSecret ? `the fake development secret "${DEV_WEBHOOK_SECRET}" (set WEBHOOK_SECRET)` : "WEBHOOK_SECRET"}.`]
      : []),
    localImages ? `  Catalog pictures are served by the mock (${baseUrl}/__mock/images/…), so pages show them offline.` : "  Catalog pictures point at Scalev's CDN (--cdn-images).",
    `  Health: ${baseUrl}/__mock/health. Edits to the spec file are picked up as soon as it changes.`,
    "  Ctrl-C stops the mock.",
    "",
  );
  return lines.join("\n");
}
