import { describe, expect, it } from 'vitest';
import { computeValidity } from '../certificate/validity';
import type { CalendarDate } from '../records/calendarDate';
import type { CardTestResult, Verdict } from '../shc/verdict';
import { decideAdmission, type AdmissionInput } from './decideAdmission';
import { DEFAULT_ADMISSION_POLICY, type AdmissionPolicy } from './policy';

const SAMPLE = '2026-11-20' as CalendarDate;
const ISSUED = new Date('2026-11-21T01:00:00Z');
const DETECTED = 'http://snomed.info/sct|260373001';
const NOT_DETECTED = 'http://snomed.info/sct|260415000';

function testResult(loinc: string, result: string): CardTestResult {
  return {
    loinc,
    loincDisplay: '',
    result,
    resultCode: result.split('|')[1] ?? '',
    display: '',
    effectiveDateTime: SAMPLE,
  };
}

/** The card the desk issues for this result: `exp` from the clinic's validity policy. */
function card(
  verdict: Verdict,
  options: { loinc?: string; result?: string } = {},
): AdmissionInput & { printedLastDay?: CalendarDate } {
  const result = options.result ?? DETECTED;
  const validity = computeValidity(result === DETECTED ? 'presence' : 'absence', SAMPLE, ISSUED);
  if (!validity.ok) throw new Error(validity.reason);
  const { nbf, exp, validUntil } = validity.value;
  return {
    verdict,
    kind: 'antibody-test',
    result: testResult(options.loinc ?? '94563-4', result),
    validity: exp === undefined ? { nbf } : { nbf, exp },
    ...(validUntil === undefined ? {} : { printedLastDay: validUntil }),
  };
}

const AT = Date.parse('2026-12-01T00:00:00Z');
const IGG_ONLY = DEFAULT_ADMISSION_POLICY;
const IGG_OR_IGM: AdmissionPolicy = { ...IGG_ONLY, version: 2, admittedClasses: ['IgG', 'IgM'] };

describe('deciding whether an authentic card admits its holder', () => {
  it('admits a valid IgG presence card until the day printed on it', () => {
    const presence = card('valid');
    expect(presence.printedLastDay).toBe('2027-05-20');
    expect(decideAdmission(presence, IGG_ONLY, AT)).toEqual({
      decision: 'admit',
      lastValidDay: '2027-05-20',
      antibodyClass: 'IgG',
      policyVersion: 1,
    });
  });

  it('does not admit an authentic absence card', () => {
    expect(decideAdmission(card('valid', { result: NOT_DETECTED }), IGG_ONLY, AT)).toMatchObject({
      decision: 'not-admit',
      reason: 'antibodies-not-detected',
      antibodyClass: 'IgG',
    });
  });

  it('does not admit IgM presence under the IgG-only policy, but does when the policy lists IgM', () => {
    const igm = card('valid', { loinc: '94564-2' });
    expect(decideAdmission(igm, IGG_ONLY, AT)).toMatchObject({
      decision: 'not-admit',
      reason: 'class-not-admitted',
      antibodyClass: 'IgM',
      policyVersion: 1,
    });
    expect(decideAdmission(igm, IGG_OR_IGM, AT)).toMatchObject({
      decision: 'admit',
      antibodyClass: 'IgM',
      policyVersion: 2,
    });
  });

  it('does not admit an expired card, since the day after the printed last day', () => {
    const expired = card('expired');
    const afterExp = Date.parse('2027-06-01T00:00:00Z');
    expect(decideAdmission(expired, IGG_ONLY, afterExp)).toEqual({
      decision: 'not-admit',
      reason: 'validity-ended',
      since: '2027-05-21',
      antibodyClass: 'IgG',
      policyVersion: 1,
    });
  });

  it('ends admission at the policy’s months when they end before the card’s exp', () => {
    const threeMonths: AdmissionPolicy = { ...IGG_ONLY, version: 3, presenceMonths: 3 };
    const presence = card('valid');
    expect(decideAdmission(presence, threeMonths, AT)).toMatchObject({
      decision: 'admit',
      lastValidDay: '2027-02-20',
    });
    expect(
      decideAdmission(presence, threeMonths, Date.parse('2027-03-01T00:00:00Z')),
    ).toMatchObject({
      decision: 'not-admit',
      reason: 'validity-ended',
      since: '2027-02-21',
      policyVersion: 3,
    });
  });

  it('does not admit a revoked card', () => {
    expect(decideAdmission(card('revoked'), IGG_ONLY, AT)).toMatchObject({
      decision: 'not-admit',
      reason: 'revoked',
    });
  });

  it.each(['bad-signature', 'unknown-issuer', 'malformed', 'unsupported-format'] as const)(
    'has no admission answer for a card that is not authentic (%s)',
    (verdict) => {
      expect(decideAdmission(card(verdict), IGG_ONLY, AT)).toEqual({ decision: 'n/a' });
    },
  );

  it('counts days in Kamchatka time: 23:30 UTC of the last day is already the next day there', () => {
    // The card's own exp (end of 20 May in Kamchatka) is left out so only the day counts.
    const { validity, ...presence } = card('valid');
    const bySampleOnly = { ...presence, ...(validity ? { validity: { nbf: validity.nbf } } : {}) };
    expect(
      decideAdmission(bySampleOnly, IGG_ONLY, Date.parse('2027-05-20T11:30:00Z')),
    ).toMatchObject({ decision: 'admit', lastValidDay: '2027-05-20' });
    expect(decideAdmission(bySampleOnly, IGG_ONLY, Date.parse('2027-05-20T23:30:00Z'))).toEqual({
      decision: 'not-admit',
      reason: 'validity-ended',
      since: '2027-05-21',
      antibodyClass: 'IgG',
      policyVersion: 1,
    });
  });
});
