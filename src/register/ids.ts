import { v7 as uuidv7 } from 'uuid';

/** Clock and randomness of the register, injected so tests can fix or skew them. */
export type RegisterClock = { readonly now: () => Date };
export type RegisterRandom = { readonly random: (bytes: number) => Uint8Array };

/** A UUIDv7 (time-ordered) id from the injected clock and randomness. */
export function newId(now: () => Date, random: (bytes: number) => Uint8Array): string {
  return uuidv7({ msecs: now().getTime(), random: random(16) });
}
