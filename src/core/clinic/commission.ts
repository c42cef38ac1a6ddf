// The clinic's medical commission as the head physician's order appoints it (issue #11; the
// order of the Ministry of Health and Social Development No. 502н of 05.05.2012 on medical
// commissions: a chair and at least two members, named by an order of the head of the
// organisation). It lives in the clinic's settings document (settings.ts), so the register
// stores it and every tablet of the clinic gets it. Example:
//
//   "commission":{"orderNumber":"41-од","orderDate":"2026-01-12",
//                 "chairId":"0193…01","memberIds":["0193…02","0193…03"]}
//
// Staff ids name the clinic's staff of role `commission`; the register checks that when the
// admin saves (src/register/routes/clinic.ts), the schema only the shape. Issue messages are
// the reason codes below, so the desk puts its own words next to the field.
import { z } from 'zod/mini';
import type { MessageTable } from '../bilingual';
import type { StaffId } from '../ids';
import { isUuid } from '../ids';
import type { CalendarDate } from '../records/calendarDate';
import { parseCalendarDate } from '../records/calendarDate';

/** A chair and at least this many further members (order 502н, item 6). */
export const MIN_COMMISSION_MEMBERS = 2;
const MAX_COMMISSION_MEMBERS = 20;

/** Printed on a certificate when the clinic's settings give no territory of their own. */
export const DEFAULT_CERTIFICATE_TERRITORY = 'Справка действительна на территории Камчатского края';

export type CommissionReason =
  | 'commission-order-number-missing'
  | 'commission-order-number-too-long'
  | 'commission-order-date-format'
  | 'commission-chair-missing'
  | 'commission-members-too-few'
  | 'commission-members-too-many'
  | 'commission-member-twice'
  | 'commission-chair-as-member'
  | 'commission-member-unknown'
  | 'commission-member-disabled'
  | 'certificate-territory-format';

export const COMMISSION_MESSAGES: MessageTable<CommissionReason> = {
  'commission-order-number-missing': {
    ru: 'Номер приказа о комиссии: заполните поле',
    en: 'Number of the order on the commission: fill in this field',
  },
  'commission-order-number-too-long': {
    ru: 'Номер приказа — не более 40 символов',
    en: 'The order number is at most 40 characters',
  },
  'commission-order-date-format': {
    ru: 'Дата приказа: существующая дата, например 12.01.2026',
    en: 'Date of the order: a real date, e.g. 12.01.2026',
  },
  'commission-chair-missing': {
    ru: 'Выберите председателя комиссии',
    en: 'Choose the chair of the commission',
  },
  'commission-members-too-few': {
    ru: 'Кроме председателя, в комиссии должно быть не менее двух членов',
    en: 'Besides the chair, the commission needs at least two members',
  },
  'commission-members-too-many': {
    ru: 'В комиссии не более 20 членов',
    en: 'The commission has at most 20 members',
  },
  'commission-member-twice': {
    ru: 'Этот сотрудник уже указан членом комиссии',
    en: 'This person is already listed as a member',
  },
  'commission-chair-as-member': {
    ru: 'Председатель указывается один раз — не отмечайте его членом комиссии',
    en: 'The chair is listed once: do not tick them as a member too',
  },
  'commission-member-unknown': {
    ru: 'Это не сотрудник клиники с ролью «член комиссии»',
    en: 'This is not a staff member of the clinic with the commission role',
  },
  'commission-member-disabled': {
    ru: 'Учётная запись этого сотрудника отключена — выберите другого члена комиссии',
    en: 'This staff member’s account is disabled: choose another commission member',
  },
  'certificate-territory-format': {
    ru: 'Строка о территории действия справки: от 1 до 200 символов',
    en: 'The certificate’s territory line: 1 to 200 characters',
  },
};

const COMMISSION_REASONS: ReadonlySet<string> = new Set(Object.keys(COMMISSION_MESSAGES));

export function isCommissionReason(code: string): code is CommissionReason {
  return COMMISSION_REASONS.has(code);
}

const staffIdOr = (reason: CommissionReason) =>
  z.custom<StaffId>((value) => typeof value === 'string' && isUuid(value), reason);

export const clinicCommissionSchema = z
  .object({
    orderNumber: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'commission-order-number-missing'),
        z.maxLength(40, 'commission-order-number-too-long'),
      ),
    orderDate: z.pipe(
      z
        .string()
        .check(
          z.refine((date) => parseCalendarDate(date) === date, 'commission-order-date-format'),
        ),
      z.transform((date: string) => date as CalendarDate),
    ),
    chairId: staffIdOr('commission-chair-missing'),
    memberIds: z
      .array(staffIdOr('commission-member-unknown'))
      .check(
        z.minLength(MIN_COMMISSION_MEMBERS, 'commission-members-too-few'),
        z.maxLength(MAX_COMMISSION_MEMBERS, 'commission-members-too-many'),
      ),
  })
  .check(
    z.superRefine((commission, ctx) => {
      const seen = new Set<string>();
      commission.memberIds.forEach((id, index) => {
        if (id === commission.chairId) {
          ctx.addIssue({
            code: 'custom',
            path: ['memberIds', index],
            message: 'commission-chair-as-member',
          });
        } else if (seen.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['memberIds', index],
            message: 'commission-member-twice',
          });
        }
        seen.add(id);
      });
    }),
  );
export type ClinicCommission = z.infer<typeof clinicCommissionSchema>;

/** The line about where a certificate is valid, as the admin set it (issue #11, item 8). */
export const certificateTerritorySchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'certificate-territory-format'),
    z.maxLength(200, 'certificate-territory-format'),
  );

/** Everyone the order appoints, chair first. */
export function commissionStaffIds(commission: ClinicCommission): StaffId[] {
  return [commission.chairId, ...commission.memberIds];
}
