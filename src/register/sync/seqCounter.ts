import { z } from 'zod';
import type { RegisterDb } from '../db/connect';
import type { SyncTx } from './recordStore';

// The register-wide sequence counter (sync_counter, db/migrations/0003_sync.ts): every change
// takes the next number, and the counter row's lock orders the writers (pullPage.ts relies on
// numbers becoming visible in increasing order).

const counterSchema = z.object({ value: z.coerce.number().int() });

/**
 * The next register sequence number. Called first in every writing transaction: the counter
 * row stays locked until commit (PostgreSQL) or the whole database does (SQLite), so numbers
 * become visible in increasing order and two ops on one record never interleave.
 */
export async function nextSeq(tx: SyncTx): Promise<number> {
  const row = await tx
    .updateTable('sync_counter')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('name', '=', 'seq')
    .returning('value')
    .executeTakeFirstOrThrow();
  return counterSchema.parse(row).value;
}

/** Takes the counter row's lock without spending a number, and reads it. */
async function lockedSeq(tx: SyncTx): Promise<number> {
  const row = await tx
    .updateTable('sync_counter')
    .set((eb) => ({ value: eb.ref('value') }))
    .where('name', '=', 'seq')
    .returning('value')
    .executeTakeFirstOrThrow();
  return counterSchema.parse(row).value;
}

/** Sequence numbers for one push, handed out in memory (seqBlock). */
export type SeqBlock = {
  readonly next: () => number;
  /** Writes the last number handed out back to the counter; call once, before commit. */
  readonly close: () => Promise<void>;
};

/**
 * Locks the counter, as nextSeq does, and hands out the following numbers in memory: a push
 * of 1,000 ops then updates the counter row twice instead of 1,000 times (issue #14). A
 * number spent by an op whose savepoint was rolled back is skipped, as a refused op's number
 * always was: pulls follow the order of numbers, not their density.
 */
export async function seqBlock(tx: SyncTx): Promise<SeqBlock> {
  const first = await lockedSeq(tx);
  let current = first;
  return {
    next: () => (current += 1),
    close: async () => {
      if (current === first) return;
      await tx
        .updateTable('sync_counter')
        .set({ value: current })
        .where('name', '=', 'seq')
        .execute();
    },
  };
}

/** The highest sequence number committed so far. */
export async function committedSeq(db: RegisterDb): Promise<number> {
  const row = await db.kysely
    .selectFrom('sync_counter')
    .select('value')
    .where('name', '=', 'seq')
    .executeTakeFirstOrThrow();
  return counterSchema.parse(row).value;
}
