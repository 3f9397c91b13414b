/**
 * What the generated types say beyond openapi-typescript's defaults (codegen.config.ts):
 * - An optional parameter or property may be given as `undefined`, meaning "not set": the client leaves
 *   undefined query and header values out and JSON bodies drop undefined properties, so
 *   `{ query: { page_id: page?.id } }` type-checks under `exactOptionalPropertyTypes` too.
 * - A string parameter that also takes a numeric id is `string | number`: its pattern admits a plain
 *   number (`/v3/stores/{store_id}/products`, the variant routes), or it is an order id (legacy numeric
 *   ids of migrated orders are still accepted). The id helpers' numeric ids (`storeId()`, a legacy
 *   `orderId()`) go in without a cast; in a path or a query a number travels as the same text.
 */
import ts from "typescript";
import { NUMBER, tsUnion, UNDEFINED, type OpenAPITSOptions, type ParameterObject, type ReferenceObject } from "openapi-typescript";

/** String parameters without a pattern that take numeric ids too. */
const TAKES_NUMERIC_IDS = new Set(["#/components/parameters/OrderId"]);

/** Where openapi-typescript types a parameter's value: a parameter component, or an inline parameter of a path item or operation. */
const INLINE_PARAMETER = /^(#\/paths\/[^/]+\/[a-z]+)\/parameters\/(query|header|path|cookie)\/([^/]+)$/;

type Resolve = <T>(ref: string) => T | undefined;

function parameterAt(path: string, resolve: Resolve): ParameterObject | undefined {
  if (/^#\/components\/parameters\/[^/]+$/.test(path)) return resolve<ParameterObject>(path);
  const [, owner = "", location, name] = INLINE_PARAMETER.exec(path) ?? [];
  // The owner is a path item's `parameters` list or an operation.
  const node = resolve<(ParameterObject | ReferenceObject)[] | { parameters?: (ParameterObject | ReferenceObject)[] }>(owner);
  const list = Array.isArray(node) ? node : node?.parameters;
  return list?.find((p): p is ParameterObject => !("$ref" in p) && p.in === location && p.name === name);
}

function takesNumericIds(path: string, parameter: ParameterObject): boolean {
  const schema = parameter.schema as { type?: unknown; pattern?: unknown } | undefined;
  if (schema?.type !== "string") return false;
  return TAKES_NUMERIC_IDS.has(path) || (typeof schema.pattern === "string" && new RegExp(schema.pattern).test("1021"));
}

export const typeTransforms: Pick<OpenAPITSOptions, "postTransform" | "transformProperty"> = {
  postTransform(type, options) {
    const parameter = options.path ? parameterAt(options.path, options.ctx.resolve) : undefined;
    if (!parameter) return undefined;
    const extra: ts.TypeNode[] = [];
    if (takesNumericIds(options.path!, parameter)) extra.push(NUMBER);
    if (parameter.in !== "path" && parameter.required !== true) extra.push(UNDEFINED);
    return extra.length ? tsUnion([type, ...extra]) : undefined;
  },
  transformProperty(property) {
    if (!property.questionToken || !property.type) return undefined;
    return ts.factory.updatePropertySignature(property, property.modifiers, property.name, property.questionToken, tsUnion([property.type, UNDEFINED]));
  },
};
