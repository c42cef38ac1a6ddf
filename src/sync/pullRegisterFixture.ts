// A fake register for the pull tests (pullProgress.test.ts, pullDeskFirst.test.ts): it holds
// `rows` persons and answers pages of them with (or, as a register of before, without)
// `remaining`; a push is answered with no answers, anything else with a 404.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { newId } from '../core/ids';
import type { PullRequest } from '../core/protocol/sync';
import { SYNC_PROTOCOL_VERSION } from '../core/protocol/sync';
import { examplePerson } from '../core/records/examples';
import { ok } from '../core/result';
import { openDatabase } from '../storage/database';
import type { Transport } from './transport';

export const clock = new Date('2026-11-26T10:00:00.000Z');
const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
export const credentials = { tabletId: '0193a0b0-0000-7000-8000-0000000000aa', token: 'k3V6u2a5' };

export function fresh() {
  return openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
}

export function scriptedRegister(rows: number, options: { sendsRemaining: boolean }): Transport {
  const records = Array.from({ length: rows }, (_, i) => ({
    seq: i + 1,
    version: 1,
    record: examplePerson({ id: newId(() => clock, random) }),
  }));
  return (request) => {
    if (request.path === '/api/sync/push') {
      return Promise.resolve(
        ok({ status: 200, body: { protocolVersion: SYNC_PROTOCOL_VERSION, answers: [] } }),
      );
    }
    if (request.path !== '/api/sync/pull') {
      // Anything else a run asks for is beside the point here.
      return Promise.resolve(ok({ status: 404, body: {} }));
    }
    const { cursor, limit } = request.body as PullRequest;
    const after = records.filter((row) => row.seq > cursor);
    const changes = after.slice(0, limit);
    const hasMore = after.length > limit;
    const body = {
      protocolVersion: SYNC_PROTOCOL_VERSION,
      changes,
      cursor: hasMore ? (changes.at(-1)?.seq ?? cursor) : rows,
      hasMore,
      ...(options.sendsRemaining ? { remaining: after.length - changes.length } : {}),
    };
    return Promise.resolve(ok({ status: 200, body }));
  };
}
