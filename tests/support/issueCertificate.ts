import { randomBytes } from 'node:crypto';
import type { CertificateId, StaffId } from '../../src/core/ids';
import { newId } from '../../src/core/ids';
import type { CertificateRecord } from '../../src/core/records/certificate';
import { exampleCertificate } from '../../src/core/records/examples';
import { tabletCard } from './signedCards';
import { appointCommission, statementChain } from './statementChain';
import type { SyncSuite } from './syncSuite';
import type { SimTablet } from './tablets';

// A certificate as a desk issues it: its statement chain written by the admin, the
// certificate signed with the tablet's key by the commission, all pushed by one sync. The
// clinic must accept the example kit first (statementChain.acceptExampleKit).

const random = (n: number) => new Uint8Array(randomBytes(n));

export async function issueCertificate(
  suite: SyncSuite,
  tablet: SimTablet,
  sequence: number,
): Promise<CertificateRecord> {
  const chain = statementChain(tablet, suite.staff.admin);
  for (const record of chain.records) {
    const written = await tablet.write(record, 'admin');
    if (!written.ok) throw new Error(`chain ${record.kind}: ${written.reason}`);
  }
  const commission = suite.staff.commission as StaffId;
  const rid = `Seq${sequence}`;
  const certificate = exampleCertificate({
    ...chain.certificateFields,
    id: newId<CertificateId>(tablet.now, random),
    clinicId: tablet.clinicId,
    createdBy: commission,
    commissionMemberId: commission,
    commission: await appointCommission(suite.register.db, tablet.clinicId, suite.staff.commission),
    number: `KAM01-T03-2026-${String(sequence).padStart(6, '0')}` as CertificateRecord['number'],
    shcJws: await tabletCard(tablet, rid),
    rid,
  });
  const written = await tablet.write(certificate, 'commission');
  if (!written.ok) throw new Error(`certificate: ${written.reason}`);
  const run = await tablet.engine.syncNow();
  if (run.lastError !== null) throw new Error(`sync: ${JSON.stringify(run.lastError)}`);
  return certificate;
}
