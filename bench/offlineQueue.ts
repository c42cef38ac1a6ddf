import { newId } from '../src/core/ids';
import { inCanonicalOrder } from '../src/core/records/canonicalJson';
import type { PersonRecord } from '../src/core/records/person';
import type { SeroDeskDatabase } from '../src/storage/database';
import { indexKeys } from '../src/storage/indexKeys';

// Persons put on a tablet as unsynced desk writes — each person's envelope "pending" and one
// queued op, as storage/records.ts leaves them — with bulk writes, untimed, as the PouchDB
// harness seeds its tablet with bulkDocs. In Node (syncData.ts seedOffline) and in the page
// (webProbe.ts queueOffline), so it imports nothing of Node's: the random bytes are passed in.

export async function queueOffline(
  db: SeroDeskDatabase,
  persons: readonly PersonRecord[],
  bytes: (n: number) => Uint8Array,
): Promise<void> {
  const at = new Date().toISOString();
  const now = () => new Date();
  for (let start = 0; start < persons.length; start += 5_000) {
    const chunk = persons.slice(start, start + 5_000);
    await db.transaction('rw', [db.persons, db.outbox], async () => {
      await db.persons.bulkAdd(
        chunk.map((record) => ({
          id: record.id,
          record,
          sync: { state: 'pending' as const, version: 0 },
          ...indexKeys(record),
        })),
      );
      await db.outbox.bulkAdd(
        chunk.map((record) => ({
          opId: newId(now, bytes),
          kind: record.kind,
          recordId: record.id,
          // As the desk queues it (storage/records.ts): keys sorted.
          record: inCanonicalOrder(record),
          baseVersion: 0,
          queuedAt: at,
          state: 'queued' as const,
        })),
      );
    });
  }
}
