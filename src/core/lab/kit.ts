// A test kit as the clinic's admin configures it (issue 3, step 4). Quantitative kits state
// a positivity threshold in their unit and may have a grey zone [low, high) in which a value
// is equivocal; qualitative kits are read positive / negative / equivocal.
import { z } from 'zod/mini';
import type { MessageTable } from '../bilingual';
import type { KitId } from '../ids';
import { idSchema } from '../ids';
import { ANTIBODY_LOINC } from './loinc';
import type { AntibodyLoinc } from './loinc';

export const ANTIBODY_CLASSES = ['IgG', 'IgM', 'IgA', 'total', 'IgG+IgM'] as const;
export type AntibodyClass = (typeof ANTIBODY_CLASSES)[number];
export const TARGETS = ['S', 'N', 'S+N'] as const;
export const METHODS = ['ELISA', 'CLIA', 'rapid'] as const;
export const KIT_KINDS = ['quantitative', 'qualitative'] as const;
export const UNITS = ['BAU/ml', 'AU/ml', 'COI', 'index'] as const;

export type KitReason =
  | 'kit-name-missing'
  | 'kit-threshold-missing'
  | 'kit-unit-missing'
  | 'kit-grey-zone-inverted'
  | 'kit-threshold-outside-grey-zone'
  | 'kit-not-a-number'
  | 'kit-manufacturer-missing'
  | 'kit-registration-missing'
  | 'kit-field-invalid';

export const KIT_MESSAGES: MessageTable<KitReason> = {
  'kit-name-missing': { ru: 'Укажите название набора', en: 'Enter the kit name' },
  'kit-threshold-missing': {
    ru: 'Для количественного набора укажите порог положительного результата',
    en: 'A quantitative kit needs a positivity threshold',
  },
  'kit-unit-missing': {
    ru: 'Для количественного набора укажите единицы измерения',
    en: 'A quantitative kit needs a unit',
  },
  'kit-grey-zone-inverted': {
    ru: 'Нижняя граница серой зоны должна быть меньше верхней',
    en: 'The grey zone lower bound must be below its upper bound',
  },
  'kit-threshold-outside-grey-zone': {
    ru: 'Порог должен лежать в пределах серой зоны',
    en: 'The threshold must lie within the grey zone',
  },
  'kit-not-a-number': {
    ru: 'Порог и границы — неотрицательные числа',
    en: 'The threshold and bounds are non-negative numbers',
  },
  'kit-manufacturer-missing': {
    ru: 'Укажите производителя набора (он печатается в справке)',
    en: 'Enter the kit’s manufacturer (the certificate prints it)',
  },
  'kit-registration-missing': {
    ru: 'Укажите номер регистрационного удостоверения, например РЗН 2020/10393',
    en: 'Enter the registration certificate number, e.g. РЗН 2020/10393',
  },
  'kit-field-invalid': { ru: 'Недопустимое значение', en: 'Invalid value' },
};

const amount = z.number('kit-not-a-number').check(z.nonnegative('kit-not-a-number'));

// zod/mini (issue #14): the kit list is part of the clinic's settings, which the first screen
// parses; `.check(…)` holds what the chained form held, with the same issues and messages.
const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const kitSchema = z
  .object({
    id: idSchema<KitId>(),
    name: z.string().check(z.trim(), z.minLength(1, 'kit-name-missing'), z.maxLength(120)),
    /** The kit's name on an English screen, when it has one; most keep their registered name. */
    nameEn: z.optional(text(120)),
    manufacturer: z.optional(text(120)),
    /**
     * The registration certificate (РУ) of the medical device, "РЗН 2020/10393". Optional so
     * that settings saved before issue #11 still read; the admin's kit form requires it and
     * the manufacturer for a new or edited kit, and the certificate prints both.
     */
    registrationNumber: z.optional(text(40)),
    lab: z.optional(text(120)),
    antibodyClass: z.enum(ANTIBODY_CLASSES),
    target: z.nullable(z.enum(TARGETS)),
    method: z.enum(METHODS),
    kind: z.enum(KIT_KINDS),
    unit: z.nullable(z.enum(UNITS)),
    threshold: z.optional(amount),
    greyZone: z.optional(z.object({ low: amount, high: amount })),
    /** Overrides the derived LOINC code (see loincForKit); must be an antibody code. */
    loinc: z.optional(
      z.pipe(
        z.string(),
        z.custom<AntibodyLoinc>(
          (code) => typeof code === 'string' && Object.hasOwn(ANTIBODY_LOINC, code),
        ),
      ),
    ),
    /** A withdrawn kit stays for old results but is no longer accepted for new certificates. */
    withdrawn: z._default(z.boolean(), false),
  })
  .check(
    z.superRefine((kit, ctx) => {
      if (kit.kind !== 'quantitative') return;
      if (kit.threshold === undefined) {
        ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'kit-threshold-missing' });
      }
      if (kit.unit === null) {
        ctx.addIssue({ code: 'custom', path: ['unit'], message: 'kit-unit-missing' });
      }
      const zone = kit.greyZone;
      if (zone === undefined) return;
      if (zone.low >= zone.high) {
        ctx.addIssue({ code: 'custom', path: ['greyZone'], message: 'kit-grey-zone-inverted' });
      } else if (
        kit.threshold !== undefined &&
        (kit.threshold < zone.low || kit.threshold > zone.high)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['threshold'],
          message: 'kit-threshold-outside-grey-zone',
        });
      }
    }),
  );

export type Kit = z.infer<typeof kitSchema>;
export type KitInput = z.input<typeof kitSchema>;

export type KitFieldError = { readonly field: string; readonly reason: KitReason };

const KIT_REASONS = new Set<string>(Object.keys(KIT_MESSAGES));

/** Checks a kit form; every problem is reported with the field it belongs to. */
export function validateKit(
  input: unknown,
): { ok: true; value: Kit } | { ok: false; errors: readonly KitFieldError[] } {
  const parsed = kitSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = parsed.error.issues.map((issue): KitFieldError => {
    const reason = KIT_REASONS.has(issue.message)
      ? (issue.message as KitReason)
      : 'kit-field-invalid';
    return { field: issue.path.map(String).join('.'), reason };
  });
  return { ok: false, errors };
}
