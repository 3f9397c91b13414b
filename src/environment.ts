import { ScalevConfigError } from "./errors.ts";

const runtime = globalThis as { process?: { versions?: { node?: string } }; window?: unknown; document?: unknown };

/** Node, and runtimes that present themselves as Node (Bun, Deno 2). */
export const isNodeLike = () => typeof runtime.process?.versions?.node === "string";

/** A page in a browser: window and document exist and this is not a Node-like runtime (jsdom tests are). */
export const isBrowserLike = () => !isNodeLike() && runtime.window !== undefined && runtime.document !== undefined;

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);
/** The real API's hosts: never over plain http, whatever the options say. */
const SCALEV_HOST = /(^|\.)scalev\.com$/i;

/**
 * Parses and checks the API origin (with an optional path prefix, e.g. a proxy's) and returns it
 * normalised, without a trailing slash. Refused: anything but an absolute https URL (plain http on
 * loopback for local mocks, on other hosts only with `allowInsecureHttp`, and never for scalev.com),
 * user info (a password would end up in errors and logs), and a query or fragment (the client
 * appends the operation path: `…#frag` would swallow it). Messages show the origin at most: an
 * unparsable value is not echoed (it may be a key pasted in the wrong option).
 */
export function checkBaseUrl(baseUrl: unknown, name = "baseUrl", allowInsecureHttp = false): string {
  if (typeof baseUrl !== "string") throw new ScalevConfigError(`${name} must be a string URL such as https://api.scalev.com.`);
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ScalevConfigError(`${name} is not an absolute URL (expected e.g. https://api.scalev.com).`);
  }
  if (url.protocol === "http:") {
    const host = url.hostname.replace(/\.$/, "");
    if (SCALEV_HOST.test(host)) throw new ScalevConfigError(`${name} must use https for the Scalev API: ${url.origin}.`);
    if (!LOOPBACK.has(host) && !allowInsecureHttp) {
      throw new ScalevConfigError(
        `${name} must use https (plain http only on localhost, 127.0.0.1, [::1], or for a local mock on another host with allowInsecureHttp: true): ${url.origin}.`,
      );
    }
  } else if (url.protocol !== "https:") {
    throw new ScalevConfigError(`${name} must use https: ${url.origin}.`);
  }
  if (url.username || url.password) {
    throw new ScalevConfigError(`${name} must not contain user info (user:password@): pass credentials as client options. Host: ${url.host}.`);
  }
  if (/[?#]/.test(baseUrl)) {
    throw new ScalevConfigError(`${name} must not have a query or fragment (the operation path is appended to it): ${url.origin}${url.pathname}.`);
  }
  return url.href.replace(/\/+$/, "");
}

/** A secret API key in a web page is readable by anyone who opens it. */
export function checkSecretKeyPlacement(apiKey: string | undefined, allowSecretKeyInBrowser: boolean | undefined): void {
  if (apiKey && !allowSecretKeyInBrowser && isBrowserLike()) {
    throw new ScalevConfigError(
      "apiKey is secret and anyone can read it in a browser: use it on a server (browsers use storefrontApiKey / customerToken) or set allowSecretKeyInBrowser.",
    );
  }
}
