// The check of a minor's legal representative as the clerk typed them on the statement
// (representative.ts holds the stored shape). Like validatePerson it reports every wrong field
// at once, each with a ru/en message for the form to show next to it.
//
// What is required is what the personal-data consent given by a representative must name
// (152-ФЗ ст. 9 ч. 4 п. 2): the name, the address, the identity document with its date of
// issue and issuer, and the document that makes them the representative; and the date of
// birth, which the ИДС they sign names (Приказ Минздрава № 1051н). The basis must fit
// the minor's age on the statement's date: a guardian (опекун) is appointed for a child under
// 14 and a trustee (попечитель) for one of 14 to 18 (ГК РФ ст. 32, 33; at 14 the guardian
// becomes the trustee without a new decision, ст. 40 п. 1); a parent or an adoptive parent is
// the representative at any age under 18 (ГК РФ ст. 28, 26; СК РФ ст. 64, 137).
import type { MessageTable } from '../bilingual';
import type { CalendarDate } from '../records/calendarDate';
import { TEXT_LIMITS } from '../records/base';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { declineByRules } from './declension';
import type { BirthDateReason } from './birthDate';
import { BIRTH_DATE_MESSAGES, parseBirthDate } from './birthDate';
import type { DeclinedNameReason } from './declinedForms';
import { DECLINED_NAME_MESSAGES, parseDeclinedFullName } from './declinedForms';
import type { DocumentReason, DocumentType, IdentityDocument } from './document';
import { DOCUMENT_MESSAGES, parseDocument } from './document';
import type { DocumentIssueReason } from './documentIssue';
import { checkDocumentIssue, DOCUMENT_ISSUE_MESSAGES } from './documentIssue';
import type { NameReason } from './name';
import { NAME_MESSAGES, parseCyrillicName } from './name';
import type { Sex } from './person';
import { ADDRESS_MAX_LENGTH } from './person';
import type { PhoneReason } from './phone';
import { normalizePhone, PHONE_MESSAGES } from './phone';
import type { Representative, RepresentativeBasis } from './representative';

/** What the representative form holds: strings as typed, dates already ISO. */
export type RepresentativeDraft = {
  readonly surname: string;
  readonly givenName: string;
  readonly patronymic?: string;
  readonly sex?: Sex | '';
  /** ISO once the form has read дд.мм.гггг; required of a representative saved now. */
  readonly birthDate?: string;
  readonly documentType: DocumentType;
  readonly documentText: string;
  readonly documentIssuedOn: string;
  readonly documentIssuedBy: string;
  readonly address: string;
  readonly phone?: string;
  readonly basis?: RepresentativeBasis | '';
  readonly basisDocument: string;
  /** The genitive as the clerk wrote it; '' or the rules' own form stores none. */
  readonly genitive?: string;
};

export type RepresentativeField =
  | 'surname'
  | 'givenName'
  | 'patronymic'
  | 'sex'
  | 'birthDate'
  | 'document'
  | 'documentIssuedOn'
  | 'documentIssuedBy'
  | 'address'
  | 'phone'
  | 'basis'
  | 'basisDocument'
  | 'genitive';

export type BasisAgeReason =
  | 'representative-basis-guardian-from-14'
  | 'representative-basis-trustee-under-14'
  | 'representative-minor-adult';

export type RepresentativeReason =
  | NameReason
  | BirthDateReason
  | DocumentReason
  | DocumentIssueReason
  | PhoneReason
  | DeclinedNameReason
  | BasisAgeReason
  | 'sex-missing'
  | 'address-too-long'
  | 'representative-address-missing'
  | 'representative-document-birth-certificate'
  | 'representative-basis-missing'
  | 'representative-basis-document-missing'
  | 'representative-basis-document-too-long';

export type RepresentativeFieldError = {
  readonly field: RepresentativeField;
  readonly reason: RepresentativeReason;
};

export type RepresentativeValidation =
  | { readonly ok: true; readonly value: Representative }
  | { readonly ok: false; readonly errors: readonly RepresentativeFieldError[] };

export const BASIS_AGE_MESSAGES: MessageTable<BasisAgeReason> = {
  'representative-basis-guardian-from-14': {
    ru: 'С 14 лет у ребёнка не опекун, а попечитель (ГК РФ ст. 33, 40)',
    en: 'From age 14 a child has a trustee (попечитель), not a guardian (Civil Code art. 33, 40)',
  },
  'representative-basis-trustee-under-14': {
    ru: 'До 14 лет у ребёнка не попечитель, а опекун (ГК РФ ст. 32)',
    en: 'Under 14 a child has a guardian (опекун), not a trustee (Civil Code art. 32)',
  },
  'representative-minor-adult': {
    ru: 'Пациенту 18 лет или больше: законный представитель не нужен',
    en: 'The patient is 18 or older: no legal representative is needed',
  },
};

