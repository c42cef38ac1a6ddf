import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Page } from 'playwright-core';
import { openDatabase } from '../src/storage/database';
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
//
//   npx tsx bench/webPullFloor.ts [--json]     BENCH_WEB_FLOOR_PERSONS=50000 (the default)

export const FLOOR_LAYOUTS = ['app', 'json', 'no-index', 'bare'] as const;
export type FloorLayout = (typeof FLOOR_LAYOUTS)[number];

export type WebPullFloorResult = {
  readonly persons: number;
  readonly sliceRows: number;
  /** The app's persons indexes, as storage/database.ts declares them. */
  readonly indexes: readonly string[];
  /** Milliseconds to store every row, one entry per round. */
  readonly ms: Readonly<Record<FloorLayout, readonly number[]>>;
  readonly load: { readonly before: number; readonly after: number };
};

type IndexSpec = { readonly keyPath: string; readonly unique: boolean };

function personIndexes(): IndexSpec[] {
  const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  return db.persons.schema.indexes.map((index) => {
    if (typeof index.keyPath !== 'string') throw new Error('a compound persons index');
    return { keyPath: index.keyPath, unique: index.unique === true };
  });
}

// The page's side, as a string (tsx names inner functions with a helper the page lacks).
// window.__floorRows holds the rows; __floorStore(layout, indexes, slice) stores them all.
const STORE_SCRIPT = `
window.__floorRows = [];
window.__floorStore = async (layout, indexes, slice) => {
  const name = 'floor-' + layout + '-' + Math.random().toString(36).slice(2);
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
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
  const started = performance.now();
  for (let start = 0; start < rows.length; start += slice) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['persons'], 'readwrite');
      const store = tx.objectStore('persons');
      for (const row of rows.slice(start, start + slice)) store.add(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  }
  const ms = performance.now() - started;
  db.close();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
  return ms;
};
`;

async function handRows(page: Page, rows: readonly unknown[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 5_000) {
    await page.evaluate(
      (chunk) => {
        (window as unknown as { __floorRows: unknown[] }).__floorRows.push(...chunk);
      },
      rows.slice(start, start + 5_000),
    );
  }
}

export async function benchWebPullFloor(persons: number, rounds = 2): Promise<WebPullFloorResult> {
  const clinic = '0193a0b0-0000-7000-8000-000000000001';
  const rows = benchPersons(persons, clinic, '0193a0b0-0000-7000-8000-000000000002').map((person) =>
    freshRow({ ...person, version: 1 }),
  );
  const indexes = personIndexes();
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end('<!doctype html><title>IndexedDB floor</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const ms: Record<FloorLayout, number[]> = { app: [], json: [], 'no-index': [], bare: [] };
  const before = loadavg()[0] ?? Number.NaN;
  try {
    for (let round = 0; round < rounds; round++) {
      for (const layout of FLOOR_LAYOUTS) {
        const profile = await launchDiskProfile();
        try {
          const page = await profile.context.newPage();
          await page.addInitScript(STORE_SCRIPT);
          await page.goto(`http://127.0.0.1:${port}/`);
          await handRows(page, rows);
          const took = await page.evaluate(
            ([name, specs, slice]) =>
              (
                window as unknown as {
                  __floorStore: (l: string, i: IndexSpec[], s: number) => Promise<number>;
                }
              ).__floorStore(name, specs, slice),
            [layout, indexes, PULL_SLICE_ROWS] as const,
          );
          ms[layout].push(took);
          console.error(`webPullFloor: ${layout} ${(took / 1000).toFixed(2)} s`);
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
    load: { before, after: loadavg()[0] ?? Number.NaN },
  };
}

export function webPullFloorLines(result: WebPullFloorResult): string[] {
  return FLOOR_LAYOUTS.map(
    (layout) =>
      `floor ${layout}: ${(median(result.ms[layout]) / 1000).toFixed(2)} s (${result.ms[layout].map((m) => (m / 1000).toFixed(2)).join(', ')})`,
  );
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
