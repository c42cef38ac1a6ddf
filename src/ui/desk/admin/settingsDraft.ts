// The admin's unsaved edits of the price list and kits, as typed (prices as rouble text, a
// Russian comma allowed), kept in the drafts table so a reload loses nothing:
//
//   drafts["desk:clinic-settings"] = {"priceList":[{"code":"igg-quant","nameRu":"…",
//     "nameEn":"…","price":"950,00","kind":"antibody-test","kitIds":["0193…"]}],
//     "kits":[{"id":"0193…","saved":true,"withdrawn":false,"extras":{"loinc":"94563-4"},
//              "form":{"name":"…","kind":"quantitative","threshold":"10",…}}],
//     "requisites":{"fullName":"…","ogrn":"1027700132195",…}}
//
// A draft without `requisites` (written before issue #11) leaves the stored requisites as
// they are; see requisitesForm.ts for the form itself. Likewise `commission` and
// `certificateTerritory` (commissionForm.ts), and `policy` (issue #12, policyForm.ts). A kit new in the draft, or edited in it, needs
// its manufacturer and registration certificate (РУ), which the certificate prints; a kit
// saved before issue #11 without them is kept as it is until the admin edits it.
//
// The check runs the register's own request schema over the document the draft describes, so
// the desk names the same fields, with the same reasons, that the register would refuse.
import { z } from 'zod';
import type { Bilingual, MessageTable } from '../../../core/bilingual';
import type { ClinicSettings } from '../../../core/clinic/settings';
import { PRICE_ITEM_KINDS } from '../../../core/clinic/settings';
import type { KitId } from '../../../core/ids';
import { uuidSchema } from '../../../core/ids';
import { REQUISITES_MESSAGES } from '../../../core/clinic/requisites';
import { KIT_MESSAGES } from '../../../core/lab/kit';
import { COMMISSION_MESSAGES } from '../../../core/clinic/commission';
import {
  commissionFormOf,
  commissionFormSchema,
  commissionInputOf,
  territoryInputOf,
} from './commissionForm';
import { SETTINGS_MESSAGES, saveSettingsRequestSchema } from '../../../core/protocol/clinic';
import { kitFieldOf, kitFormOf, kitFormSchema, kitInputOf } from './kitForm';
import { policyFormOf, policyFormSchema, policyInputOf, policyMessageOf } from './policyForm';
import { requisitesFormOf, requisitesFormSchema, requisitesInputOf } from './requisitesForm';

export const priceRowSchema = z.object({
  code: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  price: z.string(),
  kind: z.enum(PRICE_ITEM_KINDS),
  /** The kits the test is performed with (a draft written before them has none). */
  kitIds: z.array(z.string()).default([]),
});
export type PriceRow = z.infer<typeof priceRowSchema>;

export const kitRowSchema = z.object({
  id: uuidSchema,
  /** At the register already: samples may name it, so it is withdrawn, never removed. */
  saved: z.boolean(),
  withdrawn: z.boolean(),
  extras: z.object({
    nameEn: z.string().optional(),
    manufacturer: z.string().optional(),
    lab: z.string().optional(),
    loinc: z.string().optional(),
  }),
  form: kitFormSchema,
});
export type KitRow = z.infer<typeof kitRowSchema>;

export const settingsDraftSchema = z.object({
  priceList: z.array(priceRowSchema),
  kits: z.array(kitRowSchema),
  requisites: requisitesFormSchema.optional(),
  commission: commissionFormSchema.optional(),
  certificateTerritory: z.string().optional(),
  policy: policyFormSchema.optional(),
});
export type SettingsDraft = z.infer<typeof settingsDraftSchema>;

export const EMPTY_PRICE_ROW: PriceRow = {
  code: '',
  nameRu: '',
  nameEn: '',
  price: '',
  kind: 'antibody-test',
  kitIds: [],
};

type PriceReason = 'price-not-money' | 'field-required' | 'field-invalid';

export const PRICE_MESSAGES: MessageTable<PriceReason> = {
  'price-not-money': {
    ru: 'Цена — сумма в рублях, например 950 или 950,50',
    en: 'The price is an amount in roubles, e.g. 950 or 950.50',
  },
  'field-required': { ru: 'Заполните поле', en: 'Fill in this field' },
  'field-invalid': { ru: 'Недопустимое значение', en: 'Invalid value' },
};

/** 95000 → "950,00". */
export function roublesText(kopecks: number): string {
  return `${String(Math.floor(kopecks / 100))},${String(kopecks % 100).padStart(2, '0')}`;
}

/** "950", "950,5", "950.50", "1 200" → kopecks; anything else NaN (which the schema refuses). */
export function kopecksOf(text: string): number {
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s\u00a0]/g, ''));
  if (match === null) return Number.NaN;
  const [, roubles = '0', rest = ''] = match;
  return Number(roubles) * 100 + Number(rest.padEnd(2, '0'));
}

