import type { Bilingual } from '../../../core/bilingual';
import type { NewClinicRequest } from '../../../core/protocol/adminClinics';
import { isNewClinicReason, NEW_CLINIC_MESSAGES } from '../../../core/protocol/adminClinics';
import type { BodyIssue } from '../../../core/protocol/apiErrors';
import { isRequisitesReason, REQUISITES_MESSAGES } from '../../../core/clinic/requisites';
import type { RequisitesForm } from '../../desk/admin/requisitesForm';
import { EMPTY_REQUISITES_FORM, requisitesInputOf } from '../../desk/admin/requisitesForm';

// The new-clinic form as typed, what it sends, and the register's per-field answer turned
// into words next to each field ("code", "nameRu", "requisites.ogrn", …). The register is the
// one that checks: the form sends what was typed and shows what it says.

export type NewClinicForm = {
  readonly code: string;
  readonly nameRu: string;
  readonly nameEn: string;
  readonly address: string;
  readonly issuerUrl: string;
  readonly requisites: RequisitesForm;
};

export const EMPTY_NEW_CLINIC_FORM: NewClinicForm = {
  code: '',
  nameRu: '',
  nameEn: '',
  address: '',
  issuerUrl: '',
  requisites: EMPTY_REQUISITES_FORM,
};

/** The request body: a blank issuer and blank requisites are left out (both optional). */
export function newClinicRequestOf(form: NewClinicForm): NewClinicRequest {
  const requisites = requisitesInputOf(form.requisites);
  const issuerUrl = form.issuerUrl.trim();
  return {
    code: form.code.trim().toUpperCase(),
    nameRu: form.nameRu,
    nameEn: form.nameEn,
    address: form.address,
    ...(issuerUrl === '' ? {} : { issuerUrl }),
    ...(requisites === undefined ? {} : { requisites }),
  };
}

const FIELD_INVALID: Bilingual = { ru: 'Недопустимое значение', en: 'Invalid value' };

/** Field path → its message, from a refusal's issues; the first issue of a field wins. */
export function fieldErrorsOf(issues: readonly BodyIssue[]): ReadonlyMap<string, Bilingual> {
  const errors = new Map<string, Bilingual>();
  for (const issue of issues) {
    if (errors.has(issue.path)) continue;
    const message = isNewClinicReason(issue.message)
      ? NEW_CLINIC_MESSAGES[issue.message]
      : isRequisitesReason(issue.message)
        ? REQUISITES_MESSAGES[issue.message]
        : FIELD_INVALID;
    errors.set(issue.path, message);
  }
  return errors;
}
