// A person as the desk registers them, and the check of what the clerk typed. Validation
// reports every wrong field at once, each with a reason that has a ru/en message, so the form
// can show it next to the field; nothing half-valid is returned.
import { z } from 'zod';
import type { MessageTable } from '../bilingual';
import type { CalendarDate } from '../records/calendarDate';
import { calendarDateSchema } from '../records/calendarDate';
import type { BirthDateReason } from './birthDate';
import { BIRTH_DATE_MESSAGES, parseBirthDate } from './birthDate';
import { declinedFormsSchema } from './declinedForms';
import type { DocumentIssueReason } from './documentIssue';
import {
  checkDocumentIssue,
  DOCUMENT_ISSUE_MESSAGES,
  DOCUMENT_ISSUER_MAX_LENGTH,
} from './documentIssue';
import type { DocumentReason, DocumentType, IdentityDocument } from './document';
import { DOCUMENT_MESSAGES, DOCUMENT_TYPES, parseDocument } from './document';
import type { LatinNameReason, NameReason } from './name';
import {
  isCyrillicName,
  isLatinName,
  NAME_MESSAGES,
  parseCyrillicName,
  parseLatinName,
} from './name';
import type { OmsReason } from './oms';
import { isValidOms, OMS_MESSAGES, parseOms } from './oms';
import type { PhoneReason } from './phone';
import { normalizePhone, PHONE_MESSAGES } from './phone';
import type { SnilsReason } from './snils';
import { isValidSnils, parseSnils, SNILS_MESSAGES } from './snils';
import { transliterate } from './transliterate';

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

export const ADDRESS_MAX_LENGTH = 300;

const cyrillicName = z.string().refine(isCyrillicName, 'name-not-cyrillic');
const latinName = z.string().refine(isLatinName, 'latin-name-not-latin');

export { DOCUMENT_ISSUER_MAX_LENGTH };

/**
 * The document as stored. `issuedOn` and `issuedBy` (when and by whom it was issued) are what
 * the personal-data consent must name (152-ФЗ ст. 9 ч. 4 п. 1); optional, since people
 * registered before issue #11 have none until the clerk adds them:
 *   {"type":"ru-passport","series":"3005","number":"123456","issuedOn":"2015-04-20",
 *    "issuedBy":"УМВД России по Камчатскому краю"}
 */
export const identityDocumentSchema = z
  .object({
    type: z.enum(DOCUMENT_TYPES),
    series: z.string().optional(),
    number: z.string(),
    issuedOn: z.optional(calendarDateSchema),
    issuedBy: z.string().trim().min(1).max(DOCUMENT_ISSUER_MAX_LENGTH).optional(),
  })
  .refine((doc) => {
    const text = doc.series === undefined ? doc.number : `${doc.series} ${doc.number}`;
    const parsed = parseDocument(doc.type, text);
    return parsed.ok && parsed.value.series === doc.series && parsed.value.number === doc.number;
  }, 'document-format');

/**
 * The stored, canonical shape of a person's details: what `validatePerson` returns and what a
 * row read back from IndexedDB or a sync body must match. Date-relative checks (birth date
 * against today) belong to `validatePerson`, since a stored row has no "today".
 */
export const personDetailsSchema = z.object({
  surname: cyrillicName,
  givenName: cyrillicName,
  patronymic: cyrillicName.optional(),
  surnameLatin: latinName,
  givenNameLatin: latinName,
  sex: z.enum(SEXES),
  birthDate: calendarDateSchema,
  document: identityDocumentSchema,
  snils: z
    .string()
    .refine((s) => /^\d{11}$/.test(s) && isValidSnils(s), 'snils-checksum')
    .optional(),
  oms: z
    .string()
    .refine((s) => /^\d{16}$/.test(s) && isValidOms(s), 'oms-checksum')
    .optional(),
  phone: z
    .string()
    .regex(/^\+7\d{10}$/, 'phone-format')
    .optional(),
  address: z.string().min(1).max(ADDRESS_MAX_LENGTH).optional(),
  /** The name in oblique cases as the clerk corrected it; absent, the rules decline it. */
  declined: declinedFormsSchema.optional(),
});
export type PersonDetails = z.infer<typeof personDetailsSchema>;

/** What the form holds: strings as typed; empty optional fields are '' or absent. */
export type PersonDraft = {
  readonly surname: string;
  readonly givenName: string;
  readonly patronymic?: string;
  /** Left empty, the Latin spelling is made by `transliterate`. */
  readonly surnameLatin?: string;
  readonly givenNameLatin?: string;
  readonly sex?: Sex | '';
  readonly birthDate: string;
  readonly documentType: DocumentType;
  /** Series and number as typed, in one string ("30 05 123456"). */
  readonly documentText: string;
  /** When the document was issued, ISO YYYY-MM-DD, and by whom; both or neither. */
  readonly documentIssuedOn?: string;
  readonly documentIssuedBy?: string;
  readonly snils?: string;
  readonly oms?: string;
  readonly phone?: string;
  readonly address?: string;
};