export function draftOf(settings: ClinicSettings): SettingsDraft {
  return {
    priceList: settings.priceList.map((item) => ({
      code: item.code,
      nameRu: item.nameRu,
      nameEn: item.nameEn,
      price: roublesText(item.priceKopecks),
      kind: item.kind,
      kitIds: [...(item.kitIds ?? [])],
    })),
    kits: settings.kits.map((kit) => ({
      id: kit.id,
      saved: true,
      withdrawn: kit.withdrawn,
      extras: {
        ...(kit.nameEn === undefined ? {} : { nameEn: kit.nameEn }),
        ...(kit.lab === undefined ? {} : { lab: kit.lab }),
        ...(kit.loinc === undefined ? {} : { loinc: kit.loinc }),
      },
      form: kitFormOf(kit),
    })),
    requisites: requisitesFormOf(settings.requisites),
    commission: commissionFormOf(settings.commission),
    certificateTerritory: settings.certificateTerritory ?? '',
    policy: policyFormOf(settings.policy),
  };
}

/**
 * Messages by field: "priceList.0.price", "kits.2.threshold", "requisites.licence.date", or
 * "priceList" / "kits" / "requisites".
 */
export type FieldErrors = Readonly<Record<string, Bilingual>>;

/** A reason code from the register or a schema, in words; `field` picks the generic text. */
function messageOf(path: string, message: string): Bilingual {
  if (Object.hasOwn(SETTINGS_MESSAGES, message)) {
    return SETTINGS_MESSAGES[message as keyof typeof SETTINGS_MESSAGES];
  }
  if (Object.hasOwn(KIT_MESSAGES, message))
    return KIT_MESSAGES[message as keyof typeof KIT_MESSAGES];
  if (Object.hasOwn(REQUISITES_MESSAGES, message)) {
    return REQUISITES_MESSAGES[message as keyof typeof REQUISITES_MESSAGES];
  }
  if (Object.hasOwn(COMMISSION_MESSAGES, message)) {
    return COMMISSION_MESSAGES[message as keyof typeof COMMISSION_MESSAGES];
  }
  const policy = policyMessageOf(path);
  if (policy !== undefined) return policy;
  if (/^priceList\.\d+\.price$/.test(path)) return PRICE_MESSAGES['price-not-money'];
  if (/^priceList\.\d+\.(code|nameRu|nameEn)$/.test(path)) return PRICE_MESSAGES['field-required'];
  return PRICE_MESSAGES['field-invalid'];
}

/** The form's field for an issue path inside the settings (the first issue per field wins). */
export function fieldErrorsOf(
  issues: readonly { readonly path: string; readonly message: string }[],
): FieldErrors {
  const errors: Record<string, Bilingual> = {};
  for (const issue of issues) {
    let field = issue.path.replace(/^(priceList\.\d+)\.priceKopecks$/, '$1.price');
    const kit = /^(kits\.\d+)\.(.+)$/.exec(field);
    if (kit !== null) field = `${kit[1] ?? ''}.${kitFieldOf(kit[2] ?? '')}`;
    errors[field] ??= messageOf(field, issue.message);
  }
  return errors;
}

export function settingsOf(
  draft: SettingsDraft,
  base: ClinicSettings,
): { ok: true; value: ClinicSettings } | { ok: false; errors: FieldErrors } {
  const candidate = {
    ...base,
    priceList: draft.priceList.map((row) => ({
      code: row.code,
      nameRu: row.nameRu,
      nameEn: row.nameEn,
      priceKopecks: kopecksOf(row.price),
      kind: row.kind,
      // A duplicate is no test: it names no kits, whatever was ticked before its kind changed.
      ...(row.kind === 'antibody-test' && row.kitIds.length > 0
        ? { kitIds: row.kitIds as KitId[] }
        : {}),
    })),
    kits: draft.kits.map((row) =>
      kitInputOf(row.form, row.id as KitId, { ...row.extras, withdrawn: row.withdrawn }),
    ),
    requisites:
      draft.requisites === undefined ? base.requisites : requisitesInputOf(draft.requisites),
    commission:
      draft.commission === undefined ? base.commission : commissionInputOf(draft.commission),
    certificateTerritory:
      draft.certificateTerritory === undefined
        ? base.certificateTerritory
        : territoryInputOf(draft.certificateTerritory),
    policy: draft.policy === undefined ? base.policy : policyInputOf(draft.policy),
  };
  const unregistered = unregisteredKits(draft, base);
  const parsed = saveSettingsRequestSchema.safeParse({ settings: candidate });
  if (parsed.success && unregistered.length === 0) return { ok: true, value: parsed.data.settings };
  return {
    ok: false,
    errors: fieldErrorsOf([
      ...(parsed.success
        ? []
        : parsed.error.issues.map((issue) => ({
            path: issue.path.slice(1).map(String).join('.'),
            message: issue.message,
          }))),
      ...unregistered,
    ]),
  };
}

/**
 * The manufacturer and РУ a new or edited kit lacks: the certificate prints both (issue #11).
 * The register does not require them, so kits saved before stay readable and savable.
 */
function unregisteredKits(
  draft: SettingsDraft,
  base: ClinicSettings,
): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  draft.kits.forEach((row, index) => {
    const saved = base.kits.find((kit) => kit.id === row.id);
    const edited =
      saved === undefined || JSON.stringify(kitFormOf(saved)) !== JSON.stringify(row.form);
    if (!edited) return;
    const input = kitInputOf(row.form, row.id as KitId, row.extras);
    if (input.manufacturer === undefined) {
      issues.push({
        path: `kits.${String(index)}.manufacturer`,
        message: 'kit-manufacturer-missing',
      });
    }
    if (input.registrationNumber === undefined) {
      issues.push({
        path: `kits.${String(index)}.registrationNumber`,
        message: 'kit-registration-missing',
      });
    }
  });
  return issues;
}
