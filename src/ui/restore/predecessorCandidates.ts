import type { TabletId } from '../../core/ids';
import type { TabletSummary } from '../../core/protocol/tablet';

// Which of the clinic's tablets a device being enrolled may have been before its browser data
// was cleared, and which one to suggest. A tablet already succeeded by another enrolment is
// no longer offered (it was restored once already); withdrawn ones still are, since a lost
// tablet's records can be restored onto a new device all the same.

/** Enrolled tablets first, then withdrawn; each by its number (T2 before T10). */
export function predecessorCandidates(tablets: readonly TabletSummary[]): TabletSummary[] {
  const number = (code: string) => Number(code.replace(/\D/g, '')) || 0;
  return tablets
    .filter((tablet) => tablet.replacedBy === null)
    .sort(
      (a, b) =>
        Number(a.status === 'withdrawn') - Number(b.status === 'withdrawn') ||
        number(a.code) - number(b.code),
    );
}

function normalised(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('ru');
}

/** The candidate named exactly as typed (case and spacing aside), if exactly one is. */
export function sameNameCandidate(
  candidates: readonly TabletSummary[],
  typed: string,
): TabletId | null {
  const wanted = normalised(typed);
  if (wanted === '') return null;
  const matches = candidates.filter((tablet) => normalised(tablet.name) === wanted);
  return matches.length === 1 && matches[0] !== undefined ? matches[0].id : null;
}
