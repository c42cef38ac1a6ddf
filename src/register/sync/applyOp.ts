import type { StaffRole } from '../../core/protocol/session';
import type { OpAnswer, OpRejectReason, PushOp } from '../../core/protocol/sync';
import { OP_REJECT_MESSAGES } from '../../core/protocol/sync';
import { editorOf, FIELD_TOO_LONG } from '../../core/records/base';
import { changedFields, mergeFields, sameContent } from '../../core/records/merge';
import { checkWrite } from '../../core/records/permissions';
import type { ClinicRecord } from '../../core/records/record';
import { checkUpdate, forbiddenChanges, isImmutable } from '../../core/records/record';
import type { RuleSettings } from '../../core/rules/recordRules';
import { enqueueTransfer } from '../transfer/enqueueTransfer';
import type { PushingTablet } from './authority';
import { checkAuthority } from './authority';
import type { StoredAnswer } from './answerStore';
import { safeParseRecord } from './recordCheck';
import type { StoredRecord, SyncTx } from './recordStore';
import { loadRecord, loadVersions, writeVersion } from './recordStore';

// One push op, applied inside its batch's transaction (pushOps.ts stores the answer beside
// it, under the op's savepoint; protocol in src/core/protocol/sync.ts). The checks that need
// no transaction — schema, clinic, author's role — run first; a refusal is an answer for that op alone, never an exception. The role
// checked is the editor's (`updatedBy`), falling back to the author's for a record never
// edited: a lab member may not change a person a registrar registered.
//
// Merging (mutable records): the register keeps every version, so the tablet sends only its
// base version number. Fields changed since the base by *other* tablets are the foreign
// ones; a field the tablet changed too, to another value, clashes and keeps the register's
// value. Versions this same tablet wrote since its base (e.g. an earlier op whose answer was
// lost) are already part of what it sends, so they never clash with it.
//
// Before deciding, the op must pass the checks of who may write it that need the register's
// records (authority.ts: a duplicate's original, a revocation's certificate, a certificate's
// signed card). An op id names one content: a repeat gets the stored answer only when it
// comes from the same tablet with the same content (opContent.ts), else `op-id-reused`.

export type { PushingTablet } from './authority';
export type ClinicStaff = ReadonlyMap<string, StaffRole>;

/** A refusal of one op, with the register's words for it. */
export function refusal(op: PushOp, reason: OpRejectReason, detail?: string): OpAnswer {
  return {
    opId: op.opId,
    status: 'rejected',
    reason,
    message: OP_REJECT_MESSAGES[reason],
    ...(detail === undefined ? {} : { detail }),
  };
}

