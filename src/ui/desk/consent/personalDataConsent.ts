// The personal-data consent printed in the statement, as passages in Russian (signed) and
// their English translation, covering every element of 152-ФЗ ст. 9 ч. 4: the subject with
// address and identity document (number, date of issue, issuer); the representative likewise
// and the document of their authority, when one is on the statement; the operator's name and
// address from the clinic's requisites; purpose; data; actions; third parties — the regional
// register, and the federal one only when the clinic's register transfers to it (issue #11
// item 10: `Clinic.federalTransfer`); term and how to withdraw. Pure, so both texts are tested.
import { fullNameOf } from '../../../core/person/name';
import type { Clinic } from '../../../core/clinic/settings';
import type { Representative } from '../../../core/person/representative';
import type { PersonRecord } from '../../../core/records/person';
import { formatDocument } from '../../../core/person/document';
import { formatDate } from '../frame/format';
import { fill } from './fill';
import { personalDataTextEn } from './personalDataText.en';
import { personalDataTextRu } from './personalDataText.ru';

export type PrintedPassage = {
  readonly ru: string;
  readonly en: string;
  /** Printed in the consent's smaller type (consent.css `.statement-consent`). */
  readonly consent?: boolean;
};

type Text = typeof personalDataTextEn;
const TEXTS = { ru: personalDataTextRu as Text, en: personalDataTextEn } as const;

/** A blank to write in by hand where the card lacks a detail (signing then waits for it). */
export const BLANK = '________________';

export type ConsentParties = {
  readonly person: Pick<
    PersonRecord,
    'surname' | 'givenName' | 'patronymic' | 'address' | 'document'
  >;
  readonly representative: Representative | undefined;
  /** Under 14 the representative gives the consent for the child (minorRules.ts). */
  readonly representativeGives: boolean;
  readonly clinic: Pick<Clinic, 'nameRu' | 'nameEn' | 'address' | 'settings' | 'federalTransfer'>;
};

function documentLine(text: Text, document: PersonRecord['document']): string {
  return fill(text.document, {
    type: text.documentType[document.type],
    number: formatDocument(document),
    date: document.issuedOn === undefined ? BLANK : formatDate(document.issuedOn),
    issuer: document.issuedBy ?? BLANK,
  });
}

function operatorLine(text: Text, clinic: ConsentParties['clinic'], language: 'ru' | 'en') {
  const requisites = clinic.settings.requisites;
  if (requisites === undefined) {
    return { name: language === 'ru' ? clinic.nameRu : clinic.nameEn, address: clinic.address };
  }
  // The short name with ОГРН and ИНН names the operator exactly, in a line instead of three.
  return {
    name: fill(text.operatorIds, {
      name: requisites.shortName,
      ogrn: requisites.ogrn,
      inn: requisites.inn,
    }),
    address: requisites.address,
  };
}

function passages(parties: ConsentParties, language: 'ru' | 'en'): string[] {
  const text = TEXTS[language];
  const { person, representative, clinic } = parties;
  const operator = operatorLine(text, clinic, language);
  const subject = {
    name: fullNameOf(person),
    address: person.address ?? BLANK,
    document: documentLine(text, person.document),
    operator: operator.name,
    operatorAddress: operator.address,
  };
  const agent =
    representative === undefined
      ? undefined
      : {
          name: fullNameOf(representative),
          address: representative.address ?? BLANK,
          document: documentLine(text, representative.document),
          basis: text.basis[representative.basis],
          basisDocument: representative.basisDocument,
        };
  const opening =
    agent !== undefined && parties.representativeGives
      ? [
          fill(text.byRepresentative, {
            ...subject,
            ...agent,
            subject: subject.name,
            subjectAddress: subject.address,
            subjectDocument: subject.document,
          }),
        ]
      : [
          fill(text.subject, subject),
          ...(agent === undefined ? [] : [fill(text.withRepresentative, agent)]),
        ];
  // Two paragraphs, not seven: the statement with its translation must stay on one page.
  return [
    ...opening,
    [
      text.purpose,
      fill(text.data, { representative: agent === undefined ? '' : text.representativeData }),
      text.actions,
      fill(text.thirdParties, {
        federal: clinic.federalTransfer === true ? text.federalYes : text.federalNo,
      }),
      text.term,
    ].join(' '),
  ];
}

/** The consent's passages, each Russian with its English translation. */
export function personalDataConsent(parties: ConsentParties): PrintedPassage[] {
  const ru = passages(parties, 'ru');
  const en = passages(parties, 'en');
  return ru.map((text, index) => ({ ru: text, en: en[index] ?? '', consent: true }));
}
