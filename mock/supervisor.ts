/**
 * Keeps the mock's Prism engine serving, the way a process supervisor would keep a Prism process up:
 * - start: loads the engine; requests that arrive meanwhile wait for it;
 * - reload (the spec changed): loads a new engine while the current one keeps answering, then swaps
 *   them; a spec that fails to load leaves the current engine in place;
 * - restart (a crash: an exception escaped while answering): drops the engine and loads a fresh one
 *   from the spec, again and again with a growing delay if that fails; requests wait meanwhile.
 * Waiting is bounded: past `whenReady`'s timeout the caller answers 503 instead.
 */

export type SupervisorStatus = "starting" | "ready" | "restarting" | "stopped";

export interface SupervisorEvents<E> {
  /** An engine is serving: the first one, or one loaded after a restart (not after a reload). */
  onReady?(engine: E, counts: { restarts: number }): void;
  onReloaded?(engine: E, counts: { reloads: number }): void;
  onReloadFailed?(error: unknown): void;
  onRestarting?(reason: string): void;
  onRestartFailed?(error: unknown, retryInMs: number): void;
}

export interface Supervisor<E> {
  /** The serving engine; undefined while it starts or restarts. */
  readonly engine: E | undefined;
  readonly status: SupervisorStatus;
  readonly reloads: number;
  readonly restarts: number;
  /** Resolves when the first engine serves; rejects when it fails to load (nothing to serve then). */
  readonly started: Promise<E>;
  /** The engine, waiting at most `timeoutMs` while it (re)starts; undefined past that or once stopped. */
  whenReady(timeoutMs: number): Promise<E | undefined>;
  /** Loads the engine again (the spec changed); the current one answers until the new one is ready. */
  reload(): Promise<void>;
  /** Drops the engine after a crash and loads a fresh one; callers wait meanwhile. */
  restart(reason: string): void;
  stop(): void;
}

const MAX_RETRY_DELAY_MS = 5000;

export function supervise<E>(load: () => Promise<E>, events: SupervisorEvents<E> = {}): Supervisor<E> {
  let engine: E | undefined;
  let status: SupervisorStatus = "starting";
  let reloads = 0;
  let restarts = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Loads run one at a time, in the order asked. */
  let queue: Promise<unknown> = Promise.resolve();
  const waiters = new Set<(engine: E | undefined) => void>();

  function serve(next: E) {
    engine = next;
    status = "ready";
    for (const wake of waiters) wake(next);
    waiters.clear();
  }

  const enqueue = <T>(step: () => Promise<T>): Promise<T> => {
    const run = queue.then(step, step);
    queue = run.catch(() => {});
    return run;
  };

  const started = enqueue(load).then(
    (first) => {
      if (status !== "stopped") {
        serve(first);
        events.onReady?.(first, { restarts });
      }
      return first;
    },
    (error: unknown) => {
      status = "stopped";
      for (const wake of waiters) wake(undefined);
      waiters.clear();
      throw error;
    },
  );

  function loadAfterCrash(attempt: number) {
    void enqueue(load).then(
      (fresh) => {
        if (status !== "restarting") return;
        serve(fresh);
        events.onReady?.(fresh, { restarts });
      },
      (error: unknown) => {
        if (status !== "restarting") return;
        const retryInMs = Math.min(MAX_RETRY_DELAY_MS, 250 * 2 ** attempt);
        events.onRestartFailed?.(error, retryInMs);
        retryTimer = setTimeout(() => loadAfterCrash(attempt + 1), retryInMs);
      },
    );
  }

  return {
    get engine() {
      return engine;
    },
    get status() {
      return status;
    },
    get reloads() {
      return reloads;
    },
    get restarts() {
      return restarts;
    },
    started,
    whenReady(timeoutMs) {
      if (engine !== undefined || status === "stopped") return Promise.resolve(engine);
      return new Promise((resolve) => {
        const wake = (ready: E | undefined) => {
          clearTimeout(timer);
          resolve(ready);
        };
        const timer = setTimeout(() => {
          waiters.delete(wake);
          resolve(undefined);
        }, timeoutMs);
        waiters.add(wake);
      });
    },
    reload() {
      return enqueue(async () => {
        if (status !== "ready") return;
        try {
          const next = await load();
          if (status !== "ready") return;
          reloads++;
          serve(next);
          events.onReloaded?.(next, { reloads });
        } catch (error) {
          events.onReloadFailed?.(error);
        }
      });
    },
    restart(reason) {
      if (status !== "ready") return;
      engine = undefined;
      status = "restarting";
      restarts++;
      events.onRestarting?.(reason);
      loadAfterCrash(0);
    },
    stop() {
      status = "stopped";
      engine = undefined;
      clearTimeout(retryTimer);
      for (const wake of waiters) wake(undefined);
      waiters.clear();
    },
  };
}
