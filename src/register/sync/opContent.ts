import { hash } from 'node:crypto';
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
//
// The text is exactly core/records/merge.ts's canonicalJson (hashes stored since migration
// 0005 must still match; opContent.test.ts compares the two), made faster: it runs for every
// op of every push, replays included, and took a quarter of the register's CPU for a push of
// new persons (issue #14). A copy with its keys inserted in sorted order goes through one
// JSON.stringify (≈ 5 µs for a person, canonicalJson's strings and joins ≈ 15–25 µs). Where
// the copy could differ — a key JavaScript orders by itself (an integer-like one, which
// objects list first), "__proto__", undefined in an array — canonicalJson itself answers.

/** Where the sorted copy could differ from canonicalJson's text (see the header). */
const UNSURE = Symbol('unsure');

function sortedCopy(value: unknown): unknown {
  if (value === undefined) return UNSURE;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const member = sortedCopy(value[i]);
      if (member === UNSURE) return UNSURE;
      copy[i] = member;
    }
    return copy;
  }
  const members = value as Record<string, unknown>;
  // The default sort compares UTF-16 code units, as canonicalJson's `<` does.
  const keys = Object.keys(members).sort();
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    const first = key.charCodeAt(0);
    if ((first >= 48 && first <= 57) || key === '__proto__') return UNSURE;
    if (members[key] === undefined) continue;
    const member = sortedCopy(members[key]);
    if (member === UNSURE) return UNSURE;
    copy[key] = member;
  }
  return copy;
}

/** canonicalJson's text of a JSON value, built faster (see the header). */
export function canonicalOpText(value: unknown): string {
  const copy = sortedCopy(value);
  return copy === UNSURE ? canonicalJson(value) : JSON.stringify(copy);
}

export function opContentHash(op: Pick<PushOp, 'kind' | 'record'>): string {
  // One-shot: a Hash object per op cost more than hashing its ~1 KB.
  return hash('sha256', canonicalOpText({ kind: op.kind, record: op.record }), 'hex');
}
