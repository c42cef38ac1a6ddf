import { randomBytes } from 'node:crypto';
import type {
  ApplicationId,
  CertificateId,
  ClinicId,
  ContractId,
  PersonId,
  ResultId,
  SampleId,
  StaffId,
} from '../../src/core/ids';
import { newId } from '../../src/core/ids';
import { clinicSettingsSchema } from '../../src/core/clinic/settings';
import type { CertificateCommission } from '../../src/core/records/certificateCommission';
import type { CertificateRecord } from '../../src/core/records/certificate';
import {
  exampleApplication,
  exampleCertificate,
  exampleCommission,
  exampleCommissionTaken,
  exampleContract,
  examplePerson,
  exampleResult,
  exampleSample,
} from '../../src/core/records/examples';
import { exampleKit, exampleService } from '../../src/core/clinic/examples';
import type { ClinicRecord } from '../../src/core/records/record';
import type { RegisterDb } from '../../src/register/db/connect';
import { ownReceipt } from './receipts';
import { tabletCard } from './signedCards';
import type { SimTablet } from './tablets';

// What a certificate needs before the rules let it in (src/core/rules/recordRules.ts): a
// person, a signed statement, a paid contract, a sample and a final result, all of one
// clinic, here written by its admin (who may write every kind). Tests that are about
// something else — a signed card, a CRL — push this chain first, then their certificate with
// `chain.certificateFields`.

const random = (n: number) => new Uint8Array(randomBytes(n));

export type StatementChain = {
  readonly records: readonly ClinicRecord[];
  /** What a certificate of this chain must name. */
  readonly certificateFields: {
    readonly personId: PersonId;
    readonly applicationId: ApplicationId;
    readonly resultId: ResultId;
  };
  readonly sampleId: SampleId;
};

/** A payment's receipt and receipt number, its own: one receipt proves one payment. */
function paidWithOwnReceipt() {
  const receipt = ownReceipt();
  return { receipt, receiptNumber: receipt.documentNumber };
}

export function statementChain(
  tablet: { readonly clinicId: string; readonly now: () => Date },
  adminId: string,
): StatementChain {
  const now = tablet.now;
  const by = { clinicId: tablet.clinicId as ClinicId, createdBy: adminId as StaffId };
  const personId = newId<PersonId>(now, random);
  const applicationId = newId<ApplicationId>(now, random);
  const sampleId = newId<SampleId>(now, random);
  const resultId = newId<ResultId>(now, random);
  const serial = String(random(3).reduce((n, byte) => n * 256 + byte, 0) % 999_999).padStart(
    6,
    '0',
  );
  return {
    records: [
      examplePerson({ ...by, id: personId }),
      exampleApplication({ ...by, id: applicationId, personId }),
      exampleContract({
        ...by,
        id: newId<ContractId>(now, random),
        applicationId,
        personId,
        number: `KAM01-T08-2026-${serial}` as never,
        ...paidWithOwnReceipt(),
      }),
      exampleSample({ ...by, id: sampleId, applicationId, personId }),
      exampleResult({ ...by, id: resultId, sampleId }),
    ],
    certificateFields: { personId, applicationId, resultId },
    sampleId,
  };
}

/** Adds the example kit, which every example record names, to a clinic's accepted kits. */
export async function acceptExampleKit(db: RegisterDb, clinicId: string): Promise<void> {
  const row = await db.kysely
    .selectFrom('clinic')
    .select('settings')
    .where('id', '=', clinicId)
    .executeTakeFirstOrThrow();
  const settings = clinicSettingsSchema.parse(JSON.parse(row.settings));
  if (settings.kits.some((kit) => kit.id === exampleKit().id)) return;
  const service = exampleService();
  const priceList = settings.priceList.filter((item) => item.code !== service.code);
  await db.kysely
    .updateTable('clinic')
    .set({
      settings: JSON.stringify({
        ...settings,
        priceList: [...priceList, service],
        kits: [...settings.kits, exampleKit()],
      }),
    })
    .where('id', '=', clinicId)
    .execute();
}

/**
 * The clinic's commission with `chairId` in the chair, as a certificate of that clinic copies
 * it (issue #11: a new certificate names the chair and two members of the settings'
 * commission). A clinic whose commission has another chair, or none, gets the example order
 * with `chairId` and two further members; the rules read the settings only, so those two
 * need no staff rows.
 */
export async function appointCommission(
  db: RegisterDb,
  clinicId: string,
  chairId: string,
): Promise<CertificateCommission> {
  const row = await db.kysely
    .selectFrom('clinic')
    .select('settings')
    .where('id', '=', clinicId)
    .executeTakeFirstOrThrow();
  const settings = clinicSettingsSchema.parse(JSON.parse(row.settings));
  if (settings.commission?.chairId === chairId) return exampleCommissionTaken(settings.commission);
  const commission = exampleCommission({
    chairId: chairId as StaffId,
    memberIds: [newId<StaffId>(() => new Date(), random), newId<StaffId>(() => new Date(), random)],
  });
  await db.kysely
    .updateTable('clinic')
    .set({ settings: JSON.stringify({ ...settings, commission }) })
    .where('id', '=', clinicId)
    .execute();
  return exampleCommissionTaken(commission);
}

/** Writes a chain on a simulated tablet (as its admin), to be pushed by its next sync. */
export async function writeStatementChain(
  tablet: Pick<SimTablet, 'clinicId' | 'now' | 'write'>,
  adminId: string,
  options: { readonly withResult?: boolean } = {},
): Promise<StatementChain> {
  const chain = statementChain(tablet, adminId);
  const records =
    options.withResult === false
      ? chain.records.filter((record) => record.kind !== 'result')
      : chain.records;
  for (const record of records) {
    const written = await tablet.write(record, 'admin');
    if (!written.ok) throw new Error(`chain ${record.kind}: ${written.reason}`);
  }
  return chain;
}

/**
 * A certificate of the chain issued by `commissionId` in the chair, its card signed with the
 * tablet's own key under `rid` (the register verifies every pushed card, issue #9).
 */
export async function chainCertificate(
  tablet: SimTablet,
  chain: StatementChain,
  db: RegisterDb,
  commissionId: string,
  rid: string,
  overrides: Partial<CertificateRecord> = {},
): Promise<CertificateRecord> {
  const commission = commissionId as StaffId;
  return exampleCertificate({
    ...chain.certificateFields,
    id: newId<CertificateId>(tablet.now, random),
    clinicId: tablet.clinicId,
    createdBy: commission,
    commissionMemberId: commission,
    commission: await appointCommission(db, tablet.clinicId, commission),
    shcJws: overrides.shcJws ?? (await tabletCard(tablet, rid)),
    rid,
    ...overrides,
  });
}
