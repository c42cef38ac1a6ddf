import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { newId } from '../core/ids';
import type { PullRequest } from '../core/protocol/sync';
import { SYNC_PROTOCOL_VERSION } from '../core/protocol/sync';
import { exampleContract, examplePerson } from '../core/records/examples';
import type { PersonRecord } from '../core/records/person';
import { ok } from '../core/result';
import { openDatabase } from '../storage/database';
import { countRecordsOf } from '../storage/pagedRecords';
import { PageIndex } from '../storage/pageIndex';
import { countPersonMatches, searchPersons } from '../storage/personSearch';
import { loadCursor } from '../storage/pulled';
import { pullAll } from './syncRun';
import type { Transport } from './transport';

// A pull overlapped with the network (syncRun.ts): the next page is fetched while one is
// stored, and each page's cursor is saved with that page only. The push's side is
// syncOverlap.test.ts.

const clock = new Date('2026-11-26T10:00:00.000Z');
const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
const credentials = { tabletId: '0193a0b0-0000-7000-8000-0000000000aa', token: 'k3V6u2a5' };

function fresh() {
  return openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
}

function person(): PersonRecord {
  return examplePerson({ id: newId(() => clock, random) });
}

/** A register answering pulls from `pages`, two rows a page (cursor 0 → page 0, 2 → page 1, …). */
function pagesOfTwo(
  pages: readonly (readonly unknown[])[],
  asked: (request: PullRequest) => void,
): Transport {
  return (request) => {
    const pull = request.body as PullRequest;
    asked(pull);
    const { cursor } = pull;
    const index = cursor / 2;
    const records = pages[index] ?? [];
    const body = {
      protocolVersion: SYNC_PROTOCOL_VERSION,
      changes: records.map((record, i) => ({ seq: cursor + i + 1, version: 1, record })),
      cursor: cursor + records.length,
      hasMore: index < pages.length - 1,
      remaining: (pages.length - index - 1) * 2,
    };
    return Promise.resolve(ok({ status: 200, body }));
  };
}

describe('a pull overlapped with the network', () => {
  it('saves the cursor of the last page stored when a later page fails to store, and resumes there', async () => {
    const db = fresh();
    const contract = exampleContract();
    // Page 2 holds another contract with page 1's number: the unique index refuses it.
    const clash = { ...exampleContract(), id: newId(() => clock, random) };
    const pages = [
      [person(), contract],
      [person(), clash],
      [person(), person()],
    ];
    const asked: number[] = [];
    const transport = pagesOfTwo(pages, (request) => asked.push(request.cursor));
    const progress = () => undefined;
    await expect(pullAll(db, transport, credentials, 2, progress)).rejects.toThrow();
    expect(await loadCursor(db)).toBe(2);
    // Page 3 was fetched while page 2 was being stored; it was dropped, not stored.
    expect(asked).toEqual([0, 2, 4]);
    expect(await countRecordsOf(db, 'person')).toBe(1);

    pages[1] = [person(), person()];
    expect(await pullAll(db, transport, credentials, 2, progress)).toEqual({ ok: true, value: 4 });
    expect(asked.slice(3)).toEqual([2, 4]);
    expect(await loadCursor(db)).toBe(6);
    expect(await countRecordsOf(db, 'person')).toBe(5);
  });

  it('reads the backlog for the first page only and sends it with every page', async () => {
    const db = fresh();
    const pages = [[person(), person()], [person(), person()], [person()]];
    let reads = 0;
    const backlog = () => {
      reads += 1;
      return Promise.resolve({ records: 3, oldestAgeSeconds: 60 });
    };
    const reported: unknown[] = [];
    const transport = pagesOfTwo(pages, (request) => reported.push(request.backlog));
    const pulled = await pullAll(db, transport, { ...credentials, backlog }, 2, () => undefined);
    expect(pulled).toEqual({ ok: true, value: 5 });
    expect(reads).toBe(1);
    expect(reported).toEqual([1, 2, 3].map(() => ({ records: 3, oldestAgeSeconds: 60 })));
  });

  it('stores a page in slices, each with its cursor: a slice that fails keeps the ones before it', async () => {
    const db = fresh();
    const contract = exampleContract();
    const clash = { ...exampleContract(), id: newId(() => clock, random) };
    // One page of five in slices of two: the third row (second slice) clashes with the second.
    const first = person();
    let records = [first, contract, clash, person(), person()];
    const asked: number[] = [];
    const transport: Transport = (request) => {
      const { cursor } = request.body as PullRequest;
      asked.push(cursor);
      const rest = records.slice(cursor);
      const body = {
        protocolVersion: SYNC_PROTOCOL_VERSION,
        changes: rest.map((record, i) => ({ seq: cursor + i + 1, version: 1, record })),
        cursor: records.length,
        hasMore: false,
        remaining: 0,
      };
      return Promise.resolve(ok({ status: 200, body }));
    };
    const progress = () => undefined;
    await expect(pullAll(db, transport, credentials, 5, progress, 2)).rejects.toThrow();
    expect(await loadCursor(db)).toBe(2);
    expect(await countRecordsOf(db, 'person')).toBe(1);
    expect(await db.contracts.count()).toBe(1);

    records = [first, contract, person(), person(), person()];
    expect(await pullAll(db, transport, credentials, 5, progress, 2)).toEqual({
      ok: true,
      value: 3,
    });
    expect(asked).toEqual([0, 2]);
    expect(await loadCursor(db)).toBe(5);
    expect(await countRecordsOf(db, 'person')).toBe(4);
  });

  it('takes a first download’s pages into the page index as they come, not at the first search', async () => {
    const db = fresh();
    const records = Array.from({ length: 300 }, () => person());
    const transport: Transport = (request) => {
      const { cursor } = request.body as PullRequest;
      const rest = records.slice(cursor, cursor + 100);
      const body = {
        protocolVersion: SYNC_PROTOCOL_VERSION,
        changes: rest.map((record, i) => ({ seq: cursor + i + 1, version: 1, record })),
        cursor: cursor + rest.length,
        hasMore: cursor + rest.length < records.length,
        remaining: records.length - cursor - rest.length,
      };
      return Promise.resolve(ok({ status: 200, body }));
    };
    expect(await pullAll(db, transport, credentials, 100, () => undefined)).toEqual({
      ok: true,
      value: 300,
    });
    const taken = vi.spyOn(PageIndex.prototype, 'add');
    const found = await searchPersons(db, 'Щербаков');
    expect(await countPersonMatches(db, 'Щербаков')).toBe(300);
    expect(found.shown).toHaveLength(30);
    // Every key row was taken in during the download: the search sorts none.
    expect(taken).not.toHaveBeenCalled();
  });
});
