import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids';
import { exampleCommissionTaken } from '../../src/core/records/examples';
import { pushResponseSchema, SYNC_PROTOCOL_VERSION } from '../../src/core/protocol/sync';
import type { ClinicRecord } from '../../src/core/records/record';
import { openDeskFixture } from '../../src/desk/deskFixture';
import { writeRecord } from '../../src/storage/records';
import { testDatabases } from '../support/databases';
import type { RuleCase, RuleWorld } from '../support/ruleCases';
import { ruleCases } from '../support/ruleCases';
import { tabletCard } from '../support/signedCards';
import { acceptExampleKit, appointCommission } from '../support/statementChain';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite, rawSync } from '../support/syncSuite';
import type { SimTablet } from '../support/tablets';

// One table of cross-record rules (tests/support/ruleCases.ts), run against both writers: the
// desk's storage on a fake IndexedDB and the register on SQLite and PostgreSQL. The same
// record is refused with the same reason on both sides, or written on both (issue #10).

const NOW = new Date('2026-11-21T05:00:00.000Z');

/** The desk: a fresh tablet per row, the given records seeded by an admin, then the write. */
async function onDesk(row: RuleCase): Promise<string> {
  const desk = await openDeskFixture(row.by, row.given, NOW);
  const env = desk.as(row.by);
  const written = await writeRecord(env.db, row.write, env.write);
  return written.ok ? 'written' : written.reason;
}

const DESK_WORLD: RuleWorld = {
  clinicId: '0193a0b0-0000-7000-8000-000000000001',
  staff: {
    registrar: '0193a0b0-0000-7000-8000-000000000002',
    lab: '0193a0b0-0000-7000-8000-000000000002',
    commission: '0193a0b0-0000-7000-8000-000000000003',
    admin: '0193a0b0-0000-7000-8000-000000000003',
    verifier: '0193a0b0-0000-7000-8000-000000000002',
    regional: '0193a0b0-0000-7000-8000-000000000002',
  },
  card: () => Promise.resolve('eyJhbGciOiJFUzI1NiJ9.cGF5bG9hZA.c2lnbmF0dXJl'),
  // The desk fixture's clinic has the example commission, chaired by the commission member.
  commission: exampleCommissionTaken(),
};

describe('the rule table on the desk’s storage', async () => {
  const rows = await ruleCases(DESK_WORLD);
  it.each(rows)('$name → $expected', async (row) => {
    expect(await onDesk(row)).toBe(row.expected);
  });
});

describe.each(testDatabases())('the rule table at the register on $engine', (database) => {
  let suite: SyncSuite;
  let tablet: SimTablet;
  let rows: RuleCase[] = [];

  beforeAll(async () => {
    suite = await openSyncSuite(database);
    tablet = await suite.tablet('rules');
    // The example records name the example kit: the clinic accepts it, as the desk's does.
    await acceptExampleKit(suite.register.db, tablet.clinicId);
    rows = await ruleCases({
      clinicId: tablet.clinicId,
      staff: suite.staff,
      card: (rid) => tabletCard(tablet, rid),
      commission: await appointCommission(
        suite.register.db,
        tablet.clinicId,
        suite.staff.commission,
      ),
    });
  });
  afterAll(async () => {
    await suite.close();
  });

  async function push(record: ClinicRecord, baseVersion: number): Promise<string> {
    const answer = await rawSync(suite, tablet, 'push', {
      protocolVersion: SYNC_PROTOCOL_VERSION,
      tabletId: tablet.tabletId,
      ops: [
        {
          opId: newId(tablet.now, (n) => crypto.getRandomValues(new Uint8Array(n))),
          kind: record.kind,
          baseVersion,
          record,
        },
      ],
    });
    const [only] = pushResponseSchema.parse(answer.json).answers;
    if (only === undefined) throw new Error('no answer');
    return only.status === 'rejected' ? only.reason : only.status;
  }

  // Rows are built in beforeAll (they need the tablet's key), so one test walks them all and
  // names every row that answered otherwise.
  it('answers every row of the table as the desk does', async () => {
    expect(rows.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const row of rows) {
      for (const record of row.given) {
        const given = await push(record, 0);
        if (given !== 'accepted') wrong.push(`${row.name}: given ${record.kind} → ${given}`);
      }
      const stored = row.given.some((record) => record.id === row.write.id);
      const answer = await push(row.write, stored ? 1 : 0);
      const outcome = answer === 'accepted' ? 'written' : answer;
      if (outcome !== row.expected) wrong.push(`${row.name}: ${outcome}, not ${row.expected}`);
    }
    expect(wrong).toEqual([]);
  });
});
