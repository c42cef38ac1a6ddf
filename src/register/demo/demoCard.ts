// The demo certificate's SMART Health Card, signed as the desk signs one: the content is
// core's `cardInputOf` (src/core/certificate/certificateContent.ts), which the desk uses too,
// with `nbf` the moment of issue, `exp` from the validity policy and a fresh `rid`.
import { cardInputOf } from '../../core/certificate/certificateContent';
import type { Clinic } from '../../core/clinic/settings';
import type { AntibodyLoinc } from '../../core/lab/loinc';
import type { Decision } from '../../core/records/certificate';
import type { CalendarDate } from '../../core/records/calendarDate';
import type { PersonDetails } from '../../core/person/person';
import type { Result } from '../../core/result';
import { fail, ok } from '../../core/result';
import { issueHealthCard, ridFromBytes } from '../../core/shc/issueCard';
import type { SigningKey } from '../../core/shc/signingKey';
import { signerFor } from '../../core/shc/signingKey';

export type SignedDemoCard = { readonly shcJws: string; readonly rid: string };

export async function signDemoCard(
  request: {
    readonly clinic: Clinic;
    readonly person: PersonDetails;
    readonly loinc: AntibodyLoinc;
    readonly decision: Decision;
    readonly sampleDate: CalendarDate;
    readonly nbf: number;
    readonly exp: number;
  },
  key: SigningKey,
  deps: { readonly subtle: SubtleCrypto; readonly random: (bytes: number) => Uint8Array },
): Promise<Result<SignedDemoCard, string>> {
  const rid = ridFromBytes(deps.random(8));
  const card = await issueHealthCard(
    cardInputOf({ ...request, rid }),
    key.publicJwk.kid,
    signerFor(deps.subtle, key.privateKey),
  );
  if (!card.ok) return fail(`card-${card.reason}`, card.detail);
  return ok({ shcJws: card.value.jws, rid });
}
