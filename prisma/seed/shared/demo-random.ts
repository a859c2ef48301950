/** Seeded pseudo-random numbers for the demo generators: the same seed always gives the same data. */

// ─── Deterministic randomness (mulberry32 seeded by FNV-1a; never Math.random) ─

export function prng(seed: string) {
  let state = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1)
    state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const between = (min: number, max: number) => min + (max - min) * next();
  return {
    next,
    between,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    shuffle: <T>(items: readonly T[]): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
  };
}
export type Rng = ReturnType<typeof prng>;

/** The key of a generator's draws: unchanged without a seed (the demo), prefixed by it otherwise (the benchmark). */
export const seededKey = (key: string, seed?: string) => (seed ? `${seed}:${key}` : key);

export const EUROS = 100n;

/** Cents of a euro amount rounded to `step` euros. */
export const roundEuros = (euros: number, step = 1) =>
  BigInt(Math.round(euros / step) * step) * EUROS;
export const at = (iso: string) => new Date(`${iso}Z`);
export const day = (year: number, month: number, d: number, hour = 10) =>
  new Date(Date.UTC(year, month - 1, d, hour, 0, 0));
