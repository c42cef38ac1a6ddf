import { z } from 'zod';
import { admissionPolicySchema, DEFAULT_ADMISSION_POLICY } from '../admission/policy';
import type { MessageTable } from '../bilingual';
import type { ClinicSettings } from '../clinic/settings';
import { clinicSchema, clinicSettingsSchema } from '../clinic/settings';
import type { KitId, StaffId } from '../ids';
import { idSchema } from '../ids';
import { staffRoleSchema } from './session';

// The clinic's settings as its admin changes them, and the clinic's directory as its tablets
// read it on every sync run.
//
//   PUT /api/clinic/settings   Authorization: Bearer <admin's staff token>
//       {"settings":{"cardName":"ГП № 3","priceList":[{"code":"igg-quant","nameRu":"…",
//                    "nameEn":"…","priceKopecks":95000,"kind":"antibody-test",
//                    "kitIds":["0193…"]}],
//                    "kits":[{"id":"0193…","name":"…","antibodyClass":"IgG","target":"S",
//                             "method":"ELISA","kind":"quantitative","unit":"BAU/ml",
//                             "threshold":10,"withdrawn":false}],
//                    "policy":{"presenceMonths":6,"absenceCardDays":30,"maxSampleAgeDays":14,
//                              "utcOffsetMinutes":720}}}
//   200 {"clinic":{"id":"0193…","code":"PKGP3",…,"settings":{…as saved}}}
//   400 {"error":{"code":"invalid-body",…,"issues":[{"path":"settings.kits.1.threshold",
//        "message":"kit-threshold-missing"}]}}
//   401 unauthenticated · 403 forbidden (not an admin)
//
//   GET /api/clinic/directory  Authorization: Bearer <tablet token or staff token>
//   200 {"clinic":{…},"staff":[{"id":"0193…","displayName":"Петров Андрей Викторович",
//        "role":"commission"},{"id":"0193…","displayName":"…","role":"lab","disabled":true,
//        "pinResetAt":"2026-12-01T09:00:00.000Z"}],
//        "admissionPolicy":{"version":3,"region":{…},"admittedClasses":["IgG"],
//                           "presenceMonths":6,"utcOffsetMinutes":720,"updatedAt":"…"}}
//
// `admissionPolicy` (issue 9) is the region's policy the register also publishes at
// /.well-known/admission-policy.json; the desk refuses a presence certificate from a kit
// whose class it does not admit. A register older than that member sends none, and the
// tablet then applies DEFAULT_ADMISSION_POLICY (IgG only).
//
// The settings are one document, replaced whole: the admin edits it on the desk and sends it
// back. The rules the register keeps beyond the settings schema: price-list codes and kit ids
// are unique, there is a service to sell and a kit in use, a service names only the clinic's
// kits (`kitIds`, core/clinic/serviceKits.ts) and one of them in use, and a kit once saved is
// never removed — samples and results name it by id — only withdrawn. Issue messages are the reason
// codes below (or the kit schema's), so the desk can put its own words next to the field.
// The directory carries no logins and no password hashes: a tablet needs only the names to
// print who signed a certificate.

export type SettingsReason =
  | 'price-list-empty'
  | 'price-code-duplicate'
  | 'kits-none-in-use'
  | 'kit-id-duplicate'
  | 'kit-removed'
  | 'price-kit-unknown'
  | 'price-kits-none-in-use';

export const SETTINGS_MESSAGES: MessageTable<SettingsReason> = {
  'price-list-empty': {
    ru: 'В прейскуранте должна быть хотя бы одна услуга-исследование',
    en: 'The price list needs at least one antibody test',
  },
  'price-code-duplicate': {
    ru: 'Такой код уже есть в прейскуранте',
    en: 'This code is already in the price list',
  },
  'kits-none-in-use': {
    ru: 'Должна использоваться хотя бы одна тест-система',
    en: 'At least one test kit must be in use',
  },
  'kit-id-duplicate': {
    ru: 'Тест-система указана дважды',
    en: 'The test kit is listed twice',
  },
  'kit-removed': {
    ru: 'Сохранённую тест-систему нельзя удалить (на неё ссылаются образцы) — выведите её из употребления',
    en: 'A saved test kit cannot be removed (samples refer to it); withdraw it instead',
  },
  'price-kit-unknown': {
    ru: 'Услуга ссылается на тест-систему, которой нет в списке тест-систем клиники',
    en: 'The service names a test kit that is not among the clinic’s kits',
  },
  'price-kits-none-in-use': {
    ru: 'Все тест-системы этой услуги выведены из употребления: отметьте хотя бы одну используемую',
    en: 'Every test kit of this service is withdrawn: tick at least one kit in use',
  },
};

