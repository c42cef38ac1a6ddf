import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids';
import type { OpAnswer } from '../../src/core/protocol/sync';
import { pushResponseSchema, SYNC_PROTOCOL_VERSION } from '../../src/core/protocol/sync';
import type { ClinicRecord } from '../../src/core/records/record';
import { testDatabases } from '../support/databases';
import { versionsWritten } from '../support/recordVersions';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite, rawSync } from '../support/syncSuite';
import type { SimTablet } from '../support/tablets';
import { newPerson } from '../support/tablets';

// Exactly once under a race (issue #13, item 7): the register reads the stored answers of a
// push under the seq lock, inside the push's one transaction, and remembers each answer it
// stores for a repeat later in the same batch (pushOps.answerPush, issue #14). That is what
// keeps an op id repeated within a batch, or the same push arriving twice at once, from being
// applied or stored twice; these tests fail when either is removed. On SQLite the in-process driver is synchronous,
// so two requests never interleave and the within-batch repeats are what guard the re-check;
// on PostgreSQL the parallel pushes race for real.

const random = (n: number) => new Uint8Array(randomBytes(n));

type Op = { opId: string; kind: string; baseVersion: number; record: ClinicRecord };

function op(tablet: SimTablet, record: ClinicRecord, opId: string = newId(tablet.now, random)): Op {
  return { opId, kind: record.kind, baseVersion: 0, record };
}

async function push(
  suite: SyncSuite,
  tablet: SimTablet,
  ops: readonly Op[],
): Promise<{ status: number; answers: OpAnswer[] }> {
  const answer = await rawSync(suite, tablet, 'push', {
    protocolVersion: SYNC_PROTOCOL_VERSION,
    tabletId: tablet.tabletId,
    ops,
  });
  const parsed = pushResponseSchema.safeParse(answer.json);
  return { status: answer.status, answers: parsed.success ? parsed.data.answers : [] };
}

async function opRows(suite: SyncSuite, opIds: readonly string[]): Promise<number> {
  const rows = await suite.register.db.kysely
    .selectFrom('sync_op')
    .select('op_id')
    .where('op_id', 'in', opIds)
    .execute();
  return rows.length;
}

async function storedIds(suite: SyncSuite, recordIds: readonly string[]): Promise<Set<string>> {
  const rows = await suite.register.db.kysely
    .selectFrom('clinic_record')
    .select('id')
    .where('id', 'in', recordIds)
    .execute();
  return new Set(rows.map((row) => row.id));
}

