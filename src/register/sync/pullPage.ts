import { SYNC_PROTOCOL_VERSION } from '../../core/protocol/sync';
import type { ExpressionBuilder } from 'kysely';
import type { RegisterDb } from '../db/connect';
import type { RegisterTables } from '../db/tables';
import { fitByteBudget } from './pageByteCap';
import type { PullPage } from './pullAnswer';
import { committedSeq } from './seqCounter';

// One page of a clinic's changes after a cursor (protocol in src/core/protocol/sync.ts).
//
// The committed sequence is read first and the page never goes past it, so the cursor handed
// back is a point every lower number has already committed at (writers take numbers in
// commit order, see seqCounter.nextSeq). Records whose latest version the asking tablet
// wrote itself are skipped: its push answers told it the result (with the merged record
// whenever it differs), and an op whose answer was lost is still in its outbox and gets the
// stored answer on the retry. A wiped tablet is enrolled again under a new id, so it gets
// everything; one that kept its identity (an old backup of the device restored) gets its own
// records too while a restore is open (`ownThrough`, see restoreWindow.ts), and each page
// then says `"restoring":true`. The index walked holds the writer, (clinic_id, seq,
// tablet_id) since migration 0019, so a skipped row is never read from the table.
//
// `remaining` is one count over the same (clinic_id, seq) index range, from the returned
// cursor to the ceiling; a last page has nothing after it and costs no count. Counting that
// range on every page made a download of N rows cost O(N²/page) (issue #14: the register's
// CPU for a 50,000-row pull was 8.4× that of 10,000), so the count is carried from page to
// page (pullCounts below): a tablet asking for the page after the one it was just given is
// told the last count less the rows just sent, plus the rows committed since in its clinic.
// An edit committed meanwhile to a row not yet sent moves that row past the old ceiling and
// may be counted twice until the next full count; it is a progress bar's estimate, and the
// last page always says 0.

export async function readPullPage(
  db: RegisterDb,
  request: {
    readonly clinicId: string;
    readonly tabletId: string;
    readonly cursor: number;
    readonly limit: number;
    /** While a restore is open: this tablet's own records up to here are sent too. */
    readonly ownThrough?: number | null;
  },
): Promise<PullPage> {
  const ceiling = await committedSeq(db);
  const rows = await db.kysely
    .selectFrom('clinic_record')
    // As bytes: passed on unread (pullAnswer.ts).
    .select([db.utf8Of('body').as('body'), 'version', 'seq'])
    .where('clinic_id', '=', request.clinicId)
    .where('seq', '>', request.cursor)
    .where('seq', '<=', ceiling)
    .where((eb) => visibleTo(eb, request))
    .orderBy('seq')
    .limit(request.limit + 1)
    .execute();
  // Capped by count, then by bytes (pageByteCap.ts, issue #13).
  const page = fitByteBudget(rows.slice(0, request.limit));
  const hasMore = rows.length > page.length;
  const last = page.at(-1);
  const cursor = hasMore && last !== undefined ? last.seq : ceiling;
  const remaining = hasMore ? await remainingAfter(db, request, page.length, cursor, ceiling) : 0;
  noteCount(db, request, { cursor, ceiling, remaining, hasMore });
  return {
    protocolVersion: SYNC_PROTOCOL_VERSION,
    // Bodies were validated when written; the tablet checks them again when it reads them.
    changes: page,
    // A cursor above the ceiling means the register was restored from a backup: moving the
    // tablet back to the ceiling makes it fetch again whatever is written from now on.
    cursor,
    hasMore,
    remaining,
    ...(isRestoring(request) ? { restoring: true } : {}),
  };
}

function isRestoring(request: { readonly ownThrough?: number | null }): boolean {
  return request.ownThrough !== undefined && request.ownThrough !== null;
}

/** Rows of other writers, and during a restore this tablet's own rows up to `ownThrough`. */
function visibleTo(
  eb: ExpressionBuilder<RegisterTables, 'clinic_record'>,
  request: { readonly tabletId: string; readonly ownThrough?: number | null },
) {
  const others = eb('tablet_id', '<>', request.tabletId);
  const through = request.ownThrough;
  return through === undefined || through === null
    ? others
    : eb.or([others, eb('seq', '<=', through)]);
}

type PullRequestShape = {
  readonly clinicId: string;
  readonly tabletId: string;
  readonly cursor: number;
  readonly ownThrough?: number | null;
};

/** The last count told to each tablet, per register database (a restart counts afresh). */
type CarriedCount = {
  readonly cursor: number;
  readonly ceiling: number;
  readonly remaining: number;
  readonly ownThrough: number | null;
};
const pullCounts = new WeakMap<RegisterDb, Map<string, CarriedCount>>();

async function remainingAfter(
  db: RegisterDb,
  request: PullRequestShape,
  sent: number,
  cursor: number,
  ceiling: number,
): Promise<number> {
  const carried = pullCounts.get(db)?.get(request.tabletId);
  const ownThrough = request.ownThrough ?? null;
  if (
    carried === undefined ||
    carried.cursor !== request.cursor ||
    carried.ownThrough !== ownThrough ||
    carried.ceiling > ceiling
  ) {
    return countAfter(db, request, cursor, ceiling);
  }
  const since =
    carried.ceiling < ceiling ? await countAfter(db, request, carried.ceiling, ceiling) : 0;
  return Math.max(0, carried.remaining - sent + since);
}

function noteCount(
  db: RegisterDb,
  request: PullRequestShape,
  answer: { cursor: number; ceiling: number; remaining: number; hasMore: boolean },
): void {
  let counts = pullCounts.get(db);
  if (counts === undefined) {
    counts = new Map();
    pullCounts.set(db, counts);
  }
  if (!answer.hasMore) {
    counts.delete(request.tabletId);
    return;
  }
  counts.set(request.tabletId, {
    cursor: answer.cursor,
    ceiling: answer.ceiling,
    remaining: answer.remaining,
    ownThrough: request.ownThrough ?? null,
  });
}

/** Rows of the clinic in (cursor, ceiling] that the asking tablet did not write. */
async function countAfter(
  db: RegisterDb,
  request: {
    readonly clinicId: string;
    readonly tabletId: string;
    readonly ownThrough?: number | null;
  },
  cursor: number,
  ceiling: number,
): Promise<number> {
  const row = await db.kysely
    .selectFrom('clinic_record')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('rows'))
    .where('clinic_id', '=', request.clinicId)
    .where('seq', '>', cursor)
    .where('seq', '<=', ceiling)
    .where((eb) => visibleTo(eb, request))
    .executeTakeFirstOrThrow();
  // PostgreSQL's count is a bigint, which its driver hands over as a string.
  return Number(row.rows);
}
