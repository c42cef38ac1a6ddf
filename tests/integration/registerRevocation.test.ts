import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids';
import { errorBodySchema } from '../../src/core/protocol/errorBody';
import { alreadyRevokedSchema, revocationResponseSchema } from '../../src/core/protocol/revocation';
import type { CertificateRecord } from '../../src/core/records/certificate';
import { DEMO_STAFF } from '../../src/register/seed';
import { writeVersion } from '../../src/register/sync/recordStore';
import { nextSeq } from '../../src/register/sync/seqCounter';
import { testDatabases } from '../support/databases';
import { tabletKey } from '../support/signedCards';
import { acceptExampleKit, chainCertificate, writeStatementChain } from '../support/statementChain';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite } from '../support/syncSuite';
import type { SimTablet } from '../support/tablets';
import { addClinic, signInStaff } from '../support/tablets';

// Revoking a certificate at the register (POST /api/certificates/:id/revocation): an admin or
// commission action with a reason, answered with a revocation record that every tablet of the
// clinic pulls, and the rid on the CRL of the key that signed the card.

const random = (n: number) => new Uint8Array(randomBytes(n));

async function token(suite: SyncSuite, role: string): Promise<string> {
  const account = DEMO_STAFF.find((staff) => staff.role === role);
  if (account === undefined) throw new Error(`no demo ${role}`);
  return (await signInStaff(suite.register.url, account.login, account.password)).token;
}

async function revoke(suite: SyncSuite, bearer: string, certificateId: string, body: unknown) {
  const response = await fetch(
    `${suite.register.url}/api/certificates/${certificateId}/revocation`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify(body),
    },
  );
  return { status: response.status, json: (await response.json()) as unknown };
}

async function crl(suite: SyncSuite, kid: string) {
  const response = await fetch(`${suite.register.url}/.well-known/crl/${kid}.json`);
  return { status: response.status, json: (await response.json()) as unknown };
}

