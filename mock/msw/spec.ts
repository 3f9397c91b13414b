/** The bundled spec as the handlers use it: compiled at build time by compile.ts into generated/. */
import { doc, operations } from "./generated/data.js";
import * as coerced from "./generated/validators-coerce.js";
import * as plain from "./generated/validators-plain.js";
import type { CompiledSpec } from "./engine.ts";

export const compiledSpec: CompiledSpec = { operations, doc, validators: { ...plain, ...coerced } };
