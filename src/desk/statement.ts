// Opening a statement (application) for a registered person and recording its signature:
// the printed statement signed by the citizen, both consents given, the identity document
// checked by the clerk. Withdrawal is in withdrawStatement.ts.
import type { ApplicationId, PersonId } from '../core/ids';
import { newId } from '../core/ids';
import type { ApplicationRecord } from '../core/records/application';
import { calendarDateAt } from '../core/records/calendarDate';
import type { Result } from '../core/result';
import { writeRecord } from '../storage/records';
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

export function signStatement(
  env: Pick<DeskEnv, 'db' | 'write' | 'now'>,
  application: ApplicationRecord,
): Promise<Result<ApplicationRecord, WriteFailure>> {
  const record: ApplicationRecord = {
    ...application,
    consents: { personalData: true, paidService: true },
    identityDocumentChecked: true,
    signedAt: env.now().toISOString(),
    status: 'signed',
  };
  return writeRecord(env.db, record, env.write);
}
