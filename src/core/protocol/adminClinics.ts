import { z } from 'zod';
import type { MessageTable } from '../bilingual';
import { clinicRequisitesSchema } from '../clinic/requisites';
import { CLINIC_CODE_PATTERN } from '../contract/number';

// The regional administrator's clinics (issue #12 item 4), region-only:
//
//   GET  /api/admin/clinics   Bearer <staff token: regional>
//   200  {"clinics":[{"id":"0193…","code":"PKGP3","nameRu":"ГБУЗ «Городская поликлиника № 3»",
//         "nameEn":"City clinic 3","address":"683000, …","issuerUrl":null,
//         "createdAt":"2026-11-01T09:00:00.000Z",
//         "counts":{"tablets":2,"staff":5,"certificates":41},
//         "lastRecordAt":"2026-12-01T08:59:58.000Z"}]}
//
//   POST /api/admin/clinics   {"code":"PKGP5","nameRu":"ГП № 5","nameEn":"City clinic 5",
//         "address":"683000, …","issuerUrl":"https://pkgp5.example","requisites":{…}}
//   201  {"clinic":{…as listed, counts zero…}}
//   400  invalid-body, issues per field: {"path":"code","message":"clinic-code-format"},
//        {"path":"requisites.ogrn","message":"ogrn-checksum"} (codes below and in
//        core/clinic/requisites.ts, shown next to the field in ru/en)
//   409  clinic-code-taken · 401 · 403 (anyone but the regional administrator)
//
// Only organisations of kind 'clinic' are listed: the ministry itself is not a clinic.
// `counts.tablets` are enrolled tablets, `counts.staff` enabled accounts, `counts.certificates`
// certificates issued (reprints not counted); `lastRecordAt` is when the register last
// received or wrote one of the clinic's records (null: none yet).

export const adminClinicSchema = z.object({
  id: z.string(),
  code: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  address: z.string(),
  issuerUrl: z.string().nullable(),
  createdAt: z.string(),
  counts: z.object({
    tablets: z.number().int().nonnegative(),
    staff: z.number().int().nonnegative(),
    certificates: z.number().int().nonnegative(),
  }),
  lastRecordAt: z.string().nullable(),
});
export type AdminClinic = z.infer<typeof adminClinicSchema>;

export const adminClinicListSchema = z.object({ clinics: z.array(adminClinicSchema) });
export type AdminClinicList = z.infer<typeof adminClinicListSchema>;

export const createdClinicSchema = z.object({ clinic: adminClinicSchema });

export type NewClinicReason =
  | 'clinic-code-format'
  | 'clinic-name-ru-missing'
  | 'clinic-name-en-missing'
  | 'clinic-address-missing'
  | 'clinic-field-too-long'
  | 'clinic-issuer-format'
  | 'clinic-code-taken';

export const NEW_CLINIC_MESSAGES: MessageTable<NewClinicReason> = {
  'clinic-code-format': {
    ru: 'Код: от 2 до 10 заглавных латинских букв или цифр, например PKGP5',
    en: 'Code: 2 to 10 capital Latin letters or digits, e.g. PKGP5',
  },
  'clinic-name-ru-missing': { ru: 'Укажите название по-русски', en: 'Enter the Russian name' },
  'clinic-name-en-missing': { ru: 'Укажите название по-английски', en: 'Enter the English name' },
  'clinic-address-missing': { ru: 'Укажите адрес', en: 'Enter the address' },
  'clinic-field-too-long': { ru: 'Слишком длинное значение', en: 'The value is too long' },
  'clinic-issuer-format': {
    ru: 'Адрес издателя QR-кодов: https://…, без пути к файлу',
    en: 'The QR issuer address: https://…, with no file path',
  },
  'clinic-code-taken': {
    ru: 'Клиника с таким кодом уже есть',
    en: 'A clinic with this code already exists',
  },
};

const NEW_CLINIC_REASONS: ReadonlySet<string> = new Set(Object.keys(NEW_CLINIC_MESSAGES));

export function isNewClinicReason(code: string): code is NewClinicReason {
  return NEW_CLINIC_REASONS.has(code);
}

const text = (missing: NewClinicReason, max: number) =>
  z.string().trim().min(1, missing).max(max, 'clinic-field-too-long');

/** The same fields and limits as `npm run register -- create-clinic` (cli/register/createClinic.ts). */
export const newClinicRequestSchema = z.object({
  code: z.string().trim().regex(CLINIC_CODE_PATTERN, 'clinic-code-format'),
  nameRu: text('clinic-name-ru-missing', 300),
  nameEn: text('clinic-name-en-missing', 300),
  address: text('clinic-address-missing', 500),
  issuerUrl: z
    .url({ protocol: /^https$/, error: 'clinic-issuer-format' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  requisites: z.optional(clinicRequisitesSchema),
});
export type NewClinicRequest = z.input<typeof newClinicRequestSchema>;
