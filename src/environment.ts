import { ScalevConfigError } from "./errors.ts";

const runtime = globalThis as { process?: { versions?: { node?: string } }; window?: unknown; document?: unknown };

/** Node, and runtimes that present themselves as Node (Bun, Deno 2). */
export const isNodeLike = () => typeof runtime.process?.versions?.node === "string";

/** A page in a browser: window and document exist and this is not a Node-like runtime (jsdom tests are). */
export const isBrowserLike = () => !isNodeLike() && runtime.window !== undefined && runtime.document !== undefined;

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Parses and checks the API origin: HTTPS, except plain HTTP on loopback for local mocks. */
export function checkBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ScalevConfigError(`baseUrl is not an absolute URL: ${JSON.stringify(baseUrl)}.`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
    throw new ScalevConfigError(
      `baseUrl must use https (http only on localhost, 127.0.0.1, [::1]): ${url.origin}.`,
    );
  }
  return baseUrl.replace(/\/+$/, "");
}

/** A secret API key in a web page is readable by anyone who opens it. */
export function checkSecretKeyPlacement(apiKey: string | undefined, allowSecretKeyInBrowser: boolean | undefined): void {
  if (apiKey && !allowSecretKeyInBrowser && isBrowserLike()) {
    throw new ScalevConfigError(
      "apiKey is secret and anyone can read it in a browser: use it on a server (browsers use storefrontApiKey / customerToken) or set allowSecretKeyInBrowser.",
    );
  }
}
