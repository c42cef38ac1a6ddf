import { randomBytes } from 'node:crypto';
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
} from '../../src/core/ids';
import { newId } from '../../src/core/ids';
import type { StaffRole } from '../../src/core/protocol/session';
import type { OpRejectReason } from '../../src/core/protocol/sync';
import {
  exampleApplication,
  exampleCertificate,
  exampleContract,
  examplePerson,
  exampleReceipt,
  exampleResult,
  exampleRevocation,
  exampleRepresentative,
  exampleSample,
} from '../../src/core/records/examples';
import type { ClinicRecord } from '../../src/core/records/record';
import type { RevocationReason } from '../../src/core/records/revocation';
import type { CalendarDate } from '../../src/core/records/calendarDate';
import type { CertificateCommission } from '../../src/core/records/certificateCommission';
import type { ReceiptLocalTime } from '../../src/core/contract/fiscalReceipt';
import { ownReceipt } from './receipts';

// The rule table (issue #10 item 2): each row is a statement's records a store already holds,
// one more record written by a member of some role, and the one answer both writers — the
// tablet's storage and the register — must give: written, or refused with that reason.
// tests/integration/recordRules.test.ts runs every row against both. A written record names
// its author, and the register judges the author's role, so a row's record is authored by
// the role that writes it.

/** Where a row's records live: the clinic, its staff by role, and a card signer. */
export type RuleWorld = {
  readonly clinicId: string;
  readonly staff: Readonly<Record<StaffRole, string>>;
  /** A signed card for `rid` that the register accepts from the writing tablet. */
  readonly card: (rid: string) => Promise<string>;
  /** The clinic's commission, chaired by `staff.commission`, as a certificate copies it. */
  readonly commission: CertificateCommission;
};

export type RuleCase = {
  readonly name: string;
  readonly given: readonly ClinicRecord[];
  readonly write: ClinicRecord;
  readonly by: StaffRole;
  readonly expected: 'written' | OpRejectReason;
};

const random = (n: number) => new Uint8Array(randomBytes(n));
/** A kit no service of the worlds' price lists names. */
const OTHER_KIT = '0193a1c0-7a00-7000-8000-0000000000ff' as KitId;
const now = () => new Date();

/** One walk-in case with fresh ids, authored by the right roles of `world`'s clinic. */
async function walkIn(world: RuleWorld) {
  const ids = {
    person: newId<PersonId>(now, random),
    otherPerson: newId<PersonId>(now, random),
    application: newId<ApplicationId>(now, random),
    contract: newId<ContractId>(now, random),
    sample: newId<SampleId>(now, random),
    result: newId<ResultId>(now, random),
    certificate: newId<CertificateId>(now, random),
  };
  const by = (role: StaffRole) => ({
    clinicId: world.clinicId as ClinicId,
    createdBy: world.staff[role] as StaffId,
  });
  const serial = random(3).reduce((n, byte) => n * 256 + byte, 0) % 999_999;
  const number = (series: string) =>
    `KAM01-T09-2026-${String(serial + 1).padStart(6, '0')}${series}` as never;
  const rid = Buffer.from(random(8)).toString('base64url');
  const person = examplePerson({ ...by('registrar'), id: ids.person });
  const otherPerson = examplePerson({
    ...by('registrar'),
    id: ids.otherPerson,
    surname: 'Другая',
  });
  const application = exampleApplication({
    ...by('registrar'),
    id: ids.application,
    personId: ids.person,
  });
  // Each case's receipts are its own: one receipt on two contracts is refused (#11).
  const receipt = ownReceipt();
  const contract = exampleContract({
    ...by('registrar'),
    id: ids.contract,
    applicationId: ids.application,
    personId: ids.person,
    number: number(''),
    receipt,
    receiptNumber: receipt.documentNumber,
  });
  const sample = exampleSample({
    ...by('lab'),
    id: ids.sample,
    applicationId: ids.application,
    personId: ids.person,
  });
  const result = exampleResult({ ...by('lab'), id: ids.result, sampleId: ids.sample });
  const certificate = exampleCertificate({
    ...by('commission'),
    id: ids.certificate,
    number: number(''),
    personId: ids.person,
    applicationId: ids.application,
    resultId: ids.result,
    commissionMemberId: world.staff.commission as StaffId,
    commission: world.commission,
    shcJws: await world.card(rid),
    rid,
  });
  const refundReceipt = ownReceipt({
    localTime: '2026-11-20T14:00' as ReceiptLocalTime,
    fiscalSign: '3920148576',
    operation: 'income-return',
  });
  const cancelled = {
    status: 'cancelled' as const,
    cancelReason: 'Передумал(а) до оплаты',
    cancelledAt: '2026-11-20T01:10:00.000Z',
  };
  return {
    ids,
    by,
    person,
    otherPerson,
    application,
    contract,
    sample,
    result,
    certificate,
    cancelled,
    refundReceipt,
  };
}

