// The commission's issue form as typed (issue #11): protocol number, protocol date as the
// clerk types it ("21.11.2026"), and who took part. Kept in the drafts table so a reload
// loses nothing:
//
//   drafts["<staff>:desk:issue:<application id>:first"] =
//     {"protocol":"118","date":"21.11.2026","participants":["0193…01","0193…03"]}
//
// `participants` is null until the member first ticks or unticks someone: the form then
// shows the chair and the signed-in member ticked, whoever the order names today.
import { z } from 'zod';
import type { ClinicCommission } from '../../../core/clinic/commission';
import type { CommissionRuleReason } from '../../../core/commission/participants';
import { checkCommissionClaim } from '../../../core/commission/participants';
import type { StaffId } from '../../../core/ids';
import type { CalendarDate } from '../../../core/records/calendarDate';
import { parseSearchDate } from '../../../desk/queries';
import type { CommissionSitting } from '../../../desk/issueCertificate';
import type { DeskCommission } from '../../../desk/commission';
import { commissionTaken } from '../../../desk/commission';

export const issueDraftSchema = z.object({
  protocol: z.string(),
  date: z.string(),
  participants: z.array(z.string()).nullable(),
});
export type IssueDraft = z.infer<typeof issueDraftSchema>;

export const EMPTY_ISSUE_DRAFT: IssueDraft = { protocol: '', date: '', participants: null };

/** Who is ticked: as the member left it, or the chair and the member themself. */
export function ticked(draft: IssueDraft, commission: ClinicCommission, me: StaffId): Set<string> {
  return new Set(draft.participants ?? [commission.chairId, me]);
}

export type IssueFieldProblem =
  | { readonly field: 'protocol'; readonly reason: 'protocol-missing' | 'protocol-too-long' }
  | { readonly field: 'date'; readonly reason: 'date-format' | CommissionRuleReason }
  | { readonly field: 'participants'; readonly reason: CommissionRuleReason | 'name-unknown' };

/**
 * The sitting the draft describes, or what is wrong with it, field by field — the same
 * check of the participants the rules run when the certificate is written.
 */
export function sittingOf(
  draft: IssueDraft,
  commission: DeskCommission,
  settings: ClinicCommission,
  me: StaffId,
  today: CalendarDate,
): { ok: true; value: CommissionSitting } | { ok: false; problems: IssueFieldProblem[] } {
  const problems: IssueFieldProblem[] = [];
  const protocol = draft.protocol.trim();
  if (protocol === '') problems.push({ field: 'protocol', reason: 'protocol-missing' });
  else if (protocol.length > 40) problems.push({ field: 'protocol', reason: 'protocol-too-long' });
  const date = parseSearchDate(draft.date);
  if (date === undefined) problems.push({ field: 'date', reason: 'date-format' });
  const chosen = ticked(draft, settings, me);
  const taken = commissionTaken(commission, chosen);
  if (taken === undefined) {
    problems.push({ field: 'participants', reason: 'name-unknown' });
  } else if (date !== undefined) {
    const claim = checkCommissionClaim(
      { protocolDate: date, commission: taken, commissionMemberId: me },
      settings,
      today,
    );
    if (!claim.ok) {
      problems.push(
        claim.reason === 'certificate-protocol-date-after-issue'
          ? { field: 'date', reason: claim.reason }
          : { field: 'participants', reason: claim.reason },
      );
    }
  }
  if (problems.length > 0 || date === undefined) return { ok: false, problems };
  return {
    ok: true,
    value: {
      protocolNumber: protocol,
      protocolDate: date,
      participantIds: commission.members.filter((m) => chosen.has(m.id)).map((m) => m.id),
    },
  };
}
