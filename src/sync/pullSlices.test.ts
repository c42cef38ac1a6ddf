import { describe, expect, it } from 'vitest';
import type { PullResponse } from '../core/protocol/sync';
import { SYNC_PROTOCOL_VERSION } from '../core/protocol/sync';
import { pullSlices } from './pullSlices';

function page(seqs: readonly number[], cursor: number): PullResponse {
  return {
    protocolVersion: SYNC_PROTOCOL_VERSION,
    changes: seqs.map((seq) => ({ seq, version: 1, record: { kind: 'person' } })),
    cursor,
    hasMore: true,
  };
}

const shape = (response: PullResponse, size: number) =>
  pullSlices(response, size).map((slice) => ({
    seqs: slice.changes.map((change) => change.seq),
    cursor: slice.cursor,
  }));

describe('a pulled page cut into slices', () => {
  it('gives each slice the cursor of its last row, and the last slice the page’s cursor', () => {
    expect(shape(page([11, 12, 15, 16, 17], 20), 2)).toEqual([
      { seqs: [11, 12], cursor: 12 },
      { seqs: [15, 16], cursor: 16 },
      { seqs: [17], cursor: 20 },
    ]);
  });

  it('keeps a page no larger than a slice, or one with no rows, whole', () => {
    expect(shape(page([3, 4], 9), 2)).toEqual([{ seqs: [3, 4], cursor: 9 }]);
    expect(shape(page([], 9), 2)).toEqual([{ seqs: [], cursor: 9 }]);
  });

  it('stores a page whose rows are out of order, or past its cursor, whole', () => {
    expect(shape(page([5, 4, 6], 9), 2)).toEqual([{ seqs: [5, 4, 6], cursor: 9 }]);
    expect(shape(page([5, 6, 12], 9), 2)).toEqual([{ seqs: [5, 6, 12], cursor: 9 }]);
  });
});
