// The informed voluntary consent (ИДС) to the blood draw (323-ФЗ ст. 20; form of Приказ
// Минздрава России от 12.11.2021 № 1051н): printed as its own page, signed by hand, then
// marked signed here. Who signs is the person's standing on the clinic's today
// (core/person/minorRules.ts): under 15 the legal representative named on the statement,
// from 15 the person. A new sample needs it (core/rules/consentRules.ts).
//
//   application {"interventionConsent":{"signedAt":"2026-12-01T00:05:00.000Z",
//                "signer":"representative"}, …}
import type { MessageTable } from '../core/bilingual';
import { minorStanding } from '../core/person/minorRules';
import type { ApplicationRecord } from '../core/records/application';
import type { CalendarDate } from '../core/records/calendarDate';
import { calendarDateAt } from '../core/records/calendarDate';
import type { PersonRecord } from '../core/records/person';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import { WRITE_MESSAGES, writeRecord } from '../storage/records';
import type { DeskEnv } from './env';
import type { DeskStatement } from './queries';
import type { WriteFailure } from './writeFailure';

export type InterventionConsentRefusal =
  | 'person-unknown'
  | 'statement-not-signed'
  | 'statement-cancelled'
  | 'consent-withdrawn'
  | 'already-signed'
  | 'representative-missing';

export const INTERVENTION_CONSENT_MESSAGES: MessageTable<
  InterventionConsentRefusal | WriteFailure
> = {
  // First, so that this step's own words win where a rule reason shares a name.
  ...WRITE_MESSAGES,
  'person-unknown': {
    ru: 'Карточка пациента не найдена на этом планшете.',
    en: 'The patient’s card is not on this tablet.',
  },
  'statement-not-signed': {
    ru: 'Сначала оформите и отметьте подписанным заявление (шаг 1).',
    en: 'Sign the statement first (step 1).',
  },
  'statement-cancelled': {
    ru: 'Заявление отозвано: ИДС по нему не оформляется.',
    en: 'The statement has been withdrawn: no ИДС is taken on it.',
  },
  'consent-withdrawn': {
    ru: 'Согласие по обращению отозвано: ИДС больше не оформляется.',
    en: 'A consent on this statement has been withdrawn: no ИДС is taken any more.',
  },
  'already-signed': {
    ru: 'ИДС уже отмечено подписанным.',
    en: 'The ИДС is already marked signed.',
  },
  'representative-missing': {
    ru: 'Пациенту нет 15 лет: ИДС подписывает законный представитель. Сначала внесите представителя в заявление.',
    en: 'The patient is under 15: the legal representative signs the ИДС. Add the representative to the statement first.',
  },
};

export type ConsentSigner = NonNullable<ApplicationRecord['interventionConsent']>['signer'];

/** Who signs the ИДС for `person` on `day`: under 15 the representative (minorRules.ts). */
export function interventionConsentSigner(
  person: Pick<PersonRecord, 'birthDate'>,
  day: CalendarDate,
): ConsentSigner {
  return minorStanding(person.birthDate, day).interventionConsentSigner;
}

/** Why the ИДС cannot be marked signed now, if anything stops it. Pure. */
export function interventionConsentBlocker(
  statement: DeskStatement,
  day: CalendarDate,
): InterventionConsentRefusal | undefined {
  const application = statement.application.record;
  const person = statement.person?.record;
  if (person === undefined) return 'person-unknown';
  if (application.status === 'cancelled') return 'statement-cancelled';
  if (application.consentWithdrawal !== undefined) return 'consent-withdrawn';
  if (application.status !== 'signed') return 'statement-not-signed';
  if (application.interventionConsent !== undefined) return 'already-signed';
  const signer = interventionConsentSigner(person, day);
  if (signer === 'representative' && application.representative === undefined) {
    return 'representative-missing';
  }
  return undefined;
}

/** The statement with its ИДС marked signed now, or why it may not be. Pure. */
export function planInterventionConsent(
  statement: DeskStatement,
  now: Date,
  utcOffsetMinutes: number,
): Result<ApplicationRecord, InterventionConsentRefusal> {
  const day = calendarDateAt(now, utcOffsetMinutes);
  const blocker = interventionConsentBlocker(statement, day);
  if (blocker !== undefined) return fail(blocker);
  const person = statement.person?.record;
  if (person === undefined) return fail('person-unknown');
  return ok({
    ...statement.application.record,
    interventionConsent: {
      signedAt: now.toISOString(),
      signer: interventionConsentSigner(person, day),
    },
  });
}

export async function markInterventionConsentSigned(
  env: Pick<DeskEnv, 'db' | 'write' | 'now' | 'utcOffsetMinutes'>,
  statement: DeskStatement,
): Promise<Result<ApplicationRecord, InterventionConsentRefusal | WriteFailure>> {
  const planned = planInterventionConsent(statement, env.now(), env.utcOffsetMinutes);
  if (!planned.ok) return planned;
  return writeRecord(env.db, planned.value, env.write);
}
