import type { DBCore, DBCoreMutateRequest, DBCoreTable, Dexie } from 'dexie';
import { RECORD_TABLE_NAMES } from './recordTables';

// A row of `settled` (settledSync.ts) speaks for an envelope exactly as the push left it. So
// every write of an envelope — the desk's edit, a pulled version, an answer, a discard,
// settling itself — drops that row in the same transaction, here, below every caller: no
// writer can forget to, and the counts («Ждут отправки», the erase refusal) that subtract
// the settled rows from the envelopes still "pending" stay exact.
//
//   persons.put({id: "0193…", sync: {state: "pending", …}, …})  →  also settled.delete("0193…")
//
// An add needs nothing (it fails on a record the table holds, so on any settled one). Each
// of the app's transactions that writes a record table includes `settled`: through
// `recordScope` (recordTables.ts), or beside the one table it writes (refusedRecords.ts);
// settledSync.test.ts checks it for the desk's edit and a pulled version. Clearing
// a record table is refused: nothing in the app does it short of deleting the whole
// database, and the rows of the other kinds would have to stay.

const SETTLED = 'settled';

function writtenKeys(req: DBCoreMutateRequest): unknown[] {
  switch (req.type) {
    case 'add':
      return [];
    case 'put':
      return req.keys ?? req.values.map((value: { id?: unknown }) => value.id);
    case 'delete':
      return req.keys;
    case 'deleteRange':
      throw new Error('a clinic-record table is cleared only with the whole database');
  }
}

/**
 * Whether this transaction can hold `settled`: each of the app's writers includes it (and an
 * upgrade step older than version 5 runs before it exists). A write without it — a single
 * table's put, as a test's fixture makes — is let through: it cannot be the app's.
 */
function holdsSettled(req: DBCoreMutateRequest): boolean {
  // Dexie's IndexedDB core hands the IDBTransaction itself down as `trans`.
  const trans = req.trans as unknown as IDBTransaction;
  return trans.objectStoreNames.contains(SETTLED);
}

function forgetting(down: DBCore, table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    // Dexie's own promises throughout, never a native async function: inside a transaction
    // Dexie must see every step, or IndexedDB commits before the delete is made.
    mutate(req) {
      const keys = writtenKeys(req);
      if (keys.length === 0 || !holdsSettled(req)) return table.mutate(req);
      return table.mutate(req).then((result) =>
        down
          .table(SETTLED)
          .mutate({ type: 'delete', trans: req.trans, keys })
          .then(() => result),
      );
    },
  };
}

export function forgetSettledOnWrite(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'forget-settled-on-write',
    create: (down) => ({
      ...down,
      table: (name) =>
        RECORD_TABLE_NAMES.has(name) ? forgetting(down, down.table(name)) : down.table(name),
    }),
  });
}
