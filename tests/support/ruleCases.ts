import { randomBytes } from 'node:crypto';
import type {
  ApplicationId,
  CertificateId,
  ClinicId,
  ContractId,
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
  exampleResult,
  exampleRevocation,
  exampleSample,
} from '../../src/core/records/examples';
import type { ClinicRecord } from '../../src/core/records/record';

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
};

export type RuleCase = {
  readonly name: string;
  readonly given: readonly ClinicRecord[];
  readonly write: ClinicRecord;
  readonly by: StaffRole;
  readonly expected: 'written' | OpRejectReason;
};

const random = (n: number) => new Uint8Array(randomBytes(n));
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
  const contract = exampleContract({
    ...by('registrar'),
    id: ids.contract,
    applicationId: ids.application,
    personId: ids.person,
    number: number(''),
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
    shcJws: await world.card(rid),
    rid,
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

  // Duplicates are true copies.
  const duplicateOf = (w: Awaited<ReturnType<typeof walkIn>>) => ({
    ...w.certificate,
    ...w.by('registrar'),
    id: newId<CertificateId>(now, random),
    duplicateOf: w.ids.certificate,
  });
  const chain = (w: Awaited<ReturnType<typeof walkIn>>) => [
    w.person,
    w.application,
    w.contract,
    w.sample,
    w.result,
    w.certificate,
  ];
  await add(
    (w) => ({ given: chain(w), write: duplicateOf(w), by: 'registrar', expected: 'written' }),
    'a registrar reprints a certificate as a true duplicate',
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
  return cases;
}
