import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids';
import type { OpAnswer } from '../../src/core/protocol/sync';
import { pushResponseSchema, SYNC_PROTOCOL_VERSION } from '../../src/core/protocol/sync';
import type { ClinicRecord } from '../../src/core/records/record';
import type { TestDatabase } from '../support/databases';
import { testDatabases } from '../support/databases';
import { versionsWritten } from '../support/recordVersions';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite, rawSync } from '../support/syncSuite';
import type { SimTablet } from '../support/tablets';
import { newPerson } from '../support/tablets';
import { acceptExampleKit, statementChain } from '../support/statementChain';

// A push is applied in ONE transaction with a savepoint per op (src/register/sync/pushOps.ts,
// issue #14). A test trigger makes the database itself refuse the insert of a marked record:
// as a constraint (a data fault of that op: refused alone, the rest of the batch applied) or
// as an internal error (the whole batch rolls back, and its retry applies every op once).
// Runs of brand-new persons are written as multi-row inserts (sync/newRecordRun.ts): the
// refused one is found by the per-op path once its run is rolled back, and an op that needs
// the per-op path sees every record written before it in the batch.

const random = (n: number) => new Uint8Array(randomBytes(n));

type Op = { opId: string; kind: string; baseVersion: number; record: ClinicRecord };

