import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { errorBodySchema } from '../../src/core/protocol/errorBody';
import { DEMO_STAFF } from '../../src/register/seed';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import type { SimTablet } from '../support/tablets';
import { makeTablet, newPerson, registerRecords, signInStaff, staffIds } from '../support/tablets';
import type { ThrowawayPostgres } from '../support/throwawayPostgres';
import { startThrowawayPostgres } from '../support/throwawayPostgres';

// Database faults the register must survive (issue #13): PostgreSQL stopped with
// `-m immediate` in the middle of a push once killed the register process (an unhandled
// 'error' event of a busy pg client). Now the request gets 503 database-unavailable, the
// process keeps serving, idle routes answer 503 while the database is away, and the same
// push completes once PostgreSQL is started again — with no restart of the register, and
// every record exactly once. SQLite's full disk is the same story on the embedded engine.
//
// The PostgreSQL case needs a cluster of its own to stop (never the shared one), so it runs
// when TEST_DATABASE_URL says PostgreSQL is wanted, and fails with an install hint if the
// server binaries are missing (tests/support/throwawayPostgres.ts).

const registrar = DEMO_STAFF.find((staff) => staff.role === 'registrar');
if (registrar === undefined) throw new Error('demo registrar missing');

async function errorCodeOf(response: Response): Promise<string> {
  return errorBodySchema.parse(await response.json()).error.code;
}

/** Every stored op answer has its record and every record its op: nothing half-written. */
async function expectWholeWrites(register: RunningRegister, clinicId: string): Promise<void> {
  const records = await registerRecords(register.db, clinicId);
  const ops = await register.db.kysely
    .selectFrom('sync_op')
    .select(['record_id'])
    .where('record_id', 'is not', null)
    .execute();
  const opRecords = new Set(ops.map((op) => op.record_id));
  for (const id of records.keys()) expect(opRecords.has(id), `op of record ${id}`).toBe(true);
  for (const id of opRecords) expect(records.has(id ?? ''), `record of op ${id}`).toBe(true);
}

async function writePersons(tablet: SimTablet, createdBy: string, count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const written = await tablet.write(newPerson(tablet, createdBy), 'registrar');
    if (!written.ok) throw new Error(`write failed: ${written.reason}`);
  }
}

const postgresWanted = (process.env['TEST_DATABASE_URL'] ?? '') !== '';