/** Checks that need no database: the record's shape, kind, clinic and writer (editor or author). */
export function checkOp(
  op: PushOp,
  tablet: PushingTablet,
  staff: ClinicStaff,
): { ok: true; record: ClinicRecord } | { ok: false; answer: OpAnswer } {
  const parsed = safeParseRecord(op.record);
  if (!parsed.success) {
    // Paths and rule names only: zod's messages here never quote the values (personal data).
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.map(String).join('.') || '(record)'}: ${issue.message}`)
      .join('; ');
    // A record refused only for over-long text gets a reason of its own: the clerk can
    // shorten that field, whereas a malformed record is the app's fault.
    const tooLong = parsed.error.issues.every((issue) => issue.message === FIELD_TOO_LONG);
    return {
      ok: false,
      answer: refusal(op, tooLong ? 'field-too-long' : 'invalid-record', detail),
    };
  }
  const record = parsed.data;
  if (record.kind !== op.kind) return { ok: false, answer: refusal(op, 'kind-mismatch') };
  if (record.clinicId !== tablet.clinicId)
    return { ok: false, answer: refusal(op, 'wrong-clinic') };
  const role = staff.get(editorOf(record));
  if (role === undefined) return { ok: false, answer: refusal(op, 'unknown-author') };
  const permitted = checkWrite(role, record);
  if (!permitted.ok) return { ok: false, answer: refusal(op, 'role-may-not-write', role) };
  return { ok: true, record };
}

type Write = { readonly record: ClinicRecord; readonly clashes: readonly string[] };

/** What the register's record becomes; undefined clashes mean "keep current, it conflicts". */
async function resolve(
  tx: SyncTx,
  current: StoredRecord,
  incoming: ClinicRecord,
  op: PushOp,
  tabletId: string,
): Promise<Write | { readonly conflict: readonly string[] }> {
  if (isImmutable(current.record)) {
    const forbidden = forbiddenChanges(current.record, incoming);
    return forbidden.length > 0 ? { conflict: forbidden } : { record: incoming, clashes: [] };
  }
  const from = Math.max(op.baseVersion, 1);
  const versions = await loadVersions(tx, current, from);
  const base = op.baseVersion >= 1 ? versions[0]?.record : undefined;
  const foreign = new Set<string>();
  for (let i = 0; i < versions.length; i++) {
    const version = versions[i];
    if (version === undefined || version.version <= op.baseVersion) continue;
    if (version.tabletId === tabletId) continue;
    const before = versions[i - 1];
    const fields =
      before === undefined
        ? Object.keys(version.record)
        : changedFields(before.record, version.record);
    for (const field of fields) foreign.add(field);
  }
  const { merged, clashes } = mergeFields({
    base,
    current: current.record,
    incoming,
    foreignFields: foreign,
  });
  const valid = safeParseRecord(merged);
  if (!valid.success) return { conflict: changedFields(current.record, incoming) };
  const allowed = checkUpdate(current.record, valid.data);
  if (!allowed.ok) return { conflict: changedFields(current.record, incoming) };
  return { record: valid.data, clashes };
}

export type ApplyContext = {
  readonly subtle: SubtleCrypto;
  readonly at: string;
  /** The op's register sequence number, from the push's block (seqCounter.seqBlock). */
  readonly seq: number;
  /** The clinic's settings and the region's policy, read once per push. */
  readonly rules: RuleSettings;
  /** FEDERAL_TRANSFER: a new certificate or revocation enters the transfer queue. */
  readonly federalTransfer: boolean;
};

/**
 * Applies one checked op within the push's transaction, after its stored answers were read
 * under the seq lock (pushOps.ts), and answers it; the caller stores the answer.
 */
export async function applyCheckedOp(
  tx: SyncTx,
  op: PushOp,
  incoming: ClinicRecord,
  tablet: PushingTablet,
  context: ApplyContext,
): Promise<OpAnswer> {
  const { at, seq } = context;
  const authorised = await checkAuthority(tx, context.subtle, incoming, tablet, context.rules);
  if (!authorised.ok) return refusal(op, authorised.reason, authorised.detail);
  const isNew = authorised.value?.found === 'none';
  return decide(tx, op, incoming, tablet, { seq, at, transfer: context.federalTransfer, isNew });
}

async function decide(
  tx: SyncTx,
  op: PushOp,
  incoming: ClinicRecord,
  tablet: PushingTablet,
  write: {
    readonly seq: number;
    readonly at: string;
    readonly transfer: boolean;
    /** The rules' look-up found no record of this id in any clinic: nothing to load. */
    readonly isNew: boolean;
  },
): Promise<OpAnswer> {
  const { seq, at } = write;
  const current = write.isNew ? undefined : await loadRecord(tx, incoming.id);
  if (current === undefined) {
    const record = { ...incoming, version: 1 };
    await writeVersion(tx, { record, version: 1, seq, tabletId: tablet.id, at, isNew: true });
    // Certificates and revocations are immutable, so only their first version is an event.
    if (write.transfer) await enqueueTransfer(tx, record, at);
    return { opId: op.opId, status: 'accepted', seq, version: 1 };
  }
  const { kind, id, clinicId } = current.record;
  if (kind !== incoming.kind || id !== incoming.id || clinicId !== incoming.clinicId) {
    return refusal(op, 'record-identity-changed');
  }
  if (sameContent(current.record, incoming)) {
    return { opId: op.opId, status: 'accepted', seq: current.seq, version: current.version };
  }
  const outcome = await resolve(tx, current, incoming, op, tablet.id);
  if ('conflict' in outcome) {
    return {
      opId: op.opId,
      status: 'conflict',
      seq: current.seq,
      version: current.version,
      fields: [...outcome.conflict],
      record: current.record,
    };
  }
  let version = current.version;
  let answerSeq = current.seq;
  let record: ClinicRecord = current.record;
  if (!sameContent(current.record, outcome.record)) {
    version = current.version + 1;
    answerSeq = seq;
    record = { ...outcome.record, version };
    await writeVersion(tx, { record, version, seq, tabletId: tablet.id, at, isNew: false });
  }
  if (outcome.clashes.length > 0) {
    return {
      opId: op.opId,
      status: 'conflict',
      seq: answerSeq,
      version,
      fields: [...outcome.clashes],
      record,
    };
  }
  return {
    opId: op.opId,
    status: 'accepted',
    seq: answerSeq,
    version,
    ...(sameContent(record, incoming) ? {} : { record }),
  };
}

/**
 * A repeated op id: the stored answer when the same tablet sends the same content again
 * (a lost reply, a retry), else a refusal of its own that is not stored, so the first op's
 * answer stays what its id stands for. `contentMatches` is the caller's comparison with what
 * was kept of the first (answerStore.StoredContent); an op stored before its content was
 * kept (migration 0005) replays on the tablet alone, as it did then.
 */
export function replayed(
  op: PushOp,
  stored: StoredAnswer,
  tablet: PushingTablet,
  contentMatches: boolean,
): OpAnswer {
  if (stored.tabletId !== tablet.id) return refusal(op, 'op-id-reused', 'another tablet');
  if (!contentMatches) return refusal(op, 'op-id-reused', 'other content');
  return stored.answer;
}
