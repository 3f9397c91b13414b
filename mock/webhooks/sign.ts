/**
 * Webhook signatures as Scalev makes them: `X-Scalev-Hmac-Sha256` is the Base64 (standard, padded)
 * HMAC-SHA256 of the raw body bytes, keyed with the business's webhook signing secret. WebCrypto only
 * (`crypto.subtle`), so browsers, workers and Node share it.
 */
export const SIGNATURE_HEADER = "X-Scalev-Hmac-Sha256";

/** The fake secret the mock signs with when none is given; printed, never a real one. */
export const DEV_WEBHOOK_SECRET = "dev-only-fake-webhook-secret-do-not-use";

const utf8 = new TextEncoder();

export async function signWebhookBody(body: string, secret: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", utf8.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const digest = new Uint8Array(await crypto.subtle.sign("HMAC", key, utf8.encode(body)));
  return btoa(String.fromCharCode(...digest));
}
