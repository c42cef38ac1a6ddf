import type { RegisterDb } from '../db/connect';

// Refused ops are kept for a bounded time (issue #13): 10,000 garbage ops once left 10,000
// rows for ever. A refusal's stored answer only serves a repeat of the same op, which a
// tablet sends within its retry backoff (minutes to hours, longer only while offline); a
// refused record leaves the tablet's outbox and waits for a person, who fixes it as a new op.
// After REFUSED_OP_RETENTION_MS the row goes; an op id sent again after that is simply
// checked afresh (and, refused again, stored again). Accepted and merged ops are the sync log
// and stay (seq is not null for them, null for refusals: answerStore.storeAnswer).
//
//   sync_op {op_id: "0193…", seq: null, answer: {"status":"rejected",…}, received_at: "2026-10-01T…"}
//   → deleted by a sweep after 2026-10-31

export const REFUSED_OP_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** How often a running register sweeps. */
export const REFUSED_OP_SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/** Deletes refusals received before `now - retention`; returns how many went. */
export async function sweepRefusedOps(
  db: RegisterDb,
  now: Date,
  retentionMs: number = REFUSED_OP_RETENTION_MS,
): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionMs).toISOString();
  const result = await db.kysely
    .deleteFrom('sync_op')
    .where('seq', 'is', null)
    .where('received_at', '<', cutoff)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
