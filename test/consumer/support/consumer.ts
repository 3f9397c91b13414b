import { resolve } from "node:path";

/** The oldest TypeScript the package supports (package.json peerDependencies, README): older ones
 * fail inside openapi-fetch's own types. Installed at exactly this version in the consumer. */
export const OLDEST_TYPESCRIPT = "5.4.2";

export const root = resolve(import.meta.dirname, "../../..");

export interface Consumer {
  /** The temporary consumer project: the packed package and typescript-oldest in its node_modules. */
  dir: string;
  /** The `npm pack` tarball. */
  tarball: string;
  /** A Prism mock of the API, started from the bundled spec. */
  prismUrl: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    consumer: Consumer;
  }
}
