// JSON with object keys sorted and undefined members dropped: equal content, equal text.
// It is what an op id stands for at the register (register/sync/opContent.ts: hashes stored
// since migration 0005 must keep matching), so its text is fixed by `canonicalJsonByDefinition`
// below, and `canonicalJson` is the same text built faster (issue #14: it runs for every op
// the register hashes and every repeat it compares). A value already in that order — the tablet's outbox stores
// an op's record so (inCanonicalOrder below) — goes through JSON.stringify as it is, after a
// walk that copies nothing (≈ 2.7 µs for a person against ≈ 5 µs); any other, through a copy
// with its keys inserted in sorted order and one JSON.stringify (against ≈ 15–25 µs of
// strings and joins). Where the copy could differ — a key JavaScript orders by itself (an
// integer-like one, which objects list first), "__proto__", undefined in an array, a
// function — the definition answers.
//
//   canonicalJson({b: [2, 1], a: {y: undefined, x: "é"}})   '{"a":{"x":"é"},"b":[2,1]}'

/** The text by definition: slower, and what canonicalJson must equal (canonicalJson.test.ts). */
export function canonicalJsonByDefinition(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJsonByDefinition).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJsonByDefinition(member)}`).join(',')}}`;
  }
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** Where the sorted copy could differ from the definition's text (see the header). */
const UNSURE = Symbol('unsure');

function sortedCopy(value: unknown): unknown {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') {
    return UNSURE;
  }
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
  // The default sort compares UTF-16 code units, as the definition's `<` does.
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

/**
 * Whether JSON.stringify(value) is already the definition's text: plain objects and arrays
 * down to strings, numbers, booleans and null, each object's keys in sorted order, nothing
 * undefined. What the tablet's outbox sends (storage/records.ts stores an op's record in
 * this order), so the register's op hash needs no sorted copy (issue #14); anything else
 * goes the copy's way.
 */
function isInCanonicalOrder(value: unknown): boolean {
  if (value === null) return true;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return true;
  if (type !== 'object') return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!isInCanonicalOrder(value[i])) return false;
    return true;
  }
  // A Date or any other class has a text of its own (toJSON) or members JSON leaves out.
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  // for…in lists the keys JSON.stringify writes, in its order (integer-like ones first, by
  // number: in order only when that is also their text's order), and inherited ones after
  // them, which JSON leaves out and which at worst make this answer no.
  const members = value as Record<string, unknown>;
  let previous: string | undefined;
  for (const key in members) {
    if (previous !== undefined && !(previous < key)) return false;
    if (!isInCanonicalOrder(members[key])) return false;
    previous = key;
  }
  return true;
}

export function canonicalJson(value: unknown): string {
  if (isInCanonicalOrder(value)) return JSON.stringify(value);
  const copy = sortedCopy(value);
  return copy === UNSURE ? canonicalJsonByDefinition(value) : JSON.stringify(copy);
}

/**
 * A copy whose JSON.stringify is its canonical text (keys sorted at every level, undefined
 * members dropped), for a value canonicalJson will be asked of again: the tablet's outbox
 * stores an op's record so (storage/records.ts), and the register hashes it without a copy
 * of its own. A value no copy can put in that order is handed back as it is.
 */
export function inCanonicalOrder<T>(value: T): T {
  const copy = sortedCopy(value);
  return copy === UNSURE ? value : (copy as T);
}
