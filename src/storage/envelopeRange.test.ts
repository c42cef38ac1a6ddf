import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { EnvelopeRow } from './database';
import { openDatabase } from './database';
import { readEnvelopes } from './envelopeRange';

// A batch's envelopes read by their ids' range where it holds few others, by key otherwise
// (envelopeRange.ts): either way the rows asked for, in the order asked.

function fresh() {
  return openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
}

const row = (id: string): EnvelopeRow =>
  ({ id, record: { id }, sync: { state: 'pending', version: 0 } }) as unknown as EnvelopeRow;

const ids = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => `p${String(from + i).padStart(4, '0')}`);

describe('a batch’s envelopes read at once', () => {
  it('reads ids lying close together in one range, in the order asked, missing ones undefined', async () => {
    const db = fresh();
    await db.persons.bulkAdd([...ids(0, 40), 'p0010x'].map(row));
    const byKey = vi.spyOn(db.persons, 'bulkGet');
    // p0010x lies between them and is not asked for; p0015-gone is not stored.
    const asked = [...ids(10, 30).reverse(), 'p0015-gone'];
    const rows = await readEnvelopes(db.persons, asked);
    expect(rows.map((found) => found?.id)).toEqual([...ids(10, 30).reverse(), undefined]);
    expect(byKey).not.toHaveBeenCalled();
  });

  it('reads by key the ids a range crowded with other records does not reach', async () => {
    const db = fresh();
    await db.persons.bulkAdd(ids(0, 200).map(row));
    const byKey = vi.spyOn(db.persons, 'bulkGet');
    // An old record edited since and new ones: their range holds 200 rows for 4 asked.
    const asked = ['p0199', 'p0000', 'p0198', 'p0100'];
    const rows = await readEnvelopes(db.persons, asked);
    expect(rows.map((found) => found?.id)).toEqual(asked);
    // The range's first five rows (4 asked and a quarter more) brought p0000 only.
    expect(byKey).toHaveBeenCalledWith(['p0199', 'p0198', 'p0100']);
  });
});
