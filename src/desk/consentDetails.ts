// What the personal-data consent printed with the statement must name about the person who
// gives it (152-ФЗ ст. 9 ч. 4 п. 1–2): the address and the identity document with its number,
// date of issue and issuer — the subject's, and the representative's when a representative
// gives it. People registered before issue #11 lack the address and the issue details; the
// statement is not marked signed until the clerk adds them, because a consent without them
// is not the written consent the law asks for. A desk check, not a record rule: see
// docs/DECISIONS.md, "Consents (issue #11)".
import type { MessageTable } from '../core/bilingual';
import type { Representative } from '../core/person/representative';
import type { PersonRecord } from '../core/records/person';

export const CONSENT_DETAIL_GAPS = [
  'person-address-missing',
  'person-document-issue-missing',
  'representative-address-missing',
  'representative-document-issue-missing',
] as const;
export type ConsentDetailGap = (typeof CONSENT_DETAIL_GAPS)[number];

export const CONSENT_DETAIL_MESSAGES: MessageTable<ConsentDetailGap> = {
  'person-address-missing': {
    ru: 'В карточке пациента нет адреса: согласие на обработку персональных данных должно его содержать. Откройте «Изменить данные» и укажите адрес.',
    en: 'The patient’s card has no address, which the personal-data consent must name. Open “Edit details” and add the address.',
  },
  'person-document-issue-missing': {
    ru: 'В карточке пациента не указано, когда и кем выдан документ: согласие на обработку персональных данных должно это содержать. Откройте «Изменить данные» и укажите дату выдачи и кем выдан.',
    en: 'The patient’s card does not say when and by whom the identity document was issued, which the personal-data consent must name. Open “Edit details” and add the date of issue and the issuer.',
  },
  'representative-address-missing': {
    ru: 'Не указан адрес законного представителя: он нужен в согласии на обработку персональных данных. Дополните сведения о представителе в заявлении.',
    en: 'The legal representative’s address is missing; the personal-data consent needs it. Complete the representative’s details on the statement.',
  },
  'representative-document-issue-missing': {
    ru: 'Не указано, когда и кем выдан документ законного представителя: это нужно в согласии на обработку персональных данных. Дополните сведения о представителе в заявлении.',
    en: 'The legal representative’s document has no date of issue or issuer; the personal-data consent needs them. Complete the representative’s details on the statement.',
  },
};

function hasIssue(document: PersonRecord['document']): boolean {
  return document.issuedOn !== undefined && document.issuedBy !== undefined;
}

/** What the consent lacks about its subject and representative, in the order to fix it. */
export function consentDetailGaps(
  person: Pick<PersonRecord, 'address' | 'document'>,
  representative: Pick<Representative, 'address' | 'document'> | undefined,
): ConsentDetailGap[] {
  const gaps: ConsentDetailGap[] = [];
  if (person.address === undefined || person.address.trim() === '') {
    gaps.push('person-address-missing');
  }
  if (!hasIssue(person.document)) gaps.push('person-document-issue-missing');
  if (representative !== undefined) {
    if (representative.address === undefined || representative.address.trim() === '') {
      gaps.push('representative-address-missing');
    }
    if (!hasIssue(representative.document)) gaps.push('representative-document-issue-missing');
  }
  return gaps;
}
