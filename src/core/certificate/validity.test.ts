import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../records/calendarDate';
import { decisionFor } from './decision';
import { addDays } from '../records/calendarDate';
import { computeValidity, DEFAULT_VALIDITY_POLICY, lastValidDayOfExp } from './validity';

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

describe('one validity: the paper’s last day is the day the card’s exp ends', () => {
  // Every sample date of two years (leap day, month ends, year ends included), in the
  // Kamchatka zone and in zones on both sides of UTC: "по DD.MM.YYYY включительно" on the
  // paper and the verifier's date read from `exp` must be one calendar date.
  const days = Array.from({ length: 731 }, (_, i) => addDays(d('2027-01-01'), i));
  it.each([720, 180, 0, -300, 840])(
    'holds for every sample date at UTC offset %i minutes',
    (offset) => {
      const policy = { ...DEFAULT_VALIDITY_POLICY, utcOffsetMinutes: offset };
      for (const sample of days) {
        const result = computeValidity('presence', sample, new Date(`${sample}T00:00:00Z`), policy);
        if (!result.ok || result.value.exp === undefined)
          throw new Error(`no validity for ${sample}`);
        expect(lastValidDayOfExp(result.value.exp, offset), sample).toBe(result.value.validUntil);
      }
    },
  );

  it('holds for every number of months a clinic may set', () => {
    for (let presenceMonths = 1; presenceMonths <= 24; presenceMonths += 1) {
      const policy = { ...DEFAULT_VALIDITY_POLICY, presenceMonths };
      const result = computeValidity(
        'presence',
        d('2027-08-31'),
        new Date('2027-08-31T00:00:00Z'),
        policy,
      );
      if (!result.ok || result.value.exp === undefined) throw new Error('no validity');
      expect(lastValidDayOfExp(result.value.exp, 720)).toBe(result.value.validUntil);
    }
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
