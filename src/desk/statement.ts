// Opening a statement (application) for a registered person and recording its signature:
// the printed statement signed by the citizen, both consents given, the identity document
// checked by the clerk. Withdrawal is in withdrawStatement.ts, the ИДС to the blood draw in
// interventionConsent.ts, the withdrawal of a consent in withdrawConsent.ts.
import type { MessageTable } from '../core/bilingual';
import type { ApplicationId, PersonId } from '../core/ids';
import { newId } from '../core/ids';
import type { ApplicationRecord } from '../core/records/application';
import { calendarDateAt } from '../core/records/calendarDate';
import type { Result } from '../core/result';
import { fail } from '../core/result';
import { readRecord, WRITE_MESSAGES, writeRecord } from '../storage/records';
import type { ConsentDetailGap } from './consentDetails';
import { CONSENT_DETAIL_MESSAGES, consentDetailGaps } from './consentDetails';
import type { DeskEnv } from './env';
import type { WriteFailure } from './writeFailure';

type Writer = Pick<DeskEnv, 'db' | 'write' | 'now' | 'random' | 'recordBase' | 'utcOffsetMinutes'>;

/** A new unsigned statement dated the clinic's today. */
export function openStatement(
  env: Writer,
  personId: PersonId,
): Promise<Result<ApplicationRecord, WriteFailure>> {
  const record: ApplicationRecord = {
    ...env.recordBase(),
    kind: 'application',
    id: newId<ApplicationId>(env.now, env.random),
    personId,
    date: calendarDateAt(env.now(), env.utcOffsetMinutes),
    consents: { personalData: false, paidService: false },
    identityDocumentChecked: false,
    status: 'draft',
  };
  return writeRecord(env.db, record, env.write);
}

export type SignRefusal = ConsentDetailGap | 'person-unknown';

export const SIGN_MESSAGES: MessageTable<SignRefusal | WriteFailure> = {
  ...CONSENT_DETAIL_MESSAGES,
  'person-unknown': {
    ru: 'Карточка пациента не найдена на этом планшете.',
    en: 'The patient’s card is not on this tablet.',
  },
  ...WRITE_MESSAGES,
};

/**
 * Marks the statement signed. The personal-data consent printed on it must name the person's
 * address and document issue details (consentDetails.ts); the first one missing is the
 * refusal, whose message tells the clerk what to add to the card.
 */
export async function signStatement(
  env: Pick<DeskEnv, 'db' | 'write' | 'now'>,
  application: ApplicationRecord,
): Promise<Result<ApplicationRecord, SignRefusal | WriteFailure>> {
  const person = await readRecord(env.db, 'person', application.personId);
  if (person === undefined) return fail('person-unknown');
  const [gap] = consentDetailGaps(person.record, application.representative);
  if (gap !== undefined) return fail(gap);
  const record: ApplicationRecord = {
    ...application,
    consents: { personalData: true, paidService: true },
    identityDocumentChecked: true,
    signedAt: env.now().toISOString(),
    status: 'signed',
  };
  return writeRecord(env.db, record, env.write);
}
