/**
 * A call that got a non-2xx answer always has an object `error`, so `if (error)` tells it from a
 * successful call (and narrows `data`). openapi-fetch hands back the body's text when it is not JSON
 * (the plain-text 429 the API may send, an HTML 502 page from a proxy), the parsed value when it is a
 * JSON string, number, boolean or null, and nothing for an empty body: each becomes the API's error
 * shape, `{ error, message }`, both holding that text (the status line for an empty body). A JSON
 * object or array comes as sent. toApiError() and unwrap() still report the body as it came
 * (ScalevApiError.body).
 */

/** The `error` of a call whose non-2xx answer had no JSON error object: the text the API sent, under both keys. */
export interface ScalevTextErrorBody {
  error: string;
  message: string;
}

const bodyAsSent = new WeakMap<object, unknown>();

export function withErrorShape<Result extends { error?: unknown; response: Response }>(result: Result): Result {
  const { error, response } = result;
  if (response.ok || (typeof error === "object" && error !== null)) return result;
  const text = error === undefined ? "" : String(error).trim();
  const message = text || `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
  const shaped: ScalevTextErrorBody = { error: message, message };
  bodyAsSent.set(shaped, error);
  result.error = shaped;
  return result;
}

/** The error body as the API sent it (text, JSON or nothing), for an `error` withErrorShape() made. */
export const bodyOf = (error: unknown): unknown => (typeof error === "object" && error !== null && bodyAsSent.has(error) ? bodyAsSent.get(error) : error);
