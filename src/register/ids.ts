import type { AnyId } from '../core/ids';
import { newId as newBrandedId } from '../core/ids';

/** Clock and randomness of the register, injected so tests can fix or skew them. */
export type RegisterClock = { readonly now: () => Date };
export type RegisterRandom = { readonly random: (bytes: number) => Uint8Array };

/** A UUIDv7 (time-ordered) id from the injected clock and randomness: core's, unbranded. */
export function newId(now: () => Date, random: (bytes: number) => Uint8Array): string {
  return newBrandedId<AnyId>(now, random);
}
