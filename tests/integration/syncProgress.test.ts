import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullResponseSchema, SYNC_PROTOCOL_VERSION } from '../../src/core/protocol/sync';
import { loadTabletToken } from '../../src/storage/tablet';
import type { PullProgress } from '../../src/sync/syncRun';
import { pullAll } from '../../src/sync/syncRun';
import type { Transport } from '../../src/sync/transport';
import { testDatabases } from '../support/databases';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite, rawSync } from '../support/syncSuite';
import type { SimTablet } from '../support/tablets';
import { writePersons } from '../support/tablets';

// The pull's `remaining` (the first start's progress bar) from a real register on every
// configured engine: what further pages will bring, never the asking tablet's own rows.

/** Pulls everything through the tablet's network, noting each page's `remaining` on the wire. */
async function pullNoting(tablet: SimTablet, pageSize: number) {
  const remaining: (number | undefined)[] = [];
  const noting: Transport = async (request) => {
    const answer = await tablet.network.transport(request);
    if (answer.ok && request.path === '/api/sync/pull') {
      remaining.push(pullResponseSchema.parse(answer.value.body).remaining);
    }
    return answer;
  };
  const token = await loadTabletToken(tablet.db);
  if (token === undefined) throw new Error('tablet has no token');
  const progress: PullProgress[] = [];
  const pulled = await pullAll(
    tablet.db,
    noting,
    { tabletId: tablet.tabletId, token },
    pageSize,
    (step) => progress.push(step),
  );
  return { pulled, remaining, progress };
}

describe.each(testDatabases())('pull progress from the register on $engine', (database) => {
  let suite: SyncSuite;
  let writer: SimTablet;

  beforeAll(async () => {
    suite = await openSyncSuite(database);
    writer = await suite.tablet('progress-writer');
    await writePersons(writer, suite.staff.registrar, 2500);
    expect((await writer.engine.syncNow()).lastError).toBeNull();
  }, 120_000);

  afterAll(async () => {
    await suite.close();
  });

  it('tells a new tablet pulling 2,500 records in pages of 1,000: 1500, 500, then 0 remain', async () => {
    const reader = await suite.tablet('progress-reader');
    const { pulled, remaining, progress } = await pullNoting(reader, 1000);
    expect(pulled).toEqual({ ok: true, value: 2500 });
    expect(remaining).toEqual([1500, 500, 0]);
    expect(progress.slice(1)).toEqual([
      { received: 1000, total: 2500, firstPull: true },
      { received: 2000, total: 2500, firstPull: true },
      { received: 2500, total: 2500, firstPull: true },
    ]);
  }, 60_000);

  it('counts none of the asking tablet’s own records as remaining', async () => {
    const other = await suite.tablet('progress-other');
    await writePersons(other, suite.staff.registrar, 5);
    expect((await other.engine.syncNow()).lastError).toBeNull();
    // After the writer's first row its other 2,499 lie ahead of the other's 5; only those 5
    // are for it. (From cursor 0 a tablet that has pulled before counts as restored and is
    // sent its own records too, see restoreWindow.ts.)
    const answer = await rawSync(suite, writer, 'pull', {
      protocolVersion: SYNC_PROTOCOL_VERSION,
      tabletId: writer.tabletId,
      cursor: 1,
      limit: 2,
    });
    expect(answer.status).toBe(200);
    expect(pullResponseSchema.parse(answer.json)).toMatchObject({ hasMore: true, remaining: 3 });
  });
});
