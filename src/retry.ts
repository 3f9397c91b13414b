/**
 * The retry policy: whether an answer or a failure is tried again, and after how long. The API has no
 * idempotency keys, so a write is repeated only when the server cannot have processed it (a 429, or a
 * connection that was refused).
 */
import { ScalevError, UnparsableBodyError } from "./errors.ts";
import { serverRetryDelay } from "./rate-limit.ts";

/** Methods that may be repeated without changing the outcome (RFC 9110). */
const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"]);
const BACKOFF_BASE_MS = 500;
const BACKOFF_MAX_MS = 8_000;

/**
 * Should this answer be retried? 429 always (the request was refused, not processed); 408 and 5xx only
 * for idempotent methods: a repeated POST could create twice.
 */
export const isRetryableStatus = (method: string, status: number) =>
  status === 429 || (IDEMPOTENT.has(method) && (status === 408 || status >= 500));

/** Should this failure be retried? Idempotent methods: any; others: only if the request never left. */
export const isRetryableFailure = (method: string, error: unknown) => IDEMPOTENT.has(method) || neverReachedServer(error);

/** Connection refused somewhere in the cause chain (Node's happy-eyeballs wraps it in an AggregateError). */
export function neverReachedServer(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 8) return false;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (code === "ECONNREFUSED") return true;
  if (Array.isArray(errors) && errors.length > 0 && errors.every((e) => neverReachedServer(e, depth + 1))) return true;
  return neverReachedServer(cause, depth + 1);
}

/** Exponential backoff with jitter: 0.5 s, 1 s, 2 s, … (capped at 8 s), each scaled by a random 50–100 %. */
const backoffDelay = (retry: number) => Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** retry) * (0.5 + Math.random() / 2);

/**
 * After answer number `retry` (0 for the first): the wait before the next attempt, or undefined to give
 * this answer back (not retryable, no retry left, or the server asks for a wait above `maxRetryDelayMs`).
 */
export function retryDelayAfterAnswer(method: string, response: Response, retry: number, maxRetries: number, maxRetryDelayMs: number): number | undefined {
  if (retry >= maxRetries || !isRetryableStatus(method, response.status)) return undefined;
  const hinted = serverRetryDelay(response);
  return hinted === undefined ? backoffDelay(retry) : hinted <= maxRetryDelayMs ? hinted : undefined;
}

/**
 * After a failed attempt: the wait before the next one, or undefined to throw. Tried again: a timeout,
 * a network failure or a 2xx body that does not parse (for a write, only a refused connection); never
 * another ScalevError (a bad option or redirect fails the same way every time).
 */
export function retryDelayAfterFailure(method: string, error: unknown, timedOut: boolean, retry: number, maxRetries: number): number | undefined {
  if (retry >= maxRetries) return undefined;
  if (!timedOut && error instanceof ScalevError && !(error instanceof UnparsableBodyError)) return undefined;
  return isRetryableFailure(method, timedOut ? undefined : error) ? backoffDelay(retry) : undefined;
}
