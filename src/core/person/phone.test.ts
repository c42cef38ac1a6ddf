import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone } from './phone';
import type { Phone } from './phone';

describe('Russian phone numbers', () => {
  it.each([
    '+7 (914) 123-45-67',
    '8 914 123 45 67',
    '89141234567',
    '7 914 123 45 67',
    '9141234567',
    '+79141234567',
  ])('normalises "%s" to +79141234567', (typed) => {
    expect(normalizePhone(typed)).toEqual({ ok: true, value: '+79141234567' });
  });

  it('accepts a Petropavlovsk landline with its area code', () => {
    expect(normalizePhone('8 (4152) 12-34-56')).toEqual({ ok: true, value: '+74152123456' });
  });

  it('rejects a local number without its area code', () => {
    expect(normalizePhone('12-34-56')).toEqual({ ok: false, reason: 'phone-format' });
  });

  it('rejects foreign and impossible numbers', () => {
    expect(normalizePhone('+8 914 123 45 67')).toEqual({ ok: false, reason: 'phone-format' });
    expect(normalizePhone('+1 914 123 45 67')).toEqual({ ok: false, reason: 'phone-format' });
    expect(normalizePhone('+7 014 123 45 67')).toEqual({ ok: false, reason: 'phone-format' });
    expect(normalizePhone('914 123 45 6x')).toEqual({ ok: false, reason: 'phone-format' });
  });

  it('prints the usual grouping', () => {
    expect(formatPhone('+79141234567' as Phone)).toBe('+7 914 123-45-67');
  });
});
