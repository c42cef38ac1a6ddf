import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../storage/database';
import { createSyncEngine } from './engine';
import { clock, enrolledDatabase, register } from './engineFixture';
import type { Transport } from './transport';

// What a sync run asks the database to count, and when (issue #14): a count before the first
// request holds it back, and Chromium counts an index by walking it.

describe('a sync run’s counts', () => {
  it('counts the waiting records before its first push only for the backlog that push reports, and the header’s counts at the end', async () => {
    // Every count of an index the run asks of the database, as "table index key".
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    const counted: string[] = [];
    db.use({
      stack: 'dbcore',
      name: 'count-log',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            count: (request) => {
              const { index, range } = request.query;
              counted.push(`${name} ${index.name ?? ':id'} ${String(range.lower)}`);
              return table.count(request);
            },
          };
        },
      }),
    });
    await enrolledDatabase(db);
    const before = new Map<string, readonly string[]>();
    const transport: Transport = (request) => {
      if (!before.has(request.path)) before.set(request.path, [...counted]);
      return register(request);
    };
    const engine = createSyncEngine({ db, transport, now: () => clock, random: () => 0.5 });
    expect(await engine.syncNow()).toMatchObject({ lastError: null, waiting: 0 });
    // One count of the waiting persons leaves with the first push: its backlog
    // (outboxBacklog.ts). The header's counts (their conflicts among them) wait for the run's
    // end, not before the push nor between push and pull.
    const pending = (list: readonly string[] | undefined) =>
      list?.filter((entry) => entry === 'persons sync.state pending').length;
    expect(pending(before.get('/api/sync/push'))).toBe(1);
    const conflicts = (list: readonly string[] | undefined) =>
      list?.filter((entry) => entry.endsWith(' sync.state conflict')).length;
    expect(conflicts(before.get('/api/sync/pull'))).toBe(0);
    expect(conflicts(counted)).toBeGreaterThan(0);
  });
});
