// Interpretation of a result against its kit, computed, never typed (issue 3, step 4).
//
// Quantitative, the boundary rule (thresholds are "≥ positive" in kit instructions):
//   with a grey zone [low, high):  value < low → not detected;  low ≤ value < high → equivocal;
//                                  value ≥ high → detected
//   without one:                   value < threshold → not detected;  value ≥ threshold → detected
// The kit check keeps low ≤ threshold ≤ high, so the threshold never contradicts the zone.
// Qualitative: the reading is the interpretation. Equivocal means retest: no certificate.
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { MessageTable } from '../bilingual';
import type { Kit } from './kit';

export const INTERPRETATIONS = ['detected', 'not-detected', 'equivocal'] as const;
export type Interpretation = (typeof INTERPRETATIONS)[number];

export const READINGS = ['positive', 'negative', 'equivocal'] as const;
export type Reading = (typeof READINGS)[number];

export const INTERPRETATION_LABELS: MessageTable<Interpretation> = {
  detected: { ru: 'Антитела обнаружены', en: 'Antibodies detected' },
  'not-detected': { ru: 'Антитела не обнаружены', en: 'Antibodies not detected' },
  equivocal: {
    ru: 'Сомнительный результат — требуется повторное исследование',
    en: 'Equivocal result — the test must be repeated',
  },
};

export type ResultValueReason = 'result-empty' | 'result-not-a-number' | 'result-negative';
export type InterpretReason =
  'result-value-missing' | 'result-reading-missing' | 'kit-threshold-missing';

export const RESULT_MESSAGES: MessageTable<ResultValueReason | InterpretReason> = {
  'result-empty': { ru: 'Введите значение результата', en: 'Enter the result value' },
  'result-not-a-number': {
    ru: 'Результат должен быть числом, например 12,5',
    en: 'The result must be a number, for example 12.5',
  },
  'result-negative': {
    ru: 'Результат не может быть отрицательным',
    en: 'The result cannot be negative',
  },
  'result-value-missing': {
    ru: 'Для количественного набора нужно числовое значение',
    en: 'A quantitative kit needs a numeric value',
  },
  'result-reading-missing': {
    ru: 'Для качественного набора выберите результат: положительный, отрицательный или сомнительный',
    en: 'A qualitative kit needs a reading: positive, negative or equivocal',
  },
  'kit-threshold-missing': {
    ru: 'У набора не указан порог — результат нельзя интерпретировать',
    en: 'The kit has no threshold, so the result cannot be interpreted',
  },
};

/**
 * A typed value: "12,5" (Russian decimal comma) or "12.5"; spaces between digit groups
 * ("1 250,5") are ignored. Exponents, signs other than a leading "+", and "<5"-style
 * censored values are rejected as not a number.
 */
export function parseResultValue(text: string): Result<number, ResultValueReason> {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return fail('result-empty');
  if (/^-\d+(?:[.,]\d+)?$/.test(compact)) return fail('result-negative');
  if (!/^\+?\d+(?:[.,]\d+)?$/.test(compact)) return fail('result-not-a-number');
  return ok(Number(compact.replace(',', '.')));
}

export function interpretQuantitative(
  value: number,
  kit: Pick<Kit, 'threshold' | 'greyZone'>,
): Result<Interpretation, 'kit-threshold-missing'> {
  if (kit.threshold === undefined) return fail('kit-threshold-missing');
  const zone = kit.greyZone;
  if (zone !== undefined) {
    if (value < zone.low) return ok('not-detected');
    if (value < zone.high) return ok('equivocal');
    return ok('detected');
  }
  return ok(value >= kit.threshold ? 'detected' : 'not-detected');
}

const FROM_READING: Readonly<Record<Reading, Interpretation>> = {
  positive: 'detected',
  negative: 'not-detected',
  equivocal: 'equivocal',
};

export function interpretQualitative(reading: Reading): Interpretation {
  return FROM_READING[reading];
}

/** The interpretation of what the lab entered, by the kit's kind. */
export function interpretResult(
  kit: Pick<Kit, 'kind' | 'threshold' | 'greyZone'>,
  entry: { readonly value?: number; readonly reading?: Reading },
): Result<Interpretation, InterpretReason> {
  if (kit.kind === 'quantitative') {
    if (entry.value === undefined) return fail('result-value-missing');
    return interpretQuantitative(entry.value, kit);
  }
  if (entry.reading === undefined) return fail('result-reading-missing');
  return ok(interpretQualitative(entry.reading));
}
