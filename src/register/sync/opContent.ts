import { createHash } from 'node:crypto';
import type { PushOp } from '../../core/protocol/sync';
import { canonicalJson } from '../../core/records/merge';

// What an op id stands for: the op's kind and record, hashed from canonical JSON (keys
// sorted), so the same op sent again — whatever order its keys came in — has the same hash,
// and an op id reused for another record, or another version of it, does not:
//
//   {"kind":"person","record":{"clinicId":"0193…","id":"0193…",…}}  →  "9f86d081…0a08"
//
// `baseVersion` is left out: it says where the tablet started from, not what it sends, and
// the outbox never sends one op id with two records (src/storage/outbox.ts, takeBatch).

export function opContentHash(op: Pick<PushOp, 'kind' | 'record'>): string {
  return createHash('sha256')
    .update(canonicalJson({ kind: op.kind, record: op.record }))
    .digest('hex');
}
