import { hash } from 'node:crypto';
import type { PushOp } from '../../core/protocol/sync';
import { canonicalJson } from '../../core/records/canonicalJson';

// What an op id stands for, for an op that did not simply write a new record as sent (those
// keep the version they wrote instead: writtenContent.ts): the op's kind and record, hashed
// from canonical JSON (keys sorted), so the same op sent again — whatever order its keys came
// in — has the same hash, and an op id reused for another record, or another version of it,
// does not:
//
//   {"kind":"person","record":{"clinicId":"0193…","id":"0193…",…}}  →  "9f86d081…0a08"
//
// `baseVersion` is left out: it says where the tablet started from, not what it sends, and
// the outbox never sends one op id with two records (src/storage/outbox.ts, takeBatch).
//
// canonicalJson (core/records/canonicalJson.ts) keeps the text hashes stored since migration
// 0005 were made from, and builds it fast: it runs for every op of the per-op path and for
// every repeat of an op that kept a hash (issue #14).

export function opContentHash(op: Pick<PushOp, 'kind' | 'record'>): string {
  // "kind" sorts before "record" and a kind is a string: the wrapper's text is written
  // around the record's, without a sorted copy of the wrapper (an op without a record, which
  // the register refuses, leaves the member out: the general path keeps that).
  const text =
    op.record === undefined
      ? canonicalJson({ kind: op.kind })
      : `{"kind":${JSON.stringify(op.kind)},"record":${canonicalJson(op.record)}}`;
  // One-shot: a Hash object per op cost more than hashing its ~1 KB.
  return hash('sha256', text, 'hex');
}
