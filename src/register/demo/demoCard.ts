// The demo certificate's SMART Health Card, signed as the desk signs one
// (src/desk/issueCertificate.ts): the person's Latin and Cyrillic names, the kit's LOINC
// code, detected / not detected, the sample's day, the clinic's card name as performer,
// `nbf` the moment of issue and `exp` from the validity policy, and a fresh `rid`.
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
import { DETECTED, NOT_DETECTED } from '../../core/shc/valueSets';

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
  const { person, clinic } = request;
  const rid = ridFromBytes(deps.random(8));
  const card = await issueHealthCard(
    {
      patient: {
        familyLatin: person.surnameLatin,
        givenLatin: [person.givenNameLatin],
        familyCyrillic: person.surname,
        givenCyrillic:
          person.patronymic === undefined
            ? [person.givenName]
            : [person.givenName, person.patronymic],
        birthDate: person.birthDate,
      },
      test: {
        loinc: request.loinc,
        result: request.decision === 'presence' ? DETECTED : NOT_DETECTED,
        effectiveDateTime: request.sampleDate,
        performer: clinic.settings.cardName ?? clinic.nameRu,
      },
      issuer: clinic.issuerUrl,
      nbf: request.nbf,
      exp: request.exp,
      rid,
    },
    key.publicJwk.kid,
    signerFor(deps.subtle, key.privateKey),
  );
  if (!card.ok) return fail(`card-${card.reason}`, card.detail);
  return ok({ shcJws: card.value.jws, rid });
}
