/**
 * Where webhooks may go: an http(s) URL on a loopback host (`localhost`, `127.x.x.x`, `[::1]`), unless
 * remote receivers are allowed on purpose, so a mock never posts a team's test orders to a host it
 * was not meant to reach.
 */
export class WebhookConfigError extends Error {
  constructor(
    /** `missing`: no URL; `invalid`: not an http(s) URL; `remote`: not a loopback host. */
    readonly reason: "missing" | "invalid" | "remote",
    message: string,
  ) {
    super(message);
  }
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export const isLoopback = (url: URL) => LOOPBACK_HOSTS.has(url.hostname) || /^127(\.\d{1,3}){3}$/.test(url.hostname);

/** The receiver as a URL; throws WebhookConfigError for text that is not one the mock may post to. */
export function receiverUrl(target: string | undefined, allowRemote: boolean): URL {
  if (!target) throw new WebhookConfigError("missing", "give the receiver URL (e.g. http://127.0.0.1:3000/webhooks).");
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new WebhookConfigError("invalid", `not a URL: ${target}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new WebhookConfigError("invalid", `only http(s) URLs are supported, got ${url.protocol}`);
  if (!isLoopback(url) && !allowRemote) throw new WebhookConfigError("remote", `refusing to send to ${url.host}: not a loopback address.`);
  return url;
}

/** The receiver as logs show it: without user info or query (either may hold a credential). */
export const shownReceiver = (url: URL) => `${url.protocol}//${url.host}${url.pathname}`;
