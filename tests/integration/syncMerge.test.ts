import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CertificateId, RevocationId, StaffId } from '../../src/core/ids';
import { newId } from '../../src/core/ids';
import { SYNC_PROTOCOL_VERSION } from '../../src/core/protocol/sync';
import {
  exampleCertificate,
  exampleResult,
  exampleRevocation,
} from '../../src/core/records/examples';
import type { PersonRecord } from '../../src/core/records/person';
import { readRecord } from '../../src/storage/records';
import { testDatabases } from '../support/databases';
import { tabletCard, tabletKey } from '../support/signedCards';
import {
  acceptExampleKit,
  appointCommission,
  writeStatementChain,
} from '../support/statementChain';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite, rawSync } from '../support/syncSuite';
import type { SimTablet } from '../support/tablets';
import { newPerson } from '../support/tablets';

// Concurrent edits, final records, revocations, protocol versions and compressed bodies,
// between simulated tablets and a real register on every configured engine.

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

async function person(tablet: SimTablet, id: string): Promise<PersonRecord> {
  const stored = await readRecord(tablet.db, 'person', id);
  if (stored === undefined) throw new Error(`person ${id} missing on ${tablet.name}`);
  return stored.record;
}

async function syncAll(...tablets: SimTablet[]) {
  for (const tablet of tablets) expect((await tablet.engine.syncNow()).lastError).toBeNull();
}

