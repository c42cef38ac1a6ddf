import { describe, expect, it } from 'vitest';
import {
  adminRevocationRequestSchema,
  certificateQueryString,
  parseCertificateQuery,
} from './adminCertificates';

describe('the regional certificate search field', () => {
  it('reads a number typed in lower case as the canonical number', () => {
    expect(parseCertificateQuery('  kam01-t03-2026-000017 ')).toEqual({
      ok: true,
      value: { kind: 'number', value: 'KAM01-T03-2026-000017' },
    });
  });

  it('reads a SNILS written with hyphens and a space, or bare, as its eleven digits', () => {
    for (const typed of ['112-233-445 95', '11223344595', ' 112 233 445 95 ']) {
      expect(parseCertificateQuery(typed)).toEqual({
        ok: true,
        value: { kind: 'snils', value: '11223344595' },
      });
    }
  });

  it('refuses a SNILS whose check number is wrong, as the desk does', () => {
    expect(parseCertificateQuery('112-233-445 96')).toMatchObject({
      ok: false,
      reason: 'snils-checksum',
    });
  });

  it('names what is neither a number nor a SNILS', () => {
    expect(parseCertificateQuery('')).toMatchObject({ reason: 'query-empty' });
    expect(parseCertificateQuery('12345')).toMatchObject({ reason: 'query-unrecognised' });
    expect(parseCertificateQuery('Иванов')).toMatchObject({ reason: 'query-unrecognised' });
    expect(parseCertificateQuery('KAM01-2026-17')).toMatchObject({ reason: 'number-format' });
  });

  it('puts the parsed value in the query string, escaped', () => {
    const parsed = parseCertificateQuery('112-233-445 95');
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(certificateQueryString(parsed.value)).toBe('snils=11223344595');
  });
});

describe('the regional revocation body', () => {
  it('requires a note for an error or false information, not for the citizen’s withdrawal', () => {
    expect(adminRevocationRequestSchema.safeParse({ reason: 'fraud' }).success).toBe(false);
    expect(adminRevocationRequestSchema.safeParse({ reason: 'error' }).success).toBe(false);
    expect(adminRevocationRequestSchema.safeParse({ reason: 'withdrawn-by-citizen' }).success).toBe(
      true,
    );
    expect(
      adminRevocationRequestSchema.safeParse({ reason: 'fraud', note: 'Подложный паспорт' })
        .success,
    ).toBe(true);
  });

  it('refuses the correction reason, which only the correction flow writes', () => {
    expect(adminRevocationRequestSchema.safeParse({ reason: 'correction' }).success).toBe(false);
  });
});
