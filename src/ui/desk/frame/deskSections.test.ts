import { describe, expect, it } from 'vitest';
import { deskSections, mayUseDesk, rolesThatMayWrite } from './deskSections';

describe('the desk menu of each role', () => {
  it('offers the commission no «new patient» and no cash reconciliation, as it writes neither', () => {
    expect(deskSections('commission')).toEqual(['search', 'journal', 'problems', 'settings']);
    expect(deskSections('lab')).not.toContain('new-person');
  });

  it('offers the registrar «new patient» and the admin also the tablets', () => {
    expect(deskSections('registrar')).toEqual([
      'search',
      'new-person',
      'journal',
      'reconciliation',
      'problems',
      'settings',
    ]);
    expect(deskSections('admin')).toEqual([
      'search',
      'new-person',
      'journal',
      'reconciliation',
      'problems',
      'settings',
      'tablets',
    ]);
  });

  it('opens the desk to every role that writes a record, and not to the verifier', () => {
    expect(mayUseDesk('registrar')).toBe(true);
    expect(mayUseDesk('lab')).toBe(true);
    expect(mayUseDesk('commission')).toBe(true);
    expect(mayUseDesk('admin')).toBe(true);
    expect(mayUseDesk('verifier')).toBe(false);
    expect(deskSections('verifier')).toEqual([]);
  });

  it('names who registers patients, for the refusal a commission member sees', () => {
    expect(rolesThatMayWrite('person')).toEqual(['registrar', 'admin']);
  });

  it('names the commission alone as issuing certificates, not the admin (issue #11)', () => {
    expect(rolesThatMayWrite('certificate')).toEqual(['commission']);
  });
});
