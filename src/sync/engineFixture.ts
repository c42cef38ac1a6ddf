// The engine's tests against a scripted register (engine.test.ts, engineCounts.test.ts): an
// enrolled tablet holding one person written offline, and a transport that accepts every
// push, answers every pull with an empty last page and the directory with the example clinic.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { exampleClinic } from '../core/clinic/examples';
import type { TabletId } from '../core/ids';
import type { PushRequest } from '../core/protocol/sync';
import { SYNC_PROTOCOL_VERSION } from '../core/protocol/sync';
import { examplePerson } from '../core/records/examples';
import { ok } from '../core/result';
import { openDatabase } from '../storage/database';
import { writeRecord } from '../storage/records';
import { saveTabletIdentity, saveTabletToken } from '../storage/tablet';
import type { Transport } from './transport';

export const clock = new Date('2026-11-26T10:00:00.000Z');

/** An enrolled tablet with one person waiting; `db` may come with middleware of a test's own. */
export async function enrolledDatabase(
  db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }),
) {
  await saveTabletIdentity(db, {
    tabletId: '0193a0b0-0000-7000-8000-0000000000aa' as TabletId,
    code: 'T1',
    name: 'Окно 1',
    enrolledAt: clock.toISOString(),
  });
  await saveTabletToken(db, 'k3V6u2a5x4JtqfK3c9yP8wQe7nL1sD0gH5jR2bXo');
  await writeRecord(db, examplePerson(), {
    role: 'registrar',
    now: () => clock,
    random: (n) => crypto.getRandomValues(new Uint8Array(n)),
  });
  return db;
}

export const exampleDirectory = { clinic: exampleClinic(), staff: [] };

/** Answers every push with "accepted", every pull with an empty last page, and the directory. */
export const register: Transport = (request) => {
  const body = request.body as PushRequest;
  if (request.path === '/api/sync/push') {
    const answers = body.ops.map((op, i) => ({
      opId: op.opId,
      status: 'accepted',
      seq: i + 1,
      version: 1,
    }));
    return Promise.resolve(
      ok({ status: 200, body: { protocolVersion: SYNC_PROTOCOL_VERSION, answers } }),
    );
  }
  if (request.path === '/api/clinic/directory') {
    return Promise.resolve(ok({ status: 200, body: exampleDirectory }));
  }
  const page = { protocolVersion: SYNC_PROTOCOL_VERSION, changes: [], cursor: 1, hasMore: false };
  return Promise.resolve(ok({ status: 200, body: page }));
};
