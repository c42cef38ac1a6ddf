// What the lab typed for a result, read against the sample's kit: a number for a
// quantitative kit ("12,5" with a Russian comma), a reading for a qualitative one. The
// interpretation is computed here, never chosen, and shown before the result is confirmed.
import type { Kit } from '../../../core/lab/kit';
import type {
  Interpretation,
  InterpretReason,
  Reading,
  ResultValueReason,
} from '../../../core/lab/interpret';
import { interpretResult, parseResultValue } from '../../../core/lab/interpret';

export type ResultEntry =
  | {
      readonly ok: true;
      readonly value?: number;
      readonly reading?: Reading;
      readonly interpretation: Interpretation;
    }
  | { readonly ok: false; readonly reason: ResultValueReason | InterpretReason };

export function readResultEntry(kit: Kit, valueText: string, reading: Reading | ''): ResultEntry {
  if (kit.kind === 'quantitative') {
    const value = parseResultValue(valueText);
    if (!value.ok) return { ok: false, reason: value.reason };
    const interpretation = interpretResult(kit, { value: value.value });
    return interpretation.ok
      ? { ok: true, value: value.value, interpretation: interpretation.value }
      : { ok: false, reason: interpretation.reason };
  }
  const interpretation = interpretResult(kit, reading === '' ? {} : { reading });
  return interpretation.ok && reading !== ''
    ? { ok: true, reading, interpretation: interpretation.value }
    : { ok: false, reason: 'result-reading-missing' };
}

/** A result's value as the desk prints it: a Russian decimal comma, "152,4". */
export function formatResultValue(value: number): string {
  return String(value).replace('.', ',');
}
