import { describe, expect, it } from 'vitest';
import { EMPTY_NEW_CLINIC_FORM, fieldErrorsOf, newClinicRequestOf } from './newClinicForm';

describe('the new-clinic form', () => {
  it('sends the code in capitals and leaves out a blank issuer and blank requisites', () => {
    const request = newClinicRequestOf({
      ...EMPTY_NEW_CLINIC_FORM,
      code: ' pkgp5 ',
      nameRu: 'ГП № 5',
      nameEn: 'City clinic 5',
      address: 'Петропавловск-Камчатский',
      issuerUrl: '  ',
    });
    expect(request).toEqual({
      code: 'PKGP5',
      nameRu: 'ГП № 5',
      nameEn: 'City clinic 5',
      address: 'Петропавловск-Камчатский',
    });
  });

  it('puts the register’s words for each field next to it, requisites included', () => {
    const errors = fieldErrorsOf([
      { path: 'code', message: 'clinic-code-taken' },
      { path: 'requisites.ogrn', message: 'ogrn-checksum' },
      { path: 'nameRu', message: 'Invalid input: expected string' },
    ]);
    expect(errors.get('code')?.ru).toBe('Клиника с таким кодом уже есть');
    expect(errors.get('requisites.ogrn')?.ru).toMatch(/ОГРН/);
    expect(errors.get('nameRu')?.en).toBe('Invalid value');
  });
});
