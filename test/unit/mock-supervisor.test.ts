/**
 * The supervisor that keeps the mock's Prism engine serving (mock/supervisor.ts), with engines that
 * load when the test says: the current engine answers during a reload, a spec that does not load keeps
 * it, a crash drops it and loads a fresh one (retrying with a growing delay), and waiting is bounded.
 */
import { describe, expect, it } from "vitest";
import { supervise } from "../../mock/supervisor.ts";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}

/** Loads that settle in order, each when the test settles it. */
function loads<T>() {
  const pending: ReturnType<typeof deferred<T>>[] = [];
  const load = () => {
    const next = deferred<T>();
    pending.push(next);
    return next.promise;
  };
  const settled = async (index: number) => {
    while (!pending[index]) await new Promise((r) => setTimeout(r, 5));
    return pending[index]!;
  };
  return { load, settled, count: () => pending.length };
}

describe("the mock's supervisor", () => {
  it("starts: waiters get the first engine, health-style status goes from starting to ready", async () => {
    const { load, settled } = loads<string>();
    const supervisor = supervise(load);
    expect(supervisor.status).toBe("starting");
    const waiting = supervisor.whenReady(5000);
    (await settled(0)).resolve("first");
    expect(await waiting).toBe("first");
    expect(await supervisor.started).toBe("first");
    expect(supervisor.status).toBe("ready");
  });

  it("bounds the wait: undefined past the timeout while nothing serves", async () => {
    const supervisor = supervise(() => new Promise<string>(() => {}));
    const started = Date.now();
    expect(await supervisor.whenReady(100)).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });

  it("rejects `started` when the first load fails, and answers waiters with undefined", async () => {
    const supervisor = supervise(() => Promise.reject(new Error("broken spec")));
    const waiting = supervisor.whenReady(5000);
    await expect(supervisor.started).rejects.toThrow("broken spec");
    expect(await waiting).toBeUndefined();
    expect(supervisor.status).toBe("stopped");
  });

  it("reloads: the current engine serves until the new one is ready, then the new one", async () => {
    const { load, settled } = loads<string>();
    const reloaded: string[] = [];
    const supervisor = supervise(load, { onReloaded: (engine, { reloads }) => reloaded.push(`${engine} ${reloads}`) });
    (await settled(0)).resolve("v1");
    await supervisor.started;
    const reload = supervisor.reload();
    expect(supervisor.engine).toBe("v1");
    (await settled(1)).resolve("v2");
    await reload;
    expect(supervisor.engine).toBe("v2");
    expect(reloaded).toEqual(["v2 1"]);
  });

  it("keeps the current engine when the changed spec does not load", async () => {
    const { load, settled } = loads<string>();
    const failures: unknown[] = [];
    const supervisor = supervise(load, { onReloadFailed: (error) => failures.push(error) });
    (await settled(0)).resolve("v1");
    await supervisor.started;
    const reload = supervisor.reload();
    (await settled(1)).reject(new Error("half-written file"));
    await reload;
    expect(supervisor.engine).toBe("v1");
    expect(supervisor.reloads).toBe(0);
    expect(failures).toEqual([new Error("half-written file")]);
  });

  it("restarts after a crash: drops the engine, callers wait, a fresh one serves; failed loads are retried with a growing delay", async () => {
    const { load, settled, count } = loads<string>();
    const events: string[] = [];
    const supervisor = supervise(load, {
      onRestarting: (reason) => events.push(`restarting: ${reason}`),
      onRestartFailed: (error, retryInMs) => events.push(`failed (${(error as Error).message}), retry in ${retryInMs} ms`),
      onReady: (engine, { restarts }) => events.push(`ready: ${engine} after ${restarts} restart(s)`),
    });
    (await settled(0)).resolve("v1");
    await supervisor.started;
    supervisor.restart("an uncaught error");
    expect(supervisor.engine).toBeUndefined();
    expect(supervisor.status).toBe("restarting");
    const waiting = supervisor.whenReady(10_000);
    (await settled(1)).reject(new Error("no file"));
    (await settled(2)).reject(new Error("still no file"));
    (await settled(3)).resolve("v2");
    expect(await waiting).toBe("v2");
    expect(count()).toBe(4);
    expect(events).toEqual([
      "ready: v1 after 0 restart(s)",
      "restarting: an uncaught error",
      "failed (no file), retry in 250 ms",
      "failed (still no file), retry in 500 ms",
      "ready: v2 after 1 restart(s)",
    ]);
  });

  it("stops: waiters get undefined and nothing serves any more", async () => {
    const supervisor = supervise(() => new Promise<string>(() => {}));
    const waiting = supervisor.whenReady(10_000);
    supervisor.stop();
    expect(await waiting).toBeUndefined();
    expect(await supervisor.whenReady(10_000)).toBeUndefined();
  });
});
