// A minor's case needs their legal representative on the statement (issue #11, item 4;
// 323-ФЗ ст. 20 ч. 2, ст. 54; ГК РФ ст. 26, 28): who is a minor follows minorRules.ts, by the
// age in full years on the statement's date for the statement, and on the day the blood is
// taken for a sample. Judged only when the store holds the person (ruleFacts.ts asks for it):
//
//   application  signed now (not already signed in the store) for a person under 18 on its
//                date, without `representative`                   → representative-missing
//   sample       new, of a person under 18 on the day it is taken, whose statement has no
//                `representative`                                  → representative-missing
//
// A statement signed before issue #11 is not judged again when it is withdrawn or edited; its
// first new sample is, so a minor's blood is never drawn without the representative on file.
import type { MessageTable } from '../bilingual';
import { minorStanding } from '../person/minorRules';
import type { ApplicationRecord } from '../records/application';
import type { CalendarDate } from '../records/calendarDate';
import { calendarDateAt } from '../records/calendarDate';
import type { PersonRecord } from '../records/person';
import type { SampleRecord } from '../records/sample';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { RuleFacts } from './ruleFacts';
import { findRecord } from './ruleFacts';

export const REPRESENTATIVE_RULE_REASONS = ['representative-missing'] as const;
export type RepresentativeRuleReason = (typeof REPRESENTATIVE_RULE_REASONS)[number];

export const REPRESENTATIVE_RULE_MESSAGES: MessageTable<RepresentativeRuleReason> = {
  'representative-missing': {
    ru: 'Пациент несовершеннолетний: укажите в заявлении его законного представителя (родителя, усыновителя, опекуна или попечителя)',
    en: 'The patient is a minor: enter their legal representative (parent, adoptive parent, guardian or trustee) on the statement',
  },
};

type Verdict = Result<void, RepresentativeRuleReason>;

function representedIfMinor(
  person: PersonRecord | undefined,
  application: ApplicationRecord,
  day: CalendarDate,
): Verdict {
  if (person === undefined || application.representative !== undefined) return ok(undefined);
  const standing = minorStanding(person.birthDate, day);
  return standing.representativeRequired
    ? fail('representative-missing', `age ${String(standing.age)} on ${day}`)
    : ok(undefined);
}

/** A statement being signed now, judged against the store's version of it and its person. */
export function checkStatementRepresentative(
  application: ApplicationRecord,
  facts: RuleFacts,
): Verdict {
  const stored = findRecord(facts, 'application', application.id);
  if (application.status !== 'signed' || stored?.status === 'signed') return ok(undefined);
  const person = findRecord(facts, 'person', application.personId);
  return representedIfMinor(person, application, application.date);
}

/**
 * A new sample of `application`'s person, judged on the clinic's date it was taken
 * (`utcOffsetMinutes` east of UTC).
 */
export function checkSampleRepresentative(
  sample: SampleRecord,
  application: ApplicationRecord,
  facts: RuleFacts,
  utcOffsetMinutes: number,
): Verdict {
  const person = findRecord(facts, 'person', sample.personId);
  const takenOn = calendarDateAt(new Date(sample.takenAt), utcOffsetMinutes);
  return representedIfMinor(person, application, takenOn);
}
