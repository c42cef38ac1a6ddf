// What an administrator must be told about a tablet (issue #12), from what the register
// knows of it and a clock passed in. Two things can be wrong, and both mean records that may
// never reach the register if nobody acts:
//
// - `unsent-backlog`: at its last contact the tablet still held records the register had not
//   accepted, and the oldest of them is now more than BACKLOG_WARNING_HOURS old (a day: a
//   desk that syncs at all clears its outbox within minutes, so a day-old record is stuck —
//   refused, or on a tablet that has stopped reaching the register);
// - `silent`: the tablet has not reached the register for more than `silentHours` (the
//   register's TABLET_SILENT_HOURS, default 72: a clinic closed for a weekend is not yet a
//   worry). Counted from its last contact, or from enrolment if it never made one.
//
// A withdrawn tablet is never warned about: it cannot sync any more, and the admin who
// withdrew it already knows.
//
//   {"kind":"unsent-backlog","records":3,"oldestAt":"2026-11-28T10:14:00.000Z"}
//   {"kind":"silent","lastContactAt":"2026-11-26T08:00:00.000Z","hours":122}

export const BACKLOG_WARNING_HOURS = 24;
export const DEFAULT_SILENT_HOURS = 72;

const HOUR_MS = 3_600_000;

export type TabletWarning =
  | { readonly kind: 'unsent-backlog'; readonly records: number; readonly oldestAt: string }
  | {
      readonly kind: 'silent';
      /** The last contact; null when the tablet never reached the register after enrolment. */
      readonly lastContactAt: string | null;
      /** Whole hours since the last contact (or enrolment). */
      readonly hours: number;
    };

export type TabletWarningKind = TabletWarning['kind'];

/** The register's facts about one tablet that the warnings read. Times are ISO instants. */
export type TabletFacts = {
  readonly status: 'enrolled' | 'withdrawn';
  readonly enrolledAt: string;
  readonly lastSeenAt: string | null;
  readonly lastPushAt: string | null;
  /** As reported at the last contact; null when the tablet never reported one. */
  readonly backlog: {
    readonly records: number;
    readonly oldestAt: string | null;
  } | null;
};

export type WarningThresholds = { readonly silentHours: number };

function instant(value: string | null): number {
  return value === null ? Number.NaN : Date.parse(value);
}

function latest(values: readonly (string | null)[]): string | null {
  let best: string | null = null;
  for (const value of values) {
    if (Number.isNaN(instant(value))) continue;
    if (best === null || instant(value) > instant(best)) best = value;
  }
  return best;
}

export function tabletWarnings(
  tablet: TabletFacts,
  now: Date,
  thresholds: WarningThresholds,
): TabletWarning[] {
  if (tablet.status !== 'enrolled') return [];
  const warnings: TabletWarning[] = [];
  const lastContactAt = latest([tablet.lastSeenAt, tablet.lastPushAt]);
  const since = instant(lastContactAt ?? tablet.enrolledAt);
  if (!Number.isNaN(since) && now.getTime() - since > thresholds.silentHours * HOUR_MS) {
    warnings.push({
      kind: 'silent',
      lastContactAt,
      hours: Math.floor((now.getTime() - since) / HOUR_MS),
    });
  }
  const backlog = tablet.backlog;
  const oldest = instant(backlog?.oldestAt ?? null);
  if (
    backlog !== null &&
    backlog.records > 0 &&
    backlog.oldestAt !== null &&
    now.getTime() - oldest > BACKLOG_WARNING_HOURS * HOUR_MS
  ) {
    warnings.push({ kind: 'unsent-backlog', records: backlog.records, oldestAt: backlog.oldestAt });
  }
  return warnings;
}
