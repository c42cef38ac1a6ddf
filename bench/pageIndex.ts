import { performance } from 'node:perf_hooks';
import { deserialize, serialize } from 'node:v8';
import { PULL_SLICE_ROWS } from '../src/sync/pullSlices';
import { personSearchName } from '../src/storage/indexKeys';
import type { PageKeys } from '../src/storage/pageIndex';
import { PageIndex, pageKeysOf } from '../src/storage/pageIndex';
import { benchPersons } from './syncData';
import { spreadOf } from './webData';

// The in-memory index of records stored by the page (src/storage/pageIndex.ts; docs/DECISIONS.md,
// "Records by the page"), at the size issue #14's search target names: 100,000 persons (the
// sync bench's, seed 42) as key rows of the pull's slices. Timed: taking every key row in, as a
// desk would after reading them at start; starting instead from the sorted pairs stored
// beside them (PageIndex.restore); then the searches the desk runs: a surname prefix's
// first 30 and its count, and SNILS, document and phone looked up exactly. Node's V8, as the
// tablet's Chromium runs the same code; a cheap tablet is several times slower.
//
//   npx tsx bench/pageIndex.ts [persons]

const persons = Number(process.argv[2] ?? 100_000);
const people = benchPersons(
  persons,
  '0193a0b0-0000-7000-8000-000000000001',
  '0193a0b0-0000-7000-8000-000000000002',
).map((person) => ({ ...person, version: 1 }));
const pages: PageKeys[] = [];
for (let start = 0; start < people.length; start += PULL_SLICE_ROWS) {
  pages.push(pageKeysOf(people.slice(start, start + PULL_SLICE_ROWS)));
}

const index = new PageIndex();
const building = performance.now();
pages.forEach((keys, page) => {
  index.add(page, keys);
});
// The first search of each index sorts what was added into it: part of being ready.
for (const name of ['searchName', 'snils', 'documentKey', 'phone', 'birthDate']) {
  index.equal('person', name, '');
}
const builtMs = performance.now() - building;

// A later start reads the sorted pairs stored beside the pages instead of sorting again
// (PageIndex.restore). V8's serializer is the structured clone IndexedDB stores values with:
// its round trip stands in for writing and reading the stored rows, the store's own cost
// aside (bench/webPullFloor.ts measures Chromium's, `storedReadMs`).
const rows = pages.map((keys, page) => ({ page, keys }));
const cloning = performance.now();
const bytes = serialize(index.stored());
const stored = deserialize(bytes) as ReturnType<PageIndex['stored']>;
const clonedMs = performance.now() - cloning;
const restoring = performance.now();
const restored = PageIndex.restore(rows, stored);
const restoredMs = performance.now() - restoring;
if (restored.size !== index.size) throw new Error('the restored index lost records');

function timed(run: () => unknown, times: number): { ms: number }[] {
  const samples: { ms: number }[] = [];
  for (let at = 0; at < times; at++) {
    const started = performance.now();
    run();
    samples.push({ ms: performance.now() - started });
  }
  return samples;
}

const sample = people.filter((_, at) => at % 997 === 0);
const prefixes = sample.map((person) => personSearchName(person).slice(0, 3));
// In microseconds, where webData.ts's spreadLine would print 0.0 ms.
const spread = (label: string, samples: readonly { ms: number }[]) => {
  const { medianMs, p95Ms, count } = spreadOf(samples);
  return `${label}: median ${(medianMs * 1000).toFixed(0)} µs, p95 ${(p95Ms * 1000).toFixed(0)} µs (${count})`;
};
let at = 0;
const next = <T>(list: readonly T[]): T => list[at++ % list.length] as T;
console.error(
  [
    `${persons.toLocaleString('en')} persons in ${pages.length} key rows; taken in: ${builtMs.toFixed(0)} ms`,
    `from the stored sorted pairs (${(bytes.length / 1e6).toFixed(1)} MB cloned and back in ${clonedMs.toFixed(0)} ms): ${restoredMs.toFixed(0)} ms`,
    spread(
      'surname prefix (3 letters), first 30',
      timed(() => index.withPrefix('person', 'searchName', next(prefixes), 30), 500),
    ),
    spread(
      'surname prefix (3 letters), count',
      timed(() => index.countWithPrefix('person', 'searchName', next(prefixes)), 500),
    ),
    spread(
      'SNILS, document, phone',
      timed(() => {
        const person = next(sample);
        index.equal('person', 'snils', person.snils ?? '');
        index.equal(
          'person',
          'documentKey',
          pageKeysOf([person]).keys['documentKey']?.[0] as string,
        );
        index.equal('person', 'phone', person.phone ?? '');
      }, 500),
    ),
  ].join('\n'),
);
