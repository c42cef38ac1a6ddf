import { performance } from 'node:perf_hooks';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase } from '../src/storage/database';
import { acceptedAsSent } from '../src/storage/answersFixture';
import { takeBatch } from '../src/storage/outbox';
import { applyAnswers } from '../src/storage/outboxAnswers';
import { settleWritten } from '../src/storage/settledSync';
import { cpuNowMs } from './sync';
import { benchPersons, seedOffline } from './syncData';

// The tablet's storage work for a push, through the app's own functions and nothing else (no
// network, no register, no gzip): `persons` written offline (the sync bench's, seed 42), then
// taken in batches of 1,000 and each answered "accepted as sent" (storage/outbox.ts), then the
// envelopes the push left settled written at idle (storage/settledSync.ts settleWritten) in
// chunks of each size given. Fake-indexeddb, as the sync benchmark's tablets; a run per size.
//
//   npx tsx bench/pushStorage.ts [persons] [chunk,…]     defaults: 10000 500,2000

const persons = Number(process.argv[2] ?? 10_000);
const chunks = (process.argv[3] ?? '500,2000').split(',').map(Number);

async function run(chunk: number): Promise<void> {
  const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  const clinicId = '0193a0b0-0000-7000-8000-000000000001';
  const registrarId = '0193a0b0-0000-7000-8000-000000000002';
  await seedOffline(db, benchPersons(persons, clinicId, registrarId));
  const step = async (work: () => Promise<void>) => {
    const cpu = cpuNowMs();
    const started = performance.now();
    await work();
    return `${Math.round(performance.now() - started)} ms, ${Math.round(cpuNowMs() - cpu)} ms CPU`;
  };
  let seq = 0;
  const answers = await step(async () => {
    for (;;) {
      const batch = await takeBatch(db, 1000);
      if (batch.entries.length === 0) return;
      await applyAnswers(db, batch, acceptedAsSent(batch, seq + 1));
      seq += batch.entries.length;
    }
  });
  const settled = await step(async () => {
    while ((await settleWritten(db, chunk)) > 0) {
      // one chunk per transaction, as the engine does at idle
    }
  });
  console.log(`${persons} persons: answers ${answers}; settled in chunks of ${chunk}: ${settled}`);
  db.close();
}

for (const chunk of chunks) await run(chunk);
