import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { OpId, StaffId } from '../core/ids';
import type { OpAnswer } from '../core/protocol/sync';
import { examplePerson } from '../core/records/examples';
import type { PersonRecord } from '../core/records/person';
import { openDatabase } from './database';
import type { SeroDeskDatabase } from './database';
import { takeBatch } from './outbox';
import { applyAnswers } from './outboxAnswers';
import type { WriteContext } from './records';
import { writeRecord } from './records';

// Tablets in the states the problems screen deals with, for the storage tests of
// syncProblems.ts and refusedRecords.ts (fake-indexeddb, answers applied as the engine would).

export const REGISTRAR = '0193a0b0-0000-7000-8000-0000000000a1' as StaffId;
export const ADMIN = '0193a0b0-0000-7000-8000-0000000000a2' as StaffId;
export const NOW = new Date('2026-11-26T10:00:00Z');

let counter = 0;
export function context(role: WriteContext['role'], staffId: StaffId = REGISTRAR): WriteContext {
  return {
    role,
    staffId,
    now: () => NOW,
    random: (n) => {
      counter += 1;
      return new Uint8Array(n).map((_, i) => (counter * 31 + i) % 256);
    },
  };
}

export function fresh(): SeroDeskDatabase {
  return openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Sends the outbox and applies one answer built from the op, as the engine would. */
export async function answerWith(
  db: SeroDeskDatabase,
  answer: (opId: OpId, record: unknown) => OpAnswer,
): Promise<void> {
  const batch = await takeBatch(db, 100);
  const op = batch.entries[0]?.op;
  if (op === undefined) throw new Error('nothing queued');
  await applyAnswers(db, batch, [answer(op.opId, op.record)]);
}

export const accepted = (version: number) => (opId: OpId) =>
  ({ opId, status: 'accepted', seq: version, version }) as const;

/** A person synced at version 1, then edited here and answered with a phone clash. */
export async function personInConflict(db: SeroDeskDatabase): Promise<PersonRecord> {
  const person = examplePerson({ phone: '+79140000001' });
  await writeRecord(db, person, context('registrar'));
  await answerWith(db, accepted(1));
  await writeRecord(
    db,
    { ...person, version: 1, phone: '+79140000004', address: 'Елизово' },
    context('registrar'),
  );
  await answerWith(db, (opId) => ({
    opId,
    status: 'conflict',
    seq: 3,
    version: 2,
    fields: ['phone'],
    record: { ...person, version: 2, phone: '+79140000003', address: 'Елизово' },
  }));
  return person;
}

export async function rejectedPerson(
  db: SeroDeskDatabase,
  reason: 'unknown-author' | 'wrong-clinic',
) {
  const person = examplePerson();
  await writeRecord(db, person, context('registrar'));
  await answerWith(db, (opId) => ({
    opId,
    status: 'rejected',
    reason,
    message: { ru: 'р', en: 'e' },
  }));
  return person;
}
