import { describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '../protocol/session';
import { checkRoleInOrganisation, organisationKindOf } from './organisation';

describe('which roles belong to which organisation', () => {
  it('puts regional administrators in the ministry and every desk role in a clinic', () => {
    expect(organisationKindOf('regional')).toBe('authority');
    for (const role of STAFF_ROLES.filter((r) => r !== 'regional')) {
      expect(organisationKindOf(role)).toBe('clinic');
    }
  });

  it('refuses a regional administrator in a clinic and a clerk in the ministry', () => {
    expect(checkRoleInOrganisation('regional', 'clinic')).toMatchObject({
      ok: false,
      reason: 'role-not-in-clinic',
    });
    expect(checkRoleInOrganisation('registrar', 'authority')).toMatchObject({
      ok: false,
      reason: 'role-not-in-authority',
    });
    expect(checkRoleInOrganisation('admin', 'clinic').ok).toBe(true);
  });
});
