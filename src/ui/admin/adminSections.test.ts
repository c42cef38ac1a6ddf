import { describe, expect, it } from 'vitest';
import { adminSections, mayAdminister } from './adminSections';

describe('the administration sections each role sees', () => {
  it('gives desk roles and verifiers no administration at all', () => {
    for (const role of ['registrar', 'lab', 'commission', 'verifier'] as const) {
      expect(mayAdminister(role)).toBe(false);
      expect(adminSections(role)).toEqual([]);
    }
  });

  it('keeps the register’s own screens for the regional administrator', () => {
    expect(adminSections('admin')).not.toContain('clinics');
    expect(adminSections('admin')).not.toContain('transfer');
    expect(adminSections('admin')).not.toContain('certificates');
    expect(adminSections('regional')).not.toContain('settings');
    expect(adminSections('regional')).toEqual(
      expect.arrayContaining([
        'clinics',
        'certificates',
        'transfer',
        'staff',
        'tablets',
        'reports',
      ]),
    );
  });

  it('lets a clinic admin edit their clinic’s settings from the administration area', () => {
    expect(adminSections('admin')).toEqual(['staff', 'tablets', 'reports', 'settings']);
  });
});
