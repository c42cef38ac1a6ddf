import { describe, expect, it } from 'vitest';
import type { CertificateId } from '../core/ids';
import { exampleCertificate } from '../core/records/examples';
import { recordsWhere } from '../storage/records';
import { statementFacts } from './statementStage';
import { caseWithResult, openDeskFixture } from './deskFixture';
import { duplicateOf } from './issueDuplicate';
import { checkRevokeForm, revokeCertificate } from './revokeCertificate';

const NOW = new Date('2026-11-26T10:00:00.000Z');
const certificate = exampleCertificate({ shcJws: 'header.payload.signature', rid: 'MKyCxh7p6uQ' });

async function deskWithCertificate() {
  const seed = [...caseWithResult(), certificate];
  return openDeskFixture('commission', seed, NOW);
}

describe('the revocation form', () => {
  it('requires a reason, and a note for an error or fraud but not for the citizen’s withdrawal', () => {
    expect(checkRevokeForm({ reason: '', note: 'x' })).toMatchObject({ reason: 'reason-missing' });
    expect(checkRevokeForm({ reason: 'error', note: '  ' })).toMatchObject({
      reason: 'note-missing',
    });
    expect(checkRevokeForm({ reason: 'fraud', note: '' })).toMatchObject({
      reason: 'note-missing',
    });
    expect(checkRevokeForm({ reason: 'withdrawn-by-citizen', note: ' ' })).toEqual({
      ok: true,
      value: { reason: 'withdrawn-by-citizen', note: undefined },
    });
    expect(checkRevokeForm({ reason: 'fraud', note: ' Чужой паспорт ' })).toEqual({
      ok: true,
      value: { reason: 'fraud', note: 'Чужой паспорт' },
    });
  });

  it('refuses a note over 500 characters', () => {
    expect(checkRevokeForm({ reason: 'error', note: 'я'.repeat(501) })).toMatchObject({
      reason: 'note-too-long',
    });
  });
});

describe('revoking a certificate at the desk', () => {
  it('writes a revocation of the card’s rid with its outbox entry, and the case loses it', async () => {
    const { env, current } = await deskWithCertificate();
    expect(statementFacts(await current()).certificate?.id).toBe(certificate.id);
    const queued = await env.db.outbox.count();
    const revoked = await revokeCertificate(env, certificate, {
      reason: 'error',
      note: 'Неверная дата рождения',
    });
    expect(revoked).toMatchObject({
      ok: true,
      value: {
        kind: 'revocation',
        certificateId: certificate.id,
        rid: 'MKyCxh7p6uQ',
        reason: 'error',
        note: 'Неверная дата рождения',
        at: NOW.toISOString(),
        createdBy: env.staff.id,
      },
    });
    expect(await env.db.outbox.count()).toBe(queued + 1);
    const outbox = await env.db.outbox.toArray();
    expect(outbox.at(-1)).toMatchObject({ kind: 'revocation', state: 'queued' });
    const statement = await current();
    expect(statement.revocations.map((r) => [r.record.rid, r.sync.state])).toEqual([
      ['MKyCxh7p6uQ', 'pending'],
    ]);
    expect(statementFacts(statement).certificate).toBeUndefined();
  });

  it('refuses a second revocation, a duplicate and a certificate with no signed card', async () => {
    const { env } = await deskWithCertificate();
    const form = { reason: 'withdrawn-by-citizen', note: '' } as const;
    expect((await revokeCertificate(env, certificate, form)).ok).toBe(true);
    expect(await revokeCertificate(env, certificate, form)).toMatchObject({
      reason: 'already-revoked',
    });
    expect(await revokeCertificate(env, duplicateOf(certificate, env), form)).toMatchObject({
      reason: 'duplicate',
    });
    const unsigned = exampleCertificate({
      id: '0193a0b0-0000-7000-8000-0000000000c9' as CertificateId,
      rid: undefined,
      shcJws: undefined,
    });
    expect(await revokeCertificate(env, unsigned, form)).toMatchObject({
      reason: 'certificate-unsigned',
    });
    expect(await recordsWhere(env.db, 'revocation', 'certificateId', certificate.id)).toHaveLength(
      1,
    );
  });

  it('is refused by storage for a registrar, writing nothing', async () => {
    const { as, env } = await deskWithCertificate();
    const refused = await revokeCertificate(as('registrar'), certificate, {
      reason: 'withdrawn-by-citizen',
      note: '',
    });
    expect(refused).toMatchObject({ ok: false, reason: 'role-may-not-write' });
    expect(await env.db.revocations.count()).toBe(0);
  });
});
