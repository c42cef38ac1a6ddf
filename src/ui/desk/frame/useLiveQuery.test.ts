// Dexie's liveQuery runs nothing without a global indexedDB, as in the browser.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../desk/database';
import type { Live } from './useLiveQuery';
import { watchQuery } from './useLiveQuery';

function settle(states: Live<unknown>[], count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      if (states.length >= count) resolve();
      else if (Date.now() - started > 2000) reject(new Error(`only ${states.length} answers`));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

describe('a live desk query', () => {
  it('reports a failed query instead of staying "loading" for ever', async () => {
    const states: Live<unknown>[] = [];
    const reported: unknown[] = [];
    const stop = watchQuery(
      () => Promise.reject(new Error('DatabaseClosedError')),
      (state) => states.push(state),
      (error) => reported.push(error),
    );
    await settle(states, 1);
    stop();
    expect(states).toEqual([{ loaded: false, failed: true }]);
    expect(String(reported[0])).toContain('DatabaseClosedError');
  });

  it('answers again when a table it read is written', async () => {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    const states: Live<unknown>[] = [];
    const stop = watchQuery(
      () => db.meta.count(),
      (state) => states.push(state),
    );
    await settle(states, 1);
    await db.meta.put({ key: 'k', value: 1 });
    await settle(states, 2);
    stop();
    expect(states).toEqual([
      { loaded: true, value: 0 },
      { loaded: true, value: 1 },
    ]);
  });
});
