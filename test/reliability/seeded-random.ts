/** mulberry32: a small deterministic PRNG so a chaos run is reproducible from its seed. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (maxExclusive: number) => Math.floor(next() * maxExclusive),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

/** CHAOS_SEED=<n> replays a run; CHAOS_SEED=random draws a new seed (printed). Default: fixed. */
export function chaosSeed(): number {
  const raw = process.env.CHAOS_SEED;
  if (raw === "random") return Math.floor(Math.random() * 2 ** 31);
  return raw ? Number(raw) : 20260601;
}
