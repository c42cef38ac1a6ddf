// One complete, valid walk-in case — person, statement, paid contract, sample, final result,
// certificate, revocation — for tests and the demo clinic (the clinic itself, its kit and
// requisites: core/clinic/examples.ts). Every builder takes overrides,
// so a test states only the one fact it is about.
import type {
  ApplicationId,
  CertificateId,
  ClinicId,
  ContractId,
  KitId,
  PersonId,
  ResultId,
  RevocationId,
  SampleId,
  StaffId,
} from '../ids';
import type { ApplicationRecord } from './application';
import type { CalendarDate } from './calendarDate';
import type { CertificateRecord } from './certificate';
import type { ContractRecord } from './contract';
import type { PersonRecord } from './person';
import type { Representative } from '../person/representative';
import type { ResultRecord } from './result';
import type { RevocationRecord } from './revocation';
import type { SampleRecord } from './sample';
import type { FiscalReceipt, ReceiptLocalTime } from '../contract/fiscalReceipt';
import type { SerialNumber } from '../contract/number';
import type { ClinicCommission } from '../clinic/commission';
import type { CertificateCommission } from './certificateCommission';

function uuid(n: number): string {
  return `0193a0b0-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
}

export const EXAMPLE_IDS = {
  clinic: uuid(1) as ClinicId,
  clerk: uuid(2) as StaffId,
  commissionMember: uuid(3) as StaffId,
  /** The example commission's two further members; `commissionMember` is its chair. */
  commissionMember2: uuid(4) as StaffId,
  commissionMember3: uuid(5) as StaffId,
  person: uuid(10) as PersonId,
  application: uuid(11) as ApplicationId,
  contract: uuid(12) as ContractId,
  sample: uuid(13) as SampleId,
  result: uuid(14) as ResultId,
  kit: uuid(15) as KitId,
  certificate: uuid(16) as CertificateId,
  revocation: uuid(17) as RevocationId,
} as const;

const base = {
  clinicId: EXAMPLE_IDS.clinic,
  createdBy: EXAMPLE_IDS.clerk,
  createdAt: '2026-11-20T00:15:00.000Z',
  version: 0,
};

export function examplePerson(overrides: Partial<PersonRecord> = {}): PersonRecord {
  return {
    ...base,
    kind: 'person',
    id: EXAMPLE_IDS.person,
    surname: 'Щербаков',
    givenName: 'Артём',
    patronymic: 'Ильич',
    surnameLatin: 'SHCHERBAKOV',
    givenNameLatin: 'ARTEM',
    sex: 'male',
    birthDate: '1985-08-31' as CalendarDate,
    document: { type: 'ru-passport', series: '3005', number: '123456' },
    snils: '11223344595',
    phone: '+79141234567',
    ...overrides,
  };
}

export function exampleApplication(overrides: Partial<ApplicationRecord> = {}): ApplicationRecord {
  return {
    ...base,
    kind: 'application',
    id: EXAMPLE_IDS.application,
    personId: EXAMPLE_IDS.person,
    date: '2026-11-20' as CalendarDate,
    consents: { personalData: true, paidService: true },
    identityDocumentChecked: true,
    signedAt: '2026-11-20T00:20:00.000Z',
    status: 'signed',
    // The ИДС to the blood draw, signed after the statement: a new sample needs it (#11).
    interventionConsent: { signedAt: '2026-11-20T00:22:00.000Z', signer: 'self' },
    ...overrides,
  };
}

/** The cash register's receipt for the example contract's payment, 12:25 Kamchatka time. */
export function exampleReceipt(overrides: Partial<FiscalReceipt> = {}): FiscalReceipt {
  return {
    localTime: '2026-11-20T12:25' as ReceiptLocalTime,
    sumKopecks: 95_000,
    fiscalDrive: '7284440500123456',
    documentNumber: '17',
    fiscalSign: '2819037465',
    operation: 'income',
    ...overrides,
  };
}

export function exampleContract(overrides: Partial<ContractRecord> = {}): ContractRecord {
  return {
    ...base,
    kind: 'contract',
    id: EXAMPLE_IDS.contract,
    applicationId: EXAMPLE_IDS.application,
    personId: EXAMPLE_IDS.person,
    number: 'KAM01-T03-2026-000042' as SerialNumber,
    serviceCode: 'A26.06.036.001',
    serviceName: 'Определение антител к SARS-CoV-2 (IgG)',
    priceKopecks: 95_000,
    payer: { kind: 'self' },
    method: 'card',
    receiptNumber: '17',
    // Its QR: t=20261120T1225&s=950.00&fn=7284440500123456&i=17&fp=2819037465&n=1
    receipt: exampleReceipt(),
    paidAt: '2026-11-20T00:25:00.000Z',
    status: 'paid',
    ...overrides,
  };
}

export function exampleSample(overrides: Partial<SampleRecord> = {}): SampleRecord {
  return {
    ...base,
    kind: 'sample',
    id: EXAMPLE_IDS.sample,
    applicationId: EXAMPLE_IDS.application,
    personId: EXAMPLE_IDS.person,
    // 09:30 on 20 November in Kamchatka (UTC+12).
    takenAt: '2026-11-19T21:30:00.000Z',
    tubeLabel: 'K-000731',
    kitId: EXAMPLE_IDS.kit,
    ...overrides,
  };
}

export function exampleResult(overrides: Partial<ResultRecord> = {}): ResultRecord {
  return {
    ...base,
    kind: 'result',
    id: EXAMPLE_IDS.result,
    sampleId: EXAMPLE_IDS.sample,
    kitId: EXAMPLE_IDS.kit,
    value: 152.4,
    interpretation: 'detected',
    final: true,
    finalizedAt: '2026-11-21T03:00:00.000Z',
    ...overrides,
  };
}

export function exampleCertificate(overrides: Partial<CertificateRecord> = {}): CertificateRecord {
  return {
    ...base,
    kind: 'certificate',
    id: EXAMPLE_IDS.certificate,
    number: 'KAM01-T03-2026-000017' as SerialNumber,
    personId: EXAMPLE_IDS.person,
    applicationId: EXAMPLE_IDS.application,
    resultId: EXAMPLE_IDS.result,
    decision: 'presence',
    test: {
      kitId: EXAMPLE_IDS.kit,
      kitName: 'SARS-CoV-2-IgG количественный ИФА',
      antibodyClass: 'IgG',
      target: 'S',
      method: 'ELISA',
      loinc: '99597-7',
      value: 152.4,
      unit: 'BAU/ml',
      interpretation: 'detected',
      sampleDate: '2026-11-20' as CalendarDate,
    },
    issuedAt: '2026-11-21T04:00:00.000Z',
    validUntil: '2027-05-20' as CalendarDate,
    commissionMemberId: EXAMPLE_IDS.commissionMember,
    protocolNumber: '118',
    protocolDate: '2026-11-21' as CalendarDate,
    commission: exampleCommissionTaken(),
    ...overrides,
  };
}

/** The clinic's commission by its order: the chair and two members (issue #11). */
export function exampleCommission(overrides: Partial<ClinicCommission> = {}): ClinicCommission {
  return {
    orderNumber: '41-од',
    orderDate: '2026-01-12' as CalendarDate,
    chairId: EXAMPLE_IDS.commissionMember,
    memberIds: [EXAMPLE_IDS.commissionMember2, EXAMPLE_IDS.commissionMember3],
    ...overrides,
  };
}

/** Who of `commission` took part, as a certificate copies them: everyone, chair first. */
export function exampleCommissionTaken(
  commission: ClinicCommission = exampleCommission(),
): CertificateCommission {
  const names = ['Петров Андрей Викторович', 'Орлова Дарья Павловна', 'Гусейнов Тимур Рашидович'];
  return {
    orderNumber: commission.orderNumber,
    orderDate: commission.orderDate,
    members: [commission.chairId, ...commission.memberIds].map((id, index) => ({
      id,
      name: names[index] ?? `Член комиссии ${String(index)}`,
      role: index === 0 ? ('chair' as const) : ('member' as const),
    })),
  };
}

export function exampleRevocation(overrides: Partial<RevocationRecord> = {}): RevocationRecord {
  return {
    ...base,
    kind: 'revocation',
    id: EXAMPLE_IDS.revocation,
    certificateId: EXAMPLE_IDS.certificate,
    rid: 'AQPCj4wwk6Mt',
    reason: 'correction',
    at: '2026-11-22T01:00:00.000Z',
    ...overrides,
  };
}

/** A mother as the legal representative of a child, with what her consent must name (#11). */
export function exampleRepresentative(overrides: Partial<Representative> = {}): Representative {
  return {
    surname: 'Иванова',
    givenName: 'Мария',
    patronymic: 'Петровна',
    sex: 'female',
    birthDate: '1988-07-14' as CalendarDate,
    document: {
      type: 'ru-passport',
      series: '3005',
      number: '654321',
      issuedOn: '2015-04-20' as CalendarDate,
      issuedBy: 'УМВД России по Камчатскому краю',
    },
    address: 'г. Петропавловск-Камчатский, ул. Ленинская, д. 1, кв. 2',
    basis: 'parent',
    basisDocument: 'Свидетельство о рождении IV-МЮ 123456 от 01.02.2016',
    ...overrides,
  };
}
