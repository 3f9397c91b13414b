/**
 * setTimeout holds at most 2^31 - 1 ms (about 24.8 days): a longer delay fires after 1 ms with a
 * TimeoutOverflowWarning. Every wait in the package goes through here, in pieces it can hold.
 */
export const MAX_TIMER_MS = 2_147_483_647;

/**
 * Resolves after `ms` (Infinity: never), or rejects with the signal's reason as soon as it aborts.
 * A long wait is a chain of timers, each at most MAX_TIMER_MS, so it neither fires early nor spins.
 */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const end = Date.now() + ms;
    let timer: ReturnType<typeof setTimeout>;
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const arm = (left: number) => {
      timer = setTimeout(tick, Math.min(Math.max(left, 0), MAX_TIMER_MS));
    };
    const tick = () => {
      const left = end - Date.now();
      if (left > 0) return arm(left);
      signal?.removeEventListener("abort", onAbort);
      resolve();
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    arm(ms);
  });
}
