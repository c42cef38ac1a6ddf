// The demo data's one source of chance: mulberry32 from the command's --seed, so the same
// seed always makes the same people and the same shape of cases on every machine (no
// Math.random anywhere). Record ids, keys and signatures are not drawn from here: they come
// from the register's own randomness, so two runs of one seed never collide in one database.

export type DemoRandom = {
  /** A float in [0, 1). */
  readonly next: () => number;
  /** An integer in [min, max], both inclusive. */
  readonly int: (min: number, max: number) => number;
  /** True with probability `p`. */
  readonly chance: (p: number) => boolean;
  /** One element of a non-empty list. */
  readonly pick: <T>(items: readonly T[]) => T;
  /** `count` decimal digits as a string (leading zeros kept). */
  readonly digits: (count: number) => string;
};

export function demoRandom(seed: number): DemoRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    digits: (count) => Array.from({ length: count }, () => String(int(0, 9))).join(''),
  };
}
