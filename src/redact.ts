/**
 * Keeps credentials out of error messages, JSON forms and logs. Values are recognised four ways: by
 * header name, by key (JSON bodies, thrown plain objects), by shape (sk_/rk_/sfpk_ keys, JWTs, the
 * token after `Bearer`, URL user info) and by value (the credentials of the client whose call failed:
 * its SecretMemory). Copies are made without recursion, so no input is too deep or too cyclic to
 * redact.
 */
export const REDACTED = "[REDACTED]";

const SENSITIVE_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|x-scalev-(storefront-api-key|guest-token|page-api-key|checkout-intent-token))$/i;
/** Keys whose value is a credential, compared without `-`, `_` and case (`access_token`, `accessToken`, `X-Api-Key`). */
const SENSITIVE_KEY =
  /^(authorization|proxyauthorization|cookie|setcookie|access|refresh|accesstoken|refreshtoken|idtoken|clientsecret|password|passwd|secret|token|tokens|apikey|xapikey|guesttoken|xscalevguesttoken|customertoken|storefrontapikey|xscalevstorefrontapikey|pageapikey|xscalevpageapikey|checkoutintenttoken|xscalevcheckoutintenttoken)$/i;
export const isSensitiveKey = (key: string) => SENSITIVE_KEY.test(key.replace(/[-_]/g, ""));
const SECRET_SHAPE = /\b(?:sk|rk|sfpk|cit|cip)_[A-Za-z0-9_-]+|\beyJ[\w-]*\.[\w-]+\.[\w-]*/g;
/** `Bearer <token>` / `Basic <token>` anywhere in text, and `//user:password@` in URLs. */
const AUTH_SCHEME_TOKEN = /\b(Bearer|Basic)(\s+)(?!\[REDACTED\])[^\s"',;]+/gi;
const URL_USER_INFO = /(\/\/)[^/?#\s@]+@/g;
/** Former credentials one client remembers (rotated guest tokens, earlier results of a token function). */
const MAX_REMEMBERED = 64;
const RENDERED_DEPTH = 64;
/** How deep a cause chain is copied (a chain that loops back on itself ends here too). */
const MAX_CAUSE_DEPTH = 8;

/** Shorter values are not matched by value (they would redact ordinary words). */
const MIN_REMEMBERED_LENGTH = 6;

/**
 * The credential values of one client, redacted wherever they show up in its errors: its current
 * credentials (always) and the last MAX_REMEMBERED former ones (most recent last). Per client, so
 * another client's traffic never pushes them out, and bounded, so rotating tokens never grow it.
 */
export class SecretMemory {
  readonly #former = new Set<string>();
  /** `current` gives the client's credentials as they are now (strings; anything else is skipped). */
  constructor(private readonly current: () => Iterable<unknown> = () => []) {}

  /** Remembers a value the client sent or was handed, so it stays redacted after it is replaced. */
  remember(value: unknown): void {
    if (typeof value !== "string" || value.length < MIN_REMEMBERED_LENGTH) return;
    this.#former.delete(value);
    this.#former.add(value);
    if (this.#former.size > MAX_REMEMBERED) this.#former.delete(this.#former.values().next().value!);
  }
  /** Former values remembered (at most MAX_REMEMBERED). */
  get size(): number {
    return this.#former.size;
  }
  *values(): Generator<string> {
    for (const value of this.current()) if (typeof value === "string" && value.length >= MIN_REMEMBERED_LENGTH) yield value;
    yield* this.#former;
  }
}

export function redactText(text: string, secrets?: SecretMemory): string {
  let out = text;
  if (secrets) for (const secret of secrets.values()) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out.replace(SECRET_SHAPE, REDACTED).replace(AUTH_SCHEME_TOKEN, `$1$2${REDACTED}`).replace(URL_USER_INFO, `$1${REDACTED}@`);
}

export function redactHeaders(headers: Headers, secrets?: SecretMemory): Headers {
  const copy = new Headers();
  headers.forEach((value, name) => copy.append(name, SENSITIVE_HEADER.test(name) ? REDACTED : redactText(value, secrets)));
  return copy;
}

/**
 * A copy of a parsed JSON body (or any plain value) with credentials replaced: strings redacted,
 * token-like keys' values replaced. Cycles and shared objects are kept as such, unless the copy is
 * `forRendering` (JSON.stringify must work on it): then an object met again becomes "[circular]"
 * and values below 64 levels "[nested too deep]".
 */
export function redactValue(value: unknown, forRendering = false, secrets?: SecretMemory): unknown {
  const maxDepth = forRendering ? RENDERED_DEPTH : Infinity;
  if (typeof value === "string") return redactText(value, secrets);
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
      if (item != null && !Array.isArray(source) && isSensitiveKey(key)) copy = REDACTED;
      else if (typeof item === "string") copy = redactText(item, secrets);
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

declare const redacted: unique symbol;
/** What redactError() returns: the only kind of `cause` a ScalevError takes, so none escapes redaction. */
export type RedactedCause = { readonly [redacted]: true };

/**
 * A redacted copy of an error and of its cause chain: name, message, stack, `code` (ECONNRESET…) and
 * its other own fields kept, credentials replaced; AggregateError's `errors` too. A thrown plain object
 * (or one in the chain) is copied field by field: the values of credential keys (access_token,
 * client_secret, password, …) replaced, cycles marked "[circular]"; other values as they are, strings
 * redacted. The original is left untouched (it may be the caller's). Chains deeper than 8 are cut.
 * `secrets`: the credentials of the client whose call failed.
 */
export const redactError = (value: unknown, secrets?: SecretMemory): RedactedCause => copyRedacted(value, 0, secrets) as RedactedCause;

/** Fields of an Error copied by name (the rest are copied as data). */
const ERROR_FIELDS = new Set(["name", "message", "stack", "cause", "code", "errors"]);

function copyRedacted(value: unknown, depth: number, secrets: SecretMemory | undefined): unknown {
  if (typeof value === "string") return redactText(value, secrets);
  if (typeof value !== "object" || value === null) return typeof value === "bigint" ? String(value) : value;
  if (depth >= MAX_CAUSE_DEPTH) return undefined;
  if (!(value instanceof Error)) return copyObject(value, depth, secrets);
  const { name, message, stack, cause, code, errors } = value as Error & { code?: unknown; errors?: unknown };
  const copy: Error & Record<string, unknown> = new Error(redactText(String(message), secrets), cause === undefined ? undefined : { cause: copyRedacted(cause, depth + 1, secrets) }) as Error & Record<string, unknown>;
  copy.name = redactText(String(name), secrets);
  copy.stack = redactText(String(stack), secrets);
  if (code !== undefined) copy.code = typeof code === "string" ? redactText(code, secrets) : code;
  if (Array.isArray(errors)) copy.errors = errors.slice(0, 32).map((inner) => copyRedacted(inner, depth + 1, secrets));
  const fields = copyObject(value, depth, secrets, ERROR_FIELDS);
  for (const key of Object.keys(fields)) copy[key] = fields[key];
  return copy;
}

/**
 * A thrown object, or an Error's own fields but `skip`, redacted field by field and safe to render: an
 * Error in one of its fields is copied as an error (message and all), a `toJSON()` object as its JSON.
 */
function copyObject(value: object, depth: number, secrets: SecretMemory | undefined, skip?: ReadonlySet<string>): Record<string, unknown> {
  let source: unknown = value;
  if (!skip && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    try {
      source = (value as { toJSON(): unknown }).toJSON();
    } catch {
      source = String(value);
    }
    if (typeof source !== "object" || source === null) return redactValue(source, true, secrets) as Record<string, unknown>;
  }
  const copy = redactValue(source, true, secrets) as Record<string, unknown>;
  for (const key of Object.keys(copy)) {
    const item = (source as Record<string, unknown>)[key];
    if (skip?.has(key)) delete copy[key];
    else if (item instanceof Error && copy[key] !== REDACTED) copy[key] = copyRedacted(item, depth + 1, secrets);
  }
  return copy;
}
