// Declarations of the ajv standalone module mock/msw/compile.ts writes at build time.
import type { CompiledValidator } from "../model.ts";

declare const validators: Record<string, CompiledValidator>;
export = validators;
