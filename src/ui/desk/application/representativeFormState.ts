// The representative form's state as the clerk types it, kept as a draft in IndexedDB so a
// reload loses nothing. Dates (birth, document issue) are typed дд.мм.гггг and become ISO for the check
// (representativeDraft.ts); the genitive («от Ивановой Марии Петровны») follows the name and
// sex until the clerk writes their own, as on the person form.
import { dottedDate } from '../../../core/records/calendarDate';
import { z } from 'zod';
import { declineByRules } from '../../../core/person/declension';
import type { DocumentType } from '../../../core/person/document';
import { DOCUMENT_TYPES, formatDocument } from '../../../core/person/document';
import type { Sex } from '../../../core/person/person';
import type { Representative, RepresentativeBasis } from '../../../core/person/representative';
import { REPRESENTATIVE_BASES } from '../../../core/person/representative';
import type {
  RepresentativeDraft,
  RepresentativeField,
  RepresentativeFieldError,
} from '../../../core/person/representativeDraft';
import { parseSearchDate } from '../../../desk/queries';

export const representativeFormSchema = z.object({
  surname: z.string(),
  givenName: z.string(),
  patronymic: z.string(),
  sex: z.enum(['', 'male', 'female']),
  // A draft typed before the form asked it still fits: the field starts empty.
  birthDate: z.string().default(''),
  documentType: z.enum(DOCUMENT_TYPES),
  documentText: z.string(),
  documentIssuedOn: z.string(),
  documentIssuedBy: z.string(),
  address: z.string(),
  phone: z.string(),
  basis: z.enum(['', ...REPRESENTATIVE_BASES]),
  basisDocument: z.string(),
  genitive: z.string(),
  genitiveEdited: z.boolean(),
});
export type RepresentativeForm = z.infer<typeof representativeFormSchema>;

export const EMPTY_REPRESENTATIVE_FORM: RepresentativeForm = {
  surname: '',
  givenName: '',
  patronymic: '',
  sex: '',
  birthDate: '',
  documentType: 'ru-passport',
  documentText: '',
  documentIssuedOn: '',
  documentIssuedBy: '',
  address: '',
  phone: '',
  basis: '',
  basisDocument: '',
  genitive: '',
  genitiveEdited: false,
};

export type RepresentativeTextKey = Exclude<
  keyof RepresentativeForm,
  'sex' | 'documentType' | 'basis' | 'genitiveEdited'
>;

/** The genitive the rules give for the name and sex typed so far; '' until they are there. */
export function representativeRuleGenitive(form: RepresentativeForm): string {
  const tidy = (text: string) => text.trim().replace(/\s+/g, ' ');
  const surname = tidy(form.surname);
  const givenName = tidy(form.givenName);
  const patronymic = tidy(form.patronymic);
  if (surname === '' || givenName === '' || form.sex === '') return '';
  return declineByRules(
    { surname, givenName, sex: form.sex, ...(patronymic === '' ? {} : { patronymic }) },
    'genitive',
  ).text;
}

function withRuleGenitive(form: RepresentativeForm): RepresentativeForm {
  return form.genitiveEdited ? form : { ...form, genitive: representativeRuleGenitive(form) };
}

/** The form after one text field changed; the genitive follows the name. */
export function changeRepresentativeField(
  form: RepresentativeForm,
  field: RepresentativeTextKey,
  value: string,
): RepresentativeForm {
  if (field === 'genitive') {
    // Clearing the field hands it back to the rules.
    return { ...form, genitive: value, genitiveEdited: value.trim() !== '' };
  }
  const next = { ...form, [field]: value };
  return field === 'surname' || field === 'givenName' || field === 'patronymic'
    ? withRuleGenitive(next)
    : next;
}

export function changeRepresentativeSex(form: RepresentativeForm, sex: Sex): RepresentativeForm {
  return withRuleGenitive({ ...form, sex });
}

export function changeRepresentativeDocumentType(
  form: RepresentativeForm,
  documentType: DocumentType,
): RepresentativeForm {
  return { ...form, documentType };
}

/**
 * The form after the basis was chosen. A parent's authority is the child's birth certificate,
 * so when the child shows one and the field is still empty it is written in for the clerk.
 */
export function changeRepresentativeBasis(
  form: RepresentativeForm,
  basis: RepresentativeBasis,
  childBirthCertificate: string | undefined,
): RepresentativeForm {
  const parent = basis === 'parent' || basis === 'adoptive-parent';
  const basisDocument =
    parent && form.basisDocument.trim() === '' && childBirthCertificate !== undefined
      ? `Свидетельство о рождении ${childBirthCertificate}`
      : form.basisDocument;
  return { ...form, basis, basisDocument };
}

/** What `validateRepresentative` reads: dates typed as дд.мм.гггг become ISO first. */
export function toRepresentativeDraft(form: RepresentativeForm): RepresentativeDraft {
  return {
    surname: form.surname,
    givenName: form.givenName,
    patronymic: form.patronymic,
    sex: form.sex,
    birthDate: parseSearchDate(form.birthDate) ?? form.birthDate,
    documentType: form.documentType,
    documentText: form.documentText,
    documentIssuedOn: parseSearchDate(form.documentIssuedOn) ?? form.documentIssuedOn,
    documentIssuedBy: form.documentIssuedBy,
    address: form.address,
    phone: form.phone,
    basis: form.basis,
    basisDocument: form.basisDocument,
    genitive: form.genitiveEdited ? form.genitive : '',
  };
}

/** The form for changing a recorded representative, as the clerk would have typed it. */
export function representativeToForm(representative: Representative): RepresentativeForm {
  const issued = representative.document.issuedOn;
  const own = representative.declined?.genitive;
  return withRuleGenitive({
    surname: representative.surname,
    givenName: representative.givenName,
    patronymic: representative.patronymic ?? '',
    sex: representative.sex,
    birthDate: representative.birthDate === undefined ? '' : dottedDate(representative.birthDate),
    documentType: representative.document.type,
    documentText: formatDocument(representative.document),
    documentIssuedOn: issued === undefined ? '' : dottedDate(issued),
    documentIssuedBy: representative.document.issuedBy ?? '',
    address: representative.address ?? '',
    phone: representative.phone ?? '',
    basis: representative.basis,
    basisDocument: representative.basisDocument,
    genitive: own ?? '',
    genitiveEdited: own !== undefined,
  });
}

/** The first error of each field, for showing next to it. */
export function representativeErrorsByField(
  errors: readonly RepresentativeFieldError[],
): Partial<Record<RepresentativeField, RepresentativeFieldError['reason']>> {
  const byField: Partial<Record<RepresentativeField, RepresentativeFieldError['reason']>> = {};
  for (const error of errors) byField[error.field] ??= error.reason;
  return byField;
}
