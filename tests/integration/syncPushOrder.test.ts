import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids';
import { pushResponseSchema, SYNC_PROTOCOL_VERSION } from '../../src/core/protocol/sync';
import type { PersonRecord } from '../../src/core/records/person';
import { testDatabases } from '../support/databases';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite, rawSync } from '../support/syncSuite';
import type { SimTablet } from '../support/tablets';
import { newPerson, writePersons } from '../support/tablets';

// Pushes in a row (issue #14; core/protocol/sync.ts, register/sync/pushOrder.ts): a push that
// names `after` is applied only once that op of the tablet is answered, so batches sent
// without waiting for each other's answers are applied in the order the tablet queued them.
// Seen here by the register's sequence: the batch named first gets the lower seqs.

const random = (n: number) => new Uint8Array(randomBytes(n));

type Op = { opId: string; kind: string; baseVersion: number; record: PersonRecord };

function op(tablet: SimTablet, record: PersonRecord): Op {
  return { opId: newId(tablet.now, random), kind: record.kind, baseVersion: 0, record };
}

function push(suite: SyncSuite, tablet: SimTablet, ops: readonly Op[], after?: string) {
  return rawSync(suite, tablet, 'push', {
    protocolVersion: SYNC_PROTOCOL_VERSION,
    tabletId: tablet.tabletId,
    ops,
    ...(after === undefined ? {} : { after }),
  });
}

async function seqsOf(suite: SyncSuite, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await suite.register.db.kysely
    .selectFrom('clinic_record')
    .select(['id', 'seq'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row.seq]));
}

describe.each(testDatabases())('pushes of one tablet applied in order on $engine', (database) => {
  let suite: SyncSuite;

  beforeAll(async () => {
    suite = await openSyncSuite(database);
  });

  afterAll(async () => {
    await suite.close();
  });

  it('holds a push that arrives before the batch it names, and applies it after that batch', async () => {
    const tablet = await suite.tablet('ahead');
    const first = [1, 2].map(() => op(tablet, newPerson(tablet, suite.staff.registrar)));
    const second = [1, 2].map(() => op(tablet, newPerson(tablet, suite.staff.registrar)));
    const last = first.at(-1)?.opId;

    const ahead = push(suite, tablet, second, last);
    // Still held: nothing of it is written while the batch it names has not arrived.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(
      (
        await seqsOf(
          suite,
          [...second].map((o) => o.record.id),
        )
      ).size,
    ).toBe(0);
    const before = await push(suite, tablet, first);
    const held = await ahead;

    expect([before.status, held.status]).toEqual([200, 200]);
    expect(pushResponseSchema.parse(held.json)).toMatchObject({ inOrder: true });
    const seqs = await seqsOf(
      suite,
      [...first, ...second].map((o) => o.record.id),
    );
    const firstSeqs = first.map((o) => seqs.get(o.record.id) ?? Infinity);
    const secondSeqs = second.map((o) => seqs.get(o.record.id) ?? -Infinity);
    expect(Math.max(...firstSeqs)).toBeLessThan(Math.min(...secondSeqs));
  });

  it('refuses whole a push whose named batch never arrives, with the reason in both languages', async () => {
    const tablet = await suite.tablet('orphan');
    const ops = [op(tablet, newPerson(tablet, suite.staff.registrar))];
    const refused = await push(suite, tablet, ops, newId(tablet.now, random));

    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({
      error: {
        code: 'push-out-of-order',
        message: expect.stringContaining('send both again') as unknown,
        messageRu: expect.stringContaining('отправьте оба пакета ещё раз') as unknown,
      },
    });
    expect((await seqsOf(suite, [ops[0]?.record.id ?? ''])).size).toBe(0);
    // Sent again on its own, it is applied.
    expect((await push(suite, tablet, ops)).status).toBe(200);
  });

  it('lets a tablet keep batches out at once and applies them in the order it queued them', async () => {
    const tablet = await suite.tablet('window', { sizes: { batchSize: 2, pageSize: 1000 } });
    const ids = await writePersons(tablet, suite.staff.registrar, 9);
    // A link of 100 ms each way: the batches overlap it, as on a satellite link.
    tablet.network.beforeRequest = () => new Promise((resolve) => setTimeout(resolve, 100));
    const status = await tablet.engine.syncNow();
    expect(status.lastError).toBeNull();
    expect(status.waiting).toBe(0);
    // Two batches out at once after the first answer said `inOrder`, each naming the one before.
    expect(tablet.network.mostAtOnce).toBe(2);
    const pushes = tablet.network.bodies.filter(
      (_, index) => tablet.network.requests[index] === '/api/sync/push',
    ) as { ops: { opId: string }[]; after?: string }[];
    expect(pushes).toHaveLength(5);
    expect(pushes.slice(1).map((body) => body.after)).toEqual(
      pushes.slice(0, -1).map((body) => body.ops.at(-1)?.opId),
    );
    const seqs = await seqsOf(suite, ids);
    const inSeqOrder = [...ids].sort((a, b) => (seqs.get(a) ?? 0) - (seqs.get(b) ?? 0));
    expect(inSeqOrder).toEqual(ids);
  });
});