export type PersonField = Exclude<keyof PersonDraft, 'documentType' | 'documentText'> | 'document';

export type PersonReason =
  | NameReason
  | LatinNameReason
  | BirthDateReason
  | DocumentReason
  | SnilsReason
  | OmsReason
  | PhoneReason
  | DocumentIssueReason
  | 'sex-missing'
  | 'address-too-long';

export type PersonFieldError = { readonly field: PersonField; readonly reason: PersonReason };

export type PersonValidation =
  | { readonly ok: true; readonly value: PersonDetails }
  | { readonly ok: false; readonly errors: readonly PersonFieldError[] };

export const PERSON_MESSAGES: MessageTable<PersonReason> = {
  ...NAME_MESSAGES,
  ...BIRTH_DATE_MESSAGES,
  ...DOCUMENT_MESSAGES,
  ...SNILS_MESSAGES,
  ...OMS_MESSAGES,
  ...PHONE_MESSAGES,
  ...DOCUMENT_ISSUE_MESSAGES,
  'sex-missing': { ru: 'Укажите пол', en: 'Choose the sex' },
  'address-too-long': {
    ru: 'Адрес не длиннее 300 символов',
    en: 'The address is at most 300 characters',
  },
};

function blank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** Checks a draft against the rules of every field; `today` is the clinic's date. */
export function validatePerson(draft: PersonDraft, today: CalendarDate): PersonValidation {
  const errors: PersonFieldError[] = [];
  function take<T>(
    field: PersonField,
    result: { ok: true; value: T } | { ok: false; reason: PersonReason },
  ): T | undefined {
    if (result.ok) return result.value;
    errors.push({ field, reason: result.reason });
    return undefined;
  }

  // A blank Latin field is filled by transliteration; when the Cyrillic name itself is wrong
  // only that field is reported, not a second error for its derived spelling.
  function latinFor(
    field: 'surnameLatin' | 'givenNameLatin',
    typed: string | undefined,
    cyrillic: string | undefined,
  ): string | undefined {
    if (!blank(typed)) return take(field, parseLatinName(typed ?? ''));
    if (cyrillic === undefined) return undefined;
    return take(field, parseLatinName(transliterate(cyrillic)));
  }

  const surname = take('surname', parseCyrillicName(draft.surname));
  const givenName = take('givenName', parseCyrillicName(draft.givenName));
  const patronymic = blank(draft.patronymic)
    ? undefined
    : take('patronymic', parseCyrillicName(draft.patronymic ?? ''));
  const surnameLatin = latinFor('surnameLatin', draft.surnameLatin, surname);
  const givenNameLatin = latinFor('givenNameLatin', draft.givenNameLatin, givenName);
  const sex = draft.sex === undefined || draft.sex === '' ? undefined : draft.sex;
  if (sex === undefined) errors.push({ field: 'sex', reason: 'sex-missing' });
  const birthDate = take('birthDate', parseBirthDate(draft.birthDate, today));
  const document: IdentityDocument | undefined = take(
    'document',
    parseDocument(draft.documentType, draft.documentText),
  );
  const issue = checkDocumentIssue(
    {
      issuedOn: draft.documentIssuedOn ?? '',
      issuedBy: draft.documentIssuedBy ?? '',
      documentType: draft.documentType,
      ...(birthDate === undefined ? {} : { birthDate }),
      required: false,
    },
    today,
  );
  for (const error of issue.errors) {
    errors.push({
      field: error.field === 'issuedOn' ? 'documentIssuedOn' : 'documentIssuedBy',
      reason: error.reason,
    });
  }
  const snils = blank(draft.snils) ? undefined : take('snils', parseSnils(draft.snils ?? ''));
  const oms = blank(draft.oms) ? undefined : take('oms', parseOms(draft.oms ?? ''));
  const phone = blank(draft.phone) ? undefined : take('phone', normalizePhone(draft.phone ?? ''));
  const address = blank(draft.address)
    ? undefined
    : (draft.address ?? '').trim().replace(/\s+/g, ' ');
  if (address !== undefined && address.length > ADDRESS_MAX_LENGTH) {
    errors.push({ field: 'address', reason: 'address-too-long' });
  }

  if (
    errors.length > 0 ||
    surname === undefined ||
    givenName === undefined ||
    surnameLatin === undefined ||
    givenNameLatin === undefined ||
    sex === undefined ||
    birthDate === undefined ||
    document === undefined
  ) {
    return { ok: false, errors };
  }
  const value: PersonDetails = {
    surname,
    givenName,
    surnameLatin,
    givenNameLatin,
    sex,
    birthDate,
    document: { ...document, ...issue.value },
    ...(patronymic === undefined ? {} : { patronymic }),
    ...(snils === undefined ? {} : { snils }),
    ...(oms === undefined ? {} : { oms }),
    ...(phone === undefined ? {} : { phone }),
    ...(address === undefined ? {} : { address }),
  };
  return { ok: true, value };
}
