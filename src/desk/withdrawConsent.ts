// The citizen withdraws a consent given on the statement (issue #11 item 3c): the personal-
// data consent (152-ФЗ ст. 9 ч. 2) or the ИДС to the blood draw (323-ФЗ ст. 20 ч. 3), or
// both. It is recorded on the statement with what was withdrawn and when, and the case stops
// there: the rules refuse any new contract, payment, sample, result or certificate on it
// (core/rules/consentRules.ts). Open (unpaid) contracts are cancelled in the same
// transaction. Nothing already written is deleted — what the law requires to keep stays:
// `keptRecords` names it for the screen.
//
//   application {"consentWithdrawal":{"withdrawnAt":"2026-12-01T01:00:00.000Z",
//                "consents":["personal-data","intervention"],"reason":"Заявление пациента"}}
import type { MessageTable } from '../core/bilingual';
import type { ApplicationRecord } from '../core/records/application';
import { WITHDRAWABLE_CONSENTS } from '../core/records/application';
import { reasonTextSchema } from '../core/records/base';
import type { ContractRecord } from '../core/records/contract';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import { recordScope, WRITE_MESSAGES, writeRecord } from '../storage/records';
import type { DeskEnv } from './env';
import type { DeskStatement } from './queries';
import type { WriteFailure } from './writeFailure';

export type WithdrawableConsent = (typeof WITHDRAWABLE_CONSENTS)[number];
export { WITHDRAWABLE_CONSENTS };

export type ConsentWithdrawalRefusal =
  'already-withdrawn' | 'nothing-chosen' | 'intervention-not-given' | 'reason-too-long';

export const CONSENT_WITHDRAWAL_MESSAGES: MessageTable<ConsentWithdrawalRefusal | WriteFailure> = {
  'already-withdrawn': {
    ru: 'Отзыв согласия по этому обращению уже записан.',
    en: 'A withdrawal of consent is already recorded on this statement.',
  },
  'nothing-chosen': {
    ru: 'Отметьте, какое согласие отзывается.',
    en: 'Tick which consent is withdrawn.',
  },
  'intervention-not-given': {
    ru: 'ИДС на забор крови по этому обращению не подписывалось — отзывать нечего.',
    en: 'No ИДС to the blood draw was signed on this statement: there is nothing to withdraw.',
  },
  'reason-too-long': {
    ru: 'Пояснение — не более 500 символов',
    en: 'The note is at most 500 characters',
  },
  ...WRITE_MESSAGES,
};

/** The cancellation reason of open contracts when the citizen gave none. */
const DEFAULT_REASON = 'Отзыв согласия пациентом';

export type ConsentWithdrawal = {
  readonly application: ApplicationRecord;
  /** The statement's unpaid contracts, cancelled: no payment may follow. */
  readonly contracts: readonly ContractRecord[];
};

/** The records a withdrawal writes, or why it may not happen. Pure. */
export function planConsentWithdrawal(
  statement: DeskStatement,
  consents: readonly WithdrawableConsent[],
  reasonText: string,
  now: Date,
): Result<ConsentWithdrawal, ConsentWithdrawalRefusal> {
  const application = statement.application.record;
  if (application.consentWithdrawal !== undefined) return fail('already-withdrawn');
  const chosen = WITHDRAWABLE_CONSENTS.filter((c) => consents.includes(c));
  if (chosen.length === 0) return fail('nothing-chosen');
  if (chosen.includes('intervention') && application.interventionConsent === undefined) {
    return fail('intervention-not-given');
  }
  const typed = reasonText.trim();
  const reason = typed === '' ? undefined : reasonTextSchema.safeParse(typed);
  if (reason !== undefined && !reason.success) return fail('reason-too-long');
  const withdrawnAt = now.toISOString();
  const closing = { cancelReason: reason?.data ?? DEFAULT_REASON, cancelledAt: withdrawnAt };
  return ok({
    application: {
      ...application,
      consentWithdrawal: {
        withdrawnAt,
        consents: chosen,
        ...(reason === undefined ? {} : { reason: reason.data }),
      },
    },
    contracts: statement.contracts
      .map((c) => c.record)
      .filter((c) => c.status === 'draft')
      .map((c) => ({ ...c, status: 'cancelled', ...closing })),
  });
}

/** What stays after the withdrawal, and the law that keeps it (the screen's words). */
export type KeptRecord = 'statement-and-consents' | 'medical-records' | 'receipts' | 'certificates';

/** The kinds of record this statement already holds that the law keeps. Pure. */
export function keptRecords(statement: DeskStatement): KeptRecord[] {
  const kept: KeptRecord[] = ['statement-and-consents'];
  if (statement.samples.length > 0 || statement.results.length > 0) kept.push('medical-records');
  const paid = statement.contracts.some(
    (c) => c.record.status === 'paid' || c.record.status === 'refunded',
  );
  if (paid) kept.push('receipts');
  if (statement.certificates.length > 0) kept.push('certificates');
  return kept;
}

class RefusedWrite extends Error {
  constructor(readonly reason: WriteFailure) {
    super(`consent withdrawal refused: ${reason}`);
  }
}

/** Records the withdrawal and cancels the open contracts: all written, or none. */
export async function withdrawConsent(
  env: Pick<DeskEnv, 'db' | 'write' | 'now'>,
  statement: DeskStatement,
  consents: readonly WithdrawableConsent[],
  reasonText: string,
): Promise<Result<ApplicationRecord, ConsentWithdrawalRefusal | WriteFailure>> {
  const planned = planConsentWithdrawal(statement, consents, reasonText, env.now());
  if (!planned.ok) return planned;
  const { application, contracts } = planned.value;
  const { db } = env;
  try {
    await db.transaction('rw', [db.outbox, ...recordScope(db)], async () => {
      // The statement first: once it carries the withdrawal, nothing new joins the case.
      for (const record of [application, ...contracts]) {
        const written = await writeRecord(db, record, env.write);
        if (!written.ok) throw new RefusedWrite(written.reason);
      }
    });
  } catch (error) {
    if (error instanceof RefusedWrite) return fail(error.reason);
    throw error;
  }
  return ok(application);
}
