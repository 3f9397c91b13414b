// Declarations of data.js, which mock/msw/compile.ts writes at build time.
import type { ModelOperation } from "../model.ts";

/** The bundled spec without its prose (descriptions, summaries, tags). */
export declare const doc: { paths: Record<string, Record<string, any>>; components?: Record<string, any>; [key: string]: unknown };
/** Every operation as Prism reads it. */
export declare const operations: ModelOperation[];
