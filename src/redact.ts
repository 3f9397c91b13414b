/**
 * Keeps credentials out of error messages, JSON forms and logs. Values are recognised four ways: by
 * header name, by JSON key, by shape (sk_/rk_/sfpk_ keys, JWTs, the token after `Bearer`, URL user
 * info) and by value (every credential a client sent). Copies are made without recursion, so no
 * input is too deep or too cyclic to redact.
 */
export const REDACTED = "[REDACTED]";

const SENSITIVE_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|x-scalev-(storefront-api-key|guest-token|page-api-key|checkout-intent-token))$/i;
const SENSITIVE_KEY = /^(authorization|access|refresh|access_token|refresh_token|id_token|client_secret|password|secret|token|tokens|api_key|apikey)$/i;
const SECRET_SHAPE = /\b(?:sk|rk|sfpk|cit|cip)_[A-Za-z0-9_-]+|\beyJ[\w-]*\.[\w-]+\.[\w-]*/g;
/** `Bearer <token>` / `Basic <token>` anywhere in text, and `//user:password@` in URLs. */
const AUTH_SCHEME_TOKEN = /\b(Bearer|Basic)(\s+)(?!\[REDACTED\])[^\s"',;]+/gi;
const URL_USER_INFO = /(\/\/)[^/?#\s@]+@/g;
const MAX_REMEMBERED = 64;
const RENDERED_DEPTH = 64;
/** How deep a cause chain is copied (a chain that loops back on itself ends here too). */
const MAX_CAUSE_DEPTH = 8;

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
  return out.replace(SECRET_SHAPE, REDACTED).replace(AUTH_SCHEME_TOKEN, `$1$2${REDACTED}`).replace(URL_USER_INFO, `$1${REDACTED}@`);
}

export function redactHeaders(headers: Headers): Headers {
  const copy = new Headers();
  headers.forEach((value, name) => copy.append(name, SENSITIVE_HEADER.test(name) ? REDACTED : redactText(value)));
  return copy;
}

/**
 * A copy of a parsed JSON body (or any plain value) with credentials replaced: strings redacted,
 * token-like keys' values replaced. Cycles and shared objects are kept as such, unless the copy is
 * `forRendering` (JSON.stringify must work on it): then an object met again becomes "[circular]"
 * and values below 64 levels "[nested too deep]".
 */
export function redactValue(value: unknown, forRendering = false): unknown {
  const maxDepth = forRendering ? RENDERED_DEPTH : Infinity;
  if (typeof value === "string") return redactText(value);
  if (typeof value === "bigint" && forRendering) return String(value); // JSON.stringify throws on BigInt
  if (value === null || typeof value !== "object") return value;
  const copies = new Map<object, object>();
  const root = emptyLike(value);
  copies.set(value, root);
  const pending: [source: object, target: Record<string, unknown>, depth: number][] = [[value, root, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [source, target, depth] = next;
    for (const key of Object.keys(source)) {
      const item = (source as Record<string, unknown>)[key];
      let copy: unknown = item;
      if (item != null && !Array.isArray(source) && SENSITIVE_KEY.test(key)) copy = REDACTED;
      else if (typeof item === "string") copy = redactText(item);
      else if (typeof item === "bigint" && forRendering) copy = String(item);
      else if (item !== null && typeof item === "object") {
        copy = copies.get(item);
        if (copy !== undefined && forRendering) copy = "[circular]";
        else if (copy === undefined) {
          if (depth >= maxDepth) copy = "[nested too deep]";
          else {
            copy = emptyLike(item);
            copies.set(item, copy as object);
            pending.push([item, copy as Record<string, unknown>, depth + 1]);
          }
        }
      }
      // defineProperty: a "__proto__" key is data, never the copy's prototype
      Object.defineProperty(target, key, { value: copy, enumerable: true, writable: true, configurable: true });
    }
    if (Array.isArray(source)) (target as unknown as unknown[]).length = source.length;
  }
  return root;
}

const emptyLike = (value: object): Record<string, unknown> => (Array.isArray(value) ? ([] as unknown as Record<string, unknown>) : {});

/** JSON text of a thrown non-Error object (String() when it has none: a cycle, a BigInt). */
function jsonText(value: object): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}


declare const redacted: unique symbol;
/** What redactError() returns: the only kind of `cause` a ScalevError takes, so none escapes redaction. */
export type RedactedCause = { readonly [redacted]: true };

/**
 * A redacted copy of an error and of its cause chain: name, message, stack and `code` (ECONNRESET…)
 * kept, credentials replaced; AggregateError's `errors` too. Other thrown objects become their
 * redacted JSON text. The original is left untouched (it may be the caller's). Chains deeper than 8
 * are cut.
 */
export const redactError = (value: unknown): RedactedCause => copyRedacted(value, 0) as RedactedCause;

function copyRedacted(value: unknown, depth: number): unknown {
  if (!(value instanceof Error)) return typeof value === "object" && value !== null ? redactText(jsonText(value)) : typeof value === "string" ? redactText(value) : value;
  if (depth >= MAX_CAUSE_DEPTH) return undefined;
  const { name, message, stack, cause, code, errors } = value as Error & { code?: unknown; errors?: unknown };
  const copy: Error & { code?: unknown; errors?: unknown } = new Error(redactText(String(message)), cause === undefined ? undefined : { cause: copyRedacted(cause, depth + 1) });
  copy.name = redactText(String(name));
  copy.stack = redactText(String(stack));
  if (code !== undefined) copy.code = typeof code === "string" ? redactText(code) : code;
  if (Array.isArray(errors)) copy.errors = errors.slice(0, 32).map((inner) => copyRedacted(inner, depth + 1));
  return copy;
}
