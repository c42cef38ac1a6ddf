import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../records/calendarDate';
import { ageOn, minorStanding } from './minorRules';

const d = (s: string) => s as CalendarDate;

describe('ageOn counts full years on the day', () => {
  it.each([
    ['2012-06-15', '2026-06-14', 13],
    ['2012-06-15', '2026-06-15', 14],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['1990-01-01', '2026-12-01', 36],
  ])('born %s, on %s: %i', (birth, day, age) => {
    expect(ageOn(d(birth), d(day))).toBe(age);
  });
});

describe('minorStanding on the sample date decides who signs', () => {
  it('a child of 13 is represented: the representative is the party and signs the ИДС', () => {
    const s = minorStanding(d('2013-03-10'), d('2026-12-01'));
    expect(s).toMatchObject({
      age: 13,
      band: 'under-14',
      representativeRequired: true,
      contractParty: 'representative',
      interventionConsentSigner: 'representative',
    });
  });
  it('at 14 the minor is the party with consent, the representative still signs the ИДС', () => {
    const s = minorStanding(d('2012-12-01'), d('2026-12-01'));
    expect(s).toMatchObject({
      age: 14,
      contractParty: 'self',
      representativeConsents: true,
      interventionConsentSigner: 'representative',
    });
  });
  it('at 15 the minor signs the ИДС; the day before, the representative does', () => {
    expect(minorStanding(d('2011-12-01'), d('2026-12-01')).interventionConsentSigner).toBe('self');
    expect(minorStanding(d('2011-12-01'), d('2026-11-30')).interventionConsentSigner).toBe(
      'representative',
    );
  });
  it('at 18 no representative is needed', () => {
    const s = minorStanding(d('2008-12-01'), d('2026-12-01'));
    expect(s).toMatchObject({
      band: 'adult',
      representativeRequired: false,
      representativeConsents: false,
    });
  });
});
