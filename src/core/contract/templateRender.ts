// Fills a contract template (template.ts) for one contract: who the parties are follows the
// consumer's age on the contract's date (person/minorRules.ts) and who pays — an adult
// concludes it alone; under 14 the representative concludes it as the customer; from 14 to
// 18 the minor concludes it with the representative's written consent; a payer other than
// the consumer is the customer. Names are declined where the sentence needs it («в интересах
// несовершеннолетней Ивановой Анны Сергеевны»). Pure: the same inputs give the same text, so
// a reprint with the recorded template version is the same contract.
import { fullNameOf } from '../person/name';
import { dottedDate } from '../records/calendarDate';
import type { MessageTable } from '../bilingual';
import type { ClinicRequisites } from '../clinic/requisites';
import { declinedName } from '../person/declension';
import { formatDocument } from '../person/document';
import type { Phone } from '../person/phone';
import { formatPhone } from '../person/phone';
import { minorStanding } from '../person/minorRules';
import type { PersonDetails, Sex } from '../person/person';
import type { Representative } from '../person/representative';
import { calendarDateAt } from '../records/calendarDate';
import type { ContractRecord } from '../records/contract';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { formatRoubles } from './roubles';
import { headPhysicianGenitive, initials } from './templateNames';
import type { ContractTemplate, TemplateField, TemplateSexed } from './template';
import { PLACEHOLDER } from './template';

export type ContractRenderReason =
  'contract-requisites-missing' | 'contract-representative-missing';

export const CONTRACT_RENDER_MESSAGES: MessageTable<ContractRenderReason> = {
  'contract-requisites-missing': {
    ru: 'Договор не печатается без реквизитов клиники (исполнителя). Администратор должен внести их в настройках клиники.',
    en: 'The contract cannot be printed without the clinic’s (provider’s) requisites. An administrator must enter them in the clinic settings.',
  },
  'contract-representative-missing': {
    ru: 'Пациенту нет 18 лет: сначала внесите в заявление его законного представителя.',
    en: 'The patient is under 18: first record their legal representative on the statement.',
  },
};

/** One party's block under the clauses: its role, its details, and whether it signs. */
export type RenderedParty = {
  readonly role: 'provider' | 'consumer' | 'representative' | 'customer';
  readonly title: string;
  readonly lines: readonly string[];
  /** Who signs for the party, as printed under the line; absent: the party does not sign. */
  readonly signer?: string;
  /** A sentence above the signature (the representative's consent from 14 to 18). */
  readonly note?: string;
};

export type RenderedContract = {
  readonly templateVersion: string;
  readonly title: string;
  readonly subtitle: string;
  readonly preamble: string;
  readonly clauses: readonly { readonly heading: string; readonly paragraphs: readonly string[] }[];
  readonly partiesHeading: string;
  readonly parties: readonly RenderedParty[];
  readonly signatureLabel: string;
  readonly stampLabel: string;
  /** One label per printed copy: the provider's, the consumer's, and the customer's if any. */
  readonly copies: readonly string[];
  readonly footer: string;
};

export type ContractToRender = {
  readonly template: ContractTemplate;
  readonly contract: Pick<
    ContractRecord,
    'number' | 'createdAt' | 'serviceCode' | 'serviceName' | 'priceKopecks' | 'payer'
  >;
  readonly person: Pick<
    PersonDetails,
    | 'surname'
    | 'givenName'
    | 'patronymic'
    | 'sex'
    | 'birthDate'
    | 'document'
    | 'address'
    | 'phone'
    | 'declined'
  >;
  /** The statement's representative; required when the person is under 18 on the date. */
  readonly representative: Representative | undefined;
  /** The clinic's requisites; a contract without its provider is not printed. */
  readonly requisites: ClinicRequisites | undefined;
  readonly utcOffsetMinutes: number;
};

/** A form left for the pen when a value is missing: paper must not say "undefined". */
const BLANK = '____________';

type Values = {
  readonly fields: Partial<Record<TemplateField, string>>;
  readonly sexes: Partial<Record<TemplateSexed, Sex>>;
};

/** A stored phone ("+79145551234") as people write it on paper: "+7 914 555-12-34". */
function printedPhone(phone: string | undefined): string | undefined {
  return phone !== undefined && /^\+7\d{10}$/.test(phone) ? formatPhone(phone as Phone) : phone;
}

/** The template text with its placeholders filled. */
export function fillTemplateText(text: string, values: Values): string {
  return text.replace(PLACEHOLDER, (_whole, name: string, male?: string, female?: string) => {
    if (male !== undefined && female !== undefined) {
      const who = name.replace(/\.sex$/, '') as TemplateSexed;
      return values.sexes[who] === 'female' ? female : male;
    }
    return values.fields[name as TemplateField] ?? BLANK;
  });
}

function documentLine(template: ContractTemplate, document: PersonDetails['document']): string {
  const issued = [
    document.issuedOn === undefined ? undefined : dottedDate(document.issuedOn),
    document.issuedBy,
  ].filter((part) => part !== undefined);
  const number = `${template.documentTypes[document.type]} ${formatDocument(document)}`;
  return issued.length === 0 ? number : `${number}, ${template.labels.issued} ${issued.join(' ')}`;
}

function labelled(label: string, value: string | undefined): string[] {
  return value === undefined || value === '' ? [] : [`${label}: ${value}`];
}

