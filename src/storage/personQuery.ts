// What a clerk typed into the patient search, read as the index lookups it can mean. One
// string may mean several things at once (a run of digits can be a phone and a document); the
// search unions them. Examples, as typed → as read:
//
//   "Иванова"              name prefix "иванова"
//   "Иванова Ма"           name prefix "иванова ма"
//   "Иванова 12.03.1985"   name prefix "иванова" born 1985-03-12 (also "12.03.1985 Иванова")
//   "ivanova 1985-03-12"   name prefix "ivanova" born 1985-03-12 (Latin: only beside a date)
//   "Иванова М. П."        surname "иванова", given name from "м", patronymic from "п"
//                          (also "Иванова М.П.", "иванова м п", "Иванова Мария П.")
//   "Иванова 12.03"        name prefix "иванова": a date still being typed narrows nothing
//   "Иванова 31.02.1985"   nobody: a whole date that no calendar has
//   "112-233-445 95"       SNILS 11223344595
//   "8 (4152) 12-34-56"    phone +74152123456
//   "31.08.1985"           date of birth 1985-08-31
//   "30 05 123456"         document ru-passport:3005123456 (and any other type it parses as)
import type { CalendarDate } from '../core/records/calendarDate';
import { parseCalendarDate } from '../core/records/calendarDate';
import { DOCUMENT_TYPES, parseDocument } from '../core/person/document';
import { normalizePhone } from '../core/person/phone';
import { parseSnils } from '../core/person/snils';
import { documentKey, searchText } from './indexKeys';

/** "14.03.1985" or "1985-03-14" → the ISO date, else undefined. */
export function parseSearchDate(text: string): CalendarDate | undefined {
  const russian = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text.trim());
  if (russian !== null) return parseCalendarDate(`${russian[3]}-${russian[2]}-${russian[1]}`);
  return parseCalendarDate(text.trim());
}

/** An exact-key lookup in the persons table: one index, one value. */
export type PersonLookup = {
  readonly index: 'snils' | 'phone' | 'birthDate' | 'documentKey';
  readonly value: string;
};

/** How the query searches by name, if it has letters at all. */
export type NameSearch =
  | { readonly kind: 'none' }
  | { readonly kind: 'prefix'; readonly name: string }
  | { readonly kind: 'prefix-born'; readonly name: string; readonly birthDate: CalendarDate }
  /** A whole surname and the first letters of the names after it (initials). */
  | { readonly kind: 'initials'; readonly initials: Initials }
  /** A whole date beside the name that does not exist (31.02.1985): the name matches nobody. */
  | { readonly kind: 'impossible-date' };

export type PersonQuery = {
  /** Exact-key lookups the whole query can mean (SNILS, phone, date of birth, document). */
  readonly lookups: readonly PersonLookup[];
  readonly byName: NameSearch;
};

/**
 * A surname typed whole and the names after it by their first letters: "иванова м. п." is
 * {surname: "иванова", parts: ["м", "п"]}. Each part is a prefix of the name at its place.
 */
export type Initials = { readonly surname: string; readonly parts: readonly string[] };

/** A token of initials: "м.", "м.п.", "м.п" or a lone letter. */
const INITIALS_TOKEN = /^(?:\p{L}\.)+\p{L}?$|^\p{L}$/u;

/**
 * The name read as a surname and initials, when that is how it was typed: some token after the
 * surname is an initial with its dot ("м."), or two or more lone letters follow it ("м п"). A
 * name typed otherwise ("иванова ма", "иванова м") is a plain prefix, as before.
 */
export function initialsIn(name: string): Initials | undefined {
  const [surname, ...rest] = name.split(' ');
  if (surname === undefined || rest.length === 0 || !/^\p{L}[\p{L}-]+$/u.test(surname)) {
    return undefined;
  }
  // A name after the surname is letters only: a date or a number makes it no name.
  if (!rest.every((token) => INITIALS_TOKEN.test(token) || /^\p{L}[\p{L}-]*$/u.test(token))) {
    return undefined;
  }
  const parts = rest.flatMap((token) =>
    INITIALS_TOKEN.test(token) ? token.split('.').filter((part) => part !== '') : [token],
  );
  const dotted = rest.some((token) => token.includes('.') && INITIALS_TOKEN.test(token));
  const lone = rest.filter((token) => /^\p{L}$/u.test(token)).length;
  if (!dotted && lone < 2) return undefined;
  return parts.length <= 2 ? { surname, parts } : undefined;
}

