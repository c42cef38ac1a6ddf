import type { AnyId } from '../core/ids';
import { newId as newBrandedId } from '../core/ids';

/** A UUIDv7 (time-ordered) id from the injected clock and randomness: core's, unbranded. */
export function newId(now: () => Date, random: (bytes: number) => Uint8Array): string {
  return newBrandedId<AnyId>(now, random);
}
