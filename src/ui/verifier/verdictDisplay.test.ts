import { describe, expect, it } from 'vitest';
import { DEFAULT_ADMISSION_POLICY } from '../../core/admission/policy';
import type { CalendarDate } from '../../core/records/calendarDate';
import type { Verification } from '../../core/shc/verdict';
import type { CachedTrust } from '../../desk/trust';
import {
  TRUST_LIST_MAX_AGE_MS,
  formatAge,
  formatAgeLimit,
  formatCalendarDate,
  formatFhirDate,
  formatRegionTime,
  isTrustStale,
  issuerSummaries,
  revocationOf,
  verdictHeadline,
  verdictTone,
} from './verdictDisplay';

const message = { ru: '', en: '' };
const ISS = 'https://register.serodesk.test';
const valid: Verification = {
  verdict: 'valid',
  reason: 'valid',
  message,
  warnings: [],
  issuer: ISS,
  admission: {
    decision: 'admit',
    lastValidDay: '2027-06-01' as CalendarDate,
    antibodyClass: 'IgG',
    policyVersion: 1,
  },
};
const absence: Verification = {
  ...valid,
  admission: { decision: 'not-admit', reason: 'antibodies-not-detected', policyVersion: 1 },
};
const revoked: Verification = {
  ...valid,
  verdict: 'revoked',
  reason: 'rid-revoked',
  detail: 'Qw8xRevoked',
  admission: { decision: 'not-admit', reason: 'revoked', policyVersion: 1 },
};
const expired: Verification = {
  ...valid,
  verdict: 'expired',
  reason: 'exp-passed',
  admission: {
    decision: 'not-admit',
    reason: 'validity-ended',
    since: '2027-06-02' as CalendarDate,
    policyVersion: 1,
  },
};

const tone = (verification: Verification, stale = false) => verdictTone(verification, stale);
const headline = (verification: Verification, stale = false) =>
  verdictHeadline(verification, tone(verification, stale));

describe('the colour and headline of a verdict', () => {
  it('is green "admit" only for an admitting card, plain, checked against a fresh list', () => {
    expect([tone(valid), headline(valid)]).toEqual(['valid', 'admit']);
  });

  it('is amber for an admitting card with a warning, or an old trust list', () => {
    const warned = { ...valid, warnings: [{ code: 'crl-missing' as const, message }] };
    expect([tone(warned), headline(warned)]).toEqual(['caution', 'caution']);
    expect(tone(valid, true)).toBe('caution');
  });

  it('is slate, neither green nor red, for an authentic absence certificate', () => {
    expect([tone(absence), headline(absence)]).toEqual(['not-admitted', 'notAdmitted']);
    // An old list does not make "does not admit" any greener.
    expect(tone(absence, true)).toBe('not-admitted');
    const otherClass: Verification = {
      ...valid,
      admission: { decision: 'not-admit', reason: 'class-not-admitted', policyVersion: 2 },
    };
    expect(tone(otherClass)).toBe('not-admitted');
  });

  it('is red "revoked" and red "expired" for a card that no longer holds', () => {
    expect([tone(revoked), headline(revoked)]).toEqual(['invalid', 'revoked']);
    expect([tone(expired), headline(expired)]).toEqual(['invalid', 'expired']);
    // Authentic, but the region's policy counts a shorter validity than the card's exp.
    const endedByPolicy: Verification = { ...expired, verdict: 'valid', reason: 'valid' };
    expect([tone(endedByPolicy), headline(endedByPolicy)]).toEqual(['invalid', 'expired']);
  });

  it('is red "not valid" for a forgery, and "cannot check" for another system’s code', () => {
    const forged: Verification = {
      ...valid,
      verdict: 'bad-signature',
      reason: 'signature-invalid',
      admission: { decision: 'n/a' },
    };
    expect([tone(forged), headline(forged)]).toEqual(['invalid', 'invalid']);
    const eu: Verification = { ...forged, verdict: 'unsupported-format', reason: 'eu-dcc' };
    expect([tone(eu), headline(eu)]).toEqual(['unsupported', 'unsupported']);
  });
});

