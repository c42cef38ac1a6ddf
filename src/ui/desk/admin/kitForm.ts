// The admin's kit form as typed (numbers as text, a Russian comma allowed) and its check by
// the domain's kit schema, so the desk says exactly what the register would refuse.
import { z } from 'zod';
import type { KitId } from '../../../core/ids';
import type { KitReason } from '../../../core/lab/kit';
import {
  ANTIBODY_CLASSES,
  KIT_KINDS,
  METHODS,
  TARGETS,
  UNITS,
  validateKit,
} from '../../../core/lab/kit';
import type { Kit } from '../../../core/lab/kit';

export const kitFormSchema = z.object({
  name: z.string(),
  antibodyClass: z.enum(ANTIBODY_CLASSES),
  target: z.union([z.literal(''), z.enum(TARGETS)]),
  method: z.enum(METHODS),
  kind: z.enum(KIT_KINDS),
  unit: z.union([z.literal(''), z.enum(UNITS)]),
  threshold: z.string(),
  greyLow: z.string(),
  greyHigh: z.string(),
  // Defaults: drafts typed before issue #11 have neither.
  manufacturer: z.string().default(''),
  registrationNumber: z.string().default(''),
});
export type KitForm = z.infer<typeof kitFormSchema>;

export const EMPTY_KIT_FORM: KitForm = {
  name: '',
  antibodyClass: 'IgG',
  target: 'S',
  method: 'ELISA',
  kind: 'quantitative',
  unit: 'BAU/ml',
  threshold: '',
  greyLow: '',
  greyHigh: '',
  manufacturer: '',
  registrationNumber: '',
};

/** "" → absent; "1,5" → 1.5; anything else → NaN, which the schema calls not a number. */
function amount(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** `{key: text}` for the text typed, else for `fallback`; nothing when both are blank. */
function optionalText(key: string, typed: string, fallback?: string): Record<string, string> {
  if (typed.trim() !== '') return { [key]: typed };
  return fallback === undefined ? {} : { [key]: fallback };
}

/** What a saved kit carries beyond the form: kept as it was when the admin edits the kit. */
export type KitExtras = {
  readonly nameEn?: string | undefined;
  readonly manufacturer?: string | undefined;
  readonly lab?: string | undefined;
  readonly loinc?: string | undefined;
  readonly withdrawn?: boolean | undefined;
};

/** The kit the form describes, unchecked, in the shape the kit schema reads. */
export function kitInputOf(
  form: KitForm,
  id: KitId,
  extras: KitExtras = {},
): Record<string, unknown> {
  const low = amount(form.greyLow);
  const high = amount(form.greyHigh);
  const threshold = amount(form.threshold);
  const quantitative = form.kind === 'quantitative';
  return {
    id,
    name: form.name,
    ...(extras.nameEn === undefined ? {} : { nameEn: extras.nameEn }),
    // A draft from before issue #11 kept the manufacturer among the extras.
    ...optionalText('manufacturer', form.manufacturer, extras.manufacturer),
    ...optionalText('registrationNumber', form.registrationNumber),
    ...(extras.lab === undefined ? {} : { lab: extras.lab }),
    antibodyClass: form.antibodyClass,
    target: form.target === '' ? null : form.target,
    method: form.method,
    kind: form.kind,
    unit: !quantitative || form.unit === '' ? null : form.unit,
    ...(quantitative && threshold !== undefined ? { threshold } : {}),
    ...(quantitative && (low !== undefined || high !== undefined)
      ? { greyZone: { low: low ?? Number.NaN, high: high ?? Number.NaN } }
      : {}),
    ...(extras.loinc === undefined ? {} : { loinc: extras.loinc }),
    withdrawn: extras.withdrawn ?? false,
  };
}

/** A saved kit as the form shows it (numbers back to text). */
export function kitFormOf(kit: Kit): KitForm {
  const text = (value: number | undefined) => (value === undefined ? '' : String(value));
  return {
    name: kit.name,
    antibodyClass: kit.antibodyClass,
    target: kit.target ?? '',
    method: kit.method,
    kind: kit.kind,
    unit: kit.unit ?? '',
    threshold: text(kit.threshold),
    greyLow: text(kit.greyZone?.low),
    greyHigh: text(kit.greyZone?.high),
    manufacturer: kit.manufacturer ?? '',
    registrationNumber: kit.registrationNumber ?? '',
  };
}

/** Field (greyZone.low and .high are one field on the form) → the first reason found. */
export function kitFieldOf(path: string): string {
  return path.startsWith('greyZone') ? 'greyZone' : path;
}

export function checkKitForm(
  form: KitForm,
  id: KitId,
  extras: KitExtras = {},
): { ok: true; value: Kit } | { ok: false; errors: Partial<Record<string, KitReason>> } {
  const checked = validateKit(kitInputOf(form, id, extras));
  if (checked.ok) return checked;
  const errors: Partial<Record<string, KitReason>> = {};
  for (const error of checked.errors) {
    errors[kitFieldOf(error.field)] ??= error.reason;
  }
  return { ok: false, errors };
}