describe.each(testDatabases())('revoking a certificate at the register on $engine', (database) => {
  let suite: SyncSuite;
  let a: SimTablet;
  let b: SimTablet;
  let commissionToken: string;
  let registrarToken: string;
  let kid: string;

  // Signed with tablet A's own key: the register verifies every pushed card (issue #9).
  async function certificate(rid: string, overrides: Partial<CertificateRecord> = {}) {
    const chain = await writeStatementChain(a, suite.staff.admin);
    return chainCertificate(a, chain, suite.register.db, suite.staff.commission, rid, overrides);
  }

  async function issued(rid: string, overrides: Partial<CertificateRecord> = {}) {
    const record = await certificate(rid, overrides);
    expect((await a.write(record, 'commission')).ok).toBe(true);
    expect((await a.engine.syncNow()).lastError).toBeNull();
    return record;
  }

  beforeAll(async () => {
    suite = await openSyncSuite(database);
    a = await suite.tablet('revoke-A');
    b = await suite.tablet('revoke-B');
    await acceptExampleKit(suite.register.db, a.clinicId);
    kid = (await tabletKey(a)).publicJwk.kid;
    commissionToken = await token(suite, 'commission');
    registrarToken = suite.registrarToken;
  });

  afterAll(async () => {
    await suite.close();
  });

  it('lets an admin revoke with a reason: a revocation record every tablet pulls, and the rid on the CRL', async () => {
    const card = await issued('AdminRevokes');
    const answer = await revoke(suite, suite.adminToken, card.id, {
      reason: 'fraud',
      note: 'Паспорт не совпадает с заявлением',
    });
    expect(answer.status).toBe(201);
    const { revocation } = revocationResponseSchema.parse(answer.json);
    expect(revocation).toMatchObject({
      certificateId: card.id,
      rid: 'AdminRevokes',
      reason: 'fraud',
      note: 'Паспорт не совпадает с заявлением',
      createdBy: suite.staff.admin,
      clinicId: a.clinicId,
      version: 1,
    });

    const list = await crl(suite, kid);
    expect(list.json).toMatchObject({ kid, method: 'rid', ctr: 1, rids: ['AdminRevokes'] });

    for (const tablet of [a, b]) {
      expect((await tablet.engine.syncNow()).lastError).toBeNull();
      const row = await tablet.db.revocations.get(revocation.id);
      expect(row?.sync.state).toBe('synced');
      expect(row?.record).toMatchObject({ certificateId: card.id, reason: 'fraud' });
    }
  });

  it('lets a commission member revoke too, raising the CRL counter', async () => {
    const card = await issued('CommissionRev');
    const answer = await revoke(suite, commissionToken, card.id, { reason: 'error' });
    expect(answer.status).toBe(201);
    expect(revocationResponseSchema.parse(answer.json).revocation.createdBy).toBe(
      suite.staff.commission,
    );
    expect((await crl(suite, kid)).json).toMatchObject({
      ctr: 2,
      rids: ['AdminRevokes', 'CommissionRev'],
    });
  });

  it('answers a second revocation with 409 and the existing one, and changes nothing', async () => {
    const card = await issued('TwiceRevoked');
    const first = await revoke(suite, suite.adminToken, card.id, { reason: 'correction' });
    const existing = revocationResponseSchema.parse(first.json).revocation;
    const before = (await crl(suite, kid)).json as { ctr: number };

    const again = await revoke(suite, commissionToken, card.id, { reason: 'fraud' });
    expect(again.status).toBe(409);
    const body = alreadyRevokedSchema.parse(again.json);
    expect(body.revocation).toEqual(existing);
    expect((await crl(suite, kid)).json).toMatchObject({ ctr: before.ctr });
    const rows = await suite.register.db.kysely
      .selectFrom('clinic_record')
      .select('body')
      .where('kind', '=', 'revocation')
      .execute();
    const forCard = rows.filter((row) => row.body.includes(card.id));
    expect(forCard).toHaveLength(1);
  });

  it('refuses registrars and lab staff with 403, and unsigned people with 401', async () => {
    const card = await issued('NotYours');
    const labToken = await token(suite, 'lab');
    for (const bearer of [registrarToken, labToken]) {
      const answer = await revoke(suite, bearer, card.id, { reason: 'error' });
      expect(answer.status).toBe(403);
      expect(errorBodySchema.parse(answer.json).error.code).toBe('forbidden');
    }
    expect((await revoke(suite, 'nobody', card.id, { reason: 'error' })).status).toBe(401);
    const rids = ((await crl(suite, kid)).json as { rids: string[] }).rids;
    expect(rids).not.toContain('NotYours');
  });

  it('answers 404 for an unknown certificate and for another clinic’s, without revealing it', async () => {
    const unknown = await revoke(suite, suite.adminToken, newId(a.now, random), {
      reason: 'error',
    });
    expect(unknown.status).toBe(404);

    const other = await addClinic(suite.register.db, 'OTHER1', {
      login: 'other-registrar',
      password: 'other-password',
    });
    const foreign = await certificate('ForeignCard', {
      clinicId: other.clinicId as CertificateRecord['clinicId'],
    });
    await suite.register.db.kysely.transaction().execute(async (tx) => {
      const seq = await nextSeq(tx);
      await writeVersion(tx, {
        record: { ...foreign, version: 1 },
        version: 1,
        seq,
        tabletId: 'test',
        at: new Date().toISOString(),
        isNew: true,
      });
    });
    const answer = await revoke(suite, suite.adminToken, foreign.id, { reason: 'error' });
    expect(answer.status).toBe(404);
    expect(errorBodySchema.parse(answer.json).error.code).toBe('not-found');
  });

  it('names a reason outside the list and a certificate with no signed card', async () => {
    const card = await issued('BadReason');
    const bad = await revoke(suite, suite.adminToken, card.id, { reason: 'bored' });
    expect(bad.status).toBe(400);
    expect(errorBodySchema.parse(bad.json).error.code).toBe('invalid-body');

    const unsigned = await certificate('Unsigned');
    const withoutCard: CertificateRecord = { ...unsigned, version: 1 };
    delete withoutCard.shcJws;
    delete withoutCard.rid;
    // Stored as before issue #9: the register now refuses to take an unsigned one by push.
    await suite.register.db.kysely.transaction().execute(async (tx) => {
      const seq = await nextSeq(tx);
      await writeVersion(tx, {
        record: withoutCard,
        version: 1,
        seq,
        tabletId: a.tabletId,
        at: new Date().toISOString(),
        isNew: true,
      });
    });
    const answer = await revoke(suite, suite.adminToken, unsigned.id, { reason: 'error' });
    expect(answer.status).toBe(409);
    expect(errorBodySchema.parse(answer.json).error.code).toBe('certificate-unsigned');
  });
});
