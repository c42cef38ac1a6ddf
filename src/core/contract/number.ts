// Contract and certificate numbers, made on a tablet with no network, unique in the region.
//
//   KAM01-T03-2026-000042
//   └clinic └tablet └year └sequence (at least 6 digits, zero-padded)
//
// Why no two tablets ever make the same number:
//   * the clinic code is unique in the register (assigned when the clinic is created);
//   * the tablet code is assigned by the register at enrolment, unique within the clinic, and
//     never reused, not even after the tablet is withdrawn or wiped (a re-enrolled device
//     gets a new code), so no two devices share the (clinic, tablet) prefix;
//   * the sequence is this tablet's own counter for the series (contracts and certificates
//     count separately), kept in the same IndexedDB transaction as the record that takes the
//     number, and only ever increases. It never restarts with the year: the year is printed
//     for people and comes from the tablet's clock, which may be wrong, so uniqueness must not
//     rest on it. `numberKey` is the part that is unique: clinic, tablet, series and sequence.
//   * a tablet restored from the register under its own identity resumes after the highest
//     sequence among its own records pulled back (storage/tablet.ts raiseCountersPast), so it
//     does not reissue numbers; a wiped device enrolled again gets a new tablet code anyway.
import { z } from 'zod/mini';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { MessageTable } from '../bilingual';

export type SerialNumber = string & { readonly __brand: 'SerialNumber' };

export const NUMBER_SERIES = ['contract', 'certificate'] as const;
export type NumberSeries = (typeof NUMBER_SERIES)[number];

export const CLINIC_CODE_PATTERN = /^[A-Z0-9]{2,10}$/;
export const TABLET_CODE_PATTERN = /^[A-Z0-9]{1,6}$/;
const SEQUENCE_WIDTH = 6;
const NUMBER_PATTERN = /^([A-Z0-9]{2,10})-([A-Z0-9]{1,6})-(\d{4})-(\d{6,9})$/;

export type NumberParts = {
  readonly clinicCode: string;
  readonly tabletCode: string;
  readonly year: number;
  readonly sequence: number;
};

export type NumberReason = 'number-format' | 'number-not-canonical';

export const NUMBER_MESSAGES: MessageTable<NumberReason> = {
  'number-format': {
    ru: 'Номер имеет вид КОД-ПЛАНШЕТ-ГГГГ-000001, например KAM01-T03-2026-000042',
    en: 'A number looks like CLINIC-TABLET-YYYY-000001, for example KAM01-T03-2026-000042',
  },
  'number-not-canonical': {
    ru: 'Номер записан с лишними нулями',
    en: 'The number has extra leading zeros',
  },
};

/** The printed number; throws on parts that cannot form one (a programmer error). */
export function formatNumber(parts: NumberParts): SerialNumber {
  const { clinicCode, tabletCode, year, sequence } = parts;
  if (!CLINIC_CODE_PATTERN.test(clinicCode)) throw new Error(`bad clinic code: ${clinicCode}`);
  if (!TABLET_CODE_PATTERN.test(tabletCode)) throw new Error(`bad tablet code: ${tabletCode}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`bad year: ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999_999) {
    throw new Error(`bad sequence: ${sequence}`);
  }
  return `${clinicCode}-${tabletCode}-${year}-${String(sequence).padStart(SEQUENCE_WIDTH, '0')}` as SerialNumber;
}

/**
 * Reads a number typed or scanned back. Upper-cases and trims; rejects a sequence padded
 * beyond six digits ("0000042"), so one number has exactly one spelling.
 */
export function parseNumber(
  input: string,
): Result<NumberParts & { number: SerialNumber }, NumberReason> {
  const text = input.trim().toUpperCase();
  const match = NUMBER_PATTERN.exec(text);
  if (match === null) return fail('number-format');
  const [, clinicCode = '', tabletCode = '', year = '', sequenceText = ''] = match;
  const sequence = Number(sequenceText);
  if (sequence === 0) return fail('number-format');
  const parts = { clinicCode, tabletCode, year: Number(year), sequence };
  const number = formatNumber(parts);
  if (number !== text) return fail('number-not-canonical');
  return ok({ ...parts, number });
}

export const serialNumberSchema = z.custom<SerialNumber>(
  (value) =>
    typeof value === 'string' && parseNumber(value).ok && value === value.trim().toUpperCase(),
  'number-format',
);

/** The part of a number that is unique: everything but the printed year. */
export function numberKey(series: NumberSeries, parts: NumberParts): string {
  return `${series}:${parts.clinicCode}:${parts.tabletCode}:${parts.sequence}`;
}

/**
 * The next sequence for a tablet's series: one past the highest it has used locally or the
 * register knows of (after a restore the local counter may be behind).
 */
export function nextSequence(localLast: number, registerLast = 0): number {
  return Math.max(localLast, registerLast) + 1;
}
