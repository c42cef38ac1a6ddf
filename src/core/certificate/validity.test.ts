import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../records/calendarDate';
import { decisionFor } from './decision';
import { computeValidity, DEFAULT_VALIDITY_POLICY } from './validity';

const d = (text: string) => text as CalendarDate;
const kamchatkaMidnight = (date: string) => Date.parse(`${date}T00:00:00+12:00`) / 1000;

describe('presence certificate validity', () => {
  it.each([
    ['2026-03-01', '2026-09-01'],
    ['2026-08-31', '2027-02-28'],
    ['2027-08-31', '2028-02-29'],
    ['2026-08-29', '2027-02-28'],
    ['2026-12-31', '2027-06-30'],
    ['2026-07-15', '2027-01-15'],
  ])('sample on %s is valid through %s', (sample, last) => {
    const result = computeValidity('presence', d(sample), new Date(`${sample}T05:00:00Z`));
    expect(result.ok && result.value.validUntil).toBe(last);
  });

  it('ends the card at midnight after the last valid day, Kamchatka time', () => {
    const issuedAt = new Date('2026-09-02T01:00:00Z');
    const result = computeValidity('presence', d('2026-08-31'), issuedAt);
    expect(result).toEqual({
      ok: true,
      value: {
        validUntil: '2027-02-28',
        nbf: issuedAt.getTime() / 1000,
        exp: kamchatkaMidnight('2027-03-01'),
      },
    });
  });

  it('honours the clinic’s own number of months', () => {
    const result = computeValidity('presence', d('2026-01-31'), new Date('2026-02-01T00:00:00Z'), {
      ...DEFAULT_VALIDITY_POLICY,
      presenceMonths: 1,
    });
    expect(result.ok && result.value.validUntil).toBe('2026-02-28');
  });

  it('refuses a certificate whose validity has already ended at issue', () => {
    expect(computeValidity('presence', d('2026-01-10'), new Date('2026-07-11T00:00:00Z'))).toEqual({
      ok: false,
      reason: 'validity-already-expired',
    });
  });
});

describe('absence certificate validity', () => {
  it('has no valid-until date; its card expires 30 days after the sample by default', () => {
    const issuedAt = new Date('2026-11-21T04:00:00Z');
    expect(computeValidity('absence', d('2026-11-20'), issuedAt)).toEqual({
      ok: true,
      value: { nbf: issuedAt.getTime() / 1000, exp: kamchatkaMidnight('2026-12-21') },
    });
  });

  it('has no exp when the clinic turns the absence card limit off', () => {
    const issuedAt = new Date('2026-11-21T04:00:00Z');
    const policy = { ...DEFAULT_VALIDITY_POLICY, absenceCardDays: null };
    expect(computeValidity('absence', d('2026-11-20'), issuedAt, policy)).toEqual({
      ok: true,
      value: { nbf: issuedAt.getTime() / 1000 },
    });
  });
});

describe('decisionFor', () => {
  it('issues presence for detected, absence for not detected, nothing for equivocal', () => {
    expect(decisionFor('detected')).toBe('presence');
    expect(decisionFor('not-detected')).toBe('absence');
    expect(decisionFor('equivocal')).toBeUndefined();
  });
});