function providerParty(template: ContractTemplate, requisites: ClinicRequisites): RenderedParty {
  const { labels } = template;
  const { licence } = requisites;
  const taxIds =
    requisites.kpp === undefined
      ? labelled(labels.inn, requisites.inn)
      : labelled(labels.innKpp, `${requisites.inn}/${requisites.kpp}`);
  return {
    role: 'provider',
    title: template.parties.provider,
    // The full name opens the contract; the block under it, short of room, takes the short one.
    lines: [
      requisites.shortName,
      ...labelled(labels.address, requisites.address),
      ...labelled(labels.ogrn, requisites.ogrn),
      ...taxIds,
      ...labelled(labels.phone, requisites.phone),
      ...labelled(labels.site, requisites.site),
      ...labelled(
        labels.licence,
        `№ ${licence.number} от ${dottedDate(licence.date)}, ${licence.issuer}`,
      ),
    ],
    signer: `${labels.headPhysician} ${initials(requisites.headPhysician)}`,
  };
}

/** The contract filled in, or why it cannot be printed. */
export function renderContract(
  input: ContractToRender,
): Result<RenderedContract, ContractRenderReason> {
  const { template, contract, person, requisites } = input;
  if (requisites === undefined) return fail('contract-requisites-missing');
  const date = calendarDateAt(new Date(contract.createdAt), input.utcOffsetMinutes);
  const standing = minorStanding(person.birthDate, date);
  const representative = standing.representativeRequired ? input.representative : undefined;
  if (standing.representativeRequired && representative === undefined) {
    return fail('contract-representative-missing');
  }
  const otherPayer = contract.payer.kind === 'other' ? contract.payer.name : undefined;
  const copies = [template.copies.provider, template.copies.consumer];
  if (otherPayer !== undefined) copies.push(template.copies.customer);
  const consumerName = fullNameOf(person);
  const representativeName = representative === undefined ? undefined : fullNameOf(representative);
  const values: Values = {
    fields: {
      'contract.number': contract.number,
      'contract.date': dottedDate(date),
      'provider.fullName': requisites.fullName,
      'provider.shortName': requisites.shortName,
      'provider.headPhysician': requisites.headPhysician,
      'provider.headPhysicianGenitive': headPhysicianGenitive(requisites.headPhysician),
      'provider.licenceNumber': requisites.licence.number,
      'provider.licenceDate': dottedDate(requisites.licence.date),
      'provider.licenceIssuer': requisites.licence.issuer,
      'consumer.name': consumerName,
      'consumer.genitive': declinedName(person, 'genitive').text,
      'consumer.birthDate': dottedDate(person.birthDate),
      ...(representative === undefined || representativeName === undefined
        ? {}
        : {
            'representative.name': representativeName,
            'representative.genitive': declinedName(representative, 'genitive').text,
            'representative.basis': template.bases[representative.basis],
            'representative.basisDocument': representative.basisDocument,
          }),
      ...(otherPayer === undefined ? {} : { 'customer.name': otherPayer }),
      'service.name': contract.serviceName,
      'service.code': contract.serviceCode,
      'service.price': formatRoubles(contract.priceKopecks),
      'copies.count': copies.length === 3 ? template.copyCounts.three : template.copyCounts.two,
      'template.version': template.version,
    },
    sexes: {
      consumer: person.sex,
      ...(representative === undefined ? {} : { representative: representative.sex }),
    },
  };
  const fill = (text: string) => fillTemplateText(text, values);
  const { preamble, parties, labels } = template;

  // Under 14 the representative concludes the contract: as the customer when the family
  // pays, as the consumer's legal representative beside another payer.
  const represented = standing.contractParty === 'representative';
  const consumerPart = !represented
    ? standing.representativeConsents
      ? preamble.consumerWithConsent
      : preamble.consumer
    : otherPayer === undefined
      ? preamble.representativeAsCustomer
      : preamble.representativeOfConsumer;
  const preambleText = [
    fill(preamble.provider),
    ' ',
    fill(consumerPart),
    otherPayer === undefined ? '' : fill(preamble.customer),
    fill(preamble.closing),
  ].join('');

  const consumerParty: RenderedParty = {
    role: 'consumer',
    title: parties.consumer,
    lines: [
      consumerName,
      ...labelled(labels.born, dottedDate(person.birthDate)),
      ...labelled(labels.document, documentLine(template, person.document)),
      ...labelled(labels.address, person.address),
      ...labelled(labels.phone, printedPhone(person.phone)),
    ],
    ...(represented ? {} : { signer: initials(consumerName) }),
  };
  const rendered: RenderedParty[] = [providerParty(template, requisites), consumerParty];
  if (representative !== undefined && representativeName !== undefined) {
    rendered.push({
      role: 'representative',
      title:
        represented && otherPayer === undefined
          ? parties.representativeAsCustomer
          : parties.representative,
      lines: [
        representativeName,
        ...labelled(
          labels.basis,
          `${template.bases[representative.basis]}; ${representative.basisDocument}`,
        ),
        ...labelled(labels.document, documentLine(template, representative.document)),
        ...labelled(labels.address, representative.address),
        ...labelled(labels.phone, printedPhone(representative.phone)),
      ],
      signer: initials(representativeName),
      ...(standing.representativeConsents ? { note: fill(labels.consent) } : {}),
    });
  }
  if (otherPayer !== undefined) {
    rendered.push({ role: 'customer', title: parties.customer, lines: [otherPayer], signer: '' });
  }
  return ok({
    templateVersion: template.version,
    title: fill(template.title),
    subtitle: fill(template.subtitle),
    preamble: preambleText,
    clauses: template.clauses.map((clause) => ({
      heading: fill(clause.heading),
      paragraphs: clause.paragraphs.map(fill),
    })),
    partiesHeading: fill(parties.heading),
    parties: rendered,
    signatureLabel: fill(labels.signature),
    stampLabel: fill(labels.stamp),
    copies,
    footer: fill(template.footer),
  });
}
