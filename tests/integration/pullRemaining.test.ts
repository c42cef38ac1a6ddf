import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullResponseSchema, SYNC_PROTOCOL_VERSION } from '../../src/core/protocol/sync';
import { testDatabases } from '../support/databases';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite, rawSync } from '../support/syncSuite';
import type { SimTablet } from '../support/tablets';
import { writePersons } from '../support/tablets';

// The pull's `remaining` is carried from page to page instead of counted afresh for each
// (src/register/sync/pullPage.ts, issue #14): the carried figure must equal a fresh count,
// also when rows are committed between two pages of a download.

async function page(suite: SyncSuite, tablet: SimTablet, cursor: number, limit: number) {
  const answer = await rawSync(suite, tablet, 'pull', {
    protocolVersion: SYNC_PROTOCOL_VERSION,
    tabletId: tablet.tabletId,
    cursor,
    limit,
  });
  return pullResponseSchema.parse(answer.json);
}

describe.each(testDatabases())('the carried pull count on $engine', (database) => {
  let suite: SyncSuite;
  let writer: SimTablet;

  beforeAll(async () => {
    suite = await openSyncSuite(database);
    writer = await suite.tablet('remaining-writer');
    await writePersons(writer, suite.staff.registrar, 30);
    expect((await writer.engine.syncNow()).lastError).toBeNull();
  }, 60_000);

  afterAll(async () => {
    await suite.close();
  });

  it('counts the rows committed between two pages, as a fresh count of the same range does', async () => {
    const reader = await suite.tablet('remaining-reader');
    const first = await page(suite, reader, 0, 10);
    expect(first.remaining).toBe(20);
    await writePersons(writer, suite.staff.registrar, 7);
    expect((await writer.engine.syncNow()).lastError).toBeNull();

    const second = await page(suite, reader, first.cursor, 10);
    // Another tablet asking for the same page has no carried count: counted afresh.
    const fresh = await page(suite, await suite.tablet('remaining-fresh'), first.cursor, 10);
    expect(second.remaining).toBe(17);
    expect(fresh.remaining).toBe(second.remaining);
    const third = await page(suite, reader, second.cursor, 10);
    expect(third.remaining).toBe(7);
  }, 60_000);
});
