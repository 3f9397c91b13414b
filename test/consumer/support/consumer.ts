import { resolve } from "node:path";
import type { NodeBinaries } from "./node-lines.ts";

/** The oldest TypeScript the package supports (package.json peerDependencies, README): older ones
 * fail inside openapi-fetch's own types. Installed at exactly this version in the consumer. */
export const OLDEST_TYPESCRIPT = "5.4.2";

export const root = resolve(import.meta.dirname, "../../..");

export interface Consumer {
  /** The temporary consumer project: the packed package and typescript-oldest in its node_modules. */
  dir: string;
  /** The `npm pack` tarball. */
  tarball: string;
  /** What `npm pack` reported for it: bytes, bytes unpacked, files. */
  packed: { size: number; unpackedSize: number; entryCount: number };
  /** A Prism mock of the API, started from the bundled spec. */
  prismUrl: string;
  /** A Node binary per supported line (support/node-lines.ts). */
  nodes: NodeBinaries;
}

declare module "vitest" {
  export interface ProvidedContext {
    consumer: Consumer;
  }
}

/** What fixtures/call.mjs and main.cjs must report: the number of orders the mock serves on
 * GET /v3/orders (asked directly, so no example value is hard-coded), and a typed config error. */
export async function expectedCall(prismUrl: string): Promise<{ orders: number; typedConfigError: true }> {
  const response = await fetch(`${prismUrl}/v3/orders`, { headers: { Authorization: "Bearer sk_test_consumer_0000" } });
  if (!response.ok) throw new Error(`the mock answered GET /v3/orders with ${response.status}`);
  const page = (await response.json()) as { data: unknown[] };
  return { orders: page.data.length, typedConfigError: true };
}

/** The JSON line a consumer script printed last. */
export const lastJsonLine = (stdout: string) => JSON.parse(stdout.trim().split("\n").at(-1)!);
