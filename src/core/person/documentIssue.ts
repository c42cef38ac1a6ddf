// When and by whom an identity document was issued, as the personal-data consent must name
// them (152-ФЗ ст. 9 ч. 4 п. 1–2: «сведения о дате выдачи указанного документа и выдавшем его
// органе»). Both or neither: a date without its issuer (or the other way round) is half a
// requisite, so it is refused rather than printed. The date is a real day, not after today,
// not before the holder was born and, for a Russian passport, not before they turned 14 (the
// age it is first issued at: Указ Президента РФ от 13.03.1997 № 232).
import type { MessageTable } from '../bilingual';
import type { CalendarDate } from '../records/calendarDate';
import { addYears, parseCalendarDate } from '../records/calendarDate';
import type { DocumentType } from './document';

export const DOCUMENT_ISSUER_MAX_LENGTH = 200;

/** The age a Russian internal passport is first issued at. */
const PASSPORT_AGE_YEARS = 14;

export type DocumentIssueReason =
  | 'document-issued-on-format'
  | 'document-issued-on-future'
  | 'document-issued-on-before-birth'
  | 'document-issued-on-before-14'
  | 'document-issued-on-missing'
  | 'document-issued-by-missing'
  | 'document-issued-by-too-long';

export const DOCUMENT_ISSUE_MESSAGES: MessageTable<DocumentIssueReason> = {
  'document-issued-on-format': {
    ru: 'Дата выдачи: существующая дата в виде дд.мм.гггг',
    en: 'Date of issue: a real date as dd.mm.yyyy',
  },
  'document-issued-on-future': {
    ru: 'Дата выдачи документа не может быть в будущем',
    en: 'The date of issue cannot be in the future',
  },
  'document-issued-on-before-birth': {
    ru: 'Документ не может быть выдан раньше даты рождения',
    en: 'The document cannot have been issued before the date of birth',
  },
  'document-issued-on-before-14': {
    ru: 'Паспорт РФ выдаётся с 14 лет — проверьте дату выдачи',
    en: 'A Russian passport is issued from age 14 — check the date of issue',
  },
  'document-issued-on-missing': {
    ru: 'Укажите дату выдачи документа',
    en: 'Enter the date the document was issued',
  },
  'document-issued-by-missing': {
    ru: 'Укажите, кем выдан документ',
    en: 'Enter who issued the document',
  },
  'document-issued-by-too-long': {
    ru: 'Кем выдан: не длиннее 200 символов',
    en: 'Issued by: at most 200 characters',
  },
};

export type DocumentIssue = {
  readonly issuedOn?: CalendarDate;
  readonly issuedBy?: string;
};

export type DocumentIssueError = {
  readonly field: 'issuedOn' | 'issuedBy';
  readonly reason: DocumentIssueReason;
};

export type DocumentIssueInput = {
  /** ISO YYYY-MM-DD (the form turns дд.мм.гггг into it first), or ''. */
  readonly issuedOn: string;
  readonly issuedBy: string;
  readonly documentType: DocumentType;
  /** The holder's birth date when known (a representative's is not recorded). */
  readonly birthDate?: CalendarDate;
  /** `required`: both must be given (a representative's consent names them). */
  readonly required: boolean;
};

/** Checks the issue date and issuer; every wrong field is reported. */
export function checkDocumentIssue(
  input: DocumentIssueInput,
  today: CalendarDate,
): { readonly value: DocumentIssue; readonly errors: readonly DocumentIssueError[] } {
  const errors: DocumentIssueError[] = [];
  const dateText = input.issuedOn.trim();
  const issuedBy = input.issuedBy.trim().replace(/\s+/g, ' ');
  const bothRequired = input.required || dateText !== '' || issuedBy !== '';
  let issuedOn: CalendarDate | undefined;
  if (dateText === '') {
    if (bothRequired) errors.push({ field: 'issuedOn', reason: 'document-issued-on-missing' });
  } else {
    const date = parseCalendarDate(dateText);
    const reason: DocumentIssueReason | undefined =
      date === undefined
        ? 'document-issued-on-format'
        : date > today
          ? 'document-issued-on-future'
          : input.birthDate !== undefined && date < input.birthDate
            ? 'document-issued-on-before-birth'
            : input.birthDate !== undefined &&
                input.documentType === 'ru-passport' &&
                date < addYears(input.birthDate, PASSPORT_AGE_YEARS)
              ? 'document-issued-on-before-14'
              : undefined;
    if (reason === undefined) issuedOn = date;
    else errors.push({ field: 'issuedOn', reason });
  }
  if (issuedBy === '') {
    if (bothRequired) errors.push({ field: 'issuedBy', reason: 'document-issued-by-missing' });
  } else if (issuedBy.length > DOCUMENT_ISSUER_MAX_LENGTH) {
    errors.push({ field: 'issuedBy', reason: 'document-issued-by-too-long' });
  }
  const value: DocumentIssue = {
    ...(issuedOn === undefined ? {} : { issuedOn }),
    ...(issuedBy === '' || errors.some((e) => e.field === 'issuedBy') ? {} : { issuedBy }),
  };
  return { value, errors };
}
