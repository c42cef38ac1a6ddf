// The ИДС to the blood draw as printed passages, Russian (signed) with the English translation
// (interventionText.*.ts): who signs — the person, or under 15 their legal representative
// (minorRules.ts) — the intervention, purpose, method, risks, alternatives, the right to
// refuse. Pure, so the text is tested without a browser.
import { fullNameOf } from '../../../core/person/name';
import type { Clinic } from '../../../core/clinic/settings';
import type { Representative } from '../../../core/person/representative';
import type { PersonRecord } from '../../../core/records/person';
import { formatDocument } from '../../../core/person/document';
import { declinedName } from '../../../core/person/declension';
import { formatDate } from '../frame/format';
import { fill } from './fill';
import { interventionTextEn } from './interventionText.en';
import { interventionTextRu } from './interventionText.ru';
import type { PrintedPassage } from './personalDataConsent';
import { BLANK } from './personalDataConsent';
import { personalDataTextEn } from './personalDataText.en';
import { personalDataTextRu } from './personalDataText.ru';

type Text = typeof interventionTextEn;
const TEXTS = { ru: interventionTextRu as Text, en: interventionTextEn } as const;
const WORDS = { ru: personalDataTextRu as typeof personalDataTextEn, en: personalDataTextEn };

export type InterventionParties = {
  readonly person: PersonRecord;
  /** Set when the representative signs (under 15): their details open the text. */
  readonly representative: Representative | undefined;
  readonly clinic: Pick<Clinic, 'nameRu' | 'nameEn' | 'settings'>;
};

export type InterventionDocument = {
  readonly opening: PrintedPassage;
  readonly body: readonly PrintedPassage[];
  /** The name under the signer's signature line, as written in the opening. */
  readonly signerName: string;
};

function documentLine(language: 'ru' | 'en', document: PersonRecord['document']): string {
  const words = WORDS[language];
  return fill(TEXTS[language].document, {
    type: words.documentType[document.type],
    number: formatDocument(document),
    date: document.issuedOn === undefined ? BLANK : formatDate(document.issuedOn),
    issuer: document.issuedBy ?? BLANK,
  });
}

function opening(parties: InterventionParties, language: 'ru' | 'en'): string {
  const text = TEXTS[language];
  const { person, representative, clinic } = parties;
  const clinicName =
    clinic.settings.requisites?.fullName ?? (language === 'ru' ? clinic.nameRu : clinic.nameEn);
  if (representative === undefined) {
    return fill(text.signer, {
      name: fullNameOf(person),
      born: formatDate(person.birthDate),
      address: person.address ?? BLANK,
      document: documentLine(language, person.document),
      clinic: clinicName,
    });
  }
  return fill(text.signerForMinor, {
    name: fullNameOf(representative),
    // Representatives recorded before their birth date was asked leave it to the pen.
    born: representative.birthDate === undefined ? BLANK : formatDate(representative.birthDate),
    address: representative.address ?? BLANK,
    document: documentLine(language, representative.document),
    basis: WORDS[language].basis[representative.basis],
    basisDocument: representative.basisDocument,
    // «несовершеннолетнего Иванова Петра» takes the genitive; the translation the nominative.
    minor: language === 'ru' ? declinedName(person, 'genitive').text : fullNameOf(person),
    minorBorn: formatDate(person.birthDate),
    clinic: clinicName,
  });
}

const BODY = [
  'intervention',
  'purpose',
  'method',
  'risks',
  'alternatives',
  'refusal',
  'explained',
] as const;

export function interventionConsentDocument(parties: InterventionParties): InterventionDocument {
  const signer = parties.representative ?? parties.person;
  return {
    opening: { ru: opening(parties, 'ru'), en: opening(parties, 'en') },
    body: BODY.map((key) => ({ ru: interventionTextRu[key], en: interventionTextEn[key] })),
    signerName: fullNameOf(signer),
  };
}
