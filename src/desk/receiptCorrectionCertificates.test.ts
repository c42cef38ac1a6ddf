import { describe, expect, it } from 'vitest';
import type { SerialNumber } from '../core/contract/number';
import type { ApplicationId, CertificateId } from '../core/ids';
import { newId } from '../core/ids';
import { exampleCertificate } from '../core/records/examples';
import { envelopeOf } from '../storage/indexKeys';
import { FIXTURE_STATEMENT } from './deskFixture';
import { correctRefusedReceipt, loadSyncProblems } from './problems';
import { NOW, refusedPayment, RIGHT } from './refusedReceiptFixture';

// A certificate issued on a payment the register refused was refused with it; correcting the
// receipt queues it again behind the contract when the payment was the whole reason
// (storage/receiptCorrection.ts).

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

describe('the certificates of a corrected payment', () => {
  it('queues a certificate refused for the unpaid contract alone again, behind the corrected contract', async () => {
    const { desk, paid } = await refusedPayment();
    // Certificates issued on that payment, as the register refused them in the same push.
    const refusedCertificate = async (
      id: string,
      number: string,
      applicationId: string,
      detail: string,
    ) => {
      const certificate = exampleCertificate({
        id: id as CertificateId,
        number: number as SerialNumber,
        applicationId: applicationId as ApplicationId,
      });
      await desk.env.db.certificates.put(envelopeOf(certificate, { state: 'pending', version: 0 }));
      await desk.env.db.outbox.add({
        opId: newId(() => NOW, random),
        kind: 'certificate',
        recordId: certificate.id,
        record: certificate,
        baseVersion: 0,
        queuedAt: NOW.toISOString(),
        state: 'rejected',
        reason: 'certificate-checklist-failed',
        detail,
      });
      return certificate.id;
    };
    const unpaidOnly = await refusedCertificate(
      '0193a000-0000-7000-8000-000000000c01',
      'KAM01-T09-2026-000201',
      FIXTURE_STATEMENT.applicationId,
      'contract-not-paid',
    );
    const neverHadContract = await refusedCertificate(
      '0193a000-0000-7000-8000-000000000c04',
      'KAM01-T09-2026-000204',
      FIXTURE_STATEMENT.applicationId,
      'contract-missing,records-incomplete',
    );
    const alsoTooOld = await refusedCertificate(
      '0193a000-0000-7000-8000-000000000c02',
      'KAM01-T09-2026-000202',
      FIXTURE_STATEMENT.applicationId,
      'contract-not-paid,sample-too-old',
    );
    const otherStatement = await refusedCertificate(
      '0193a000-0000-7000-8000-000000000c03',
      'KAM01-T09-2026-000203',
      '0193a000-0000-7000-8000-0000000000a9',
      'contract-missing',
    );

    const problem = (await loadSyncProblems(desk.env)).rejected.find(
      (refused) => refused.recordId === paid.id,
    );
    if (problem === undefined) throw new Error('the contract’s refusal is missing');
    const corrected = await correctRefusedReceipt(desk.env, problem, {
      receipt: RIGHT,
      paidAt: NOW.toISOString(),
    });
    expect(corrected).toMatchObject({ ok: true, value: { certificatesResent: 2 } });
    // One push carries the contract first and the certificate after it.
    const queued = await desk.env.db.outbox.where('state').equals('queued').sortBy('seq');
    expect(queued.map((row) => row.recordId)).toEqual([paid.id, unpaidOnly, neverHadContract]);
    expect((await desk.env.db.certificates.get(unpaidOnly))?.sync.state).toBe('pending');
    const stillRefused = (await loadSyncProblems(desk.env)).rejected.map(
      (refused) => refused.recordId,
    );
    expect(stillRefused.sort()).toEqual([alsoTooOld, otherStatement].sort());
  });
});