if (postgresWanted) {
  describe('the register while its PostgreSQL stops and starts again', () => {
    let postgres: ThrowawayPostgres;
    let register: RunningRegister;

    beforeAll(async () => {
      postgres = await startThrowawayPostgres();
      register = await startRegister({ databaseUrl: postgres.url });
    }, 120_000);

    afterAll(async () => {
      await register.stop();
      postgres.remove();
    });

    it('answers a push cut by `pg_ctl stop -m immediate` with 503, stays up, and completes the push after the database alone restarts', async () => {
      const staff = await signInStaff(register.url, registrar.login, registrar.password);
      const tablet = await makeTablet({
        url: register.url,
        name: 'pg-fault',
        staffToken: staff.token,
      });
      const ids = await staffIds(register.db);
      const total = 600;
      await writePersons(tablet, ids.registrar, total);

      // Stop the server while the register is working through the batch. A push of new
      // persons is now a few multi-row inserts (sync/newRecordRun.ts), done before 400 ms:
      // a trigger makes each row take 2 ms, so the stop lands inside the insert.
      await sql
        .raw(
          'create function slow_insert() returns trigger language plpgsql as $$ begin perform pg_sleep(0.002); return new; end $$',
        )
        .execute(register.db.kysely);
      await sql
        .raw(
          'create trigger slow_insert before insert on clinic_record for each row execute function slow_insert()',
        )
        .execute(register.db.kysely);
      const statuses: number[] = [];
      const stopping = { done: Promise.resolve() };
      tablet.network.beforeRequest = (sent) => {
        if (sent === 0) {
          stopping.done = new Promise((resolve) =>
            setTimeout(() => {
              postgres.stopImmediate();
              resolve();
            }, 400),
          );
        }
        return Promise.resolve();
      };
      const cut = await tablet.engine.syncNow();
      await stopping.done;
      tablet.network.beforeRequest = null;
      expect(cut.lastError?.reason).toBe('register-error');
      expect(cut.lastError?.detail).toBe('503 database-unavailable');

      // The register process is alive, and idle routes say 503, not 500.
      const health = await fetch(`${register.url}/api/health`);
      expect(health.status).toBe(503);
      expect(health.headers.get('retry-after')).toBe('5');
      expect(await errorCodeOf(health)).toBe('database-unavailable');
      const session = await fetch(`${register.url}/api/session`, {
        headers: { authorization: `Bearer ${staff.token}` },
      });
      expect([session.status, await errorCodeOf(session)]).toEqual([503, 'database-unavailable']);
      const signIn = await fetch(`${register.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: registrar.login, password: registrar.password }),
      });
      expect(signIn.status).toBe(503);
      statuses.push(health.status, session.status, signIn.status);

      postgres.start();

      const healed = await tablet.engine.syncNow();
      expect(healed.lastError).toBeNull();
      expect(healed.waiting).toBe(0);
      expect((await fetch(`${register.url}/api/health`)).status).toBe(200);
      const records = await registerRecords(register.db, tablet.clinicId);
      expect(records.size).toBe(total);
      expect([...records.values()].every((version) => version === 1)).toBe(true);
      await expectWholeWrites(register, tablet.clinicId);
      expect(statuses).toEqual([503, 503, 503]);
    }, 120_000);
  });
}

describe('the register on SQLite when the disk is full', () => {
  let register: RunningRegister;

  beforeAll(async () => {
    register = await startRegister();
  });

  afterAll(async () => {
    await register.stop();
  });

  it('answers a push that finds the disk full with 503, writes nothing by halves, and completes it once there is room', async () => {
    const staff = await signInStaff(register.url, registrar.login, registrar.password);
    const tablet = await makeTablet({
      url: register.url,
      name: 'full-disk',
      staffToken: staff.token,
    });
    const ids = await staffIds(register.db);
    const total = 40;
    await writePersons(tablet, ids.registrar, total);

    const contactOf = () =>
      register.db.kysely
        .selectFrom('tablet')
        .select(['last_seen_at', 'last_push_at', 'last_push_seq'])
        .where('id', '=', tablet.tabletId)
        .executeTakeFirstOrThrow();
    const long = '2026-01-01T00:00:00.000Z';
    await register.db.kysely
      .updateTable('tablet')
      .set({ last_seen_at: long, last_push_at: long, last_push_seq: 7 })
      .where('id', '=', tablet.tabletId)
      .execute();

    // The register's own connection may not grow the file by one more page: SQLITE_FULL.
    const pages = await sql<{ page_count: number }>`pragma page_count`.execute(register.db.kysely);
    const current = pages.rows[0]?.page_count ?? 0;
    await sql.raw(`pragma max_page_count = ${current}`).execute(register.db.kysely);
    const refused = await tablet.engine.syncNow();
    expect(refused.lastError?.detail).toBe('503 database-unavailable');
    expect(refused.waiting).toBe(total);
    await expectWholeWrites(register, tablet.clinicId);
    // The push's note about the tablet is written in its transaction: gone with it. That the
    // tablet reached the register is still noted (syncContact.ts).
    const afterRefusal = await contactOf();
    expect([afterRefusal.last_push_at, afterRefusal.last_push_seq]).toEqual([long, 7]);
    expect(afterRefusal.last_seen_at).not.toBe(long);

    await sql.raw('pragma max_page_count = 1073741823').execute(register.db.kysely);
    const healed = await tablet.engine.syncNow();
    expect(healed.lastError).toBeNull();
    const records = await registerRecords(register.db, tablet.clinicId);
    expect(records.size).toBe(total);
    await expectWholeWrites(register, tablet.clinicId);
    const healedContact = await contactOf();
    expect(healedContact.last_push_at).not.toBe(long);
    const seqs = await register.db.kysely
      .selectFrom('clinic_record')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('clinic_id', '=', tablet.clinicId)
      .executeTakeFirstOrThrow();
    expect(healedContact.last_push_seq).toBe(seqs.seq);
  });
});