export const REPRESENTATIVE_MESSAGES: MessageTable<RepresentativeReason> = {
  ...NAME_MESSAGES,
  ...BIRTH_DATE_MESSAGES,
  ...DOCUMENT_MESSAGES,
  ...DOCUMENT_ISSUE_MESSAGES,
  ...PHONE_MESSAGES,
  ...DECLINED_NAME_MESSAGES,
  ...BASIS_AGE_MESSAGES,
  'sex-missing': { ru: 'Укажите пол', en: 'Choose the sex' },
  'address-too-long': {
    ru: 'Адрес не длиннее 300 символов',
    en: 'The address is at most 300 characters',
  },
  'representative-address-missing': {
    ru: 'Укажите адрес представителя — его требует согласие на обработку персональных данных',
    en: 'Enter the representative’s address — the personal-data consent requires it',
  },
  'representative-document-birth-certificate': {
    ru: 'Представитель предъявляет свой паспорт или другой документ, а не свидетельство о рождении',
    en: 'The representative shows their own passport or other document, not a birth certificate',
  },
  'representative-basis-missing': {
    ru: 'Укажите, кем представитель приходится пациенту',
    en: 'Choose what the representative is to the patient',
  },
  'representative-basis-document-missing': {
    ru: 'Укажите документ, подтверждающий полномочия (например, свидетельство о рождении ребёнка)',
    en: 'Enter the document of authority (for example, the child’s birth certificate)',
  },
  'representative-basis-document-too-long': {
    ru: `Документ о полномочиях: не длиннее ${TEXT_LIMITS.reason} символов`,
    en: `Document of authority: at most ${TEXT_LIMITS.reason} characters`,
  },
};

/** Whether `basis` makes someone the representative of a minor aged `minorAge` (full years). */
export function basisFitsAge(
  basis: RepresentativeBasis,
  minorAge: number,
): Result<void, BasisAgeReason> {
  if (minorAge >= 18) return fail('representative-minor-adult');
  if (basis === 'guardian' && minorAge >= 14) return fail('representative-basis-guardian-from-14');
  if (basis === 'trustee' && minorAge < 14) return fail('representative-basis-trustee-under-14');
  return ok(undefined);
}

function blank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

const tidy = (text: string) => text.trim().replace(/\s+/g, ' ');

/**
 * Checks a typed representative of a minor aged `minorAge` (full years on the statement's
 * date, minorRules.ts `ageOn`); `today` is the clinic's date.
 */
export function validateRepresentative(
  draft: RepresentativeDraft,
  today: CalendarDate,
  minorAge: number,
): RepresentativeValidation {
  const errors: RepresentativeFieldError[] = [];
  function take<T>(
    field: RepresentativeField,
    result: { ok: true; value: T } | { ok: false; reason: RepresentativeReason },
  ): T | undefined {
    if (result.ok) return result.value;
    errors.push({ field, reason: result.reason });
    return undefined;
  }

  const surname = take('surname', parseCyrillicName(draft.surname));
  const givenName = take('givenName', parseCyrillicName(draft.givenName));
  const patronymic = blank(draft.patronymic)
    ? undefined
    : take('patronymic', parseCyrillicName(draft.patronymic ?? ''));
  const sex = draft.sex === undefined || draft.sex === '' ? undefined : draft.sex;
  if (sex === undefined) errors.push({ field: 'sex', reason: 'sex-missing' });
  const birthDate = take('birthDate', parseBirthDate(draft.birthDate ?? '', today));

  const document = take<IdentityDocument>(
    'document',
    draft.documentType === 'birth-certificate'
      ? fail('representative-document-birth-certificate')
      : parseDocument(draft.documentType, draft.documentText),
  );
  const issue = checkDocumentIssue(
    {
      issuedOn: draft.documentIssuedOn,
      issuedBy: draft.documentIssuedBy,
      documentType: draft.documentType,
      required: true,
    },
    today,
  );
  for (const error of issue.errors) {
    errors.push({
      field: error.field === 'issuedOn' ? 'documentIssuedOn' : 'documentIssuedBy',
      reason: error.reason,
    });
  }

  const address = tidy(draft.address);
  if (address === '') errors.push({ field: 'address', reason: 'representative-address-missing' });
  else if (address.length > ADDRESS_MAX_LENGTH) {
    errors.push({ field: 'address', reason: 'address-too-long' });
  }
  const phone = blank(draft.phone) ? undefined : take('phone', normalizePhone(draft.phone ?? ''));

  const basis = draft.basis === undefined || draft.basis === '' ? undefined : draft.basis;
  if (basis === undefined) errors.push({ field: 'basis', reason: 'representative-basis-missing' });
  else take('basis', basisFitsAge(basis, minorAge));
  const basisDocument = tidy(draft.basisDocument);
  if (basisDocument === '') {
    errors.push({ field: 'basisDocument', reason: 'representative-basis-document-missing' });
  } else if (basisDocument.length > TEXT_LIMITS.reason) {
    errors.push({ field: 'basisDocument', reason: 'representative-basis-document-too-long' });
  }

  const genitive = take('genitive', parseDeclinedFullName(draft.genitive ?? ''));

  if (
    errors.length > 0 ||
    surname === undefined ||
    givenName === undefined ||
    sex === undefined ||
    birthDate === undefined ||
    document === undefined ||
    basis === undefined ||
    genitive === undefined
  ) {
    return { ok: false, errors };
  }
  const name = { surname, givenName, sex, ...(patronymic === undefined ? {} : { patronymic }) };
  // Only a form that differs from the rules' is kept, as on the person (personFormState.ts).
  const ownGenitive =
    genitive !== '' && genitive !== declineByRules(name, 'genitive').text ? genitive : undefined;
  const value: Representative = {
    ...name,
    birthDate,
    document: { ...document, ...issue.value },
    address,
    ...(phone === undefined ? {} : { phone }),
    basis,
    basisDocument,
    ...(ownGenitive === undefined ? {} : { declined: { genitive: ownGenitive } }),
  };
  return { ok: true, value };
}
