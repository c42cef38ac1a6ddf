import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/records/merge';
import type { PersonRecord } from '../../src/core/records/person';
import { testDatabases } from '../support/databases';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite } from '../support/syncSuite';
import type { SimTablet } from '../support/tablets';
import { newPerson, personRows } from '../support/tablets';
import { seededRandom } from '../support/seededRandom';

// Seeded random interleavings of three tablets: creating and editing persons offline, syncing
// at random moments, losing answers on the way back. Whatever the order, once everybody has
// synced twice more, every tablet holds exactly the register's records, and nothing waits.
// A failing seed is printed; rerun it with SYNC_FUZZ_SEED=<seed> (or a range, 1-200).

/** "42" or "1-200" from the environment; two fixed seeds by default. */
function seedsFrom(text: string | undefined): number[] {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text ?? '');
  if (match === null) return [7, 1979];
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const PHONES = ['+79140000001', '+79140000002', '+79140000003', '+79140000004'];
const ADDRESSES = ['Елизово', 'Вилючинск', 'Мильково', 'Усть-Камчатск'];

async function registerBodies(suite: SyncSuite, clinicId: string): Promise<Map<string, string>> {
  const rows = await suite.register.db.kysely
    .selectFrom('clinic_record')
    .select(['id', 'body'])
    .where('clinic_id', '=', clinicId)
    .where('kind', '=', 'person')
    .execute();
  return new Map(rows.map((row) => [row.id, canonicalJson(JSON.parse(row.body))]));
}

async function tabletBodies(tablet: SimTablet): Promise<Map<string, string>> {
  // As the desk reads them: a record a push took as sent carries the register's version.
  const rows = await personRows(tablet.db);
  return new Map(rows.map((row) => [row.id, canonicalJson(row.record)]));
}

describe.each(testDatabases())('seeded interleavings converge on $engine', (database) => {
  let suite: SyncSuite;

  beforeAll(async () => {
    suite = await openSyncSuite(database);
  });

  afterAll(async () => {
    await suite.close();
  });

  const seeds = seedsFrom(process.env['SYNC_FUZZ_SEED']);

  it.each(seeds)(
    'converges for seed %i',
    async (seed) => {
      const random = seededRandom(seed);
      const pick = <T>(items: readonly T[]): T => {
        const item = items[Math.floor(random() * items.length)];
        if (item === undefined) throw new Error('empty choice');
        return item;
      };
      const tablets: SimTablet[] = [];
      for (const name of ['X', 'Y', 'Z']) tablets.push(await suite.tablet(`fuzz-${seed}-${name}`));

      for (let step = 0; step < 60; step++) {
        const tablet = pick(tablets);
        const roll = random();
        const known = await personRows(tablet.db);
        if (roll < 0.25 || known.length === 0) {
          await tablet.write(newPerson(tablet, suite.staff.registrar), 'registrar');
        } else if (roll < 0.7) {
          const row = pick(known);
          const record = row.record as PersonRecord;
          const edited =
            random() < 0.5
              ? { ...record, phone: pick(PHONES) }
              : { ...record, address: pick(ADDRESSES) };
          await tablet.write(edited, 'registrar');
        } else {
          if (random() < 0.2) tablet.network.loseAnswers(1);
          await tablet.engine.syncNow();
        }
      }

      for (let round = 0; round < 2; round++) {
        for (const tablet of tablets) {
          const status = await tablet.engine.syncNow();
          expect(status.lastError, `seed ${seed}`).toBeNull();
        }
      }
      const first = tablets[0];
      if (first === undefined) throw new Error('no tablets');
      const atRegister = await registerBodies(suite, first.clinicId);
      for (const tablet of tablets) {
        const held = await tabletBodies(tablet);
        expect(held, `seed ${seed}, tablet ${tablet.name}`).toEqual(atRegister);
        expect(await tablet.db.outbox.where('state').equals('queued').count()).toBe(0);
      }
    },
    120_000,
  );
});
