import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CertificateId } from '../../src/core/ids';
import { newId } from '../../src/core/ids';
import { exampleRequisites } from '../../src/core/clinic/examples';
import type { CertificateRecord } from '../../src/core/records/certificate';
import { adminClinicListSchema, createdClinicSchema } from '../../src/core/protocol/adminClinics';
import { certificateSearchSchema } from '../../src/core/protocol/adminCertificates';
import { adminTransferSchema } from '../../src/core/protocol/adminTransfer';
import { errorBodySchema } from '../../src/core/protocol/errorBody';
import { alreadyRevokedSchema, revocationResponseSchema } from '../../src/core/protocol/revocation';
import { DEMO_CLINIC, DEMO_REGIONAL_STAFF } from '../../src/register/seed';
import { testDatabases } from '../support/databases';
import { issueCertificate } from '../support/issueCertificate';
import { tabletKey } from '../support/signedCards';
import { acceptExampleKit } from '../support/statementChain';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite } from '../support/syncSuite';
import type { SimTablet } from '../support/tablets';
import { signInStaff } from '../support/tablets';

// The regional administrator's clinics, certificate search and revocation, and transfer
// queue (issue #12 item 4) against a real register on every configured engine. The transfer
// is on, with a receiver nobody listens at, and a worker that looks at the queue only at
// start: the queue rows the test writes stay as written until it retries them.

const random = (n: number) => new Uint8Array(randomBytes(n));

