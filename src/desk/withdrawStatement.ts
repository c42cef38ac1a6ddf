// Withdrawing a statement: the citizen changes their mind before paying (issue 3). The
// statement becomes `cancelled` with the reason they gave; an open (unpaid) contract of the
// same application is cancelled with the same reason, in the same transaction, so no half-
// withdrawn statement is left behind. Money is never undone here: a paid contract must first be
// refunded (step 2), and a statement with a certificate is beyond withdrawal (revoke it instead).
import type { MessageTable } from '../core/bilingual';
import type { ApplicationRecord } from '../core/records/application';
import { reasonTextSchema } from '../core/records/base';
import type { ContractRecord } from '../core/records/contract';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import type { DeskStatement } from './queries';
import type { WriteFailure } from '../storage/records';
import { recordScope, WRITE_MESSAGES, writeRecord } from '../storage/records';
import type { DeskEnv } from './env';

export type WithdrawRefusal =
  | 'already-cancelled'
  | 'contract-paid'
  | 'certificate-issued'
  | 'reason-missing'
  | 'reason-too-long';

export const WITHDRAW_MESSAGES: MessageTable<WithdrawRefusal | WriteFailure> = {
  'already-cancelled': {
    ru: 'Заявление уже отозвано.',
    en: 'The statement has already been withdrawn.',
  },
  'contract-paid': {
    ru: 'По договору внесена оплата. Сначала оформите возврат оплаты (шаг 2), затем отзовите заявление.',
    en: 'The contract has been paid. Refund the payment first (step 2), then withdraw the statement.',
  },
  'certificate-issued': {
    ru: 'Справка уже выдана: заявление отозвать нельзя. Справку может аннулировать член комиссии.',
    en: 'A certificate has been issued: the statement cannot be withdrawn. A commission member may revoke the certificate.',
  },
  'reason-missing': {
    ru: 'Укажите причину отзыва заявления',
    en: 'Give the reason for withdrawing the statement',
  },
  'reason-too-long': {
    ru: 'Причина — не более 500 символов',
    en: 'The reason is at most 500 characters',
  },
  ...WRITE_MESSAGES,
};

export type Withdrawal = {
  readonly application: ApplicationRecord;
  /** The application's unpaid contracts, cancelled with the same reason. */
  readonly contracts: readonly ContractRecord[];
};

/** Why this statement may not be withdrawn now, if anything stops it (the reason aside). */
export function withdrawBlocker(statement: DeskStatement): WithdrawRefusal | undefined {
  if (statement.application.record.status === 'cancelled') return 'already-cancelled';
  if (statement.certificates.length > 0) return 'certificate-issued';
  if (statement.contracts.some((c) => c.record.status === 'paid')) return 'contract-paid';
  return undefined;
}

/** The records a withdrawal writes, or why it may not happen. Pure. */
export function planWithdrawal(
  statement: DeskStatement,
  reasonText: string,
  now: Date,
): Result<Withdrawal, WithdrawRefusal> {
  const blocker = withdrawBlocker(statement);
  if (blocker !== undefined) return fail(blocker);
  const reason = reasonTextSchema.safeParse(reasonText);
  if (!reason.success) {
    return fail(reasonText.trim() === '' ? 'reason-missing' : 'reason-too-long');
  }
  const cancelledAt = now.toISOString();
  const closing = { cancelReason: reason.data, cancelledAt };
  return ok({
    application: { ...statement.application.record, status: 'cancelled', ...closing },
    contracts: statement.contracts
      .map((c) => c.record)
      .filter((c) => c.status === 'draft')
      .map((c) => ({ ...c, status: 'cancelled', ...closing })),
  });
}

class RefusedWrite extends Error {
  constructor(readonly reason: WriteFailure) {
    super(`withdrawal refused: ${reason}`);
  }
}

/** Withdraws the statement and cancels its open contracts: all written, or none. */
export async function withdrawStatement(
  env: Pick<DeskEnv, 'db' | 'write' | 'now'>,
  statement: DeskStatement,
  reasonText: string,
): Promise<Result<ApplicationRecord, WithdrawRefusal | WriteFailure>> {
  const planned = planWithdrawal(statement, reasonText, env.now());
  if (!planned.ok) return planned;
  const { application, contracts } = planned.value;
  const { db } = env;
  try {
    await db.transaction('rw', [db.outbox, ...recordScope(db)], async () => {
      for (const record of [...contracts, application]) {
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
