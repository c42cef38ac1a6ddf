// The new-person form's state as the clerk types it, kept as a draft in IndexedDB. The Latin
// spelling follows the Cyrillic name (Russian passport transliteration) until the clerk edits
// it, because the citizen's own passport may spell it otherwise; from then on it is theirs.
import { z } from 'zod';
import { DOCUMENT_TYPES, formatDocument } from '../../../core/person/document';
import type {
  PersonDetails,
  PersonDraft,
  PersonField,
  PersonFieldError,
} from '../../../core/person/person';
import { transliterate } from '../../../core/person/transliterate';
import { parseSearchDate } from '../../../desk/queries';

export const personFormSchema = z.object({
  surname: z.string(),
  givenName: z.string(),
  patronymic: z.string(),
  surnameLatin: z.string(),
  givenNameLatin: z.string(),
  latinEdited: z.object({ surname: z.boolean(), givenName: z.boolean() }),
  sex: z.enum(['', 'male', 'female']),
  birthDate: z.string(),
  documentType: z.enum(DOCUMENT_TYPES),
  documentText: z.string(),
  snils: z.string(),
  oms: z.string(),
  phone: z.string(),
  address: z.string(),
});
export type PersonForm = z.infer<typeof personFormSchema>;

export const EMPTY_PERSON_FORM: PersonForm = {
  surname: '',
  givenName: '',
  patronymic: '',
  surnameLatin: '',
  givenNameLatin: '',
  latinEdited: { surname: false, givenName: false },
  sex: '',
  birthDate: '',
  documentType: 'ru-passport',
  documentText: '',
  snils: '',
  oms: '',
  phone: '',
  address: '',
};

type TextKey = Exclude<keyof PersonForm, 'latinEdited' | 'sex' | 'documentType'>;

/** The form after one field changed, with the Latin spelling kept in step. */
export function changePersonField(form: PersonForm, field: TextKey, value: string): PersonForm {
  switch (field) {
    case 'surname':
      return {
        ...form,
        surname: value,
        surnameLatin: form.latinEdited.surname ? form.surnameLatin : transliterate(value),
      };
    case 'givenName':
      return {
        ...form,
        givenName: value,
        givenNameLatin: form.latinEdited.givenName ? form.givenNameLatin : transliterate(value),
      };
    case 'surnameLatin':
      // Clearing the field hands it back to transliteration.
      return {
        ...form,
        surnameLatin: value,
        latinEdited: { ...form.latinEdited, surname: value.trim() !== '' },
      };
    case 'givenNameLatin':
      return {
        ...form,
        givenNameLatin: value,
        latinEdited: { ...form.latinEdited, givenName: value.trim() !== '' },
      };
    default:
      return { ...form, [field]: value };
  }
}

/** What `validatePerson` reads: the birth date typed as дд.мм.гггг becomes ISO first. */
export function toPersonDraft(form: PersonForm): PersonDraft {
  return {
    surname: form.surname,
    givenName: form.givenName,
    patronymic: form.patronymic,
    surnameLatin: form.surnameLatin,
    givenNameLatin: form.givenNameLatin,
    sex: form.sex,
    birthDate: parseSearchDate(form.birthDate) ?? form.birthDate,
    documentType: form.documentType,
    documentText: form.documentText,
    snils: form.snils,
    oms: form.oms,
    phone: form.phone,
    address: form.address,
  };
}

/** The first error of each field, for showing next to it. */
export function errorsByField(
  errors: readonly PersonFieldError[],
): Partial<Record<PersonField, PersonFieldError['reason']>> {
  const byField: Partial<Record<PersonField, PersonFieldError['reason']>> = {};
  for (const error of errors) byField[error.field] ??= error.reason;
  return byField;
}

/** The form for editing a registered person, as the clerk would have typed it. */
export function personToForm(person: PersonDetails): PersonForm {
  const birth = /^(\d{4})-(\d{2})-(\d{2})$/.exec(person.birthDate);
  return {
    surname: person.surname,
    givenName: person.givenName,
    patronymic: person.patronymic ?? '',
    surnameLatin: person.surnameLatin,
    givenNameLatin: person.givenNameLatin,
    // A stored Latin spelling may differ from the transliteration; keep it as the clerk's.
    latinEdited: {
      surname: person.surnameLatin !== transliterate(person.surname),
      givenName: person.givenNameLatin !== transliterate(person.givenName),
    },
    sex: person.sex,
    birthDate: birth === null ? person.birthDate : `${birth[3]}.${birth[2]}.${birth[1]}`,
    documentType: person.document.type,
    documentText: formatDocument(person.document),
    snils: person.snils ?? '',
    oms: person.oms ?? '',
    phone: person.phone ?? '',
    address: person.address ?? '',
  };
}
