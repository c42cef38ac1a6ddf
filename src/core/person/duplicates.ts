// Likely duplicates of a person being registered, so the desk can offer to open the existing
// record instead (issue 3, step 1). Three independent signals, each reported by name:
// the same SNILS; the same document (type, series and number); the same surname, given name
// and date of birth, compared case-insensitively with ё read as е (clerks type both).
import type { MessageTable } from '../bilingual';
import type { PersonId } from '../ids';
import type { PersonDetails } from './person';
import { documentKey } from './document';
import { nameMatchKey } from './name';

export type DuplicateReason = 'same-snils' | 'same-document' | 'same-name-and-birth-date';

export const DUPLICATE_MESSAGES: MessageTable<DuplicateReason> = {
  'same-snils': { ru: 'Совпадает СНИЛС', en: 'Same SNILS' },
  'same-document': { ru: 'Совпадает документ', en: 'Same identity document' },
  'same-name-and-birth-date': {
    ru: 'Совпадают фамилия, имя и дата рождения',
    en: 'Same surname, given name and date of birth',
  },
};

type Comparable = Pick<PersonDetails, 'surname' | 'givenName' | 'birthDate' | 'document' | 'snils'>;

export type ExistingPerson = Comparable & { readonly id: PersonId };

export type DuplicateMatch = {
  readonly personId: PersonId;
  readonly reasons: readonly DuplicateReason[];
};

function nameKey(person: Comparable): string {
  return `${nameMatchKey(person.surname)}|${nameMatchKey(person.givenName)}|${person.birthDate}`;
}

/**
 * Every existing person that shares at least one signal with the candidate, strongest
 * signals first. `candidateId` excludes the person being edited from their own matches.
 */
export function findDuplicates(
  candidate: Comparable,
  existing: readonly ExistingPerson[],
  candidateId?: PersonId,
): DuplicateMatch[] {
  const matches: DuplicateMatch[] = [];
  for (const person of existing) {
    if (person.id === candidateId) continue;
    const reasons: DuplicateReason[] = [];
    if (candidate.snils !== undefined && candidate.snils === person.snils)
      reasons.push('same-snils');
    if (documentKey(candidate.document) === documentKey(person.document))
      reasons.push('same-document');
    if (nameKey(candidate) === nameKey(person)) reasons.push('same-name-and-birth-date');
    if (reasons.length > 0) matches.push({ personId: person.id, reasons });
  }
  const strength = (match: DuplicateMatch): number =>
    match.reasons.length * 10 +
    (match.reasons.includes('same-snils') ? 2 : 0) +
    (match.reasons.includes('same-document') ? 1 : 0);
  return matches.sort((a, b) => strength(b) - strength(a));
}
