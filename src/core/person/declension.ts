// Russian documents name a person in an oblique case: a statement is written "от" someone
// (genitive), a form may be addressed to someone (dative). The forms come from the petrovich
// rules (docs/DECISIONS.md) with the sex taken from the person record, never guessed from the
// name, since many names decline by sex alone (Черных, Ковальчук); a form the clerk wrote by
// hand (`declined`) wins, since no rule set knows every name.
import petrovich from 'petrovich';
import type { PersonDetails } from './person';

export const GRAMMATICAL_CASES = ['genitive', 'dative'] as const;
export type GrammaticalCase = (typeof GRAMMATICAL_CASES)[number];

/** What declension reads of a person: the nominative name, the sex and any hand-made forms. */
export type NameToDecline = Pick<
  PersonDetails,
  'surname' | 'givenName' | 'patronymic' | 'sex' | 'declined'
>;

/** The name in one case: by the rules part by part, or the clerk's whole-name form. */
export type DeclinedName =
  | {
      readonly source: 'rules';
      readonly surname: string;
      readonly givenName: string;
      readonly patronymic?: string;
      /** Surname, given name and patronymic, as printed. */
      readonly text: string;
    }
  | { readonly source: 'clerk'; readonly text: string };

// Three corrections to petrovich 0.2.1, each a rule of Russian grammar the library breaks
// (docs/DECISIONS.md; each has its case in declension.test.ts):
// - the first part of some compound surnames stays as it is (Бонч-Бруевича, Тер-Петросяна):
//   the library lists these parts but never applies that rule, because it tests `parts.size`
//   where it meant `parts.length`; the list below is the library's own;
// - a woman's surname ending in a consonant, й or ь is not declined (Цой, Соловей, Гоголь):
//   the library declines some of them (Цоя) for a woman as for a man;
// - after ж, ш, ч, щ one writes и, never ы (Саши, not Сашы for a man named Саша).
const FIXED_FIRST_PARTS: ReadonlySet<string> = new Set([
  'бонч',
  'абдул',
  'белиц',
  'гасан',
  'дюссар',
  'дюмон',
  'книппер',
  'корвин',
  'ван',
  'шолом',
  'тер',
  'призван',
  'мелик',
  'вар',
  'фон',
]);

const ENDS_IN_VOWEL = /[аеёиоуыэюя]$/iu;

/** The declined word with an ending -ы after ж, ш, ч, щ spelled -и; the stem is left alone. */
function spelled(declined: string | undefined, nominative: string): string {
  if (declined === undefined || declined === nominative) return nominative;
  return declined.replace(/([жшчщ])ы$/iu, '$1и');
}

function declineSurnamePart(
  part: string,
  sex: PersonDetails['sex'],
  grammaticalCase: GrammaticalCase,
): string {
  if (sex === 'female' && !ENDS_IN_VOWEL.test(part)) return part;
  return spelled(petrovich({ gender: sex, last: part }, grammaticalCase).last, part);
}

function declineSurname(
  surname: string,
  sex: PersonDetails['sex'],
  grammaticalCase: GrammaticalCase,
): string {
  return surname
    .split('-')
    .map((part, index, parts) =>
      index === 0 && parts.length > 1 && FIXED_FIRST_PARTS.has(part.toLowerCase())
        ? part
        : declineSurnamePart(part, sex, grammaticalCase),
    )
    .join('-');
}

/** The name in `grammaticalCase` by the rules alone, ignoring any form the clerk wrote. */
export function declineByRules(
  person: Omit<NameToDecline, 'declined'>,
  grammaticalCase: GrammaticalCase,
): Extract<DeclinedName, { source: 'rules' }> {
  const { sex } = person;
  const surname = declineSurname(person.surname, sex, grammaticalCase);
  const given = petrovich({ gender: sex, first: person.givenName }, grammaticalCase);
  const givenName = spelled(given.first, person.givenName);
  if (person.patronymic === undefined) {
    return { source: 'rules', surname, givenName, text: `${surname} ${givenName}` };
  }
  const middle = petrovich({ gender: sex, middle: person.patronymic }, grammaticalCase);
  const patronymic = spelled(middle.middle, person.patronymic);
  return {
    source: 'rules',
    surname,
    givenName,
    patronymic,
    text: `${surname} ${givenName} ${patronymic}`,
  };
}

/** The person's full name in `grammaticalCase`: the clerk's form if there is one. */
export function declinedName(
  person: NameToDecline,
  grammaticalCase: GrammaticalCase,
): DeclinedName {
  const byClerk = person.declined?.[grammaticalCase];
  if (byClerk !== undefined && byClerk !== '') return { source: 'clerk', text: byClerk };
  return declineByRules(person, grammaticalCase);
}
