/**
 * Codegen inputs, outputs and openapi-typescript options. `npm run generate` (or `make generate`)
 * bundles the split spec and writes everything under generated/; `make check-generated` fails when
 * the committed files differ from a fresh generation.
 */
import type { OpenAPITSOptions } from "openapi-typescript";
import { typeTransforms } from "./scripts/codegen-transforms.ts";

export default {
  /** Root of the split OpenAPI 3.1 spec. */
  spec: "spec/openapi.yaml",
  /** Bundled single-file spec: what Prism, the tests and users' tools read. */
  bundle: "generated/openapi.json",
  /** Types for openapi-fetch. */
  types: "generated/schema.d.ts",
  /** Runtime route metadata (security per operation, pagination), used by the client. */
  routes: "generated/routes.ts",
  /** OAuth scope of every business operation (src/scopes.ts looks them up). */
  scopes: "generated/scopes.ts",
  /** openapi-typescript options. */
  openapiTS: {
    alphabetize: false,
    immutable: false,
    enum: false,
    exportType: false,
    rootTypes: false,
    // A default does not make a property required: request bodies may omit it, answers follow `required`.
    defaultNonNullable: false,
    propertiesRequiredByDefault: false,
    additionalProperties: false,
    // Open objects (shape undocumented) become Record<string, unknown>, so their keys can be read.
    emptyObjectsUnknown: true,
    pathParamsAsTypes: false,
    arrayLength: false,
    // Optional means "may be undefined"; string parameters that take numeric ids take numbers (see the module).
    ...typeTransforms,
  } satisfies OpenAPITSOptions,
};
