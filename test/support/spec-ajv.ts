/**
 * The JSON Schema validator (ajv, 2020-12) the tests check bodies and examples with, loaded with a
 * document and knowing every `format` the spec uses (an unknown one would be skipped with a warning
 * on every compile; test/unit/spec-examples.test.ts checks that none is left unknown).
 */
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** OpenAPI's formats that only restate the JSON type: nothing more to check. */
const TYPE_FORMATS = ["binary", "int32", "int64", "float", "double", "byte", "password"];

export function specAjv(doc: object, id: string): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const format of TYPE_FORMATS) ajv.addFormat(format, true);
  // Money and weights travel as decimal strings ("185000.00"); a decimal number is any number.
  ajv.addFormat("decimal", { type: "string", validate: /^-?\d+(\.\d+)?$/ });
  // The contract's spelling for ISO 8601 date-time filters, whose time zone may be left out.
  ajv.addFormat("datetime", ajv.formats["iso-date-time"]!);
  ajv.addSchema(doc, id);
  return ajv;
}
