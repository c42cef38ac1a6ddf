import { describe, expect, it } from 'vitest';
import type { Verification } from '../../core/shc/verdict';
import {
  TRUST_LIST_MAX_AGE_MS,
  formatAge,
  formatAgeLimit,
  formatFhirDate,
  isTrustStale,
  verdictTone,
} from './verdictDisplay';

const message = { ru: '', en: '' };
const valid: Verification = { verdict: 'valid', reason: 'valid', message, warnings: [] };

describe('the colour of a verdict', () => {
  it('is green only for a plain valid card checked against a fresh list', () => {
    expect(verdictTone(valid, false)).toBe('valid');
  });

  it('is amber for a valid card with a warning, other content, or an old trust list', () => {
    const warned = { ...valid, warnings: [{ code: 'crl-missing' as const, message }] };
    expect(verdictTone(warned, false)).toBe('caution');
    expect(verdictTone({ ...valid, reason: 'valid-other-content' }, false)).toBe('caution');
    expect(verdictTone(valid, true)).toBe('caution');
  });

  it('is red for a rejected card, and says "cannot check" for another system’s code', () => {
    expect(verdictTone({ ...valid, verdict: 'revoked', reason: 'rid-revoked' }, false)).toBe(
      'invalid',
    );
    expect(verdictTone({ ...valid, verdict: 'unsupported-format', reason: 'eu-dcc' }, false)).toBe(
      'unsupported',
    );
  });
});

describe('the trust list’s age', () => {
  const now = Date.parse('2026-11-26T12:00:00Z');

  it('reads as a relative time in the screen’s language', () => {
    expect(formatAge(now - 3 * 86_400_000, now, 'ru')).toBe('3 дня назад');
    expect(formatAge(now - 3 * 86_400_000, now, 'en')).toBe('3 days ago');
    expect(formatAge(now - 2 * 3_600_000, now, 'ru')).toBe('2 часа назад');
    expect(formatAge(now - 5_000, now, 'en')).toBe('now');
  });

  it('is stale past the limit, or when there is no list at all', () => {
    expect(isTrustStale(now - TRUST_LIST_MAX_AGE_MS, now)).toBe(false);
    expect(isTrustStale(now - TRUST_LIST_MAX_AGE_MS - 1, now)).toBe(true);
    expect(isTrustStale(null, now)).toBe(true);
    expect(formatAgeLimit('ru')).toBe('7 дней');
  });
});

describe('dates for the ID check', () => {
  it('writes FHIR dates the way a Russian passport does', () => {
    expect(formatFhirDate('1985-03-14')).toBe('14.03.1985');
    expect(formatFhirDate('1985-03')).toBe('03.1985');
    expect(formatFhirDate('1985')).toBe('1985');
  });
});
