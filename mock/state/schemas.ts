/**
 * Bodies kept inside their schema. The state builds a body from an example and its own values, then
 * `conform()` fits it to the schema the operation declares: properties the schema does not declare are
 * dropped (where it allows no others), a `null` the schema does not allow is left out (unless required),
 * and an amount goes in the representation the schema asks for (a decimal string, or a number). So the
 * same order reads right as an `Order` (money as "185000.00") and as an `OrderList` item (money as
 * numbers), and a webhook payload as the event's schema says.
 */
import { resolveRef } from "../../scripts/spec-refs.ts";
import type { Doc } from "./catalog.ts";
import { formatMoney, moneyOf } from "./money.ts";

type Json = any;

interface Shape {
  types: string[];
  format: string | undefined;
  properties: Map<string, Json> | undefined;
  required: Set<string>;
  /** Other properties are kept. */
  open: boolean;
  items: Json;
}

const shapes = new WeakMap<object, Shape>();

/** A schema's type, properties and items, through `$ref` and `allOf`. */
function shapeOf(doc: Doc, schema: Json, depth = 0): Shape {
  const node = resolveRef(doc, schema) ?? {};
  const cached = shapes.get(node);
  if (cached) return cached;
  const shape: Shape = {
    types: node.type === undefined ? [] : [node.type].flat(),
    format: node.format,
    properties: node.properties ? new Map(Object.entries(node.properties)) : undefined,
    required: new Set(node.required ?? []),
    open: false,
    items: node.items,
  };
  const parts: Json[] = depth < 10 ? (node.allOf ?? []) : [];
  for (const part of parts) {
    const inner = shapeOf(doc, part, depth + 1);
    if (shape.types.length === 0) shape.types = inner.types;
    shape.format ??= inner.format;
    if (inner.properties) shape.properties = new Map([...(shape.properties ?? []), ...inner.properties]);
    for (const name of inner.required) shape.required.add(name);
    shape.items ??= inner.items;
  }
  // Undeclared properties stay where the schema declares none, allows others, or is a oneOf/anyOf.
  const allowsOthers = (n: Json) => n.additionalProperties !== undefined && n.additionalProperties !== false;
  shape.open = !shape.properties || allowsOthers(node) || parts.some((part) => allowsOthers(resolveRef(doc, part) ?? {})) || !!(node.oneOf || node.anyOf);
  shapes.set(node, shape);
  return shape;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** `value` fitted to `schema` (a schema object or `{ $ref }`). */
export function conform(doc: Doc, schema: Json, value: Json, depth = 0): Json {
  if (value === null || value === undefined || depth > 30) return value;
  const shape = shapeOf(doc, schema);
  const numeric = shape.types.includes("number") || shape.types.includes("integer");
  if (typeof value === "string" && numeric && !shape.types.includes("string") && DECIMAL.test(value)) return Number(value);
  if (typeof value === "number" && shape.types.includes("string") && !numeric) return shape.format === "decimal" ? formatMoney(moneyOf(value) ?? 0n) : String(value);
  if (Array.isArray(value)) return shape.items ? value.map((item) => conform(doc, shape.items, item, depth + 1)) : value;
  if (typeof value !== "object" || !shape.properties) return value;
  const out: Record<string, Json> = {};
  for (const [name, inner] of Object.entries(value)) {
    const declared = shape.properties.get(name);
    if (!declared) {
      if (shape.open) out[name] = inner;
      continue;
    }
    if (inner === null && !shape.required.has(name) && !allowsNull(doc, declared)) continue;
    out[name] = conform(doc, declared, inner, depth + 1);
  }
  return out;
}

function allowsNull(doc: Doc, schema: Json): boolean {
  const node = resolveRef(doc, schema) ?? {};
  if (node.oneOf || node.anyOf) return [...(node.oneOf ?? []), ...(node.anyOf ?? [])].some((part: Json) => allowsNull(doc, part));
  const { types } = shapeOf(doc, schema);
  return types.length === 0 || types.includes("null");
}

/** `#/components/schemas/<name>`. */
export const schemaNamed = (name: string) => ({ $ref: `#/components/schemas/${name}` });
