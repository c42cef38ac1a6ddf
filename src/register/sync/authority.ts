import type { OpRejectReason } from '../../core/protocol/sync';
import type { ClinicRecord } from '../../core/records/record';
import type { StoredTarget } from '../../core/records/revocationTarget';
import type { Result } from '../../core/result';
import { ok } from '../../core/result';
import type { RuleSettings } from '../../core/rules/recordRules';
import { checkRecordRules } from '../../core/rules/recordRules';
import type { SyncTx } from './recordStore';
import { gatherRuleFacts } from './ruleStore';
import type { SignedBy } from './signedCard';
import { checkSignedCard } from './signedCard';

// The checks of a pushed op that need what the register holds, run inside the op's
// transaction after the role check (applyOp.checkOp):
//
//   every kind   the rules that tie a record to its statement — withdrawal only before
//                payment, a result only of a sample, a certificate only when the check-list
//                passes, a duplicate a true copy, a revocation only of the clinic's own
//                certificate — the very code the tablet's storage runs before saving
//                (src/core/rules/recordRules.ts), so both sides refuse with one reason
//   certificate  the signed card must verify with a key of the clinic (signedCard.ts): the
//                pushing tablet's own key, or for a duplicate any key of its clinic
//
// Every refusal is an answer for that op alone, stored like any other.

export type PushingTablet = { readonly id: string; readonly clinicId: string };

/**
 * Passes with what the rules found of the record's own id, so that applyOp need not look a
 * new record up a second time (issue #14): `none` means no clinic holds the id.
 */
export async function checkAuthority(
  tx: SyncTx,
  subtle: SubtleCrypto,
  record: ClinicRecord,
  tablet: PushingTablet,
  settings: RuleSettings,
): Promise<Result<StoredTarget | undefined, OpRejectReason>> {
  const facts = await gatherRuleFacts(tx, tablet.clinicId, record);
  const ruled = checkRecordRules(record, facts, settings);
  if (!ruled.ok) return ruled;
  const itself = facts.found.get(record.id);
  if (record.kind !== 'certificate') return ok(itself);
  const signedBy: SignedBy =
    record.duplicateOf === undefined ? { tabletId: tablet.id } : 'any-clinic-tablet';
  const card = await checkSignedCard(tx, subtle, record, signedBy);
  return card.ok ? ok(itself) : card;
}