describe.each(testDatabases())('each op applied exactly once on $engine', (database) => {
  let suite: SyncSuite;
  let tablet: SimTablet;

  beforeAll(async () => {
    suite = await openSyncSuite(database);
    tablet = await suite.tablet('exactly-once');
  });

  afterAll(async () => {
    await suite.close();
  });

  it('answers an op id repeated within one batch once, the repeat replaying the first answer', async () => {
    const person = newPerson(tablet, suite.staff.registrar);
    const repeated = op(tablet, person);
    const { status, answers } = await push(suite, tablet, [repeated, repeated]);
    expect(status).toBe(200);
    expect(answers).toHaveLength(2);
    expect(answers[0]).toMatchObject({ opId: repeated.opId, status: 'accepted', version: 1 });
    expect(answers[1]).toEqual(answers[0]);
    expect(await versionsWritten(suite.register.db, [person.id])).toBe(1);
    expect(await opRows(suite, [repeated.opId])).toBe(1);
  });

  it('refuses an op id repeated within one batch for another record, keeping the first', async () => {
    const first = newPerson(tablet, suite.staff.registrar);
    const second = newPerson(tablet, suite.staff.registrar);
    const opId = newId(tablet.now, random);
    const { status, answers } = await push(suite, tablet, [
      op(tablet, first, opId),
      op(tablet, second, opId),
    ]);
    expect(status).toBe(200);
    expect(answers[0]).toMatchObject({ opId, status: 'accepted', version: 1 });
    expect(answers[1]).toMatchObject({ opId, status: 'rejected', reason: 'op-id-reused' });
    expect(await storedIds(suite, [first.id, second.id])).toEqual(new Set([first.id]));
    expect(await opRows(suite, [opId])).toBe(1);
  });

  it('stores a refusal once when the refused op repeats within one batch', async () => {
    // A lab member may not register a person: refused before any transaction is needed.
    const byLab = op(tablet, newPerson(tablet, suite.staff.lab));
    const { status, answers } = await push(suite, tablet, [byLab, byLab]);
    expect(status).toBe(200);
    expect(answers[0]).toMatchObject({ status: 'rejected', reason: 'role-may-not-write' });
    expect(answers[1]).toEqual(answers[0]);
    expect(await opRows(suite, [byLab.opId])).toBe(1);
    expect(await storedIds(suite, [byLab.record.id])).toEqual(new Set());
  });

  it('applies identical pushes sent in parallel exactly once, every push getting the same answers', async () => {
    // On PostgreSQL the requests read the stored answers before any has committed, so only
    // the look inside each op's transaction can see the copy that won.
    const persons = Array.from({ length: 5 }, () => newPerson(tablet, suite.staff.registrar));
    const ops = persons.map((person) => op(tablet, person));
    const pushes = await Promise.all(Array.from({ length: 6 }, () => push(suite, tablet, ops)));
    expect(pushes.map((p) => p.status)).toEqual(Array(6).fill(200));
    const [winner] = pushes;
    expect(winner?.answers.map((a) => a.status)).toEqual(Array(5).fill('accepted'));
    for (const other of pushes) expect(other.answers).toEqual(winner?.answers);
    const ids = persons.map((person) => person.id);
    expect(await versionsWritten(suite.register.db, ids)).toBe(5);
    const opIds = ops.map((o) => o.opId);
    expect(await opRows(suite, opIds)).toBe(5);
  });

  // A new record's op keeps no hash of its content: a repeat is compared with the version it
  // wrote (src/register/sync/writtenContent.ts), in the history once the record moved on.
  it("replays a new record's op sent again after the record was edited, and refuses its id with other content", async () => {
    const person = newPerson(tablet, suite.staff.registrar);
    const first = op(tablet, person);
    const [accepted] = (await push(suite, tablet, [first])).answers;
    expect(accepted).toMatchObject({ status: 'accepted', version: 1 });
    const edit = { ...op(tablet, { ...person, phone: '+79140000555' }), baseVersion: 1 };
    expect((await push(suite, tablet, [edit])).answers[0]).toMatchObject({ version: 2 });

    const again = await push(suite, tablet, [first, { ...first, record: edit.record }]);
    expect(again.answers[0]).toEqual(accepted);
    expect(again.answers[1]).toMatchObject({ status: 'rejected', reason: 'op-id-reused' });
    expect(await versionsWritten(suite.register.db, [person.id])).toBe(2);
  });

  it('replays every answer of a batch sent again whole, as after a lost reply', async () => {
    const ops = Array.from({ length: 4 }, () =>
      op(tablet, newPerson(tablet, suite.staff.registrar)),
    );
    const sent = await push(suite, tablet, ops);
    expect(sent.answers.map((a) => a.status)).toEqual(Array(4).fill('accepted'));
    expect((await push(suite, tablet, ops)).answers).toEqual(sent.answers);
    expect(
      await opRows(
        suite,
        ops.map((o) => o.opId),
      ),
    ).toBe(4);
  });

  // On PostgreSQL this caught two copies both missing the stored refusal and both inserting
  // it (one push answered 500); storeRefusal now takes the counter row's lock first.
  it('stores a refusal once when identical refused pushes arrive in parallel', async () => {
    const ops = Array.from({ length: 5 }, () => op(tablet, newPerson(tablet, suite.staff.lab)));
    const pushes = await Promise.all(Array.from({ length: 6 }, () => push(suite, tablet, ops)));
    expect(pushes.map((p) => p.status)).toEqual(Array(6).fill(200));
    const [winner] = pushes;
    expect(winner?.answers.map((a) => (a.status === 'rejected' ? a.reason : a.status))).toEqual(
      Array(5).fill('role-may-not-write'),
    );
    for (const other of pushes) expect(other.answers).toEqual(winner?.answers);
    const opIds = ops.map((o) => o.opId);
    expect(await opRows(suite, opIds)).toBe(5);
  });
});
