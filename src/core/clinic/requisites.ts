// A clinic's requisites, as its contract and statements print them for the provider of a paid
// medical service (issue #11). They live in the clinic's settings document (settings.ts), so
// the register stores them and every tablet of the clinic gets them. Example (illustrative
// numbers that pass the checks, not a real clinic):
//
//   "requisites":{"fullName":"Государственное бюджетное учреждение здравоохранения Камчатского
//       края «Петропавловск-Камчатская городская поликлиника № 3»",
//     "shortName":"ГБУЗ КК «ПКГП № 3»","ogrn":"1024101024056","inn":"4101023523",
//     "kpp":"410101001","address":"683032, г. Петропавловск-Камчатский, ул. Ленинская, д. 1",
//     "phone":"+7 (4152) 41-20-00","site":"https://gp3.example.ru",
//     "licence":{"number":"Л041-01184-41/00312345","date":"2022-03-15",
//                "issuer":"Министерство здравоохранения Камчатского края"},
//     "headPhysician":"Иванова Мария Петровна"}
//
// ОГРН and ИНН are checked by their check digits (ogrn.ts, inn.ts) and against each other: an
// organisation has a 13-digit ОГРН, a 10-digit ИНН and a КПП; an individual entrepreneur a
// 15-digit ОГРНИП, a 12-digit ИНН and no КПП. The phone is kept as the admin typed it, so
// the contract prints the clinic's own grouping, but it must be a Russian number.
// Issue messages are the reason codes below, so the desk puts its own words next to the field.
import { z } from 'zod/mini';
import type { MessageTable } from '../bilingual';
import { normalizePhone } from '../person/phone';
import type { CalendarDate } from '../records/calendarDate';
import { parseCalendarDate } from '../records/calendarDate';
import { INN_MESSAGES, parseInn, parseKpp } from './inn';
import type { InnReason, KppReason } from './inn';
import { OGRN_MESSAGES, parseOgrn } from './ogrn';
import type { OgrnReason } from './ogrn';

export type RequisitesReason =
  | OgrnReason
  | InnReason
  | KppReason
  | 'requisites-full-name-missing'
  | 'requisites-short-name-missing'
  | 'requisites-too-long'
  | 'requisites-inn-ogrn-mismatch'
  | 'requisites-kpp-missing'
  | 'requisites-kpp-entrepreneur'
  | 'requisites-address-missing'
  | 'requisites-phone-format'
  | 'requisites-site-format'
  | 'requisites-licence-number-missing'
  | 'requisites-licence-date-format'
  | 'requisites-licence-issuer-missing'
  | 'requisites-head-physician-format'
  | 'requisites-field-invalid';

export const REQUISITES_MESSAGES: MessageTable<RequisitesReason> = {
  ...OGRN_MESSAGES,
  ...INN_MESSAGES,
  'requisites-full-name-missing': {
    ru: 'Полное наименование: заполните поле',
    en: 'Full name: fill in this field',
  },
  'requisites-short-name-missing': {
    ru: 'Сокращённое наименование: заполните поле',
    en: 'Short name: fill in this field',
  },
  'requisites-too-long': {
    ru: 'Слишком длинное значение: проверьте, не вставлено ли лишнее',
    en: 'This value is too long: check that nothing extra was pasted',
  },
  'requisites-inn-ogrn-mismatch': {
    ru: 'ИНН: у организации с ОГРН — 10 цифр, у индивидуального предпринимателя с ОГРНИП — 12',
    en: 'INN: an organisation with an OGRN has 10 digits, an entrepreneur with an OGRNIP 12',
  },
  'requisites-kpp-missing': {
    ru: 'КПП: у организации обязателен',
    en: 'KPP: an organisation must give it',
  },
  'requisites-kpp-entrepreneur': {
    ru: 'КПП: у индивидуального предпринимателя КПП нет — оставьте поле пустым',
    en: 'KPP: an individual entrepreneur has none — leave the field empty',
  },
  'requisites-address-missing': {
    ru: 'Адрес: заполните поле',
    en: 'Address: fill in this field',
  },
  'requisites-phone-format': {
    ru: 'Телефон: 10 цифр с кодом города, например +7 (4152) 41-20-00',
    en: 'Phone: 10 digits with the area code, e.g. +7 (4152) 41-20-00',
  },
  'requisites-site-format': {
    ru: 'Сайт: адрес вида https://gp3.ru',
    en: 'Website: an address such as https://gp3.ru',
  },
  'requisites-licence-number-missing': {
    ru: 'Номер лицензии: заполните поле',
    en: 'Licence number: fill in this field',
  },
  'requisites-licence-date-format': {
    ru: 'Дата лицензии: существующая дата, например 15.03.2022',
    en: 'Licence date: a real date, e.g. 15.03.2022',
  },
  'requisites-licence-issuer-missing': {
    ru: 'Кем выдана лицензия: заполните поле',
    en: 'Licence issued by: fill in this field',
  },
  'requisites-head-physician-format': {
    ru: 'Главный врач: фамилия, имя и отчество (при наличии) полностью, русскими буквами',
    en: 'Head physician: surname, given name and patronymic (if any) in full, in Cyrillic',
  },
  'requisites-field-invalid': { ru: 'Недопустимое значение', en: 'Invalid value' },
};

