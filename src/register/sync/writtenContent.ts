import type { OpAnswer, PushOp } from '../../core/protocol/sync';
import { canonicalJson } from '../../core/records/canonicalJson';
import type { ClinicRecord } from '../../core/records/record';
import { safeParseRecord } from './recordCheck';
import { recordRowsByIds } from './recordStore';
import type { SyncTx } from './recordStore';

// What an op id stands for when its op wrote a new record as sent (issue #14): the record
// version it wrote. An op of a run of new records (newRecordRun.ts) stores no hash of its
// content; its answer row says so, and the version is where the content is:
//
//   sync_op {op_id: "0193…o1", record_id: "0193…p1", answer: {"status":"accepted","version":1,…},
//            content_hash: "written"}
//   clinic_record / clinic_record_version (record_id "0193…p1", version 1)   its content
//
// Hashing every op's canonical JSON (opContent.ts) was about a sixth of the register's CPU
// for a push of new persons (docs/DECISIONS.md, "An op id names one content"), for a check
// only a repeated op id needs; a repeat — a lost reply, a retried batch — is now compared
// with the version its op wrote, read back then.
//
// Both sides are compared keys sorted and the version aside (the register sets it): first as
// sent against the stored body, then, for a repeat the check passes, both as this release's
// check reads them — so a record the register stored normalised (texts trimmed, unknown keys
// dropped) matches a repeat of what was sent, and a schema reordered or given a default since
// still matches a retry. Ops that took the per-op path (merges, refusals, signed cards, …)
// keep their hash: what they wrote is not what they sent.

/** sync_op.content_hash of an op whose content is the record version it wrote. */
export const WRITTEN_CONTENT = 'written';

/** Where a repeated op's content is: its record and the version its answer names. */
export type WrittenVersion = { readonly recordId: string; readonly version: number };

/** The version an accepted op's answer names; undefined for another answer. */
export function writtenVersionOf(
  recordId: string | null,
  answer: OpAnswer,
): WrittenVersion | undefined {
  return recordId !== null && answer.status === 'accepted'
    ? { recordId, version: answer.version }
    : undefined;
}

const key = ({ recordId, version }: WrittenVersion) => `${recordId}\u0000${String(version)}`;

/** The stored bodies of these versions, by record and version; a version not held is absent. */
export type WrittenBodies = (version: WrittenVersion) => Promise<string | undefined>;

/**
 * The bodies of the versions a batch's repeated ops wrote: the records' current rows in one
 * query per 500 ids, and a version since replaced from the history, one query each (an edit
 * between a push and its retry). Versions asked for later — a repeat of an op written earlier
 * in the same batch — are read when asked.
 */
export async function loadWrittenBodies(
  tx: SyncTx,
  versions: readonly WrittenVersion[],
): Promise<WrittenBodies> {
  const bodies = new Map<string, string>();
  const rows = await recordRowsByIds(
    tx,
    versions.map((version) => version.recordId),
  );
  for (const row of rows.values()) {
    bodies.set(key({ recordId: row.id, version: row.version }), row.body);
  }
  return async (version) => {
    const known = bodies.get(key(version));
    if (known !== undefined) return known;
    const current = await tx
      .selectFrom('clinic_record')
      .select('body')
      .where('id', '=', version.recordId)
      .where('version', '=', version.version)
      .executeTakeFirst();
    const row =
      current ??
      (await tx
        .selectFrom('clinic_record_version')
        .select('body')
        .where('record_id', '=', version.recordId)
        .where('version', '=', version.version)
        .executeTakeFirst());
    if (row !== undefined) bodies.set(key(version), row.body);
    return row?.body;
  };
}

/**
 * Whether `op` carries the content of the version whose stored body is `written`: the same
 * kind, and the same record but for its version (which the register sets) — as sent, or as
 * the register's check normalises it (`checked`, when the op passes it).
 */
export function sameWrittenContent(
  op: PushOp,
  checked: ClinicRecord | undefined,
  written: string,
): boolean {
  const stored: unknown = JSON.parse(written);
  const sent = op.record;
  if (!isObject(stored) || !isObject(sent) || stored['kind'] !== op.kind) return false;
  const version = stored['version'];
  if (canonicalJson({ ...sent, version }) === canonicalJson(stored)) return true;
  if (checked === undefined) return false;
  // Both as this release's check makes them (a body stored by an earlier one may lack a
  // default); a stored body the check now refuses matched only as sent, above.
  const current = safeParseRecord(stored);
  return (
    current.success &&
    canonicalJson({ ...checked, version: current.data.version }) === canonicalJson(current.data)
  );
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