export async function ruleCases(world: RuleWorld): Promise<RuleCase[]> {
  const cases: RuleCase[] = [];
  const add = async (
    build: (w: Awaited<ReturnType<typeof walkIn>>) => Omit<RuleCase, 'name'>,
    name: string,
  ) => {
    cases.push({ name, ...build(await walkIn(world)) });
  };
  /** A case of two walk-ins of the clinic: `w` writes, `v` is another citizen's. */
  const addTwo = async (
    build: (
      w: Awaited<ReturnType<typeof walkIn>>,
      v: Awaited<ReturnType<typeof walkIn>>,
    ) => Omit<RuleCase, 'name'>,
    name: string,
  ) => {
    cases.push({ name, ...build(await walkIn(world), await walkIn(world)) });
  };

  // Who may write which kind (permissions.ts).
  await add(
    (w) => ({
      given: [w.person, w.application, w.contract],
      write: { ...w.sample, ...w.by('registrar') },
      by: 'registrar',
      expected: 'role-may-not-write',
    }),
    'a registrar may not record a sample',
  );
  await add(
    (w) => ({
      given: [w.person, w.application, w.contract, w.sample, w.result],
      write: { ...w.certificate, ...w.by('registrar') },
      by: 'registrar',
      expected: 'role-may-not-write',
    }),
    'a registrar may not issue a certificate',
  );
  await add(
    (w) => ({
      given: [w.person, w.application, w.contract, w.sample, w.result],
      write: { ...w.certificate, ...w.by('admin') },
      by: 'admin',
      expected: 'role-may-not-write',
    }),
    'an admin may not issue a certificate: the medical commission decides',
  );

  // Withdrawal only before payment; refund first.
  await add(
    (w) => ({
      given: [
        w.person,
        w.application,
        { ...w.contract, status: 'draft', paidAt: undefined, receiptNumber: undefined },
      ],
      write: { ...w.application, ...w.cancelled },
      by: 'registrar',
      expected: 'written',
    }),
    'a statement is withdrawn before payment',
  );
  await add(
    (w) => ({
      given: [w.person, w.application, w.contract],
      write: { ...w.application, ...w.cancelled },
      by: 'registrar',
      expected: 'withdrawal-after-payment',
    }),
    'a paid statement is not withdrawn',
  );
  await add(
    (w) => ({
      given: [
        w.person,
        w.application,
        {
          ...w.contract,
          status: 'refunded',
          cancelReason: 'Возврат',
          cancelledAt: '2026-11-20T02:00:00.000Z',
          refundReceipt: w.refundReceipt,
        },
      ],
      write: { ...w.application, ...w.cancelled },
      by: 'registrar',
      expected: 'written',
    }),
    'a statement is withdrawn once its payment is refunded',
  );
  await add(
    (w) => ({
      given: [w.person, w.application, w.contract, w.sample, w.result, w.certificate],
      write: { ...w.application, ...w.cancelled },
      by: 'registrar',
      expected: 'withdrawal-after-certificate',
    }),
    'a statement with a certificate is not withdrawn',
  );

  // A payment carries its fiscal receipt (n=1, the price); a refund its n=2 receipt (#11).
  const unpaid = (w: Awaited<ReturnType<typeof walkIn>>) => ({
    ...w.contract,
    status: 'draft' as const,
    paidAt: undefined,
    receiptNumber: undefined,
    receipt: undefined,
  });
  const refunded = (w: Awaited<ReturnType<typeof walkIn>>) => ({
    ...w.contract,
    status: 'refunded' as const,
    cancelReason: 'Отказ от услуги',
    cancelledAt: '2026-11-20T02:00:00.000Z',
  });
  await add(
    (w) => ({
      given: [w.person, w.application, unpaid(w)],
      write: w.contract,
      by: 'registrar',
      expected: 'written',
    }),
    'a payment with a receipt for the price is written',
  );
  await add(
    (w) => ({
      given: [w.person, w.application, unpaid(w)],
      write: { ...w.contract, receipt: undefined },
      by: 'registrar',
      expected: 'payment-receipt-missing',
    }),
    'a payment without a fiscal receipt is refused',
  );
  await add(
    (w) => ({
      given: [w.person, w.application],
      write: { ...w.contract, receipt: exampleReceipt({ sumKopecks: 90_000 }) },
      by: 'registrar',
      expected: 'payment-receipt-sum-differs',
    }),
    'a payment whose receipt sum is not the price is refused',
  );
  await add(
    (w) => ({
      given: [w.person, w.application, unpaid(w)],
      write: { ...w.contract, receipt: w.refundReceipt },
      by: 'registrar',
      expected: 'payment-receipt-not-income',
    }),
    'a payment proved by a refund receipt is refused',
  );
  await add(
    (w) => ({
      given: [w.person, w.application, w.contract],
      write: { ...refunded(w), refundReceipt: w.refundReceipt },
      by: 'registrar',
      expected: 'written',
    }),
    'a refund with its n=2 receipt is written',
  );
  await add(
    (w) => ({
      given: [w.person, w.application, w.contract],
      write: refunded(w),
      by: 'registrar',
      expected: 'refund-receipt-missing',
    }),
    'a refund without its receipt is refused',
  );
  await add(
    (w) => ({
      given: [w.person, w.application, w.contract],
      write: { ...refunded(w), refundReceipt: exampleReceipt() },
      by: 'registrar',
      expected: 'refund-receipt-not-income-return',
    }),
    'a refund proved by the payment receipt again is refused',
  );
  await add(
    (w) => ({
      given: [w.person, w.application, w.contract],
      write: {
        ...refunded(w),
        refundReceipt: { ...w.refundReceipt, sumKopecks: 50_000 },
      },
      by: 'registrar',
      expected: 'refund-receipt-sum-differs',
    }),
    'a refund of another sum than the price is refused',
  );

  // One receipt proves one payment or one refund: a second contract may not carry it (#11).
  await addTwo(
    (w, v) => ({
      given: [v.person, v.application, v.contract, w.person, w.application, unpaid(w)],
      write: {
        ...w.contract,
        receipt: v.contract.receipt,
        receiptNumber: v.contract.receiptNumber,
      },
      by: 'registrar',
      expected: 'receipt-on-another-contract',
    }),
    'a payment proved by the receipt of another citizen’s contract is refused',
  );
  await addTwo(
    (w, v) => ({
      given: [
        v.person,
        v.application,
        { ...refunded(v), refundReceipt: v.refundReceipt },
        w.person,
        w.application,
        w.contract,
      ],
      write: { ...refunded(w), refundReceipt: v.refundReceipt },
      by: 'registrar',
      expected: 'receipt-on-another-contract',
    }),
    'a refund proved by the refund receipt of another contract is refused',
  );
  await add(
    (w) => ({
      given: [w.person, w.application, w.contract],
      write: w.contract,
      by: 'registrar',
      expected: 'written',
    }),
    'a paid contract written again keeps its own receipt',
  );

  // Steps of a statement: of a known statement of the same person, not a withdrawn one.
  await add(
    (w) => ({
      given: [w.person],
      write: w.contract,
      by: 'registrar',
      expected: 'statement-unknown',
    }),
    'a contract of a statement the store does not hold is refused',
  );
  await add(
    (w) => ({
      given: [w.person, w.otherPerson, w.application],
      write: { ...w.contract, personId: w.ids.otherPerson },
      by: 'registrar',
      expected: 'statement-other-person',
    }),
    'a contract for another person than the statement is refused',
  );
  await add(
    (w) => ({
      given: [w.person, { ...w.application, ...w.cancelled }],
      write: w.contract,
      by: 'registrar',
      expected: 'statement-withdrawn',
    }),
    'a withdrawn statement is not paid',
  );
  await add(
    (w) => ({
      given: [w.person, { ...w.application, ...w.cancelled }],
      write: w.sample,
      by: 'lab',
      expected: 'statement-withdrawn',
    }),
    'no blood is recorded on a withdrawn statement',
  );

  // A sample with a kit its paid service is performed with (core/clinic/serviceKits.ts): both
  // worlds sell the example contract's service with the example kit only.
  await add(
    (w) => ({
      given: [w.person, w.application, w.contract],
      write: { ...w.sample, kitId: OTHER_KIT },
      by: 'lab',
      expected: 'sample-kit-not-of-service',
    }),
    'a sample with a kit the paid service does not name is refused',
  );
  await add(
    (w) => ({
      given: [w.person, w.application, { ...w.contract, serviceCode: 'retired-service' }],
      write: { ...w.sample, kitId: OTHER_KIT },
      by: 'lab',
      expected: 'written',
    }),
    'a service the price list no longer holds names no kits: any kit may take its sample',
  );

  // A result only after its sample.
  await add(
    (w) => ({
      given: [w.person, w.application, w.contract],
      write: w.result,
      by: 'lab',
      expected: 'result-without-sample',
    }),
    'a result without its sample is refused',
  );
  await add(
    (w) => ({
      given: [w.person, w.application, w.contract, w.sample],
      write: w.result,
      by: 'lab',
      expected: 'written',
    }),
    'a result after its sample is written',
  );

  // A certificate only when the check-list passes, and only as the result says.
  await add(
    (w) => ({
      given: [w.person, w.application, w.contract, w.sample, w.result],
      write: w.certificate,
      by: 'commission',
      expected: 'written',
    }),
    'a certificate is issued when every check-list item passes',
  );
  await add(
    (w) => ({
      given: [
        w.person,
        w.application,
        { ...w.contract, status: 'draft', paidAt: undefined, receiptNumber: undefined },
        w.sample,
        w.result,
      ],
      write: w.certificate,
      by: 'commission',
      expected: 'certificate-checklist-failed',
    }),
    'no certificate while the contract is unpaid',
  );
  await add(
    (w) => ({
      given: [
        w.person,
        w.application,
        w.contract,
        w.sample,
        { ...w.result, interpretation: 'not-detected' },
      ],
      write: w.certificate,
      by: 'commission',
      expected: 'certificate-contradicts-result',
    }),
    'a presence certificate from a negative result is refused',
  );
  await add(
    (w) => ({
      given: [w.person, w.application, w.contract, w.sample, w.result],
      write: { ...w.certificate, supersedes: newId<CertificateId>(now, random) },
      by: 'commission',
      expected: 'correction-target-unknown',
    }),
    'a correction must replace a certificate of the same person',
  );

  // The commission's protocol date and who took part (issue #11, commission/participants.ts).
  const chain = (w: Awaited<ReturnType<typeof walkIn>>) => [
    w.person,
    w.application,
    w.contract,
    w.sample,
    w.result,
    w.certificate,
  ];
  const statement = (w: Awaited<ReturnType<typeof walkIn>>) => [
    w.person,
    w.application,
    w.contract,
    w.sample,
    w.result,
  ];
  const withCommission = (
    w: Awaited<ReturnType<typeof walkIn>>,
    members: CertificateCommission['members'],
  ): ClinicRecord => ({ ...w.certificate, commission: { ...world.commission, members } });
  const [chair, first, second] = world.commission.members;
  if (chair === undefined || first === undefined || second === undefined) {
    throw new Error('the world’s commission needs a chair and two members');
  }
  await add(
    (w) => ({
      given: statement(w),
      write: { ...w.certificate, protocolDate: undefined },
      by: 'commission',
      expected: 'certificate-protocol-date-missing',
    }),
    'a certificate without its protocol date is refused',
  );
  await add(
    (w) => ({
      given: statement(w),
      write: { ...w.certificate, protocolDate: '2026-11-22' as CalendarDate },
      by: 'commission',
      expected: 'certificate-protocol-date-after-issue',
    }),
    'a protocol dated after the day of issue is refused',
  );
  await add(
    (w) => ({
      given: statement(w),
      write: { ...w.certificate, commission: undefined },
      by: 'commission',
      expected: 'certificate-commission-missing',
    }),
    'a certificate that names no commission members is refused',
  );
  await add(
    (w) => ({
      given: statement(w),
      write: withCommission(w, [first, second]),
      by: 'commission',
      expected: 'certificate-commission-chair-absent',
    }),
    'a decision without the chair is refused',
  );
  await add(
    (w) => ({
      given: statement(w),
      write: withCommission(w, [chair, first]),
      by: 'commission',
      expected: 'certificate-commission-too-few',
    }),
    'the chair and one member are too few',
  );
  await add(
    (w) => ({
      given: statement(w),
      write: withCommission(w, [
        chair,
        first,
        { id: newId<StaffId>(now, random), name: 'Посторонний Пётр Петрович', role: 'member' },
      ]),
      by: 'commission',
      expected: 'certificate-commission-stranger',
    }),
    'a participant who is not on the commission is refused',
  );
  await add(
    (w) => ({
      given: statement(w),
      write: withCommission(w, [{ ...chair, role: 'member' }, first, second]),
      by: 'commission',
      expected: 'certificate-commission-stranger',
    }),
    'the chair listed as a plain member is refused',
  );
  await add(
    (w) => ({
      given: statement(w),
      write: {
        ...w.certificate,
        commission: { ...world.commission, orderNumber: '1-од' },
      },
      by: 'commission',
      expected: 'certificate-commission-order-differs',
    }),
    'a certificate under another order on the commission is refused',
  );
  await add(
    (w) => ({
      given: statement(w),
      write: { ...w.certificate, commissionMemberId: newId<StaffId>(now, random) },
      by: 'commission',
      expected: 'certificate-issuer-not-participant',
    }),
    'the issuing member must be one of those who took part',
  );
  await add(
    (w) => ({
      given: chain(w),
      write: {
        ...w.certificate,
        id: newId<CertificateId>(now, random),
        supersedes: w.ids.certificate,
        protocolDate: undefined,
      },
      by: 'commission',
      expected: 'certificate-protocol-date-missing',
    }),
    'a correction needs its protocol date too',
  );

  // Duplicates are true copies.
  const duplicateOf = (w: Awaited<ReturnType<typeof walkIn>>) => ({
    ...w.certificate,
    ...w.by('registrar'),
    id: newId<CertificateId>(now, random),
    duplicateOf: w.ids.certificate,
  });
  await add(
    (w) => ({ given: chain(w), write: duplicateOf(w), by: 'registrar', expected: 'written' }),
    'a registrar reprints a certificate as a true duplicate',
  );
  await add(
    (w) => ({
      given: chain(w),
      write: { ...duplicateOf(w), ...w.by('admin') },
      by: 'admin',
      expected: 'written',
    }),
    'an admin still reprints a certificate as a true duplicate',
  );
  await add(
    (w) => ({
      given: chain(w),
      write: { ...duplicateOf(w), decision: 'absence' },
      by: 'registrar',
      expected: 'duplicate-content-changed',
    }),
    'a duplicate that changes the conclusion is refused',
  );
  await add(
    (w) => ({
      given: chain(w).slice(0, 5),
      write: duplicateOf(w),
      by: 'registrar',
      expected: 'duplicate-original-unknown',
    }),
    'a duplicate of a certificate the store does not hold is refused',
  );

  // Revocation: the commission's, of the clinic's own certificate, under its rid.
  const revocation = (w: Awaited<ReturnType<typeof walkIn>>, role: StaffRole) =>
    exampleRevocation({
      ...w.by(role),
      id: newId<RevocationId>(now, random),
      certificateId: w.ids.certificate,
      rid: w.certificate.rid ?? '',
    });
  await add(
    (w) => ({
      given: chain(w),
      write: revocation(w, 'commission'),
      by: 'commission',
      expected: 'written',
    }),
    'the commission revokes a certificate under its rid',
  );
  await add(
    (w) => ({
      given: chain(w),
      write: revocation(w, 'admin'),
      by: 'admin',
      expected: 'written',
    }),
    'the head physician’s admin still revokes a certificate',
  );
  await add(
    (w) => ({
      given: chain(w),
      write: revocation(w, 'lab'),
      by: 'lab',
      expected: 'role-may-not-write',
    }),
    'the laboratory may not revoke',
  );
  await add(
    (w) => ({
      given: chain(w),
      write: { ...revocation(w, 'commission'), rid: 'AAAAAAAAAAA' },
      by: 'commission',
      expected: 'revocation-rid-mismatch',
    }),
    'a revocation under another rid is refused',
  );

  // A certificate revoked for false information or at the citizen's wish ends the case
  // (recordRules.ts); a correction, or one revoked as wrong, leaves it open.
  const revokedFor = (w: Awaited<ReturnType<typeof walkIn>>, reason: RevocationReason) => ({
    ...revocation(w, 'admin'),
    reason,
    note: 'Подложный паспорт',
  });
  const anotherOriginal = (w: Awaited<ReturnType<typeof walkIn>>) => ({
    ...w.certificate,
    id: newId<CertificateId>(now, random),
  });
  await add(
    (w) => ({
      given: [...chain(w), revokedFor(w, 'fraud')],
      write: anotherOriginal(w),
      by: 'commission',
      expected: 'statement-certificate-revoked',
    }),
    'no new certificate on a statement whose certificate was revoked for fraud',
  );
  await add(
    (w) => ({
      given: [...chain(w), revokedFor(w, 'fraud')],
      write: duplicateOf(w),
      by: 'registrar',
      expected: 'statement-certificate-revoked',
    }),
    'no reprint of a certificate revoked for fraud',
  );
  await add(
    (w) => ({
      given: [...chain(w), revokedFor(w, 'withdrawn-by-citizen')],
      write: { ...anotherOriginal(w), supersedes: w.ids.certificate },
      by: 'commission',
      expected: 'statement-certificate-revoked',
    }),
    'no correction of a certificate the citizen withdrew',
  );
  await add(
    (w) => ({
      given: [...chain(w), revokedFor(w, 'error')],
      write: anotherOriginal(w),
      by: 'commission',
      expected: 'written',
    }),
    'a certificate revoked as wrong leaves the case open for the right one',
  );
  await add(
    (w) => ({
      given: [...chain(w), { ...revokedFor(w, 'correction'), note: undefined }],
      write: { ...anotherOriginal(w), supersedes: w.ids.certificate },
      by: 'commission',
      expected: 'written',
    }),
    'a certificate revoked by its correction leaves the case open for that correction',
  );

  // A minor's case names their legal representative (#11 item 4; representativeRules.ts).
  // A statement "signed before #11" is given before its person, who is then unknown to the
  // rules, as it was to the store of those days.
  type Walk = Awaited<ReturnType<typeof walkIn>>;
  const child = (w: Walk, birthDate = '2016-01-20') => ({
    ...w.person,
    givenName: 'Пётр',
    birthDate: birthDate as CalendarDate,
    document: { type: 'birth-certificate' as const, series: 'IV-МЮ', number: '123456' },
  });
  const unsigned = (w: Walk) => ({
    ...w.application,
    consents: { personalData: false, paidService: false },
    identityDocumentChecked: false,
    signedAt: undefined,
    status: 'draft' as const,
  });
  const withConsent = (w: Walk) => ({
    ...w.application,
    interventionConsent: {
      signedAt: '2026-11-20T00:22:00.000Z',
      signer: 'representative' as const,
    },
  });
  await add(
    (w) => ({
      given: [child(w), unsigned(w)],
      write: w.application,
      by: 'registrar',
      expected: 'representative-missing',
    }),
    'a ten-year-old’s statement is not signed without a representative',
  );
  await add(
    (w) => ({
      given: [child(w, '2008-11-21'), unsigned(w)],
      write: w.application,
      by: 'registrar',
      expected: 'representative-missing',
    }),
    'a statement dated the day before the 18th birthday needs a representative',
  );
  await add(
    (w) => ({
      given: [child(w), unsigned(w)],
      write: { ...w.application, representative: exampleRepresentative() },
      by: 'registrar',
      expected: 'written',
    }),
    'a ten-year-old’s statement is signed with the mother as representative',
  );
  await add(
    (w) => ({
      given: [w.application, child(w)],
      write: { ...w.application, ...w.cancelled },
      by: 'registrar',
      expected: 'written',
    }),
    'a minor’s statement signed before #11 without a representative may still be withdrawn',
  );
  await add(
    (w) => ({
      given: [withConsent(w), child(w)],
      write: w.sample,
      by: 'lab',
      expected: 'representative-missing',
    }),
    'no blood is drawn from a minor whose statement names no representative',
  );
  await add(
    (w) => ({
      given: [child(w), { ...withConsent(w), representative: exampleRepresentative() }],
      write: w.sample,
      by: 'lab',
      expected: 'written',
    }),
    'a minor’s sample is written when the statement names the representative',
  );
  await add(
    (w) => ({
      // Born 20.11.2008: 17 on the statement's date (19.11), 18 on the sample's (20.11).
      given: [{ ...withConsent(w), date: '2026-11-19' as CalendarDate }, child(w, '2008-11-20')],
      write: w.sample,
      by: 'lab',
      expected: 'written',
    }),
    'a sample taken on the 18th birthday needs no representative',
  );

  // Consents (#11 item 3): a new sample only with the signed ИДС; after a consent is withdrawn
  // nothing new joins the case, but a paid contract may still be refunded.
  type Case = Awaited<ReturnType<typeof walkIn>>;
  const withdrawn = (w: Case) => ({
    ...w.application,
    consentWithdrawal: {
      withdrawnAt: '2026-11-20T03:00:00.000Z',
      consents: ['personal-data' as const],
    },
  });
  await add(
    (w) => ({
      given: [w.person, { ...w.application, interventionConsent: undefined }, w.contract],
      write: w.sample,
      by: 'lab',
      expected: 'intervention-consent-missing',
    }),
    'no blood is drawn without a signed ИДС',
  );
  await add(
    (w) => ({
      given: [w.person, w.application, w.contract],
      write: w.sample,
      by: 'lab',
      expected: 'written',
    }),
    'a sample is written once the ИДС is signed',
  );
  await add(
    (w) => ({
      given: [w.person, w.application, w.contract, withdrawn(w)],
      write: w.sample,
      by: 'lab',
      expected: 'consent-withdrawn',
    }),
    'no blood is drawn once a consent is withdrawn',
  );
  await add(
    (w) => ({
      given: [w.person, w.application, w.contract, w.sample, withdrawn(w)],
      write: w.result,
      by: 'lab',
      expected: 'consent-withdrawn',
    }),
    'no result is recorded once a consent is withdrawn',
  );
  await add(
    (w) => ({
      given: [w.person, w.application, w.contract, w.sample, w.result, withdrawn(w)],
      write: w.certificate,
      by: 'commission',
      expected: 'consent-withdrawn',
    }),
    'no certificate is issued once a consent is withdrawn',
  );
  await add(
    (w) => ({
      given: [w.person, withdrawn(w)],
      write: w.contract,
      by: 'registrar',
      expected: 'consent-withdrawn',
    }),
    'no contract is paid once a consent is withdrawn',
  );
  await add(
    (w) => ({
      given: [w.person, w.application, w.contract, withdrawn(w)],
      write: {
        ...w.contract,
        status: 'refunded',
        cancelReason: 'Отзыв согласия',
        cancelledAt: '2026-11-20T04:00:00.000Z',
        refundReceipt: w.refundReceipt,
      },
      by: 'registrar',
      expected: 'written',
    }),
    'a paid contract is still refunded after a consent is withdrawn',
  );
  return cases;
}