const REQUISITES_REASONS: ReadonlySet<string> = new Set(Object.keys(REQUISITES_MESSAGES));

export function isRequisitesReason(code: string): code is RequisitesReason {
  return REQUISITES_REASONS.has(code);
}

const text = (missing: RequisitesReason, max: number) =>
  z.string().check(z.trim(), z.minLength(1, missing), z.maxLength(max, 'requisites-too-long'));

/** Runs one of the identifier parsers and reports its reason as the issue's message. */
function parsed<T extends string>(
  parse: (input: string) => { ok: true; value: T } | { ok: false; reason: RequisitesReason },
) {
  return z.pipe(
    z.string(),
    // zod/mini's transform has no `addIssue`: the issue is pushed as classic zod's would be.
    z.transform((input: string, payload): T => {
      const result = parse(input);
      if (result.ok) return result.value;
      payload.issues.push({ code: 'custom', message: result.reason, input });
      return z.NEVER;
    }),
  );
}

/** "Иванова Мария Петровна", "Д'Арк Жанна", "Салтыков-Щедрин Михаил Евграфович". */
const CYRILLIC_WORD = "[А-ЯЁа-яё](?:[А-ЯЁа-яё'-]*[А-ЯЁа-яё])?";
const FULL_NAME = new RegExp(`^${CYRILLIC_WORD}(?: ${CYRILLIC_WORD}){1,3}$`, 'u');

function isSite(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

const TAX_FIELDS: ReadonlySet<PropertyKey | undefined> = new Set(['ogrn', 'inn', 'kpp']);

export const clinicRequisitesSchema = z
  .object({
    fullName: text('requisites-full-name-missing', 500),
    shortName: text('requisites-short-name-missing', 200),
    ogrn: parsed(parseOgrn),
    inn: parsed(parseInn),
    /** Absent for an individual entrepreneur, who has no КПП. */
    kpp: z.optional(parsed(parseKpp)),
    address: text('requisites-address-missing', 500),
    phone: z.string().check(
      z.trim(),
      z.maxLength(40, 'requisites-too-long'),
      z.refine((phone) => normalizePhone(phone).ok, 'requisites-phone-format'),
    ),
    site: z.optional(
      z
        .string()
        .check(
          z.trim(),
          z.maxLength(200, 'requisites-too-long'),
          z.refine(isSite, 'requisites-site-format'),
        ),
    ),
    licence: z.object({
      /** "Л041-01184-41/00312345" in the single register of licences, or an older form. */
      number: text('requisites-licence-number-missing', 60),
      date: z.pipe(
        z
          .string()
          .check(
            z.refine((date) => parseCalendarDate(date) === date, 'requisites-licence-date-format'),
          ),
        z.transform((date: string) => date as CalendarDate),
      ),
      issuer: text('requisites-licence-issuer-missing', 300),
    }),
    headPhysician: z
      .pipe(
        z.string().check(z.trim()),
        z.transform((name: string) => name.replace(/\s+/g, ' ').replace(/’/g, "'")),
      )
      .check(z.refine((name) => FULL_NAME.test(name), 'requisites-head-physician-format')),
  })
  .check(
    z.superRefine(
      (requisites, ctx) => {
        const entrepreneur = requisites.ogrn.length === 15;
        if (requisites.inn.length !== (entrepreneur ? 12 : 10)) {
          ctx.addIssue({ code: 'custom', path: ['inn'], message: 'requisites-inn-ogrn-mismatch' });
        }
        if (!entrepreneur && requisites.kpp === undefined) {
          ctx.addIssue({ code: 'custom', path: ['kpp'], message: 'requisites-kpp-missing' });
        }
        if (entrepreneur && requisites.kpp !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['kpp'], message: 'requisites-kpp-entrepreneur' });
        }
      },
      // Zod skips a refinement once a member is missing or of the wrong type; these rules need
      // only the three numbers, and the register should name a mismatch in the same answer.
      {
        when: (payload) =>
          !payload.issues.some(
            (issue) =>
              issue.path === undefined || issue.path.length === 0 || TAX_FIELDS.has(issue.path[0]),
          ),
      },
    ),
  );

export type ClinicRequisites = z.infer<typeof clinicRequisitesSchema>;
export type ClinicRequisitesInput = z.input<typeof clinicRequisitesSchema>;

/** A field ("ogrn", "licence.date") and what is wrong with it. */
export type RequisitesFieldError = { readonly field: string; readonly reason: RequisitesReason };

/** Checks requisites as typed; every problem is reported with the field it belongs to. */
export function checkRequisites(
  input: unknown,
): { ok: true; value: ClinicRequisites } | { ok: false; errors: readonly RequisitesFieldError[] } {
  const result = clinicRequisitesSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.map((issue): RequisitesFieldError => ({
    field: issue.path.map(String).join('.'),
    reason: isRequisitesReason(issue.message) ? issue.message : 'requisites-field-invalid',
  }));
  return { ok: false, errors };
}
