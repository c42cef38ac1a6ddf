// The sorted (key, id) pairs behind one index of the page index (pageIndex.ts): binary
// searches over one array of strings, with pairs added in bulk merged in on the next read.

/** One entry of an index: a record's key and its id. */
export type KeyedId = { readonly key: string; readonly id: string };

/**
 * The (key, id) pairs of one index of one kind, sorted as IndexedDB sorts an index: by key,
 * then by id, both by UTF-16 code unit. A pair is held as one string, `key` U+0000 `id`, so
 * that the engine's own string order is the pairs' order (U+0000 sorts before every character
 * a key goes on with: "ab" before "abc") and sorting needs no comparator of ours — with one,
 * taking in 100,000 persons spent a second in it. No key or id holds U+0000 (or U+FFFF, see
 * count): ids are UUIDs and keys come from checked records (storage/indexKeys.ts).
 */
export class SortedEntries {
  #entries: string[];
  #pending: string[] = [];

  /** `sorted` must already be in order (a stored index's entries). */
  constructor(sorted: string[] = []) {
    this.#entries = sorted;
  }

  /** Every entry, in order: what a stored index holds. */
  all(): readonly string[] {
    this.#settle();
    return this.#entries;
  }

  add(key: string, id: string): void {
    this.#pending.push(`${key}\u0000${id}`);
  }

  remove(key: string, id: string): void {
    this.#settle();
    const entry = `${key}\u0000${id}`;
    const at = this.#lowerBound(entry);
    if (this.#entries[at] === entry) this.#entries.splice(at, 1);
  }

  /** The ids of the entries from `start` on that begin with `prefix`, at most `limit`. */
  range(start: string, prefix: string, limit: number): string[] {
    return this.pairs(start, prefix, limit).map((pair) => pair.id);
  }

  /** The (key, id) pairs from `start` on that begin with `prefix`, at most `limit`. */
  pairs(start: string, prefix: string, limit: number): KeyedId[] {
    this.#settle();
    const found: KeyedId[] = [];
    for (let at = this.#lowerBound(start); at < this.#entries.length; at++) {
      const entry = this.#entries[at] ?? '';
      if (found.length >= limit || !entry.startsWith(prefix)) break;
      const split = entry.lastIndexOf('\u0000');
      found.push({ key: entry.slice(0, split), id: entry.slice(split + 1) });
    }
    return found;
  }

  /**
   * How many entries begin with `prefix`: two binary searches, not a walk over the matches.
   * U+FFFF is the last code unit, and no key holds it, so every such entry sorts before
   * `prefix` U+FFFF.
   */
  count(prefix: string): number {
    this.#settle();
    return this.#lowerBound(`${prefix}\uffff`) - this.#lowerBound(prefix);
  }

  /** The first position whose entry is not before `entry`. */
  #lowerBound(entry: string): number {
    let low = 0;
    let high = this.#entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#entries[middle] ?? '') < entry) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** One linear merge of the sorted pending entries: a download's pages cost no re-sort each. */
  #settle(): void {
    if (this.#pending.length === 0) return;
    const pending = this.#pending.sort();
    this.#pending = [];
    const old = this.#entries;
    const merged: string[] = [];
    let at = 0;
    for (const entry of pending) {
      while (at < old.length && (old[at] ?? '') < entry) merged.push(old[at++] ?? '');
      merged.push(entry);
    }
    while (at < old.length) merged.push(old[at++] ?? '');
    this.#entries = merged;
  }
}

/** IndexedDB's order of two keys or ids: by UTF-16 code unit (a sort's comparator). */
export function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether each entry sorts after the one before it: a binary search needs no less. */
export function ascending(entries: readonly string[]): boolean {
  for (let at = 1; at < entries.length; at++) {
    if ((entries[at - 1] ?? '') >= (entries[at] ?? '')) return false;
  }
  return true;
}
