import type { TabletId } from '../../../core/ids';
import type { TabletSummary } from '../../../core/protocol/tablet';

// What the admin's Tablets screen shows for each of the clinic's tablets, worked out from the
// register's summaries alone (no clock but the one passed in), so the rules are tested here:
//
// - a tablet still enrolled that has not synced for more than STALE_AFTER_DAYS is highlighted:
//   its clerk may be working offline with work the register has not seen. "Synced" is the
//   later of its last push and its last contact (counting from enrolment if neither): a run
//   with an empty outbox sends no push, yet a tablet that reached the register has nothing
//   waiting, and highlighting it would teach the admin to ignore the colour;
// - "withdraw" is offered for an enrolled tablet other than this one: withdrawing the tablet
//   the admin sits at would stop its own sync;
// - a predecessor or successor is named by its code, which is what the desk prints in
//   contract and certificate numbers.

export const STALE_AFTER_DAYS = 3;
const DAY_MS = 86_400_000;

/** Why the row offers no "withdraw" (undefined when it does). */
export type NoWithdrawReason = 'this-tablet' | 'withdrawn';

export type TabletRow = {
  readonly summary: TabletSummary;
  readonly isThisTablet: boolean;
  /** Whole days without sync when more than STALE_AFTER_DAYS; undefined otherwise. */
  readonly silentDays: number | undefined;
  readonly replacesCode: string | undefined;
  readonly replacedByCode: string | undefined;
  readonly noWithdraw: NoWithdrawReason | undefined;
};

/** Whole days since the tablet last reached the register (or was enrolled), when too long. */
export function silentDaysOf(tablet: TabletSummary, now: Date): number | undefined {
  if (tablet.status !== 'enrolled') return undefined;
  const times = [tablet.lastPushAt, tablet.lastSeenAt, tablet.enrolledAt]
    .map((instant) => (instant === null ? Number.NaN : Date.parse(instant)))
    .filter((time) => !Number.isNaN(time));
  if (times.length === 0) return undefined;
  const since = Math.max(...times);
  const elapsed = now.getTime() - since;
  if (elapsed <= STALE_AFTER_DAYS * DAY_MS) return undefined;
  return Math.floor(elapsed / DAY_MS);
}

export function tabletRowsOf(
  tablets: readonly TabletSummary[],
  thisTabletId: TabletId,
  now: Date,
): TabletRow[] {
  const codes = new Map<string, string>(tablets.map((tablet) => [tablet.id, tablet.code]));
  const codeOf = (id: TabletId | null) => (id === null ? undefined : (codes.get(id) ?? '?'));
  return tablets.map((summary) => {
    const isThisTablet = summary.id === thisTabletId;
    return {
      summary,
      isThisTablet,
      silentDays: silentDaysOf(summary, now),
      replacesCode: codeOf(summary.replaces),
      replacedByCode: codeOf(summary.replacedBy),
      noWithdraw:
        summary.status === 'withdrawn' ? 'withdrawn' : isThisTablet ? 'this-tablet' : undefined,
    };
  });
}

/** The list after the register confirmed a withdrawal; the other rows are untouched. */
export function withWithdrawal(
  tablets: readonly TabletSummary[],
  withdrawn: { readonly id: TabletId; readonly withdrawnAt: string },
): TabletSummary[] {
  return tablets.map((tablet) =>
    tablet.id === withdrawn.id
      ? { ...tablet, status: 'withdrawn', withdrawnAt: withdrawn.withdrawnAt }
      : tablet,
  );
}

/** The id of a row's element, so "replaced by T5" can link to T5's row. */
export function rowAnchor(code: string): string {
  return `tablet-${code}`;
}
