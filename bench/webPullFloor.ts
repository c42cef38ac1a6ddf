import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Page } from 'playwright-core';
import { openDatabase } from '../src/storage/database';
import type { PageKeys, StoredIndex } from '../src/storage/pageIndex';
import { PageIndex, pageKeysOf } from '../src/storage/pageIndex';
import { freshRow } from '../src/storage/pulled';
import { PULL_SLICE_ROWS } from '../src/sync/pullSlices';
import { launchDiskProfile } from '../tests/support/browser';
import { benchPersons } from './syncData';
import { median } from './webData';

// The floor under a fresh tablet's download in Chromium (issue #14: "fresh tablet pull 50,000
// in Chromium ≤ 5 s"): how long Chromium's own IndexedDB takes to store the rows a first pull
// writes, with no app, no Dexie, no network and no record check. The rows are made in Node
// by the app's own code (storage/pulled.ts freshRow over the sync bench's persons, seed 42)
// and handed to a blank page served from loopback; the page then adds them with the raw
// IndexedDB API, in transactions of the pull's slice size (sync/pullSlices.ts), one after
// another as the pull does, and times that with performance.now(). Layouts, each in a new
// profile on disk (as a tablet's), taking turns round after round:
//
//   app        the persons table as the app declares it (storage/database.ts), its rows
//   json       the same indexes, the record kept as one JSON string beside its keys
//   no-index   the same rows in a table without indexes
//   bare       rows of the id alone, no indexes: what one row costs at all
//   pages      a slice's rows as ONE row (key: the slice's number), no indexes: persons
//              stored by the page, the layout a download could write
//   page-keys  the pages, and beside each in the same transaction its key row
//              (storage/pageIndex.ts pageKeysOf: ids, kinds, versions and each index key as
//              a column): what the index of the app's own reads at start; then every key
//              row read back, as a desk would at start to search them in memory (keysReadMs),
//              and 30 pages at random, as a search showing 30 persons would (pageReadsMs);
//              then the index's sorted pairs stored beside them, a row per index
//              (PageIndex.stored, written at idle: indexWriteMs) and read back, as a start
//              reads them instead of sorting (indexReadMs)
//
//   npx tsx bench/webPullFloor.ts [--json]     BENCH_WEB_FLOOR_PERSONS=50000 (the default)

export const FLOOR_LAYOUTS = ['app', 'json', 'no-index', 'bare', 'pages', 'page-keys'] as const;
export type FloorLayout = (typeof FLOOR_LAYOUTS)[number];

export type WebPullFloorResult = {
  readonly persons: number;
  readonly sliceRows: number;
  /** The app's persons indexes, as storage/database.ts declares them. */
  readonly indexes: readonly string[];
  /** Milliseconds to store every row, one entry per round. */
  readonly ms: Readonly<Record<FloorLayout, readonly number[]>>;
  /** page-keys: milliseconds to read every key row back in one transaction, per round. */
  readonly keysReadMs: readonly number[];
  /** page-keys: milliseconds to read 30 pages picked at random, one get each, 21 times a round. */
  readonly pageReadsMs: readonly number[];
  /** page-keys: milliseconds to store the index's sorted pairs, a row per index, per round. */
  readonly indexWriteMs: readonly number[];
  /** page-keys: milliseconds to read them back in one transaction, per round. */
  readonly indexReadMs: readonly number[];
  /** The size of those rows' entries as UTF-16 text, in bytes (what the store keeps, about). */
  readonly indexBytes: number;
  readonly load: { readonly before: number; readonly after: number };
};

type IndexSpec = { readonly keyPath: string; readonly unique: boolean };
type StoreTimes = {
  readonly ms: number;
  readonly keysReadMs: number | null;
  readonly pageReadsMs: readonly number[];
  readonly indexWriteMs: number | null;
  readonly indexReadMs: number | null;
};

function personIndexes(): IndexSpec[] {
  const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  return db.persons.schema.indexes.map((index) => {
    if (typeof index.keyPath !== 'string') throw new Error('a compound persons index');
    return { keyPath: index.keyPath, unique: index.unique === true };
  });
}

