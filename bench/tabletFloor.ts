import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase } from '../src/storage/database';
import { pageKeysOf } from '../src/storage/pageIndex';
import { freshRow } from '../src/storage/pulled';
import { PULL_SLICE_ROWS } from '../src/sync/pullSlices';
import type { PersonRecord } from '../src/core/records/person';
import { cpuNowMs } from './sync';
import { benchPersons, seedOffline } from './syncData';

// The floors under the bench tablets' sync (issue #14: push and pull against PouchDB, their
// cost growth, the push at 50 ms): what the app's own database on fake-indexeddb costs for
// the least storage work a sync must do, with nothing else (no network, no register, no
// record check, no merge, no cursor, no counts). The sync bench's persons (seed 42) in the
// app's database (storage/database.ts: its tables and indexes), Dexie as the app uses it:
//
//   pull  the rows a first pull writes (storage/pulled.ts freshRow, made before the clock
//         starts) added with bulkAdd in transactions of the pull's slice size
//   push  the persons written offline (syncData.ts seedOffline: envelopes "pending", ops
//         queued); per batch of 1,000, the batch's ops read in seq order, then in one
//         transaction the ops deleted and the envelopes written "synced"
//
// and two layouts the app does not have, for what a storage redesign would gain
// (docs/PERFORMANCE.md, issue #14):
//
//   pull by the page   the same rows, a slice's rows as ONE row of a table without indexes,
//                      with the slice's key row beside it (storage/pageIndex.ts pageKeysOf)
//   push, ops only     the push above without writing the envelopes: the ops read and
//                      deleted, as if a record's sync state were read from the outbox
//   push, state rows   the ops deleted and, instead of each envelope, a small row of the
//                      record's sync state written in a table of its own indexed by state
//                      ({id, state, version}: docs/DECISIONS.md, "Step 4 tried"), so the
//                      waiting records are still an index count
//
//   npx tsx bench/tabletFloor.ts 10000 50000

export type FloorRun = {
  readonly ms: number;
  /** CPU time of this process while storing. */
  readonly cpuMs: number;
};

export type TabletFloor = {
  readonly records: number;
  readonly pull: FloorRun;
  readonly push: FloorRun;
  readonly pullByPage: FloorRun;
  readonly pushOpsOnly: FloorRun;
  readonly pushStateRows: FloorRun;
};

const BATCH = 1_000;
const CLINIC = '0193a0b0-0000-7000-8000-000000000001';
const STAFF = '0193a0b0-0000-7000-8000-000000000002';

async function timed(run: () => Promise<void>): Promise<FloorRun> {
  const started = performance.now();
  const cpuStarted = cpuNowMs();
  await run();
  return { ms: performance.now() - started, cpuMs: cpuNowMs() - cpuStarted };
}

async function pullFloor(persons: readonly PersonRecord[]): Promise<FloorRun> {
  const rows = persons.map((person) => freshRow({ ...person, version: 1 }));
  const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }, 'floor-pull');
  await db.open();
  try {
    return await timed(async () => {
      for (let start = 0; start < rows.length; start += PULL_SLICE_ROWS) {
        const slice = rows.slice(start, start + PULL_SLICE_ROWS);
        await db.transaction('rw', db.persons, () => db.persons.bulkAdd(slice));
      }
    });
  } finally {
    db.close();
  }
}

async function pullByPageFloor(persons: readonly PersonRecord[]): Promise<FloorRun> {
  const pulled = persons.map((person) => ({ ...person, version: 1 }));
  const rows = pulled.map(freshRow);
  const db = new Dexie('floor-pages', { indexedDB: new IDBFactory(), IDBKeyRange });
  db.version(1).stores({ pages: '', keys: '' });
  await db.open();
  try {
    return await timed(async () => {
      for (let start = 0; start < rows.length; start += PULL_SLICE_ROWS) {
        const slice = rows.slice(start, start + PULL_SLICE_ROWS);
        const keys = pageKeysOf(pulled.slice(start, start + PULL_SLICE_ROWS));
        await db.transaction('rw', ['pages', 'keys'], async () => {
          await db.table('pages').add(slice, start);
          await db.table('keys').add(keys, start);
        });
      }
    });
  } finally {
    db.close();
  }
}

/** What a push writes besides deleting its ops: the envelopes, nothing, or state rows. */
type PushWrites = 'envelopes' | 'ops-only' | 'state-rows';

async function pushFloor(
  persons: readonly PersonRecord[],
  writes: PushWrites = 'envelopes',
): Promise<FloorRun> {
  const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }, 'floor-push');
  db.version(5).stores({ syncStates: 'id, state' });
  await db.open();
  const states = db.table<{ id: string; state: string; version: number }, string>('syncStates');
  try {
    await seedOffline(db, persons);
    if (writes === 'state-rows') {
      await states.bulkAdd(
        persons.map((person) => ({ id: person.id, state: 'pending', version: 0 })),
      );
    }
    return await timed(async () => {
      for (;;) {
        const ops = await db.outbox.orderBy('seq').limit(BATCH).toArray();
        if (ops.length === 0) return;
        await db.transaction('rw', [db.outbox, db.persons, states], async () => {
          await db.outbox.bulkDelete(ops.map((op) => op.seq ?? 0));
          if (writes === 'envelopes') {
            await db.persons.bulkPut(
              ops.map((op) => freshRow({ ...(op.record as PersonRecord), version: 1 })),
            );
          } else if (writes === 'state-rows') {
            await states.bulkPut(
              ops.map((op) => ({ id: op.recordId, state: 'synced', version: 1 })),
            );
          }
        });
      }
    });
  } finally {
    db.close();
  }
}

export async function benchTabletFloor(records: number): Promise<TabletFloor> {
  const persons = benchPersons(records, CLINIC, STAFF);
  return {
    records,
    pull: await pullFloor(persons),
    push: await pushFloor(persons),
    pullByPage: await pullByPageFloor(persons),
    pushOpsOnly: await pushFloor(persons, 'ops-only'),
    pushStateRows: await pushFloor(persons, 'state-rows'),
  };
}

if (
  process.argv[1] !== undefined &&
  fileURLToPath(import.meta.url) === path.resolve(process.argv[1])
) {
  for (const records of process.argv.slice(2).map(Number)) {
    const floor = await benchTabletFloor(records);
    const line = (run: FloorRun) =>
      `${(run.ms / 1000).toFixed(2)} s, CPU ${(run.cpuMs / 1000).toFixed(2)} s`;
    console.error(
      `tablet floor ${records}: push ${line(floor.push)}; pull ${line(floor.pull)}; pull by the page ${line(floor.pullByPage)}; push, ops only ${line(floor.pushOpsOnly)}; push, state rows ${line(floor.pushStateRows)}`,
    );
  }
}
