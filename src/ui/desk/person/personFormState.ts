// The new-person form's state as the clerk types it, kept as a draft in IndexedDB. The Latin
// spelling follows the Cyrillic name (Russian passport transliteration) until the clerk edits
// it, because the citizen's own passport may spell it otherwise; from then on it is theirs.
// The genitive form for documents («от Ивановой Марии Петровны») follows the name and sex the
// same way (declension.ts), and is stored on the person only when the clerk wrote their own.
import { dottedDate } from '../../../core/records/calendarDate';
import { z } from 'zod';
import { declineByRules } from '../../../core/person/declension';
import type { DeclinedForms, DeclinedNameReason } from '../../../core/person/declinedForms';
import { parseDeclinedFullName } from '../../../core/person/declinedForms';
import { DOCUMENT_TYPES, formatDocument } from '../../../core/person/document';
import type {
  PersonDetails,
  PersonDraft,
  PersonField,
  PersonFieldError,
  Sex,
} from '../../../core/person/person';
import type { Result } from '../../../core/result';
import { fail, ok } from '../../../core/result';
import { transliterate } from '../../../core/person/transliterate';
import { parseSearchDate } from '../../../desk/queries';

// Built when a form first reads its draft, not when the desk loads (core/records/base.ts).
export const personFormSchema = z.lazy(() =>
  z.object({
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
    // Defaults: a draft saved before these fields existed still opens.
    genitive: z.string().default(''),
    genitiveEdited: z.boolean().default(false),
    documentIssuedOn: z.string().default(''),
    documentIssuedBy: z.string().default(''),
  }),
);
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
  genitive: '',
  genitiveEdited: false,
  documentIssuedOn: '',
  documentIssuedBy: '',
};

type TextKey = Exclude<keyof PersonForm, 'latinEdited' | 'sex' | 'documentType' | 'genitiveEdited'>;

/**
 * The genitive the rules give for the name and sex typed so far; '' until the surname, the
 * given name and the sex are there.
 */
export function ruleGenitive(form: PersonForm): string {
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

/** The form with its genitive following the name, unless the clerk wrote their own. */
function withRuleGenitive(form: PersonForm): PersonForm {
  return form.genitiveEdited ? form : { ...form, genitive: ruleGenitive(form) };
}

/** The form after the sex was chosen. */
export function changePersonSex(form: PersonForm, sex: Sex): PersonForm {
  return withRuleGenitive({ ...form, sex });
}

/** The form after one field changed, with the Latin spelling kept in step. */
export function changePersonField(form: PersonForm, field: TextKey, value: string): PersonForm {
  switch (field) {
    case 'surname':
      return withRuleGenitive({
        ...form,
        surname: value,
        surnameLatin: form.latinEdited.surname ? form.surnameLatin : transliterate(value),
      });
    case 'givenName':
      return withRuleGenitive({
        ...form,
        givenName: value,
        givenNameLatin: form.latinEdited.givenName ? form.givenNameLatin : transliterate(value),
      });
    case 'patronymic':
      return withRuleGenitive({ ...form, patronymic: value });
    case 'genitive':
      // Clearing the field hands it back to the rules, as with the Latin spelling.
      return { ...form, genitive: value, genitiveEdited: value.trim() !== '' };
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
    documentIssuedOn: parseSearchDate(form.documentIssuedOn) ?? form.documentIssuedOn,
    documentIssuedBy: form.documentIssuedBy,
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

/**
 * The hand-written forms to store with the person: the clerk's genitive when it differs from
 * the rules' (else none), with any other case the stored person already had kept as it was.
 */
export function declinedFormsFor(
  form: PersonForm,
  stored?: DeclinedForms,
): Result<DeclinedForms | undefined, DeclinedNameReason> {
  const otherCases: DeclinedForms = stored?.dative === undefined ? {} : { dative: stored.dative };
  const typed = form.genitiveEdited ? parseDeclinedFullName(form.genitive) : ok('');
  if (!typed.ok) return fail(typed.reason);
  const own = typed.value !== '' && typed.value !== ruleGenitive(form) ? typed.value : undefined;
  const forms: DeclinedForms = { ...otherCases, ...(own === undefined ? {} : { genitive: own }) };
  return ok(Object.keys(forms).length === 0 ? undefined : forms);
}

/** The form for editing a registered person, as the clerk would have typed it. */
export function personToForm(person: PersonDetails): PersonForm {
  const typed = dottedDate;
  const form: PersonForm = {
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
    birthDate: typed(person.birthDate),
    documentType: person.document.type,
    documentText: formatDocument(person.document),
    snils: person.snils ?? '',
    oms: person.oms ?? '',
    phone: person.phone ?? '',
    address: person.address ?? '',
    genitive: person.declined?.genitive ?? '',
    genitiveEdited: person.declined?.genitive !== undefined,
    documentIssuedOn: person.document.issuedOn === undefined ? '' : typed(person.document.issuedOn),
    documentIssuedBy: person.document.issuedBy ?? '',
  };
  return withRuleGenitive(form);
}
