import type { OpAnswer, PushOp } from '../../core/protocol/sync';
import type { ClinicRecord } from '../../core/records/record';
import type { StoredTarget } from '../../core/records/revocationTarget';
import type { RuleSettings } from '../../core/rules/recordRules';
import { checkRecordRules } from '../../core/rules/recordRules';
import {
  NO_RECEIPT_HOLDERS,
  questionsFor,
  receiptKeysAskedBy,
  statementIdOf,
} from '../../core/rules/ruleFacts';
import type { RegisterDb } from '../db/connect';
import { newRecordRow, parseRecordBody, recordRowsByIds } from './recordStore';
import type { SyncTx } from './recordStore';
import { WRITTEN_CONTENT } from './writtenContent';

// A push's brand-new records written together (issue #14). Most of what a tablet pushes after
// a day offline is new people: for each, the per-op path (applyOp.ts) looked its id up, then
// inserted the record and its answer — statements built one by one, inside a savepoint of
// its own. Here the batch's ids are looked up in one query before the ops are walked
// (BatchTargets), and a run of consecutive ops that are new records whose rules need nothing
// else is written as two inserts of many rows (RegisterDb.insertRows), the records and their
// answers (a first version has no history row: migration 0015):
//
//   ops      p1 p2 p3 a4 p5 p6        p = new person, a = an op that needs the per-op path
//   writes   [run p1 p2 p3] a4 [run p5 p6]
//
// A run is written before the op that ends it, so every op still sees the writes of the ops
// before it, as in the per-op path. Eligible: a record no clinic holds (by the batch's
// look-up), whose other ids were not written earlier in this batch (the look-up would be
// stale), with no statement to read, and not a certificate or revocation (signed card, CRL
// and transfer queue stay with the per-op path); the rules must pass on those facts — a
// refusal is left to the per-op path, which reaches the same verdict and stores it.
// pushOps.ts writes a run under one savepoint: a data fault rolls the run back and its ops
// go through the per-op path one by one, so a bad op is still refused alone.

/** What the register held of the batch's ids when the push took the seq lock. */
export type BatchTargets = (id: string) => StoredTarget;

/** One query per 500 ids (recordStore.recordRowsByIds); bodies are parsed only when asked for. */
export async function lookUpBatch(
  tx: SyncTx,
  clinicId: string,
  ids: readonly string[],
): Promise<BatchTargets> {
  const rows = await recordRowsByIds(tx, ids);
  const parsed = new Map<string, StoredTarget>();
  return (id) => {
    const known = parsed.get(id);
    if (known !== undefined) return known;
    const row = rows.get(id);
    const target: StoredTarget =
      row === undefined
        ? { found: 'none' }
        : row.clinic_id === clinicId
          ? { found: 'record', record: parseRecordBody(row.body) }
          : { found: 'other-clinic' };
    parsed.set(id, target);
    return target;
  };
}

/** The ids a record's rules ask about (its own first): what lookUpBatch needs. */
export function idsAskedBy(record: ClinicRecord): string[] {
  return questionsFor(record).map((question) => question.id);
}

/**
 * Whether the op may join a run of new records: see the header. `written` holds the ids of
 * records the batch has written (or queued) so far.
 */
export function joinsRun(
  record: ClinicRecord,
  targets: BatchTargets,
  written: ReadonlySet<string>,
  rules: RuleSettings,
): boolean {
  if (record.kind === 'certificate' || record.kind === 'revocation') return false;
  // A contract has a statement, so it never joins; were one to, its receipts would go unasked.
  if (receiptKeysAskedBy(record).length > 0) return false;
  const found = new Map<string, StoredTarget>();
  for (const id of idsAskedBy(record)) {
    if (written.has(id)) return false;
    found.set(id, targets(id));
  }
  if (found.get(record.id)?.found !== 'none') return false;
  if (statementIdOf(record, found) !== undefined) return false;
  const facts = { found, statement: undefined, receiptHolders: NO_RECEIPT_HOLDERS };
  return checkRecordRules(record, facts, rules).ok;
}

/** A new record of the run, with the answer it gets once the run is written. */
export type RunEntry = {
  readonly op: PushOp;
  readonly record: ClinicRecord;
  readonly seq: number;
  readonly at: string;
  readonly answer: OpAnswer;
};

export function runEntry(
  op: PushOp,
  incoming: ClinicRecord,
  write: { readonly seq: number; readonly at: string },
): RunEntry {
  return {
    op,
    record: { ...incoming, version: 1 },
    ...write,
    answer: { opId: op.opId, status: 'accepted', seq: write.seq, version: 1 },
  };
}

/**
 * The run's records and answers: the rows recordStore.writeVersion and answerStore.storeAnswer
 * write for a new record, as two multi-row inserts (a first version has no history row until
 * it is replaced: migration 0015).
 */
export async function writeRun(
  db: RegisterDb,
  tx: SyncTx,
  tabletId: string,
  run: readonly RunEntry[],
): Promise<void> {
  await db.insertRows(
    tx,
    'clinic_record',
    // Only records without a statement join a run (joinsRun).
    run.map(({ record, seq, at }) => newRecordRow({ record, version: 1, seq, tabletId, at }, null)),
  );
  await db.insertRows(
    tx,
    'sync_op',
    run.map(({ record, seq, at, answer }) => ({
      op_id: answer.opId,
      tablet_id: tabletId,
      record_id: record.id,
      seq,
      answer: JSON.stringify(answer),
      received_at: at,
      // Its content is the version it wrote (writtenContent.ts): no hash to compute.
      content_hash: WRITTEN_CONTENT,
    })),
  );
}