/** Whether a person's searchName ("иванова мария петровна") answers to these initials. */
export function matchesInitials(searchName: string, initials: Initials): boolean {
  const [surname, ...names] = searchName.split(' ');
  return (
    surname === initials.surname &&
    initials.parts.every((part, index) => names[index]?.startsWith(part) === true)
  );
}

/** A date typed in full, in either form the desk reads. */
const WHOLE_DATE = /^(\d{2}\.\d{2}\.\d{4}|\d{4}-\d{2}-\d{2})$/;
/** Digits with the separators of a date: a date, whole or still being typed. */
const DATE_LIKE = /^(?=.*\d)[\d.-]+$/;

function lookupsFor(query: string): PersonLookup[] {
  const lookups: PersonLookup[] = [];
  const snils = parseSnils(query);
  if (snils.ok) lookups.push({ index: 'snils', value: snils.value });
  const phone = normalizePhone(query);
  if (phone.ok) lookups.push({ index: 'phone', value: phone.value });
  const date = parseSearchDate(query);
  if (date !== undefined) lookups.push({ index: 'birthDate', value: date });
  for (const type of DOCUMENT_TYPES) {
    // "Other" documents are free text; one without a digit is a name, not a document.
    if (type === 'other' && !/\d/.test(query)) continue;
    const document = parseDocument(type, query);
    if (document.ok) {
      const { series, number } = document.value;
      lookups.push({ index: 'documentKey', value: documentKey(type, series, number) });
    }
  }
  return lookups;
}

/**
 * The name part and a date typed before or after it. Only a token at either end counts as
 * the date, so "Иванова Мария 12.03.1985" and "12.03.1985 Иванова" both read as name + date.
 */
function nameSearchFor(text: string): NameSearch {
  if (!/\p{L}/u.test(text)) return { kind: 'none' };
  const tokens = text.split(' ');
  if (tokens.length < 2) return { kind: 'prefix', name: text };
  const named = (name: string): NameSearch => {
    const initials = initialsIn(name);
    return initials === undefined ? { kind: 'prefix', name } : { kind: 'initials', initials };
  };
  const dateAt = [tokens.length - 1, 0].find((index) => DATE_LIKE.test(tokens[index] ?? ''));
  if (dateAt === undefined) return named(text);
  const dateText = tokens[dateAt] ?? '';
  // The letters are all in the other tokens, so the name is never empty.
  const name = tokens.filter((_, index) => index !== dateAt).join(' ');
  // A date still being typed ("12.0") keeps the name's matches on screen instead of
  // flashing "nobody found" at every keystroke until the year is complete.
  if (!WHOLE_DATE.test(dateText)) return named(name);
  const birthDate = parseSearchDate(dateText);
  return birthDate === undefined
    ? { kind: 'impossible-date' }
    : { kind: 'prefix-born', name, birthDate };
}

/** The query read for the search; undefined for an empty one (nothing to search for). */
export function parsePersonQuery(query: string): PersonQuery | undefined {
  const text = searchText(query);
  if (text.length === 0) return undefined;
  return { lookups: lookupsFor(query), byName: nameSearchFor(text) };
}

/**
 * A whole date in the query that no calendar has ("31.02.1990"), as typed, if there is one:
 * such a query finds nobody, and the clerk is told the date is wrong rather than that the
 * person is not registered (they would register them again).
 */
export function impossibleDateIn(query: string): string | undefined {
  return query
    .trim()
    .split(/\s+/)
    .find((token) => WHOLE_DATE.test(token) && parseSearchDate(token) === undefined);
}

/**
 * Whether the query names a person in Latin letters only, with no date beside it
 * ("ivanova", "Smith John"): the search index holds the Cyrillic name, so such a query finds
 * nobody, and the clerk is told how the person can be found rather than that they are not
 * registered (they would register them again).
 */
export function latinNameAlone(query: string): boolean {
  const text = query.trim();
  if (!/[a-z]/i.test(text) || /[\p{Script=Cyrillic}]/u.test(text)) return false;
  const read = parsePersonQuery(text);
  if (read === undefined || read.lookups.length > 0) return false;
  return read.byName.kind === 'prefix' || read.byName.kind === 'initials';
}