describe.each(testDatabases())('merging and conflicts on $engine', (database) => {
  let suite: SyncSuite;
  let a: SimTablet;
  let b: SimTablet;

  beforeAll(async () => {
    suite = await openSyncSuite(database);
    a = await suite.tablet('merge-A');
    b = await suite.tablet('merge-B');
    await acceptExampleKit(suite.register.db, a.clinicId);
  });

  afterAll(async () => {
    await suite.close();
  });

  it('merges edits of different fields and keeps the register’s value on a clash', async () => {
    const created = newPerson(a, suite.staff.registrar, { phone: '+79140000001' });
    await a.write(created, 'registrar');
    await syncAll(a, b);

    await a.write({ ...(await person(a, created.id)), phone: '+79140000002' }, 'registrar');
    await b.write(
      { ...(await person(b, created.id)), address: 'Елизово, ул. Ленина, 1' },
      'registrar',
    );
    await syncAll(a, b, a);
    for (const tablet of [a, b]) {
      expect(await person(tablet, created.id)).toMatchObject({
        phone: '+79140000002',
        address: 'Елизово, ул. Ленина, 1',
        version: 3,
      });
      expect((await readRecord(tablet.db, 'person', created.id))?.sync.state).toBe('synced');
    }

    await a.write({ ...(await person(a, created.id)), phone: '+79140000003' }, 'registrar');
    await b.write({ ...(await person(b, created.id)), phone: '+79140000004' }, 'registrar');
    await syncAll(a, b);
    const row = await b.db.persons.get(created.id);
    expect(row?.sync).toMatchObject({ state: 'conflict', version: 4 });
    expect(row?.record).toMatchObject({ phone: '+79140000003' });
    expect(row?.['conflict']).toMatchObject({
      fields: ['phone'],
      tabletRecord: { phone: '+79140000004' },
    });
    expect(await b.db.outbox.count()).toBe(0);
  });

  it('answers a second, different write of a final result with a conflict and keeps the first', async () => {
    const chain = await writeStatementChain(a, suite.staff.admin, { withResult: false });
    const result = exampleResult({
      id: newId(a.now, random),
      clinicId: a.clinicId,
      createdBy: suite.staff.lab as StaffId,
      sampleId: chain.sampleId,
    });
    await a.write(result, 'lab');
    await syncAll(a);
    const changed = { ...result, value: 1, interpretation: 'not-detected' as const, version: 1 };
    const answer = await rawSync(suite, a, 'push', {
      protocolVersion: SYNC_PROTOCOL_VERSION,
      tabletId: a.tabletId,
      ops: [{ opId: newId(a.now, random), kind: 'result', baseVersion: 1, record: changed }],
    });
    expect(answer.json).toMatchObject({
      answers: [
        {
          status: 'conflict',
          version: 1,
          fields: ['value', 'interpretation'],
          record: { value: result.value },
        },
      ],
    });
  });

  it('puts a pushed revocation on the CRL of the key that signed the certificate', async () => {
    const kid = (await tabletKey(a)).publicJwk.kid;
    const certificateId = newId<CertificateId>(a.now, random);
    const chain = await writeStatementChain(a, suite.staff.admin);
    const certificate = exampleCertificate({
      ...chain.certificateFields,
      id: certificateId,
      clinicId: a.clinicId,
      createdBy: suite.staff.commission as StaffId,
      commissionMemberId: suite.staff.commission as StaffId,
      commission: await appointCommission(suite.register.db, a.clinicId, suite.staff.commission),
      shcJws: await tabletCard(a, 'Qw8xRevokeMe'),
      rid: 'Qw8xRevokeMe',
    });
    const revocation = exampleRevocation({
      id: newId<RevocationId>(a.now, random),
      clinicId: a.clinicId,
      createdBy: suite.staff.commission as StaffId,
      certificateId,
      rid: 'Qw8xRevokeMe',
    });
    expect((await a.write(certificate, 'commission')).ok).toBe(true);
    expect((await a.write(revocation, 'commission')).ok).toBe(true);
    await syncAll(a, b);
    const crl = await fetch(`${suite.register.url}/.well-known/crl/${kid}.json`);
    expect(await crl.json()).toMatchObject({ kid, method: 'rid', rids: ['Qw8xRevokeMe'] });
    expect((await readRecord(b.db, 'revocation', revocation.id))?.sync.state).toBe('synced');
  });

  it('revokes a card whose revocation reached the register before the certificate did', async () => {
    // The certificate is signed and sent by B, the revocation by A (B's key has no CRL yet).
    const kid = (await tabletKey(b)).publicJwk.kid;
    const certificateId = newId<CertificateId>(b.now, random);
    const commission = suite.staff.commission as StaffId;
    const revocation = exampleRevocation({
      id: newId<RevocationId>(a.now, random),
      clinicId: a.clinicId,
      createdBy: commission,
      certificateId,
      rid: 'LateCertificate',
    });
    expect((await a.write(revocation, 'commission')).ok).toBe(true);
    await syncAll(a);
    const before = await fetch(`${suite.register.url}/.well-known/crl/${kid}.json`);
    expect(before.status).toBe(404);

    const chain = await writeStatementChain(b, suite.staff.admin);
    const certificate = exampleCertificate({
      ...chain.certificateFields,
      id: certificateId,
      clinicId: b.clinicId,
      createdBy: commission,
      commissionMemberId: commission,
      commission: await appointCommission(suite.register.db, b.clinicId, suite.staff.commission),
      shcJws: await tabletCard(b, 'LateCertificate'),
      rid: 'LateCertificate',
    });
    expect((await b.write(certificate, 'commission')).ok).toBe(true);
    await syncAll(b);
    const after = await fetch(`${suite.register.url}/.well-known/crl/${kid}.json`);
    expect(await after.json()).toMatchObject({ kid, rids: ['LateCertificate'] });
  });

  it('names a protocol mismatch in words and keeps the tablet’s records', async () => {
    await a.write(newPerson(a, suite.staff.registrar), 'registrar');
    const answer = await rawSync(suite, a, 'pull', {
      protocolVersion: SYNC_PROTOCOL_VERSION + 1,
      tabletId: a.tabletId,
      cursor: 0,
      limit: 10,
    });
    expect(answer.status).toBe(409);
    expect(answer.json).toMatchObject({
      error: { code: 'protocol-mismatch' },
      protocol: {
        register: SYNC_PROTOCOL_VERSION,
        tablet: SYNC_PROTOCOL_VERSION + 1,
        reason: 'register-too-old',
      },
    });
    const old = await rawSync(suite, a, 'push', {
      protocolVersion: 0,
      tabletId: a.tabletId,
      ops: [],
    });
    expect(old.json).toMatchObject({ protocol: { reason: 'tablet-too-old' } });
    expect(await a.db.outbox.count()).toBe(1);
  });

  it('reads gzipped push bodies and gzips large answers', async () => {
    const records = Array.from({ length: 20 }, () => ({
      ...newPerson(a, suite.staff.registrar),
      version: 0,
    }));
    const body = JSON.stringify({
      protocolVersion: SYNC_PROTOCOL_VERSION,
      tabletId: a.tabletId,
      ops: records.map((record) => ({
        opId: newId(a.now, random),
        kind: 'person',
        baseVersion: 0,
        record,
      })),
    });
    const zipped = new Uint8Array(gzipSync(body));
    expect(zipped.length * 3).toBeLessThan(body.length);
    const answer = await rawSync(suite, a, 'push', zipped, {
      'content-encoding': 'gzip',
      'accept-encoding': 'gzip',
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-encoding')).toBe('gzip');
    expect((answer.json as { answers: { status: string }[] }).answers.map((x) => x.status)).toEqual(
      Array(20).fill('accepted'),
    );
    const broken = await rawSync(suite, a, 'push', zipped.slice(0, 20), {
      'content-encoding': 'gzip',
    });
    expect(broken.status).toBe(400);
  });

  it('answers a pull in brotli to a client that accepts it, in gzip to one that refuses it', async () => {
    const pull = { protocolVersion: SYNC_PROTOCOL_VERSION, tabletId: b.tabletId, cursor: 0 };
    const request = { ...pull, limit: 1000 };
    // Chromium's header; A's twenty persons from the test before make a page worth compressing.
    const br = await rawSync(suite, b, 'pull', request, {
      'accept-encoding': 'gzip, deflate, br, zstd',
    });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    const changes = (br.json as { changes: unknown[] }).changes;
    expect(changes.length).toBeGreaterThanOrEqual(20);

    const gz = await rawSync(suite, b, 'pull', request, { 'accept-encoding': 'br;q=0, gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.json).toEqual(br.json);
  });
});
