import type { PromiseExtended } from 'dexie';
import type { SeroDeskDatabase } from './database';
import { PageIndex } from './pageIndex';
import { forgetRecentParts, forgetStoredKeys, takeStoredKeys } from './pageParts';

// The page index of each database connection (pageIndex.ts, pagedRecords.ts): built at the
// first read from the key rows and the sorted pairs stored at idle, kept current as pages
// are stored, and its sorted pairs written back at idle.

const INDEXES = new WeakMap<SeroDeskDatabase, PageIndex>();

/** The page up to which the stored sorted pairs are known to hold, per connection. */
const STORED_THROUGH = new WeakMap<SeroDeskDatabase, number>();

/**
 * The index of this database's pages, with every key row stored so far taken in. Inside a
 * transaction over the paged tables (recordTables.ts `recordScope`). Built at a connection's
 * first read from the key rows and the sorted pairs stored at idle (storePageIndex), which
 * spares sorting every key again; then one request per read when nothing was stored since:
 * the page numbers from the last one taken in. That page must still be there, or the
 * database was erased under this connection and the index is built again.
 */
export function pageIndexOf(db: SeroDeskDatabase): PromiseExtended<PageIndex> {
  const known = INDEXES.get(db);
  if (known === undefined) return restoredIndex(db);
  const through = known.through;
  return db.pulledKeys
    .where('page')
    .aboveOrEqual(through)
    .primaryKeys()
    .then((pages) => {
      if (through > -Infinity && pages[0] !== through) {
        forgetRecentParts(db);
        return restoredIndex(db);
      }
      // The key rows this connection stored are taken as it stored them (pageParts.ts), the
      // others (another tab's download) read.
      const fresh = pages.filter((page) => page > through);
      const handed = fresh.map((page) => takeStoredKeys(db, page));
      const unread = fresh.filter((_, at) => handed[at] === undefined);
      return db.pulledKeys.bulkGet(unread).then((read) => {
        const byPage = new Map(
          read.flatMap((row) => (row === undefined ? [] : [[row.page, row.keys]])),
        );
        // Another read may have taken some in meanwhile: each page once, in order.
        fresh.forEach((page, at) => {
          const keys = handed[at] ?? byPage.get(page);
          if (keys !== undefined && page > known.through) known.add(page, keys);
        });
        return known;
      });
    });
}

/**
 * Takes the key rows stored since into the page index, in a read of its own: called by a
 * download after each page of 1,000 (sync/syncRun.ts), about 2 ms, so that the first search
 * during a download takes in one page's keys, not every key stored so far (a search at
 * 20,000 persons into a download waited ≈ 250 ms for the sort in Chromium).
 */
export function keepPageIndexCurrent(db: SeroDeskDatabase): PromiseExtended<void> {
  return db.transaction('r', [db.pulledKeys, db.pulledIndex], () =>
    pageIndexOf(db).then(() => undefined),
  );
}

function restoredIndex(db: SeroDeskDatabase): PromiseExtended<PageIndex> {
  // Every key row is read: those stored and not taken are not needed any more (a page stored
  // after this read is read by the next update, as another tab's are).
  forgetStoredKeys(db);
  return db.pulledKeys.toArray().then((rows) =>
    db.pulledIndex.toArray().then((stored) => {
      const index = PageIndex.restore(rows, stored);
      INDEXES.set(db, index);
      STORED_THROUGH.set(db, index.restoredThrough);
      return index;
    }),
  );
}

/**
 * Writes each index's sorted pairs as of the last page stored, when pages were stored since
 * they were last written: at idle after a download (sync/engine.ts), so that the next start
 * reads them ready (for 50,000 persons ≈ 25 MB, written in ≈ 0.13 s in Chromium) instead of
 * sorting every key row again (0.5–0.7 s there, seconds on a cheap tablet). Returns whether
 * it wrote.
 */
export function storePageIndex(db: SeroDeskDatabase): PromiseExtended<boolean> {
  return db.transaction('rw', [db.pulledKeys, db.pulledIndex, db.pulledPages], () =>
    pageIndexOf(db).then((index) => {
      const written = STORED_THROUGH.get(db) ?? -Infinity;
      if (index.through <= written) return false;
      return db.pulledIndex
        .clear()
        .then(() => db.pulledIndex.bulkPut(index.stored()))
        .then(() => {
          STORED_THROUGH.set(db, index.through);
          return true;
        });
    }),
  );
}
