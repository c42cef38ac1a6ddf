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
};

/** "" → absent; "1,5" → 1.5; anything else → NaN, which the schema calls not a number. */
function amount(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function checkKitForm(
  form: KitForm,
  id: KitId,
): { ok: true; value: Kit } | { ok: false; errors: Partial<Record<string, KitReason>> } {
  const low = amount(form.greyLow);
  const high = amount(form.greyHigh);
  const threshold = amount(form.threshold);
  const quantitative = form.kind === 'quantitative';
  const checked = validateKit({
    id,
    name: form.name,
    antibodyClass: form.antibodyClass,
    target: form.target === '' ? null : form.target,
    method: form.method,
    kind: form.kind,
    unit: !quantitative || form.unit === '' ? null : form.unit,
    ...(quantitative && threshold !== undefined ? { threshold } : {}),
    ...(quantitative && (low !== undefined || high !== undefined)
      ? { greyZone: { low: low ?? Number.NaN, high: high ?? Number.NaN } }
      : {}),
    withdrawn: false,
  });
  if (checked.ok) return checked;
  const errors: Partial<Record<string, KitReason>> = {};
  for (const error of checked.errors) {
    const field = error.field.startsWith('greyZone') ? 'greyZone' : error.field;
    errors[field] ??= error.reason;
  }
  return { ok: false, errors };
}
