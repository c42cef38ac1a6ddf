// Branded ids for every record and actor. Record ids are UUIDv7 made on the tablet (DESIGN:
// "records get UUIDv7 ids on the tablet"), so two tablets offline never collide and ids sort
// roughly by creation time. The brand stops a PersonId being passed where a ResultId belongs.
import { v7 } from 'uuid';
import { z } from 'zod/mini';

export type Brand<B extends string> = string & { readonly __brand: B };

export type PersonId = Brand<'PersonId'>;
export type ApplicationId = Brand<'ApplicationId'>;
export type ContractId = Brand<'ContractId'>;
export type SampleId = Brand<'SampleId'>;
export type ResultId = Brand<'ResultId'>;
export type CertificateId = Brand<'CertificateId'>;
export type RevocationId = Brand<'RevocationId'>;
export type OpId = Brand<'OpId'>;
export type ClinicId = Brand<'ClinicId'>;
export type TabletId = Brand<'TabletId'>;
export type StaffId = Brand<'StaffId'>;
export type KitId = Brand<'KitId'>;

/** Any of the ids above; `newId` and `idSchema` are generic over it. */
export type AnyId = Brand<string>;

/** RFC 9562 textual form, any version, lower or upper case hex. */
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

export const uuidSchema = z.string().check(z.regex(UUID_PATTERN, 'not-a-uuid'));

/** A zod schema for one branded id: every UUID string of whatever version, typed as that id. */
export function idSchema<I extends AnyId>() {
  return z.custom<I>((value) => typeof value === 'string' && isUuid(value), 'not-a-uuid');
}

export type Clock = () => Date;
export type RandomBytes = (length: number) => Uint8Array;

/**
 * A new UUIDv7 from the injected clock and random source. The tablet's clock only orders ids
 * loosely; uniqueness comes from the 74 random bits, so a clock set days off is harmless.
 */
// The brand is chosen by the caller (`newId<PersonId>(…)`); nothing can infer it.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function newId<I extends AnyId>(now: Clock, random: RandomBytes): I {
  const bytes = random(16);
  if (bytes.length < 16) {
    throw new Error(`newId needs 16 random bytes, got ${bytes.length}`);
  }
  return v7({ msecs: now().getTime(), random: bytes }) as I;
}
