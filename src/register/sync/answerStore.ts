import type { OpAnswer } from '../../core/protocol/sync';
import { opAnswerSchema } from '../../core/protocol/sync';
import type { SyncReader, SyncTx } from './recordStore';
import { WRITTEN_CONTENT } from './writtenContent';

// Each op's answer, kept in `sync_op` beside the write it answers (the same transaction), so
// a repeated op id — a lost reply, a retry — gets the very same answer (applyOp.replayed).
//
//   sync_op {op_id: "0193…", tablet_id, record_id, seq: 4812 | null,
//            answer: "{\"status\":\"accepted\",…}", received_at,
//            content_hash: "9f86…0a08" | "written" | null}

/** What the register kept of a stored op's content, to tell a repeat of it (applyOp.replayed). */
export type StoredContent =
  /** SHA-256 of the op's canonical JSON (opContent.ts). */
  | { readonly kind: 'hash'; readonly hash: string }
  /** The record version the op wrote is its content (writtenContent.ts). */
  | { readonly kind: 'written' }
  /** Stored before migration 0005: a repeat from the same tablet replays. */
  | { readonly kind: 'unrecorded' };

export type StoredAnswer = {
  readonly tabletId: string;
  readonly recordId: string | null;
  readonly answer: OpAnswer;
  readonly content: StoredContent;
};

function contentOf(column: string | null): StoredContent {
  if (column === null) return { kind: 'unrecorded' };
  return column === WRITTEN_CONTENT ? { kind: 'written' } : { kind: 'hash', hash: column };
}

function parseStored(row: {
  tablet_id: string;
  record_id: string | null;
  answer: string;
  content_hash: string | null;
}): StoredAnswer {
  return {
    tabletId: row.tablet_id,
    recordId: row.record_id,
    answer: opAnswerSchema.parse(JSON.parse(row.answer)),
    content: contentOf(row.content_hash),
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
      .select(['op_id', 'tablet_id', 'record_id', 'answer', 'content_hash'])
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
