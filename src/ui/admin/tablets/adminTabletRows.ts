import type { Bilingual } from '../../../core/bilingual';
import type { TabletId } from '../../../core/ids';
import type { AdminTablet } from '../../../core/protocol/adminTablets';
import { tabletWarningText } from '../../../core/tablet/tabletWarningText';

// What the administration Tablets screen shows beside the table, worked out from the
// register's answer alone: the warning list (one line per tablet, its warnings in words, in
// the order the register sent — for the region, warnings first), and the list after a
// withdrawal, which drops that tablet's warnings at once (a withdrawn tablet is never warned
// about, src/core/tablet/tabletWarnings.ts).

export type WarningLine = {
  readonly tablet: AdminTablet;
  readonly texts: readonly Bilingual[];
};

export function warningLines(tablets: readonly AdminTablet[]): WarningLine[] {
  return tablets
    .filter((tablet) => tablet.warnings.length > 0)
    .map((tablet) => ({
      tablet,
      texts: tablet.warnings.map((warning) =>
        tabletWarningText(warning, tablet.clinic.utcOffsetMinutes),
      ),
    }));
}

export function withAdminWithdrawal(
  tablets: readonly AdminTablet[],
  withdrawn: { readonly id: TabletId; readonly withdrawnAt: string },
): AdminTablet[] {
  return tablets.map((tablet) =>
    tablet.id === withdrawn.id
      ? { ...tablet, status: 'withdrawn', withdrawnAt: withdrawn.withdrawnAt, warnings: [] }
      : tablet,
  );
}

/** The id of a tablet's row, so a warning line can link to it. */
export function adminRowAnchor(tablet: Pick<AdminTablet, 'id'>): string {
  return `admin-tablet-${tablet.id}`;
}
