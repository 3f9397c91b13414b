import { sleep } from "./timers.ts";

/**
 * Rate-limit headers. The API documents X-Ratelimit-Limit / -Remaining / -Reset (machine traffic:
 * 100 requests per 10 s and 10,000 per hour per credential) but not the unit of -Reset, and never
 * mentions Retry-After; both are read defensively here.
 */
export interface RateLimit {
  /** X-Ratelimit-Limit of the last response that carried it. */
  limit: number | undefined;
  /** X-Ratelimit-Remaining. */
  remaining: number | undefined;
  /** X-Ratelimit-Reset as sent. */
  reset: number | undefined;
  /** When the bucket resets (epoch ms), from `reset`: see resetToEpochMs. */
  resetAt: number | undefined;
}

const number = (value: string | null) => {
  if (value === null || value.trim() === "") return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
};

/**
 * X-Ratelimit-Reset has no documented unit: values above 10^12 are read as epoch milliseconds, above
 * 10^9 as epoch seconds, anything smaller as seconds to wait.
 */
export function resetToEpochMs(reset: number, now = Date.now()): number {
  if (reset > 1e12) return finite(reset);
  if (reset > 1e9) return finite(reset * 1000);
  return finite(now + reset * 1000);
}

/** Absurd header values (1e306 seconds) stay finite numbers: "later than any wait", never Infinity or NaN. */
const finite = (ms: number) => Math.min(ms, Number.MAX_SAFE_INTEGER);

/** The X-Ratelimit-* headers of a response, or undefined when it has none. */
export function readRateLimit(headers: Headers, now = Date.now()): RateLimit | undefined {
  const limit = number(headers.get("x-ratelimit-limit"));
  const remaining = number(headers.get("x-ratelimit-remaining"));
  const reset = number(headers.get("x-ratelimit-reset"));
  if (limit === undefined && remaining === undefined && reset === undefined) return undefined;
  return { limit, remaining, reset, resetAt: reset === undefined ? undefined : resetToEpochMs(reset, now) };
}

/**
 * A number of seconds, where one too large for a double (`1e400`, 400 nines, `Infinity`) is Infinity:
 * a wait longer than any, not "no hint".
 */
const seconds = (value: string | null) => {
  const parsed = number(value);
  return parsed === undefined && value !== null && /^\s*\+?(\d+\.?\d*(e\+?\d+)?|Infinity)\s*$/i.test(value) ? Infinity : parsed;
};

/** Past the last date a Date can hold (year 275760): an HTTP date whose 5+ digit year is all that stops it parsing. */
const beyondLastDate = (value: string) => /\d{5,}/.test(value) && !Number.isNaN(Date.parse(value.replace(/\d{5,}/, "9999")));

/**
 * Retry-After in ms: delta-seconds or an HTTP date; undefined when absent or unparsable. Values too
 * large to hold (seconds past a double's range, a date past year 275760) are the longest finite wait.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const delay = seconds(value);
  if (delay !== undefined) return Math.max(0, finite(delay * 1000));
  const date = Date.parse(value);
  if (Number.isNaN(date)) return beyondLastDate(value) ? finite(Infinity) : undefined;
  return Math.max(0, date - now);
}

/**
 * How long the server asks us to wait before retrying this response: Retry-After, otherwise (on 429)
 * until X-Ratelimit-Reset; undefined when it gives no hint.
 */
export function serverRetryDelay(response: Response, now = Date.now()): number | undefined {
  const retryAfter = parseRetryAfter(response.headers.get("retry-after"), now);
  if (retryAfter !== undefined || response.status !== 429) return retryAfter;
  const reset = seconds(response.headers.get("x-ratelimit-reset"));
  return reset === undefined ? undefined : Math.max(0, resetToEpochMs(reset, now) - now);
}

/**
 * One Throttle per rate-limit family (the route's `family`: the API keeps separate buckets for business,
 * storefront, page-runtime and customer traffic, and Web Analytics adds a cap of its own on top of the
 * business ones: its calls spend both), made when a family is first called.
 */
export class Throttles {
  readonly #byFamily = new Map<string, Throttle>();
  constructor(private readonly maxWaitMs: number) {}
  for(family: string): Throttle {
    let throttle = this.#byFamily.get(family);
    if (!throttle) this.#byFamily.set(family, (throttle = new Throttle(this.maxWaitMs)));
    return throttle;
  }
}

/**
 * Optional proactive throttling of one rate-limit family (best effort, per client). The first request probes the
 * X-Ratelimit-* headers while concurrent ones wait for its answer; after that, requests start while
 * the known budget (Remaining, minus requests already in flight) lasts, then wait until the reset.
 * Without rate-limit headers it lets everything through. Waits longer than maxWaitMs are not made:
 * the request goes out and a 429 is handled by the retry policy.
 */
export class Throttle {
  #budget = 1;
  /** An answer has told the budget (or that there is none): before that, one request probes. */
  #learned = false;
  #limit = Infinity;
  #resetAt: number | undefined;
  #inFlight = 0;
  #waiters: Array<() => void> = [];

  constructor(private readonly maxWaitMs: number) {}

  /** Takes one request from the budget: synchronously (undefined) when there is budget, else a promise to await. */
  acquire(signal: AbortSignal | undefined): Promise<void> | undefined {
    if (this.#budget > 0) {
      this.#budget--;
      this.#inFlight++;
      return undefined;
    }
    return this.#wait(signal);
  }

  async #wait(signal: AbortSignal | undefined): Promise<void> {
    while (this.#budget <= 0) {
      if (this.#resetAt === undefined) {
        if (this.#inFlight === 0) break;
        await this.#nextRelease(signal);
        continue;
      }
      const wait = this.#resetAt - Date.now();
      if (wait > this.maxWaitMs) break;
      if (wait > 0) {
        await sleep(wait, signal);
        continue;
      }
      this.#budget = this.#limit;
      this.#resetAt = undefined;
    }
    this.#budget--;
    this.#inFlight++;
  }

  /** Call once per acquire(), when the attempt has an answer (its rate-limit headers, if any) or failed. */
  release(rateLimit: RateLimit | undefined): void {
    this.#inFlight--;
    if (rateLimit?.remaining !== undefined) {
      this.#budget = rateLimit.remaining - this.#inFlight;
      this.#limit = rateLimit.limit ?? Infinity;
      this.#resetAt = rateLimit.resetAt;
      this.#learned = true;
    } else if (this.#resetAt === undefined && this.#budget <= 0) {
      this.#budget = Infinity;
      this.#learned = true;
    }
    this.#wake();
  }

  /**
   * A request of another family that also spends this budget (a Web Analytics call, of the business
   * one): taken like acquire() once the budget is known; before that only counted in flight (it must
   * not hold up the probe). Its answer's headers describe its own family, so it ends with settle().
   */
  spend(signal: AbortSignal | undefined): Promise<void> | undefined {
    if (this.#learned) return this.acquire(signal);
    this.#inFlight++;
    return undefined;
  }

  /** Call once per spend(), when the attempt has an answer or failed: the budget it took stays spent. */
  settle(): void {
    this.#inFlight--;
    this.#wake();
  }

  /** Undoes an acquire() whose request was never sent. */
  giveBack(): void {
    this.#inFlight--;
    this.#budget++;
    this.#wake();
  }

  #wake(): void {
    if (this.#waiters.length) for (const wake of this.#waiters.splice(0)) wake();
  }

  #nextRelease(signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => reject(signal!.reason);
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#waiters.push(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      });
    });
  }
}
