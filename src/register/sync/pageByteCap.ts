// A pull page is capped by bytes as well as by count (issue #13): a page of 1,000 records is
// normally a few megabytes, but records written before the field limits of core/records (or
// a clinic of unusually large records) must not make one answer of gigabytes. The page keeps
// the longest run of rows, oldest first, whose stored JSON fits the budget, and always at
// least one row, so a pull always moves forward; `hasMore` then tells the tablet to go on.
//
//   rows of 3 MiB, 2 MiB, 1 MiB, budget 4 MiB  →  page [3 MiB], hasMore: true, cursor after it

/** The stored JSON of one page's records, at most (a few seconds over a slow link). */
export const PULL_PAGE_MAX_BYTES = 4 * 1024 * 1024;

/** The leading rows whose `body` bytes (UTF-8) add up to at most `maxBytes`; ≥ 1 row. */
export function fitByteBudget<Row extends { readonly body: Uint8Array }>(
  rows: readonly Row[],
  maxBytes: number = PULL_PAGE_MAX_BYTES,
): Row[] {
  let total = 0;
  let count = 0;
  for (const row of rows) {
    total += row.body.byteLength;
    if (count > 0 && total > maxBytes) break;
    count += 1;
  }
  return rows.slice(0, count);
}