// The page's side, as a string (tsx names inner functions with a helper the page lacks).
// window.__floorRows holds the rows, window.__floorKeys the key row of each slice of them,
// window.__floorIndex the index's stored rows; __floorStore(layout, indexes, slice) stores them.
const STORE_SCRIPT = `
window.__floorRows = [];
window.__floorKeys = [];
window.__floorIndex = [];
// A transaction's end, and every value of one store read in a transaction of its own.
const committed = (tx) =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
const readAll = (db, name) =>
  new Promise((resolve, reject) => {
    const request = db.transaction([name], 'readonly').objectStore(name).getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
window.__floorStore = async (layout, indexes, slice) => {
  const name = 'floor-' + layout + '-' + Math.random().toString(36).slice(2);
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      if (layout === 'pages' || layout === 'page-keys') {
        open.result.createObjectStore('pages');
        if (layout === 'page-keys') open.result.createObjectStore('keys');
        if (layout === 'page-keys') open.result.createObjectStore('index', { keyPath: 'index' });
        return;
      }
      const store = open.result.createObjectStore('persons', { keyPath: 'id' });
      if (layout === 'app' || layout === 'json') {
        for (const index of indexes) store.createIndex(index.keyPath, index.keyPath, { unique: index.unique });
      }
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const rows = window.__floorRows.map((row) =>
    layout === 'bare' ? { id: row.id } : layout === 'json' ? { ...row, record: JSON.stringify(row.record) } : row,
  );
  const paged = layout === 'pages' || layout === 'page-keys';
  const stores = layout === 'page-keys' ? ['pages', 'keys'] : paged ? ['pages'] : ['persons'];
  const started = performance.now();
  for (let start = 0; start < rows.length; start += slice) {
    const tx = db.transaction(stores, 'readwrite');
    const sliced = rows.slice(start, start + slice);
    if (paged) {
      tx.objectStore('pages').add(sliced, start / slice);
      if (layout === 'page-keys') tx.objectStore('keys').add(window.__floorKeys[start / slice], start / slice);
    } else {
      const store = tx.objectStore('persons');
      for (const row of sliced) store.add(row);
    }
    await committed(tx);
  }
  const ms = performance.now() - started;
  let keysReadMs = null;
  let indexWriteMs = null;
  let indexReadMs = null;
  const pageReadsMs = [];
  if (layout === 'page-keys') {
    const reading = performance.now();
    const blocks = await readAll(db, 'keys');
    if (blocks.reduce((sum, block) => sum + block.ids.length, 0) !== rows.length) throw new Error('keys lost');
    keysReadMs = performance.now() - reading;
    // A search's 30 persons from as many pages (one get each, one transaction), 21 times.
    const pages = Math.ceil(rows.length / slice);
    for (let round = 0; round < 21; round++) {
      const reading30 = performance.now();
      const tx = db.transaction(['pages'], 'readonly');
      const store = tx.objectStore('pages');
      for (let hit = 0; hit < 30; hit++) store.get(Math.floor(Math.random() * pages));
      await committed(tx);
      pageReadsMs.push(performance.now() - reading30);
    }
    const writing = performance.now();
    const tx = db.transaction(['index'], 'readwrite');
    for (const row of window.__floorIndex) tx.objectStore('index').put(row);
    await committed(tx);
    indexWriteMs = performance.now() - writing;
    const readingIndex = performance.now();
    const stored = await readAll(db, 'index');
    if (stored.length !== window.__floorIndex.length) throw new Error('index rows lost');
    indexReadMs = performance.now() - readingIndex;
  }
  db.close();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
  return { ms, keysReadMs, pageReadsMs, indexWriteMs, indexReadMs };
};
`;

async function handRows(
  page: Page,
  into: '__floorRows' | '__floorKeys' | '__floorIndex',
  rows: readonly unknown[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += 5_000) {
    await page.evaluate(
      ([name, chunk]) => {
        (window as unknown as Record<typeof name, unknown[]>)[name].push(...chunk);
      },
      [into, rows.slice(start, start + 5_000)] as const,
    );
  }
}

