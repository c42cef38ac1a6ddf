// The clinic's medical commission and the certificate's territory line as the admin types
// them (issue #11), kept in the settings draft:
//
//   "commission":{"orderNumber":"41-од","orderDate":"12.01.2026","chairId":"0193…01",
//                 "memberIds":["0193…02","0193…03"]},
//   "certificateTerritory":"Справка действительна на территории Камчатского края"
//
// A form left wholly blank means "no commission yet"; anything typed is checked as a whole by
// the domain's schema (core/clinic/commission.ts). An empty territory line falls back to the
// default one on the certificate.
import { z } from 'zod';
import type { ClinicCommission } from '../../../core/clinic/commission';
import { parseSearchDate } from '../../../desk/queries';
import { formatDate } from '../frame/format';

export const commissionFormSchema = z.object({
  orderNumber: z.string(),
  orderDate: z.string(),
  chairId: z.string(),
  memberIds: z.array(z.string()),
});
export type CommissionForm = z.infer<typeof commissionFormSchema>;

export const EMPTY_COMMISSION_FORM: CommissionForm = {
  orderNumber: '',
  orderDate: '',
  chairId: '',
  memberIds: [],
};

export function commissionFormOf(commission: ClinicCommission | undefined): CommissionForm {
  if (commission === undefined) return EMPTY_COMMISSION_FORM;
  return {
    orderNumber: commission.orderNumber,
    orderDate: formatDate(commission.orderDate),
    chairId: commission.chairId,
    memberIds: [...commission.memberIds],
  };
}

/** The commission the form describes, unchecked; undefined when nothing is filled in. */
export function commissionInputOf(form: CommissionForm): Record<string, unknown> | undefined {
  const blank =
    form.orderNumber.trim() === '' &&
    form.orderDate.trim() === '' &&
    form.chairId === '' &&
    form.memberIds.length === 0;
  if (blank) return undefined;
  return {
    orderNumber: form.orderNumber,
    orderDate: parseSearchDate(form.orderDate) ?? form.orderDate,
    chairId: form.chairId,
    memberIds: form.memberIds,
  };
}

/** The territory line as the settings keep it: absent when blank (the default applies). */
export function territoryInputOf(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}
