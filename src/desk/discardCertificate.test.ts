import { describe, expect, it } from 'vitest';
import type { OpAnswer, OpRejectReason } from '../core/protocol/sync';
import { exampleCertificate } from '../core/records/examples';
import type { CertificateRecord } from '../core/records/certificate';
import { readCardVoids, settleCardVoids } from '../storage/cardVoids';
import { countSyncWork, hasUnsyncedWork } from '../storage/syncCounts';
import { buildTabletExport, eraseReadiness, saveExportReceipt } from '../storage/tabletData';
import { takeBatch } from '../storage/outbox';
import { applyAnswers } from '../storage/outboxAnswers';
import { caseWithResult, openDeskFixture } from './deskFixture';
import { duplicateOf } from './issueDuplicate';
import { discardRefused, discardVoidsCard, loadSyncProblems } from './problems';

// An administrator discards a certificate the register refused for a reason a fix might have
// cured. Its card was handed to the citizen when it was issued; the register never had the
// certificate, so only this discard can have the card voided: it is queued for the register
// (storage/cardVoids.ts), and the discard's note says what became of it.

const NOW = new Date('2026-11-26T10:00:00.000Z');
const signed = exampleCertificate({ shcJws: 'header.payload.signature', rid: 'MKyCxh7p6uQ' });

/** The example case with `certificate` on the tablet, every op accepted but its own. */
async function refusedCertificate(
  certificate: CertificateRecord,
  issuedBefore: readonly CertificateRecord[] = [],
  reason: OpRejectReason = 'unknown-author',
) {
  const seed = [...caseWithResult(), ...issuedBefore, certificate];
  const fixture = await openDeskFixture('admin', seed, NOW);
  const batch = await takeBatch(fixture.env.db, 100);
  const answers: OpAnswer[] = batch.entries.map(({ op }, index) =>
    (op.record as { id?: unknown }).id === certificate.id
      ? {
          opId: op.opId,
          status: 'rejected',
          reason,
          message: { ru: '—', en: '—' },
        }
      : { opId: op.opId, status: 'accepted', seq: index + 1, version: 1 },
  );
  await applyAnswers(fixture.env.db, batch, answers);
  const problems = await loadSyncProblems(fixture.env);
  const problem = problems.rejected.find((entry) => entry.recordId === certificate.id);
  if (problem === undefined) throw new Error('the certificate was not refused');
  return { env: fixture.env, problem };
}

describe('discarding a refused certificate', () => {
  it('queues its card for the register to void, and the note says the QR still admits until then', async () => {
    const { env, problem } = await refusedCertificate(signed);
    expect(discardVoidsCard(problem)).toBe(true);
    const discarded = await discardRefused(env, problem);
    expect(discarded).toMatchObject({ ok: true, value: { outcome: 'removed', card: 'voiding' } });
    const queued = await readCardVoids(env.db);
    expect(queued.map((entry) => entry.certificateId)).toEqual([signed.id]);
    expect(queued[0]?.certificate).toMatchObject({ rid: 'MKyCxh7p6uQ', shcJws: signed.shcJws });
    expect((await loadSyncProblems(env)).discarded[0]?.card).toBe('voiding');
  });

  it('notes the register’s answer and leaves the queue empty', async () => {
    const { env, problem } = await refusedCertificate(signed);
    await discardRefused(env, problem);
    await settleCardVoids(env.db, [{ certificateId: signed.id, outcome: 'voided' }]);
    expect(await readCardVoids(env.db)).toEqual([]);
    expect((await loadSyncProblems(env)).discarded[0]).toMatchObject({
      recordId: signed.id,
      card: 'voided',
    });
  });

  it('keeps the tablet from signing out or erasing until the register has it, or a file holds it', async () => {
    const { env, problem } = await refusedCertificate(signed);
    await discardRefused(env, problem);
    expect(await countSyncWork(env.db)).toEqual({ waiting: 1, rejected: 0, conflicts: 0 });
    expect(await hasUnsyncedWork(env.db)).toBe(true);
    expect(await eraseReadiness(env.db)).toMatchObject({ hasUnsynced: true, exportCovers: false });
    const file = await buildTabletExport(env.db, () => NOW);
    expect(file.cardVoids?.map((entry) => entry.certificateId)).toEqual([signed.id]);
    await saveExportReceipt(env.db, file);
    expect(await eraseReadiness(env.db)).toMatchObject({ exportCovers: true });

    await settleCardVoids(env.db, [{ certificateId: signed.id, outcome: 'voided' }]);
    expect(await hasUnsyncedWork(env.db)).toBe(false);
    expect((await buildTabletExport(env.db, () => NOW)).cardVoids).toBeUndefined();
  });

  it('queues nothing for a duplicate, whose card is its original’s, nor for a certificate without a card', async () => {
    const { env: first } = await openDeskFixture('admin', [], NOW);
    const duplicate = duplicateOf(signed, first);
    expect(duplicate).toMatchObject({ shcJws: signed.shcJws, rid: signed.rid });
    const cases = [
      { certificate: duplicate, issuedBefore: [signed] },
      { certificate: exampleCertificate(), issuedBefore: [] },
    ];
    for (const { certificate, issuedBefore } of cases) {
      const { env, problem } = await refusedCertificate(certificate, issuedBefore);
      expect(discardVoidsCard(problem)).toBe(false);
      const discarded = await discardRefused(env, problem);
      expect(discarded.ok && discarded.value.card).toBeUndefined();
      expect(await readCardVoids(env.db)).toEqual([]);
    }
  });

  it('tells the desk the QR was revoked only for a certificate refused for good that carries its own card', async () => {
    const { env: first } = await openDeskFixture('admin', [], NOW);
    const cases = [
      { certificate: signed, issuedBefore: [], reason: 'statement-withdrawn', voided: true },
      { certificate: signed, issuedBefore: [], reason: 'unknown-author', voided: false },
      // No card was handed over, so no QR to speak of; a duplicate's card is its original's.
      {
        certificate: exampleCertificate(),
        issuedBefore: [],
        reason: 'statement-withdrawn',
        voided: false,
      },
      {
        certificate: duplicateOf(signed, first),
        issuedBefore: [signed],
        reason: 'statement-withdrawn',
        voided: false,
      },
    ] as const;
    for (const { certificate, issuedBefore, reason, voided } of cases) {
      const { problem } = await refusedCertificate(certificate, issuedBefore, reason);
      expect(problem.cardVoided).toBe(voided);
    }
  });
});