export async function benchWebPullFloor(persons: number, rounds = 2): Promise<WebPullFloorResult> {
  const clinic = '0193a0b0-0000-7000-8000-000000000001';
  const pulled = benchPersons(persons, clinic, '0193a0b0-0000-7000-8000-000000000002').map(
    (person) => ({ ...person, version: 1 }),
  );
  const rows = pulled.map(freshRow);
  const keyRows: PageKeys[] = [];
  for (let start = 0; start < pulled.length; start += PULL_SLICE_ROWS) {
    keyRows.push(pageKeysOf(pulled.slice(start, start + PULL_SLICE_ROWS)));
  }
  const indexes = personIndexes();
  const built = new PageIndex();
  keyRows.forEach((keys, page) => {
    built.add(page, keys);
  });
  const storedIndex: StoredIndex[] = built.stored();
  const indexBytes = storedIndex.reduce(
    (sum, row) => sum + row.entries.reduce((bytes, entry) => bytes + 2 * entry.length, 0),
    0,
  );
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end('<!doctype html><title>IndexedDB floor</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const ms: Record<FloorLayout, number[]> = {
    app: [],
    json: [],
    'no-index': [],
    bare: [],
    pages: [],
    'page-keys': [],
  };
  const keysReadMs: number[] = [];
  const pageReadsMs: number[] = [];
  const indexWriteMs: number[] = [];
  const indexReadMs: number[] = [];
  const before = loadavg()[0] ?? Number.NaN;
  try {
    for (let round = 0; round < rounds; round++) {
      for (const layout of FLOOR_LAYOUTS) {
        const profile = await launchDiskProfile();
        try {
          const page = await profile.context.newPage();
          await page.addInitScript(STORE_SCRIPT);
          await page.goto(`http://127.0.0.1:${port}/`);
          await handRows(page, '__floorRows', rows);
          await handRows(page, '__floorKeys', keyRows);
          // A row at a time: each is one index's pairs, up to the persons' count of strings.
          if (layout === 'page-keys') {
            for (const row of storedIndex) await handRows(page, '__floorIndex', [row]);
          }
          const took = await page.evaluate(
            ([name, specs, slice]) =>
              (
                window as unknown as {
                  __floorStore: (l: string, i: IndexSpec[], s: number) => Promise<StoreTimes>;
                }
              ).__floorStore(name, specs, slice),
            [layout, indexes, PULL_SLICE_ROWS] as const,
          );
          ms[layout].push(took.ms);
          if (took.keysReadMs !== null) keysReadMs.push(took.keysReadMs);
          pageReadsMs.push(...took.pageReadsMs);
          if (took.indexWriteMs !== null) indexWriteMs.push(took.indexWriteMs);
          if (took.indexReadMs !== null) indexReadMs.push(took.indexReadMs);
          console.error(`webPullFloor: ${layout} ${(took.ms / 1000).toFixed(2)} s`);
        } finally {
          await profile.close();
        }
      }
    }
  } finally {
    server.close();
  }
  return {
    persons,
    sliceRows: PULL_SLICE_ROWS,
    indexes: indexes.map((index) => index.keyPath),
    ms,
    keysReadMs,
    pageReadsMs,
    indexWriteMs,
    indexReadMs,
    indexBytes,
    load: { before, after: loadavg()[0] ?? Number.NaN },
  };
}

export function webPullFloorLines(result: WebPullFloorResult): string[] {
  return [
    ...FLOOR_LAYOUTS.map(
      (layout) =>
        `floor ${layout}: ${(median(result.ms[layout]) / 1000).toFixed(2)} s (${result.ms[layout].map((m) => (m / 1000).toFixed(2)).join(', ')})`,
    ),
    `floor page-keys, every key row read back: ${result.keysReadMs.map((m) => `${m.toFixed(0)} ms`).join(', ')}`,
    `floor page-keys, 30 pages at random: median ${median(result.pageReadsMs).toFixed(1)} ms, max ${Math.max(...result.pageReadsMs).toFixed(1)} ms (${result.pageReadsMs.length})`,
    `floor page-keys, the index's sorted pairs (${(result.indexBytes / 1e6).toFixed(1)} MB): stored ${result.indexWriteMs.map((m) => `${m.toFixed(0)} ms`).join(', ')}; read back ${result.indexReadMs.map((m) => `${m.toFixed(0)} ms`).join(', ')}`,
  ];
}

if (
  process.argv[1] !== undefined &&
  fileURLToPath(import.meta.url) === path.resolve(process.argv[1])
) {
  const persons = Number(process.env['BENCH_WEB_FLOOR_PERSONS'] ?? 50_000);
  const result = await benchWebPullFloor(persons);
  console.error(webPullFloorLines(result).join('\n'));
  console.error(`load average ${result.load.before.toFixed(1)} → ${result.load.after.toFixed(1)}`);
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
}
