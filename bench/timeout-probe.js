// One source run unchanged in Node, Bun, Deno, Vercel's edge runtime and Chromium (bench/timeouts.ts):
// times a GET (body read, JSON parsed) under each way of bounding an attempt, in interleaved rounds.
async (url, rounds, slice) => {
  const MS = 60000;
  const read = async (response) => JSON.parse(await response.text());
  const strategies = {
    "no signal (no timeout)": async () => read(await fetch(url)),
    "AbortController + timer per attempt": async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), MS);
      try {
        return await read(await fetch(url, { signal: controller.signal }));
      } finally {
        clearTimeout(timer);
      }
    },
    "AbortSignal.timeout() per attempt": async () => read(await fetch(url, { signal: AbortSignal.timeout(MS) })),
    "timer racing the fetch, no signal": async () => {
      let timer;
      const expired = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), MS)));
      try {
        return await Promise.race([fetch(url).then(read), expired]);
      } finally {
        clearTimeout(timer);
      }
    },
    "caller's signal + timer, joined by a listener": async () => {
      const caller = new AbortController().signal;
      const controller = new AbortController();
      const onAbort = () => controller.abort(caller.reason);
      caller.addEventListener("abort", onAbort, { once: true });
      const timer = setTimeout(() => controller.abort(), MS);
      try {
        return await read(await fetch(url, { signal: controller.signal }));
      } finally {
        clearTimeout(timer);
        caller.removeEventListener("abort", onAbort);
      }
    },
  };
  if (typeof AbortSignal.any === "function") {
    strategies["caller's signal + AbortSignal.any(caller, timeout())"] = async () =>
      read(await fetch(url, { signal: AbortSignal.any([new AbortController().signal, AbortSignal.timeout(MS)]) }));
  }
  const names = Object.keys(strategies);
  const time = async (run) => {
    const start = performance.now();
    for (let i = 0; i < slice; i++) await run();
    return ((performance.now() - start) * 1000) / slice;
  };
  for (const name of names) for (let i = 0; i < 20; i++) await time(strategies[name]);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length];
      times[name].push(await time(strategies[name]));
    }
  }
  return { available: { "AbortSignal.timeout": typeof AbortSignal.timeout === "function", "AbortSignal.any": typeof AbortSignal.any === "function" }, times };
}