describe('the revocation of the card on screen', () => {
  const cached = (revocations: Map<string, { at: string; reason?: string }>): CachedTrust => ({
    trust: new Map(),
    issuers: new Map([
      [
        ISS,
        {
          crlDetails: new Map([['kidA', { revocations }]]),
          validators: { crls: new Map() },
        },
      ],
    ]),
    fetchedAt: 0,
    dropped: [],
  });

  it('is found by the revoked rid among the issuer’s lists', () => {
    const at = { at: '2026-12-01T02:10:00.000Z', reason: 'fraud' };
    expect(revocationOf(revoked, cached(new Map([['Qw8xRevoked', at]])))).toEqual(at);
  });

  it('is unknown when the list does not say, or for a card that is not revoked', () => {
    expect(revocationOf(revoked, cached(new Map()))).toBeUndefined();
    expect(revocationOf(valid, cached(new Map([['Qw8xRevoked', { at: 'x' }]])))).toBeUndefined();
  });
});

describe('the trust status per issuer', () => {
  it('counts revoked cards and names the newest change among the key lists', () => {
    const crl = (kid: string, ctr: number, rids: string[]) => ({
      kid,
      method: 'rid' as const,
      ctr,
      rids,
    });
    const summaries = issuerSummaries({
      trust: new Map([
        [
          ISS,
          {
            jwks: { keys: [] },
            crls: new Map([
              ['kidA', crl('kidA', 2, ['a', 'b'])],
              ['kidB', crl('kidB', 1, ['c'])],
            ]),
            fetchedAt: 0,
            policy: { ...DEFAULT_ADMISSION_POLICY, version: 3 },
          },
        ],
      ]),
      issuers: new Map([
        [
          ISS,
          {
            crlDetails: new Map([
              ['kidA', { updatedAt: '2026-11-30T10:00:00.000Z', revocations: new Map() }],
              ['kidB', { updatedAt: '2026-12-01T02:10:00.000Z', revocations: new Map() }],
            ]),
            validators: { crls: new Map() },
          },
        ],
      ]),
      fetchedAt: 0,
      dropped: [],
    });
    expect(summaries).toEqual([
      {
        iss: ISS,
        policy: { ...DEFAULT_ADMISSION_POLICY, version: 3 },
        revoked: 3,
        lastChange: '2026-12-01T02:10:00.000Z',
        lists: [
          { kid: 'kidA', ctr: 2, updatedAt: '2026-11-30T10:00:00.000Z' },
          { kid: 'kidB', ctr: 1, updatedAt: '2026-12-01T02:10:00.000Z' },
        ],
      },
    ]);
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

describe('dates for the ID check and the paper', () => {
  it('writes FHIR dates the way a Russian passport does', () => {
    expect(formatFhirDate('1985-03-14')).toBe('14.03.1985');
    expect(formatFhirDate('1985-03')).toBe('03.1985');
    expect(formatFhirDate('1985')).toBe('1985');
  });

  it('writes the last valid day exactly as the paper’s "по DD.MM.YYYY включительно"', () => {
    expect(formatCalendarDate('2027-06-01' as CalendarDate)).toBe('01.06.2027');
  });

  it('reads instants in the region’s calendar, not the device’s', () => {
    // 13:30 UTC on 1 December is already 2 December, 01:30, in Kamchatka (UTC+12).
    expect(formatRegionTime('2026-12-01T13:30:00.000Z', 720, false)).toBe('02.12.2026');
    expect(formatRegionTime('2026-12-01T13:30:00.000Z', 720, true)).toBe('02.12.2026 01:30');
    expect(formatRegionTime(Date.parse('2026-12-01T13:30:00.000Z'), 0, true)).toBe(
      '01.12.2026 13:30',
    );
  });
});
