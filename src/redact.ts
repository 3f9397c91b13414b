/**
 * Keeps credentials out of error messages, JSON forms and logs. Values are recognised three ways:
 * by header name, by shape (sk_/rk_/sfpk_ keys, JWTs) and by value (every credential a client sent).
 */
export const REDACTED = "[REDACTED]";

const SENSITIVE_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|x-scalev-(storefront-api-key|guest-token|page-api-key|checkout-intent-token))$/i;
const SENSITIVE_KEY = /^(authorization|access|refresh|access_token|refresh_token|id_token|client_secret|password|secret|token|tokens|api_key|apikey)$/i;
const SECRET_SHAPE = /\b(?:sk|rk|sfpk|cit|cip)_[A-Za-z0-9_-]+|\beyJ[\w-]*\.[\w-]+\.[\w-]*/g;
const MAX_REMEMBERED = 64;

/** Credential values sent recently, most recent last (a small LRU: providers rotate tokens). */
const sent = new Set<string>();

/** Remember a credential value so that it is redacted wherever it shows up later. */
export function rememberSecret(value: string | undefined): void {
  if (!value || value.length < 6) return;
  sent.delete(value);
  sent.add(value);
  if (sent.size > MAX_REMEMBERED) sent.delete(sent.values().next().value!);
}

export function redactText(text: string): string {
  let out = text;
  for (const secret of sent) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out.replace(SECRET_SHAPE, REDACTED);
}

export function redactHeaders(headers: Headers): Headers {
  const copy = new Headers();
  headers.forEach((value, name) => copy.append(name, SENSITIVE_HEADER.test(name) ? REDACTED : redactText(value)));
  return copy;
}

/** A deep copy of a parsed JSON body (or a text body) with credentials replaced. */
export function redactValue(value: unknown): unknown {
  if (typeof value === "string") return redactText(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, SENSITIVE_KEY.test(key) && v != null ? REDACTED : redactValue(v)]),
    );
  }
  return value;
}
