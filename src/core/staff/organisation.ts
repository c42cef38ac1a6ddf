import type { MessageTable } from '../bilingual';
import type { StaffRole } from '../protocol/session';
import type { Result } from '../result';
import { fail, ok } from '../result';

// Who works where (issue #12). The register holds two kinds of organisation in one table:
// clinics, which run desks and issue certificates, and the regional health ministry (an
// "authority"), which runs the register. A clinic's staff have the desk roles; the
// ministry's staff have the one role `regional`, which sees every clinic and none of whose
// work is done at a desk. Keeping the ministry a row of the organisation table (rather than a
// staff member with no organisation) keeps every account's sign-in answer the same shape.
//
//   clinic.kind = "clinic"     PKGP3  ГБУЗ «ПКГП № 3»      registrar, lab, commission, admin, verifier
//   clinic.kind = "authority"  MZKK   Минздрав Камчатки   regional

export const ORGANISATION_KINDS = ['clinic', 'authority'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export function organisationKindOf(role: StaffRole): OrganisationKind {
  return role === 'regional' ? 'authority' : 'clinic';
}

export type RoleOrganisationReason = 'role-not-in-clinic' | 'role-not-in-authority';

export const ROLE_ORGANISATION_MESSAGES: MessageTable<RoleOrganisationReason> = {
  'role-not-in-clinic': {
    ru: 'Роль регионального администратора есть только у сотрудников министерства, не клиники',
    en: 'Only the ministry’s staff, not a clinic’s, may be regional administrators',
  },
  'role-not-in-authority': {
    ru: 'У сотрудников министерства есть только роль регионального администратора',
    en: 'The ministry’s staff can only be regional administrators',
  },
};

/** Whether a member with `role` may belong to an organisation of `kind`. */
export function checkRoleInOrganisation(
  role: StaffRole,
  kind: OrganisationKind,
): Result<void, RoleOrganisationReason> {
  if (organisationKindOf(role) === kind) return ok(undefined);
  return kind === 'clinic' ? fail('role-not-in-clinic') : fail('role-not-in-authority');
}
