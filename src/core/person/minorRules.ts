// Who signs what for a minor, by their age in full years on the day that matters (issue #11,
// item 4). The day is the sample date once a sample is taken, and the statement date before:
// a child who turns 15 between the statement and the blood draw signs the ИДС themselves.
//
//   age < 14   the representative is the contract's party (ГК РФ ст. 28: a малолетний's
//              deals are made by the parents), signs the ИДС and the personal-data consent
//   14 ≤ age < 15
//              the minor signs the contract with the representative's written consent
//              (ГК РФ ст. 26); the representative still signs the ИДС (323-ФЗ ст. 20 ч. 2,
//              ст. 54 ч. 2: a minor gives consent to medical intervention from 15)
//   15 ≤ age < 18
//              the minor signs the contract (with the representative's consent) and the ИДС
//   age ≥ 18   no representative
//
// A representative is recorded for everyone under 18 (the statement is written "от
// <representative> в интересах <minor>" under 14, and names the consenting representative
// from 14). Sources and dates: docs/DECISIONS.md, "Minors and representatives (issue #11)".
import type { CalendarDate } from '../records/calendarDate';

export type AgeBand = 'under-14' | 'under-15' | 'under-18' | 'adult';

export type MinorStanding = {
  /** Age in full years on the day. */
  readonly age: number;
  readonly band: AgeBand;
  /** Whether a representative must be recorded on the statement. */
  readonly representativeRequired: boolean;
  /** Who is the party to the contract (and writes the statement). */
  readonly contractParty: 'self' | 'representative';
  /** Whether the minor signs with the representative's written consent (14–18). */
  readonly representativeConsents: boolean;
  /** Who signs the informed voluntary consent (ИДС) to the blood draw. */
  readonly interventionConsentSigner: 'self' | 'representative';
};

/** Full years between a birth date and a day; a 29 February birthday counts from 1 March. */
export function ageOn(birthDate: CalendarDate, day: CalendarDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

export function bandOf(age: number): AgeBand {
  if (age < 14) return 'under-14';
  if (age < 15) return 'under-15';
  if (age < 18) return 'under-18';
  return 'adult';
}

export function minorStanding(birthDate: CalendarDate, day: CalendarDate): MinorStanding {
  const age = ageOn(birthDate, day);
  const band = bandOf(age);
  return {
    age,
    band,
    representativeRequired: band !== 'adult',
    contractParty: band === 'under-14' ? 'representative' : 'self',
    representativeConsents: band === 'under-15' || band === 'under-18',
    interventionConsentSigner:
      band === 'under-14' || band === 'under-15' ? 'representative' : 'self',
  };
}