function op(tablet: SimTablet, record: ClinicRecord): Op {
  return { opId: newId(tablet.now, random), kind: record.kind, baseVersion: 0, record };
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

async function counts(suite: SyncSuite, ops: readonly Op[]) {
  const { kysely } = suite.register.db;
  const versions = await versionsWritten(
    suite.register.db,
    ops.map((o) => o.record.id),
  );
  const answers = await kysely
    .selectFrom('sync_op')
    .select('op_id')
    .where(
      'op_id',
      'in',
      ops.map((o) => o.opId),
    )
    .execute();
  return { versions, answers: answers.length };
}

/** Makes the database refuse inserting a record whose body holds `marker`. */
async function refuseMarked(
  suite: SyncSuite,
  engine: TestDatabase['engine'],
  marker: string,
  as: 'constraint' | 'internal',
): Promise<void> {
  const { kysely } = suite.register.db;
  if (engine === 'sqlite') {
    // RAISE(ABORT) is SQLITE_CONSTRAINT_TRIGGER; an unknown function fails as SQLITE_ERROR.
    const action =
      as === 'constraint' ? "select raise(abort, 'refused by test')" : 'select no_such_function()';
    await sql
      .raw(
        `create trigger refuse_${as} before insert on clinic_record when new.body like '%${marker}%' begin ${action}; end`,
      )
      .execute(kysely);
    return;
  }
  const code = as === 'constraint' ? 'check_violation' : 'internal_error';
  await sql
    .raw(
      `create or replace function refuse_${as}() returns trigger language plpgsql as $$ begin if new.body like '%${marker}%' then raise exception 'refused by test' using errcode = '${code}'; end if; return new; end $$`,
    )
    .execute(kysely);
  await sql
    .raw(
      `create trigger refuse_${as} before insert on clinic_record for each row execute function refuse_${as}()`,
    )
    .execute(kysely);
}

async function dropRefusal(
  suite: SyncSuite,
  engine: TestDatabase['engine'],
  as: 'constraint' | 'internal',
): Promise<void> {
  const { kysely } = suite.register.db;
  await sql
    .raw(`drop trigger refuse_${as}${engine === 'postgres' ? ' on clinic_record' : ''}`)
    .execute(kysely);
}

describe.each(testDatabases())('a push applied as one transaction on $engine', (database) => {
  let suite: SyncSuite;
  let tablet: SimTablet;

  beforeAll(async () => {
    suite = await openSyncSuite(database);
    tablet = await suite.tablet('batch');
  });

  afterAll(async () => {
    await suite.close();
  });

  it('refuses alone an op whose write the database refuses, applying the rest of its batch once', async () => {
    await refuseMarked(suite, database.engine, 'REFUSE-CONSTRAINT', 'constraint');
    const ops = [
      op(tablet, newPerson(tablet, suite.staff.registrar)),
      op(tablet, newPerson(tablet, suite.staff.registrar, { address: 'REFUSE-CONSTRAINT' })),
      op(tablet, newPerson(tablet, suite.staff.registrar)),
    ];
    const first = await push(suite, tablet, ops);
    expect(first.status).toBe(200);
    expect(first.answers.map((a) => a.status)).toEqual(['accepted', 'rejected', 'accepted']);
    expect(first.answers[1]).toMatchObject({ reason: 'invalid-record' });
    expect(await counts(suite, ops)).toEqual({ versions: 2, answers: 3 });

    const again = await push(suite, tablet, ops);
    expect(again.answers).toEqual(first.answers);
    expect(await counts(suite, ops)).toEqual({ versions: 2, answers: 3 });
    await dropRefusal(suite, database.engine, 'constraint');
  });

  it('rolls the whole batch back when the database fails otherwise, and applies it once on retry', async () => {
    await refuseMarked(suite, database.engine, 'REFUSE-INTERNAL', 'internal');
    const ops = [
      op(tablet, newPerson(tablet, suite.staff.registrar)),
      op(tablet, newPerson(tablet, suite.staff.registrar, { address: 'REFUSE-INTERNAL' })),
      op(tablet, newPerson(tablet, suite.staff.registrar)),
    ];
    const failed = await push(suite, tablet, ops);
    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(await counts(suite, ops)).toEqual({ versions: 0, answers: 0 });

    await dropRefusal(suite, database.engine, 'internal');
    const retried = await push(suite, tablet, ops);
    expect(retried.answers.map((a) => a.status)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(await counts(suite, ops)).toEqual({ versions: 3, answers: 3 });
  });

  it('refuses whole a push that names an op of a batch that rolled back (pushes in a row)', async () => {
    await refuseMarked(suite, database.engine, 'REFUSE-INTERNAL', 'internal');
    const failing = [
      op(tablet, newPerson(tablet, suite.staff.registrar, { address: 'REFUSE-INTERNAL' })),
    ];
    const after = [op(tablet, newPerson(tablet, suite.staff.registrar))];
    const [failed, refused] = await Promise.all([
      push(suite, tablet, failing),
      rawSync(suite, tablet, 'push', {
        protocolVersion: SYNC_PROTOCOL_VERSION,
        tabletId: tablet.tabletId,
        ops: after,
        after: failing[0]?.opId,
      }),
    ]);
    await dropRefusal(suite, database.engine, 'internal');

    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({ error: { code: 'push-out-of-order' } });
    expect(await counts(suite, [...failing, ...after])).toEqual({ versions: 0, answers: 0 });
  });

  it('applies a statement after its person in one batch, and a person sent twice under two op ids once', async () => {
    await acceptExampleKit(suite.register.db, tablet.clinicId);
    const chain = statementChain(tablet, suite.staff.admin);
    const twice = newPerson(tablet, suite.staff.registrar);
    const ops = [
      op(tablet, newPerson(tablet, suite.staff.registrar)),
      ...chain.records.map((record) => op(tablet, record)),
      op(tablet, twice),
      op(tablet, newPerson(tablet, suite.staff.registrar)),
      op(tablet, twice),
    ];
    const first = await push(suite, tablet, ops);
    expect(first.status).toBe(200);
    expect(first.answers.map((a) => a.status)).toEqual(ops.map(() => 'accepted'));
    const [once, again] = [first.answers[6], first.answers[8]];
    expect(again).toMatchObject({ status: 'accepted', version: 1 });
    expect(once?.status === 'accepted' && again?.status === 'accepted' && again.seq).toBe(
      once?.status === 'accepted' && once.seq,
    );
    // Two ops of one record: one version, and an answer for each op.
    expect(await counts(suite, ops)).toEqual({ versions: ops.length - 1, answers: ops.length });

    const replay = await push(suite, tablet, ops);
    expect(replay.answers).toEqual(first.answers);
    expect(await counts(suite, ops)).toEqual({ versions: ops.length - 1, answers: ops.length });
  });

  it('judges an op by the records written before it in the same batch: a minor’s statement without a representative is refused', async () => {
    const chain = statementChain(tablet, suite.staff.admin);
    const [person, application] = chain.records;
    if (person?.kind !== 'person' || application === undefined) throw new Error('no chain');
    const minor = { ...person, birthDate: '2016-03-01' as typeof person.birthDate };
    const ops = [op(tablet, minor), op(tablet, application)];
    const answered = await push(suite, tablet, ops);
    expect(answered.answers.map((a) => a.status)).toEqual(['accepted', 'rejected']);
    expect(answered.answers[1]).toMatchObject({ reason: 'representative-missing' });
  });
});
