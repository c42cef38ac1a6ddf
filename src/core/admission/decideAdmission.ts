// The guard's question — may this person enter? — answered from an authentic card and the
// region's policy. Authenticity is the verdict's business (verifyJws); this only reads what
// an authentic card says:
//   presence of an admitted antibody class, within validity → admit (green);
//   absence, another class, an inconclusive result → not admitted, yet authentic (not red);
//   past validity, revoked, not yet valid → not admitted (red, with since when);
//   not authentic at all → "n/a": the verdict's reason is the answer.
// Validity ends at the earlier of the card's `exp` and the policy's months from the sample
// date, so a region that shortens validity need not wait for cards to be re-issued.
import type { CalendarDate } from '../records/calendarDate';
import { addDays, addMonths, calendarDateAt, parseCalendarDate } from '../records/calendarDate';
import { lastValidDayOfExp } from '../certificate/validity';
import type { CardKind, CardTestResult, Verdict } from '../shc/verdict';
import { antibodyClassOfLoinc, type CardAntibodyClass } from './antibodyClass';
import type { AdmissionPolicy } from './policy';

export type NotAdmittedReason =
  | 'antibodies-not-detected'
  | 'result-inconclusive'
  | 'class-not-admitted'
  | 'not-an-antibody-certificate'
  | 'sample-date-missing'
  | 'validity-ended'
  | 'not-yet-valid'
  | 'revoked';

export type Admission =
  | {
      readonly decision: 'admit';
      /** Last day the holder is admitted, inclusive, in the region's calendar. */
      readonly lastValidDay: CalendarDate;
      readonly antibodyClass: CardAntibodyClass;
      readonly policyVersion: number;
    }
  | {
      readonly decision: 'not-admit';
      readonly reason: NotAdmittedReason;
      /** For `validity-ended`: the first day the card no longer admits. */
      readonly since?: CalendarDate;
      readonly antibodyClass?: CardAntibodyClass;
      readonly policyVersion: number;
    }
  | { readonly decision: 'n/a' };

/** What decideAdmission reads of a verification; a Verification has all of it. */
export type AdmissionInput = {
  readonly verdict: Verdict;
  readonly kind?: CardKind;
  readonly result?: CardTestResult;
  readonly validity?: { readonly nbf: number; readonly exp?: number };
};

const PRESENT = new Set([
  'http://snomed.info/sct|260373001', // Detected
  'http://snomed.info/sct|10828004', // Positive
  'http://snomed.info/sct|11214006', // Reactive
]);
const ABSENT = new Set([
  'http://snomed.info/sct|260415000', // Not detected
  'http://snomed.info/sct|260385009', // Negative
  'http://snomed.info/sct|131194007', // Non-reactive
]);

/** The sample date of a result in the region's calendar: "2026-11-20" or a dateTime. */
export function sampleDateOf(
  result: CardTestResult | undefined,
  utcOffsetMinutes: number,
): CalendarDate | undefined {
  const text = result?.effectiveDateTime;
  if (text === undefined) return undefined;
  if (text.length === 10) return parseCalendarDate(text);
  const millis = Date.parse(text);
  return Number.isNaN(millis) ? undefined : calendarDateAt(new Date(millis), utcOffsetMinutes);
}

/**
 * The last day a presence card admits: the earlier of its `exp` and the policy's months from
 * the sample date; undefined when the card gives neither.
 */
export function lastAdmittedDay(
  input: AdmissionInput,
  policy: AdmissionPolicy,
): CalendarDate | undefined {
  const sample = sampleDateOf(input.result, policy.utcOffsetMinutes);
  const byPolicy = sample === undefined ? undefined : addMonths(sample, policy.presenceMonths);
  const exp = input.validity?.exp;
  const byCard = exp === undefined ? undefined : lastValidDayOfExp(exp, policy.utcOffsetMinutes);
  if (byPolicy === undefined) return byCard;
  if (byCard === undefined) return byPolicy;
  return byPolicy < byCard ? byPolicy : byCard;
}

export function decideAdmission(
  input: AdmissionInput,
  policy: AdmissionPolicy,
  now: number,
): Admission {
  const policyVersion = policy.version;
  const antibodyClass =
    input.result === undefined ? undefined : antibodyClassOfLoinc(input.result.loinc);
  const withClass = antibodyClass === undefined ? {} : { antibodyClass };
  const notAdmitted = (reason: NotAdmittedReason, since?: CalendarDate): Admission => ({
    decision: 'not-admit',
    reason,
    ...(since === undefined ? {} : { since }),
    ...withClass,
    policyVersion,
  });

  switch (input.verdict) {
    case 'valid':
      break;
    case 'expired': {
      const last = lastAdmittedDay(input, policy);
      return notAdmitted('validity-ended', last === undefined ? undefined : addDays(last, 1));
    }
    case 'revoked':
      return notAdmitted('revoked');
    case 'not-yet-valid':
      return notAdmitted('not-yet-valid');
    default:
      return { decision: 'n/a' };
  }

  if (input.kind !== 'antibody-test' || input.result === undefined || antibodyClass === undefined) {
    return notAdmitted('not-an-antibody-certificate');
  }
  if (ABSENT.has(input.result.result)) return notAdmitted('antibodies-not-detected');
  if (!PRESENT.has(input.result.result)) return notAdmitted('result-inconclusive');
  if (!policy.admittedClasses.includes(antibodyClass)) return notAdmitted('class-not-admitted');
  const last = lastAdmittedDay(input, policy);
  if (last === undefined) return notAdmitted('sample-date-missing');
  const today = calendarDateAt(new Date(now), policy.utcOffsetMinutes);
  if (today > last) return notAdmitted('validity-ended', addDays(last, 1));
  return { decision: 'admit', lastValidDay: last, antibodyClass, policyVersion };
}
