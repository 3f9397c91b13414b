const runtime = globalThis as { process?: { versions?: { node?: string } }; window?: unknown; document?: unknown };

/** Node, and runtimes that present themselves as Node (Bun, Deno 2). */
export const isNodeLike = () => typeof runtime.process?.versions?.node === "string";

/** A page in a browser: window and document exist and this is not a Node-like runtime (jsdom tests are). */
export const isBrowserLike = () => !isNodeLike() && runtime.window !== undefined && runtime.document !== undefined;
