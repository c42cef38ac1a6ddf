import type { OpAnswer } from '../../core/protocol/sync';
import { opAnswerSchema } from '../../core/protocol/sync';
import type { SyncReader, SyncTx } from './recordStore';

// Each op's answer, kept in `sync_op` beside the write it answers (the same transaction), so
// a repeated op id — a lost reply, a retry — gets the very same answer (applyOp.replayed).
//
//   sync_op {op_id: "0193…", tablet_id, record_id, seq: 4812 | null,
//            answer: "{\"status\":\"accepted\",…}", received_at, content_hash}

export type StoredAnswer = {
  readonly tabletId: string;
  readonly answer: OpAnswer;
  /** The op's content hash (opContent.ts); null for an op stored before migration 0005. */
  readonly contentHash: string | null;
};

function parseStored(row: {
  tablet_id: string;
  answer: string;
  content_hash: string | null;
}): StoredAnswer {
  return {
    tabletId: row.tablet_id,
    answer: opAnswerSchema.parse(JSON.parse(row.answer)),
    contentHash: row.content_hash,
  };
}

/**
 * Stored answers of the ops among `opIds` the register has seen before; read under the seq
 * lock (pushOps.ts), so an answer a concurrent copy of the push stored is seen.
 */
export async function loadAnswers(
  tx: SyncReader,
  opIds: readonly string[],
): Promise<Map<string, StoredAnswer>> {
  const found = new Map<string, StoredAnswer>();
  // Chunked: SQLite limits bound parameters per statement.
  for (let start = 0; start < opIds.length; start += 500) {
    const chunk = opIds.slice(start, start + 500);
    const rows = await tx
      .selectFrom('sync_op')
      .select(['op_id', 'tablet_id', 'answer', 'content_hash'])
      .where('op_id', 'in', chunk)
      .execute();
    for (const row of rows) found.set(row.op_id, parseStored(row));
  }
  return found;
}

export async function storeAnswer(
  tx: SyncTx,
  entry: {
    readonly answer: OpAnswer;
    readonly tabletId: string;
    readonly recordId: string | null;
    readonly at: string;
    readonly contentHash: string;
  },
): Promise<void> {
  const { answer } = entry;
  await tx
    .insertInto('sync_op')
    .values({
      op_id: answer.opId,
      tablet_id: entry.tabletId,
      record_id: entry.recordId,
      seq: answer.status === 'rejected' ? null : answer.seq,
      answer: JSON.stringify(answer),
      received_at: entry.at,
      content_hash: entry.contentHash,
    })
    .execute();
}

/** Whether this tablet's op `opId` has its answer stored (a push's `after`: pushOrder.ts). */
export async function hasAnswer(db: SyncReader, tabletId: string, opId: string): Promise<boolean> {
  const row = await db
    .selectFrom('sync_op')
    .select('op_id')
    .where('op_id', '=', opId)
    .where('tablet_id', '=', tabletId)
    .executeTakeFirst();
  return row !== undefined;
}