describe.each(testDatabases())('the regional administration on $engine', (database) => {
  let suite: SyncSuite;
  let tablet: SimTablet;
  let regional: string;
  let issued: CertificateRecord;
  let other: CertificateRecord;

  async function call(token: string, method: 'GET' | 'POST', path: string, body?: unknown) {
    const response = await fetch(`${suite.register.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, json: (await response.json()) as unknown };
  }

  beforeAll(async () => {
    suite = await openSyncSuite(database, {
      env: {
        FEDERAL_TRANSFER: 'on',
        FEDERAL_TRANSFER_URL: 'http://127.0.0.1:9/fhir',
        FEDERAL_TRANSFER_TOKEN: 'receiver-token',
        FEDERAL_TRANSFER_TIMEOUT_MS: '2000',
        FEDERAL_TRANSFER_INTERVAL_MS: '3600000',
      },
    });
    tablet = await suite.tablet('regional-desk');
    await acceptExampleKit(suite.register.db, tablet.clinicId);
    const account = DEMO_REGIONAL_STAFF[0];
    if (account === undefined) throw new Error('no demo regional administrator');
    regional = (await signInStaff(suite.register.url, account.login, account.password)).token;
    issued = await issueCertificate(suite, tablet, 17);
    other = await issueCertificate(suite, tablet, 18);
  });

  afterAll(async () => {
    await suite.close();
  });

  it.each([
    ['GET', '/api/admin/clinics'],
    ['POST', '/api/admin/clinics'],
    ['GET', '/api/admin/certificates?number=KAM01-T03-2026-000017'],
    ['GET', '/api/admin/transfer'],
    ['POST', '/api/admin/transfer/retry-failed'],
  ] as const)('refuses %s %s to a registrar and to a clinic admin (403)', async (method, path) => {
    const body = method === 'POST' ? {} : undefined;
    expect((await call(suite.registrarToken, method, path, body)).status).toBe(403);
    expect((await call(suite.adminToken, method, path, body)).status).toBe(403);
  });

  it('refuses a clinic admin’s revocation through the regional route, leaving the card valid', async () => {
    const answer = await call(
      suite.adminToken,
      'POST',
      `/api/admin/certificates/${issued.id}/revocation`,
      { reason: 'withdrawn-by-citizen' },
    );
    expect(answer.status).toBe(403);
  });

  it('lists the clinics with their counts, not the ministry', async () => {
    const answer = await call(regional, 'GET', '/api/admin/clinics');
    expect(answer.status).toBe(200);
    const { clinics } = adminClinicListSchema.parse(answer.json);
    expect(clinics.map((c) => c.code)).not.toContain('MZKK');
    const demo = clinics.find((c) => c.code === DEMO_CLINIC.code);
    expect(demo?.id).toBe(tablet.clinicId);
    expect(demo?.counts.certificates).toBe(2);
    expect(demo?.counts.tablets).toBeGreaterThanOrEqual(1);
    expect(demo?.counts.staff).toBeGreaterThanOrEqual(4);
    expect(demo?.lastRecordAt).not.toBeNull();
  });

  it('creates a clinic, refuses its code a second time (409), and names bad fields', async () => {
    const clinic = {
      code: 'PKGP5',
      nameRu: 'ГБУЗ «Городская поликлиника № 5»',
      nameEn: 'City clinic 5',
      address: '683000, г. Петропавловск-Камчатский, ул. Ленина, д. 5',
      issuerUrl: 'https://pkgp5.example/',
      requisites: exampleRequisites(),
    };
    const created = await call(regional, 'POST', '/api/admin/clinics', clinic);
    expect(created.status).toBe(201);
    expect(createdClinicSchema.parse(created.json).clinic).toMatchObject({
      code: 'PKGP5',
      issuerUrl: 'https://pkgp5.example',
      counts: { tablets: 0, staff: 0, certificates: 0 },
      lastRecordAt: null,
    });
    const listed = adminClinicListSchema.parse(
      (await call(regional, 'GET', '/api/admin/clinics')).json,
    );
    expect(listed.clinics.map((c) => c.code)).toContain('PKGP5');

    const again = await call(regional, 'POST', '/api/admin/clinics', clinic);
    expect(again.status).toBe(409);
    expect(errorBodySchema.parse(again.json).error).toMatchObject({
      code: 'clinic-code-taken',
      issues: [{ path: 'code', message: 'clinic-code-taken' }],
    });

    const bad = await call(regional, 'POST', '/api/admin/clinics', {
      ...clinic,
      code: 'pk 6',
      requisites: { ...clinic.requisites, ogrn: '1264100000011' },
    });
    expect(bad.status).toBe(400);
    const issues = errorBodySchema.parse(bad.json).error.issues ?? [];
    expect(issues).toContainEqual({ path: 'code', message: 'clinic-code-format' });
    expect(issues.map((issue) => issue.path)).toContain('requisites.ogrn');
  });

  it('finds a certificate by its number, with its person, clinic and transfer entry', async () => {
    const answer = await call(regional, 'GET', `/api/admin/certificates?number=${issued.number}`);
    expect(answer.status).toBe(200);
    const found = certificateSearchSchema.parse(answer.json);
    expect(found.query).toEqual({ kind: 'number', value: issued.number });
    expect(found.certificates).toHaveLength(1);
    expect(found.certificates[0]).toMatchObject({
      id: issued.id,
      number: 'KAM01-T03-2026-000017',
      clinic: { id: tablet.clinicId, code: DEMO_CLINIC.code },
      person: { fullName: expect.stringMatching(/\S+ \S+/) as string },
      state: 'valid',
      revocation: null,
      transfer: [{ event: 'issued', state: 'queued' }],
    });
  });

  it('finds every certificate of a SNILS written any way, and none for an unknown one', async () => {
    const spaced = await call(
      regional,
      'GET',
      `/api/admin/certificates?snils=${encodeURIComponent('112-233-445 95')}`,
    );
    expect(spaced.status).toBe(200);
    const found = certificateSearchSchema.parse(spaced.json);
    expect(found.query).toEqual({ kind: 'snils', value: '11223344595' });
    expect(found.certificates.map((c) => c.id).sort()).toEqual([issued.id, other.id].sort());

    const nobody = await call(regional, 'GET', '/api/admin/certificates?snils=08765430300');
    expect(certificateSearchSchema.parse(nobody.json).certificates).toEqual([]);
  });

  it('refuses a SNILS whose checksum is wrong and a query that is neither (400)', async () => {
    expect((await call(regional, 'GET', '/api/admin/certificates?snils=11223344596')).status).toBe(
      400,
    );
    expect((await call(regional, 'GET', '/api/admin/certificates?number=12345')).status).toBe(400);
    expect((await call(regional, 'GET', '/api/admin/certificates')).status).toBe(400);
  });

  it('requires a note for fraud, as the desk does', async () => {
    const answer = await call(regional, 'POST', `/api/admin/certificates/${issued.id}/revocation`, {
      reason: 'fraud',
    });
    expect(answer.status).toBe(400);
    expect(errorBodySchema.parse(answer.json).error.issues).toContainEqual({
      path: 'note',
      message: 'note-missing',
    });
  });

  it('revokes any clinic’s certificate as its own act: on the CRL, pulled by the tablet, then 409', async () => {
    const path = `/api/admin/certificates/${issued.id}/revocation`;
    const answer = await call(regional, 'POST', path, {
      reason: 'fraud',
      note: 'Подложный паспорт (письмо МВД)',
    });
    expect(answer.status).toBe(201);
    const { revocation } = revocationResponseSchema.parse(answer.json);
    const regionalId = (
      await suite.register.db.kysely
        .selectFrom('staff')
        .select('id')
        .where('login', '=', 'regional')
        .executeTakeFirstOrThrow()
    ).id;
    expect(revocation).toMatchObject({
      certificateId: issued.id,
      clinicId: tablet.clinicId,
      createdBy: regionalId,
      reason: 'fraud',
    });

    const kid = (await tabletKey(tablet)).publicJwk.kid;
    const crl = await fetch(`${suite.register.url}/.well-known/crl/${kid}.json`);
    expect(await crl.json()).toMatchObject({ kid, rids: [issued.rid] });

    // The clinic's tablet pulls the ministry's revocation like its own clinic's.
    expect((await tablet.engine.syncNow()).lastError).toBeNull();
    const pulled = await tablet.db.revocations.get(revocation.id);
    expect(pulled?.sync.state).toBe('synced');
    expect(pulled?.record).toMatchObject({ certificateId: issued.id, createdBy: regionalId });

    const again = await call(regional, 'POST', path, { reason: 'withdrawn-by-citizen' });
    expect(again.status).toBe(409);
    expect(alreadyRevokedSchema.parse(again.json).revocation.id).toBe(revocation.id);

    const search = await call(regional, 'GET', `/api/admin/certificates?number=${issued.number}`);
    expect(certificateSearchSchema.parse(search.json).certificates[0]).toMatchObject({
      state: 'revoked',
      revocation: { reason: 'fraud', note: 'Подложный паспорт (письмо МВД)' },
    });
  });

  it('shows an original superseded by its reprint, and revokes the original when asked for the reprint', async () => {
    const reprint: CertificateRecord = {
      ...other,
      id: newId<CertificateId>(tablet.now, random),
      duplicateOf: other.id,
      duplicateReason: 'Утеря',
      number: 'KAM01-T03-2026-000019' as CertificateRecord['number'],
      issuedAt: new Date(Date.parse(other.issuedAt) + 60_000).toISOString(),
    };
    expect((await tablet.write(reprint, 'registrar')).ok).toBe(true);
    expect((await tablet.engine.syncNow()).lastError).toBeNull();

    const original = await call(regional, 'GET', `/api/admin/certificates?number=${other.number}`);
    expect(certificateSearchSchema.parse(original.json).certificates).toMatchObject([
      {
        id: other.id,
        state: 'superseded',
        supersededBy: { kind: 'duplicate', id: reprint.id, number: reprint.number },
      },
    ]);

    const answer = await call(
      regional,
      'POST',
      `/api/admin/certificates/${reprint.id}/revocation`,
      {
        reason: 'withdrawn-by-citizen',
      },
    );
    expect(answer.status).toBe(201);
    expect(revocationResponseSchema.parse(answer.json).revocation.certificateId).toBe(other.id);
    const both = await call(regional, 'GET', '/api/admin/certificates?snils=11223344595');
    const states = new Map(
      certificateSearchSchema.parse(both.json).certificates.map((c) => [c.id, c.state]),
    );
    expect(states.get(other.id)).toBe('revoked');
    expect(states.get(reprint.id)).toBe('revoked');
  });

  it('answers 404 for a certificate the register does not hold', async () => {
    const unknown = newId<CertificateId>(() => new Date(), random);
    const answer = await call(regional, 'POST', `/api/admin/certificates/${unknown}/revocation`, {
      reason: 'withdrawn-by-citizen',
    });
    expect(answer.status).toBe(404);
  });

  describe('the transfer queue', () => {
    const rows: { id: string; state: string; settledAt: string | null; number: string }[] = [];

    beforeAll(async () => {
      const plan = [
        ['accepted', '2026-11-20T10:00:00.000Z'],
        ['failed', null],
        ['accepted', '2026-11-25T10:00:00.000Z'],
        ['rejected', '2026-11-24T10:00:00.000Z'],
      ] as const;
      for (const [index, [state, settledAt]] of plan.entries()) {
        const id = newId<CertificateId>(() => new Date(), random);
        const number = `KAM01-T09-2026-${String(index + 1).padStart(6, '0')}`;
        rows.push({ id, state, settledAt, number });
        await suite.register.db.kysely
          .insertInto('transfer_item')
          .values({
            certificate_id: id,
            event: 'issued',
            clinic_id: tablet.clinicId,
            record_id: id,
            certificate_number: number,
            state,
            attempts: 2,
            next_attempt_at: '2099-01-01T00:00:00.000Z',
            last_error:
              state === 'failed'
                ? 'HTTP 503: busy'
                : state === 'rejected'
                  ? 'HTTP 422: СНИЛС не найден'
                  : null,
            external_id: state === 'accepted' ? `EGISZ-${index}` : null,
            queued_at: `2026-11-1${index}T10:00:00.000Z`,
            sent_at: null,
            settled_at: settledAt,
          })
          .execute();
      }
    });

    it('lists failures first, then what is on its way, then accepted newest first, with the counts and the connector’s health', async () => {
      const answer = await call(regional, 'GET', '/api/admin/transfer');
      expect(answer.status).toBe(200);
      const queue = adminTransferSchema.parse(answer.json);
      expect(queue.counts).toMatchObject({ failed: 1, rejected: 1, accepted: 2 });
      expect(queue.counts.queued + queue.counts.sent).toBeGreaterThanOrEqual(2);
      expect(queue.items.map((item) => item.state)).toEqual([
        'failed',
        'rejected',
        ...queue.items.slice(2, -2).map(() => expect.stringMatching(/^(queued|sent)$/) as string),
        'accepted',
        'accepted',
      ]);
      const accepted = queue.items.filter((item) => item.state === 'accepted');
      expect(accepted.map((item) => item.externalId)).toEqual(['EGISZ-2', 'EGISZ-0']);
      expect(queue.items[0]).toMatchObject({
        lastError: 'HTTP 503: busy',
        clinic: { code: DEMO_CLINIC.code },
      });
      expect(queue.connector).toMatchObject({ health: 'unhealthy' });
      expect(queue.connector.problem).not.toBeNull();
    });

    it('retries one certificate’s failed item, then every failed and rejected one', async () => {
      const failed = rows.find((row) => row.state === 'failed');
      if (failed === undefined) throw new Error('no failed row');
      const one = await call(regional, 'POST', `/api/admin/transfer/${failed.id}/retry`);
      expect(one).toEqual({ status: 200, json: { retried: 1 } });
      const all = await call(regional, 'POST', '/api/admin/transfer/retry-failed');
      expect(all).toEqual({ status: 200, json: { retried: 1 } });
      const states = await suite.register.db.kysely
        .selectFrom('transfer_item')
        .select(['certificate_id', 'state'])
        .where(
          'certificate_id',
          'in',
          rows.map((row) => row.id),
        )
        .execute();
      expect(new Map(states.map((s) => [s.certificate_id, s.state]))).toEqual(
        new Map(rows.map((row) => [row.id, row.state === 'accepted' ? 'accepted' : 'queued'])),
      );
      const unknown = newId<CertificateId>(() => new Date(), random);
      expect((await call(regional, 'POST', `/api/admin/transfer/${unknown}/retry`)).status).toBe(
        404,
      );
    });
  });
});
