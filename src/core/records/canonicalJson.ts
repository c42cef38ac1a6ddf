// JSON with object keys sorted and undefined members dropped: equal content, equal text.
// It is what an op id stands for at the register (register/sync/opContent.ts: hashes stored
// since migration 0005 must keep matching), so its text is fixed by `canonicalJsonByDefinition`
// below, and `canonicalJson` is the same text built faster (issue #14: it runs for every op of
// every push, replays included). A copy with its keys inserted in sorted order goes through
// one JSON.stringify (≈ 5 µs for a person, against ≈ 15–25 µs of strings and joins). Where
// the copy could differ — a key JavaScript orders by itself (an integer-like one, which
// objects list first), "__proto__", undefined in an array — the definition answers.
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

export function canonicalJson(value: unknown): string {
  const copy = sortedCopy(value);
  return copy === UNSURE ? canonicalJsonByDefinition(value) : JSON.stringify(copy);
}
