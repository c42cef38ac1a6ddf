import type { StaffRole } from '../../core/protocol/session';

// The administration area's sections by role (issue #12). A clinic's admin manages their
// clinic; the regional administrator sees every clinic and also has the register's own
// screens. The desk roles and verifiers have none, and /admin tells them so.
//
//   admin     staff · tablets · reports · settings          (their clinic; settings also at the desk)
//   regional  clinics · staff · tablets · certificates · transfer · reports   (every clinic)

export type AdminSection =
  'clinics' | 'staff' | 'tablets' | 'certificates' | 'transfer' | 'reports' | 'settings';

const SECTIONS: { readonly [R in StaffRole]: readonly AdminSection[] } = {
  registrar: [],
  lab: [],
  commission: [],
  verifier: [],
  admin: ['staff', 'tablets', 'reports', 'settings'],
  regional: ['clinics', 'staff', 'tablets', 'certificates', 'transfer', 'reports'],
};

export function adminSections(role: StaffRole): readonly AdminSection[] {
  return SECTIONS[role];
}

/** Whose a section is when the other administrator opens it: the first role that has it. */
export function sectionOwner(section: AdminSection): 'admin' | 'regional' {
  return SECTIONS.admin.includes(section) ? 'admin' : 'regional';
}

export function mayAdminister(role: StaffRole): boolean {
  return SECTIONS[role].length > 0;
}

/** The path of a section under /admin. */
export function adminPath(section: AdminSection): string {
  return `/admin/${section}`;
}