export const SETTINGS_REASONS: ReadonlySet<string> = new Set(Object.keys(SETTINGS_MESSAGES));

/** Issues of one settings document that the settings schema alone does not catch. */
export function crossCheckSettings(
  settings: ClinicSettings,
): { readonly path: (string | number)[]; readonly reason: SettingsReason }[] {
  const issues: { path: (string | number)[]; reason: SettingsReason }[] = [];
  const codes = new Set<string>();
  settings.priceList.forEach((item, index) => {
    if (codes.has(item.code))
      issues.push({ path: ['priceList', index, 'code'], reason: 'price-code-duplicate' });
    codes.add(item.code);
  });
  if (!settings.priceList.some((item) => item.kind === 'antibody-test')) {
    issues.push({ path: ['priceList'], reason: 'price-list-empty' });
  }
  const ids = new Set<string>();
  settings.kits.forEach((kit, index) => {
    if (ids.has(kit.id)) issues.push({ path: ['kits', index, 'id'], reason: 'kit-id-duplicate' });
    ids.add(kit.id);
  });
  if (!settings.kits.some((kit) => !kit.withdrawn)) {
    issues.push({ path: ['kits'], reason: 'kits-none-in-use' });
  }
  // A service's kits (serviceKits.ts): kits of this clinic, and one of them still in use, or
  // the desk could take no sample for it.
  const inUse = new Set<string>(settings.kits.filter((kit) => !kit.withdrawn).map((k) => k.id));
  settings.priceList.forEach((item, index) => {
    const named = item.kitIds ?? [];
    if (named.some((id) => !ids.has(id))) {
      issues.push({ path: ['priceList', index, 'kitIds'], reason: 'price-kit-unknown' });
    } else if (named.length > 0 && !named.some((id) => inUse.has(id))) {
      issues.push({ path: ['priceList', index, 'kitIds'], reason: 'price-kits-none-in-use' });
    }
  });
  return issues;
}

/** Kits of the stored settings that the new settings leave out (they may only be withdrawn). */
export function removedKits(previous: ClinicSettings, next: ClinicSettings): KitId[] {
  const kept = new Set<string>(next.kits.map((kit) => kit.id));
  return previous.kits.filter((kit) => !kept.has(kit.id)).map((kit) => kit.id);
}

export const saveSettingsRequestSchema = z.object({
  settings: clinicSettingsSchema.check(
    z.superRefine((settings: ClinicSettings, ctx) => {
      for (const issue of crossCheckSettings(settings)) {
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.reason });
      }
    }),
  ),
});
export type SaveSettingsRequest = z.input<typeof saveSettingsRequestSchema>;

export const settingsSavedSchema = z.object({ clinic: clinicSchema });

export const directoryStaffSchema = z.object({
  id: idSchema<StaffId>(),
  displayName: z.string().min(1),
  role: staffRoleSchema,
  /** Only for a disabled account: the tablets forget its PIN (issue #12). */
  disabled: z.boolean().optional(),
  /** The last PIN reset at the register; a tablet applies each new one once (issue #12). */
  pinResetAt: z.iso.datetime().optional(),
});
export type DirectoryStaff = z.infer<typeof directoryStaffSchema>;

export const clinicDirectorySchema = z.object({
  clinic: clinicSchema,
  staff: z.array(directoryStaffSchema),
  admissionPolicy: z._default(admissionPolicySchema, DEFAULT_ADMISSION_POLICY),
});
export type ClinicDirectory = z.infer<typeof clinicDirectorySchema>;
