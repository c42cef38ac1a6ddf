// How long a certificate, and the card in its QR, stays valid: a clinic policy.
//
// Presence: valid `presenceMonths` (default 6, as Russian antibody certificates were in
// 2021) counted from the sample date by the Civil Code's rule for periods in months
// (ГК РФ ст. 191–192): 31 August + 6 months ends on 28 February (29 in a leap year), and the
// last day counts in full (ст. 194: until 24:00 of that day, here the clinic's time zone).
//
// Absence: the certificate only states the result on the sample date; it has no validity
// period and no "valid until" line. Its SMART Health Card still gets an `exp` — DESIGN asks
// for `exp` from the policy, and a card that never expires would let an old "not detected"
// open doors for ever — of `absenceCardDays` (default 30) after the sample date. It counts
// from the sample, not from issue, so a late or repeated printing does not extend it. A
// clinic may set it to null for cards with no `exp` (the SHC spec allows that).
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { MessageTable } from '../bilingual';
import type { CalendarDate } from '../records/calendarDate';
import { addDays, addMonths, calendarDateAt, startOfDay } from '../records/calendarDate';
import type { Decision } from '../records/certificate';

export type ValidityPolicy = {
  readonly presenceMonths: number;
  /** Days the absence card's `exp` lies after the sample date; null: no `exp`. */
  readonly absenceCardDays: number | null;
  /** The clinic's offset from UTC in minutes; Kamchatka is +720. */
  readonly utcOffsetMinutes: number;
};

export const DEFAULT_VALIDITY_POLICY: ValidityPolicy = {
  presenceMonths: 6,
  absenceCardDays: 30,
  utcOffsetMinutes: 720,
};

export type Validity = {
  /** Last valid day, inclusive; undefined for an absence certificate. */
  readonly validUntil?: CalendarDate;
  /** The card's `nbf` and `exp` in seconds since the epoch (JWT NumericDate). */
  readonly nbf: number;
  readonly exp?: number;
};

export type ValidityReason = 'validity-already-expired';

export const VALIDITY_MESSAGES: MessageTable<ValidityReason> = {
  'validity-already-expired': {
    ru: 'Срок действия по дате взятия образца уже истёк — нужен новый анализ',
    en: 'The validity counted from the sample date has already ended — a new test is needed',
  },
};

function seconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/**
 * The last valid day of a card whose `exp` is the first instant after it: the paper's
 * "по 01.06.2027 включительно" and the verifier's date are this one calendar day.
 */
export function lastValidDayOfExp(exp: number, utcOffsetMinutes: number): CalendarDate {
  return calendarDateAt(new Date((exp - 1) * 1000), utcOffsetMinutes);
}

/** The first instant after the last valid day, in the clinic's time zone. */
function endOfDay(date: CalendarDate, utcOffsetMinutes: number): Date {
  return startOfDay(addDays(date, 1), utcOffsetMinutes);
}

export function computeValidity(
  decision: Decision,
  sampleDate: CalendarDate,
  issuedAt: Date,
  policy: ValidityPolicy = DEFAULT_VALIDITY_POLICY,
): Result<Validity, ValidityReason> {
  const nbf = seconds(issuedAt);
  if (decision === 'presence') {
    const validUntil = addMonths(sampleDate, policy.presenceMonths);
    const exp = seconds(endOfDay(validUntil, policy.utcOffsetMinutes));
    if (exp <= nbf) return fail('validity-already-expired');
    return ok({ validUntil, nbf, exp });
  }
  if (policy.absenceCardDays === null) return ok({ nbf });
  const exp = seconds(
    endOfDay(addDays(sampleDate, policy.absenceCardDays), policy.utcOffsetMinutes),
  );
  if (exp <= nbf) return fail('validity-already-expired');
  return ok({ nbf, exp });
}
