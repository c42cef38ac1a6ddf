// Whether a certificate's commission is the clinic's commission (issue #11, item 7): the
// decision is the medical commission's, appointed by the head physician's order (order 502н
// of 05.05.2012), so a new certificate names its protocol's date and who took part — the
// chair and at least two members of the commission as the clinic's settings have it now —
// and the member who issues it is one of them. Old certificates (before #11) carry neither
// and are never judged again (a stored record is not re-judged, recordRules.ts).
//
//   settings   {"orderNumber":"41-од","orderDate":"2026-01-12","chairId":"…01",
//               "memberIds":["…02","…03","…04"]}
//   passes     {"orderNumber":"41-од","orderDate":"2026-01-12","members":[
//               {"id":"…01","role":"chair",…},{"id":"…02","role":"member",…},
//               {"id":"…04","role":"member",…}]}, commissionMemberId "…02"
import type { MessageTable } from '../bilingual';
import type { ClinicCommission } from '../clinic/commission';
import { MIN_COMMISSION_MEMBERS } from '../clinic/commission';
import type { StaffId } from '../ids';
import type { CalendarDate } from '../records/calendarDate';
import type {
  CertificateCommission,
  CommissionParticipant,
} from '../records/certificateCommission';
import type { Result } from '../result';
import { fail, ok } from '../result';

export const COMMISSION_RULE_REASONS = [
  'commission-not-configured',
  'certificate-protocol-date-missing',
  'certificate-protocol-date-after-issue',
  'certificate-commission-missing',
  'certificate-commission-order-differs',
  'certificate-commission-chair-absent',
  'certificate-commission-too-few',
  'certificate-commission-stranger',
  'certificate-issuer-not-participant',
] as const;
export type CommissionRuleReason = (typeof COMMISSION_RULE_REASONS)[number];

export const COMMISSION_RULE_MESSAGES: MessageTable<CommissionRuleReason> = {
  'commission-not-configured': {
    ru: 'Врачебная комиссия клиники не задана: администратор должен ввести приказ о комиссии (номер, дату, председателя и членов) в настройках клиники',
    en: 'The clinic’s medical commission is not set up: the admin must enter the order on the commission (number, date, chair and members) in the clinic settings',
  },
  'certificate-protocol-date-missing': {
    ru: 'Укажите дату протокола комиссии',
    en: 'Enter the date of the commission’s protocol',
  },
  'certificate-protocol-date-after-issue': {
    ru: 'Дата протокола комиссии не может быть позже даты выдачи справки',
    en: 'The protocol date cannot be later than the date of issue',
  },
  'certificate-commission-missing': {
    ru: 'Отметьте членов комиссии, принявших решение',
    en: 'Tick the commission members who took the decision',
  },
  'certificate-commission-order-differs': {
    ru: 'Справка ссылается на другой приказ о комиссии, чем указан в настройках клиники',
    en: 'The certificate names another order on the commission than the clinic settings',
  },
  'certificate-commission-chair-absent': {
    ru: 'В решении должен участвовать председатель комиссии',
    en: 'The chair of the commission must take part in the decision',
  },
  'certificate-commission-too-few': {
    ru: 'Кроме председателя, в решении должны участвовать не менее двух членов комиссии',
    en: 'Besides the chair, at least two commission members must take part in the decision',
  },
  'certificate-commission-stranger': {
    ru: 'Среди участников решения есть сотрудник, не входящий в комиссию по приказу (или указан дважды)',
    en: 'A participant is not on the commission appointed by the order (or is listed twice)',
  },
  'certificate-issuer-not-participant': {
    ru: 'Справку выдаёт член комиссии, участвовавший в решении: отметьте себя среди участников',
    en: 'The certificate is issued by a commission member who took part: tick yourself among the participants',
  },
};

export type CommissionClaim = {
  readonly protocolDate?: CalendarDate | undefined;
  readonly commission?: CertificateCommission | undefined;
  readonly commissionMemberId: StaffId;
};

/** Where a participant sits in the clinic's commission, or undefined: not appointed. */
function appointedAs(
  participant: CommissionParticipant,
  commission: ClinicCommission,
): CommissionParticipant['role'] | undefined {
  if (participant.id === commission.chairId) return 'chair';
  return commission.memberIds.includes(participant.id) ? 'member' : undefined;
}

/**
 * Checks a new certificate's protocol date and participants against the clinic's commission
 * (undefined when the admin has entered none) on the certificate's own day of issue.
 */
export function checkCommissionClaim(
  claim: CommissionClaim,
  commission: ClinicCommission | undefined,
  issuedOn: CalendarDate,
): Result<void, CommissionRuleReason> {
  if (commission === undefined) return fail('commission-not-configured');
  if (claim.protocolDate === undefined) return fail('certificate-protocol-date-missing');
  if (claim.protocolDate > issuedOn) {
    return fail('certificate-protocol-date-after-issue', `${claim.protocolDate} > ${issuedOn}`);
  }
  const taken = claim.commission;
  if (taken === undefined) return fail('certificate-commission-missing');
  if (taken.orderNumber !== commission.orderNumber || taken.orderDate !== commission.orderDate) {
    return fail('certificate-commission-order-differs', `${taken.orderNumber} ${taken.orderDate}`);
  }
  const ids = new Set<string>();
  for (const participant of taken.members) {
    if (ids.has(participant.id) || appointedAs(participant, commission) !== participant.role) {
      return fail('certificate-commission-stranger', participant.id);
    }
    ids.add(participant.id);
  }
  if (!ids.has(commission.chairId)) return fail('certificate-commission-chair-absent');
  if (ids.size - 1 < MIN_COMMISSION_MEMBERS) {
    return fail('certificate-commission-too-few', String(ids.size - 1));
  }
  if (!ids.has(claim.commissionMemberId)) {
    return fail('certificate-issuer-not-participant', claim.commissionMemberId);
  }
  return ok(undefined);
}
