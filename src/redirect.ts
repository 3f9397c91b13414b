/**
 * Redirects. The Scalev API does not redirect, so a redirect means a proxy, a moved mock or something
 * worse, and the client follows one only where its credentials may go:
 * - to the same origin (scheme, host and port), at most 5 hops: 307/308 keep the method and resend
 *   the kept body; 303 (and 301/302 after a POST, as every HTTP client does) become a GET without
 *   the body or its content headers;
 * - never to another origin: the redirect itself comes back as the answer (a non-2xx `response`;
 *   unwrap() throws ScalevApiError with its status and `location` header), so no credential leaves.
 * A call's own `redirect` option still applies: "manual" returns any redirect, "error" makes it a
 * ScalevResponseError. In a browser, fetch hides redirects it was told not to follow (an opaque
 * response): that is a ScalevResponseError too, since nothing about it can be read.
 */
import { ScalevResponseError } from "./errors.ts";

const MAX_REDIRECTS = 5;
const CONTENT_HEADERS = ["content-type", "content-length", "content-encoding", "content-language", "content-location"];

export interface Hop {
  url: string;
  method: string;
  headers: Headers;
  body: BodyInit | null | undefined;
}

/** The next hop for a redirect answer, or undefined when `response` is the answer to return. */
export function nextHop(response: Response, hop: Hop, hops: number, mode: RequestRedirect): Hop | undefined {
  if (response.type === "opaqueredirect") {
    throw new ScalevResponseError(`${hop.method} ${hop.url} answered with a redirect the client cannot read; the Scalev API does not redirect (check baseUrl).`);
  }
  const { status } = response;
  if (status !== 301 && status !== 302 && status !== 303 && status !== 307 && status !== 308) return undefined;
  const location = response.headers.get("location");
  if (location === null || mode === "manual") return undefined;
  let target: URL;
  try {
    target = new URL(location, hop.url);
  } catch {
    return undefined;
  }
  if (mode === "error") {
    throw new ScalevResponseError(`${hop.method} ${hop.url} answered ${status}, a redirect to ${target.origin}${target.pathname}, and the call said redirect: "error".`);
  }
  if (hops >= MAX_REDIRECTS || target.origin !== new URL(hop.url).origin) return undefined;
  target.hash = "";
  if (status === 303 ? hop.method !== "HEAD" : status <= 302 && hop.method === "POST") {
    const headers = new Headers(hop.headers);
    for (const name of CONTENT_HEADERS) headers.delete(name);
    return { url: target.href, method: "GET", headers, body: undefined };
  }
  return { ...hop, url: target.href };
}
