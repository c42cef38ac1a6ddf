import type { PulledChange, PullResponse } from '../core/protocol/sync';

// A pulled page is stored in slices, each in a transaction of its own with the cursor of its
// last row (issue #14: storing a page of 1,000 held the persons table for ≈ 300 ms, and a
// search at the desk waited behind it; a slice of 125 holds it an eighth as long, and the
// search goes before the next slice, storage/deskFirst.ts).
//
//   page {changes: [seq 11 … seq 1010], cursor: 1010}, slices of 125:
//     [11 … 135] cursor 135 · [136 … 260] cursor 260 · … · [886 … 1010] cursor 1010
//
// A slice's cursor says "everything up to here is stored", which holds because the register
// sends a page's rows in ascending seq and nothing at or below the page's cursor is left out
// of it (src/register/sync/pullPage.ts). A page that does not read so (seqs out of order, or
// past its cursor) is stored whole, as before: a tablet must never save a cursor beyond what
// it holds.

/**
 * Rows a slice holds at most: a first pull's page of 1,000 in eight transactions. Against 250
 * (session 9, Chromium, 50,000 persons, taking turns at a load of 4–5): the desk's search
 * during the pull, median 56 / 44 → 31 / 23 ms and p95 108 / 101 → 74 / 54 ms; the pull's
 * own time moved within the noise (19.0 / 20.0 s → 26.3 / 19.9 s).
 */
export const PULL_SLICE_ROWS = 125;

export type PullSlice = { readonly changes: readonly PulledChange[]; readonly cursor: number };

function inSeqOrder(page: PullResponse): boolean {
  let previous = 0;
  for (const change of page.changes) {
    if (change.seq <= previous) return false;
    previous = change.seq;
  }
  return previous <= page.cursor;
}

export function pullSlices(page: PullResponse, size: number): PullSlice[] {
  const { changes, cursor } = page;
  if (changes.length <= size || !inSeqOrder(page)) return [{ changes, cursor }];
  const slices: PullSlice[] = [];
  for (let start = 0; start < changes.length; start += size) {
    const slice = changes.slice(start, start + size);
    const last = start + size >= changes.length;
    slices.push({ changes: slice, cursor: last ? cursor : (slice.at(-1)?.seq ?? cursor) });
  }
  return slices;
}
