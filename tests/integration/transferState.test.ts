import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CertificateId } from '../../src/core/ids';
import { newId } from '../../src/core/ids';
import type { TransferStateResponse } from '../../src/core/protocol/transferState';
import { transferStateResponseSchema } from '../../src/core/protocol/transferState';
import type { CertificateRecord } from '../../src/core/records/certificate';
import { main } from '../../src/cli/register';
import { readCertificateTransfers } from '../../src/desk/certificateTransfer';
import { loadTabletToken } from '../../src/storage/tablet';
import { fetchTransferStates } from '../../src/sync/transferState';
import { testDatabases } from '../support/databases';
import { issueCertificate } from '../support/issueCertificate';
import { acceptExampleKit } from '../support/statementChain';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite } from '../support/syncSuite';
import type { SimTablet } from '../support/tablets';
import { addClinic, signInStaff } from '../support/tablets';

// The transfer state of a clinic's certificates as the desk asks for it (issue #12), and the
// backfill that queues what was issued while the transfer was off: by `transfer backfill`,
// and by the register itself when it starts with FEDERAL_TRANSFER=on. The file-drop
// connector (into the register's data directory) accepts at once, so states settle quickly.

const random = (n: number) => new Uint8Array(randomBytes(n));
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const TRANSFER_ON = { FEDERAL_TRANSFER: 'on', FEDERAL_TRANSFER_INTERVAL_MS: '50' } as const;

describe.each(testDatabases())('the transfer state and the backfill on $engine', (database) => {
  /** The register's environment, read again at each restart: the transfer starts off. */
  const registerEnv: Record<string, string> = {};
  let suite: SyncSuite;
  let tablet: SimTablet;
  let clinicCode = '';
  let first: CertificateRecord;
  let revoked: CertificateRecord;

  async function cli(env: Record<string, string>, ...argv: string[]) {
    let out = '';
    let err = '';
    const { config } = suite.register;
    const code = await main(argv, {
      io: { out: (text) => (out += text), err: (text) => (err += text) },
      env: {
        DATA_DIR: config.dataDir,
        DATABASE_URL: config.database.kind === 'postgres' ? config.database.url : undefined,
        ISSUER_URL: 'https://register.serodesk.test',
        ...env,
      },
      cwd: repositoryRoot,
    });
    return { code, out, err };
  }

  async function items(certificateId: string) {
    return suite.register.db.kysely
      .selectFrom('transfer_item')
      .select(['event', 'state', 'queued_at', 'external_id'])
      .where('certificate_id', '=', certificateId)
      .orderBy('event')
      .execute();
  }

  async function allAccepted(certificateId: string, count: number) {
    const until = Date.now() + 15_000;
    for (;;) {
      const rows = await items(certificateId);
      if (rows.length === count && rows.every((row) => row.state === 'accepted')) return rows;
      if (Date.now() > until) throw new Error(`not accepted: ${JSON.stringify(rows)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  async function ask(ids: readonly string[], token: string | undefined) {
    const response = await fetch(
      `${suite.register.url}/api/transfer/certificates?ids=${ids.join(',')}`,
      { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } },
    );
    const body = (await response.json()) as unknown;
    return { status: response.status, body };
  }

  async function answer(ids: readonly string[], token: string): Promise<TransferStateResponse> {
    const { status, body } = await ask(ids, token);
    expect(status).toBe(200);
    return transferStateResponseSchema.parse(body);
  }

  beforeAll(async () => {
    suite = await openSyncSuite(database, { env: registerEnv });
    tablet = await suite.tablet('transfer-state-A');
    await acceptExampleKit(suite.register.db, tablet.clinicId);
    const clinic = await suite.register.db.kysely
      .selectFrom('clinic')
      .select('code')
      .where('id', '=', tablet.clinicId)
      .executeTakeFirstOrThrow();
    clinicCode = clinic.code;
  }, 60_000);

  afterAll(async () => {
    await suite.close();
  });

  it('queues with `transfer backfill` what was issued while the transfer was off, once, per clinic, and never demo data', async () => {
    first = await issueCertificate(suite, tablet, 301);
    expect(await items(first.id)).toEqual([]);
    // Fictitious people with certificates and revocations, on a demo-data tablet of the clinic.
    const demo = await cli({}, 'demo-data', '--cases', '40', '--seed', '12');
    expect(demo.code).toBe(0);
    const { demoData } = JSON.parse(demo.out) as {
      demoData: { records: { certificate: number; revocation: number } };
    };
    expect(demoData.records.certificate).toBeGreaterThan(0);
    expect(demoData.records.revocation).toBeGreaterThan(0);
    const other = await addClinic(suite.register.db, 'OTHER1', {
      login: 'other-registrar',
      password: 'other-registrar-password',
    });
    expect(other.clinicId).not.toBe(tablet.clinicId);

    const unknown = await cli(TRANSFER_ON, 'transfer', 'backfill', '--clinic', 'NOPE');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no clinic with code NOPE');
    const otherClinic = await cli(TRANSFER_ON, 'transfer', 'backfill', '--clinic', 'OTHER1');
    expect(otherClinic).toMatchObject({ code: 0, out: '{"transfer":{"backfilled":0}}\n' });
    const own = await cli(TRANSFER_ON, 'transfer', 'backfill', '--clinic', clinicCode);
    expect(own).toMatchObject({ code: 0, out: '{"transfer":{"backfilled":1}}\n' });
    const again = await cli(TRANSFER_ON, 'transfer', 'backfill');
    expect(again).toMatchObject({ code: 0, out: '{"transfer":{"backfilled":0}}\n' });
    expect(await items(first.id)).toMatchObject([{ event: 'issued', state: 'queued' }]);

    const wrong = await cli(TRANSFER_ON, 'transfer', 'backfill', '--everything');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('transfer backfill [--clinic CODE]');
  });

  it('queues at start, with FEDERAL_TRANSFER switched on, a certificate and its revocation of before, the certificate first', async () => {
    revoked = await issueCertificate(suite, tablet, 302);
    const revoke = await cli(
      {},
      'revoke',
      '--number',
      revoked.number,
      '--reason',
      'fraud',
      '--by',
      'commission',
    );
    expect(revoke.code).toBe(0);
    expect(await items(revoked.id)).toEqual([]);

    Object.assign(registerEnv, TRANSFER_ON);
    await suite.restart();
    tablet.network.pointTo(suite.register.url);
    await allAccepted(first.id, 1);
    const [issued, revocation] = await allAccepted(revoked.id, 2);
    expect(issued?.event).toBe('issued');
    expect(revocation?.event).toBe('revoked');
    expect((revocation?.queued_at ?? '') > (issued?.queued_at ?? '')).toBe(true);
    expect(suite.register.logLines.join('\n')).toContain('earlier certificates queued');
    // The demo data's certificates and revocations stayed out.
    const queue = await suite.register.db.kysely
      .selectFrom('transfer_item')
      .select('certificate_id')
      .execute();
    expect(queue).toHaveLength(3);
  });

  it('answers the tablet about its clinic’s certificates, in the order asked, unknown ones as unknown', async () => {
    const token = (await loadTabletToken(tablet.db)) ?? '';
    const never = newId<CertificateId>(tablet.now, random);
    const got = await answer([revoked.id, never, first.id], token);
    expect(got.federalTransfer).toBe(true);
    expect(got.certificates.map((certificate) => certificate.id)).toEqual([
      revoked.id,
      never,
      first.id,
    ]);
    const [ofRevoked, ofNever, ofFirst] = got.certificates;
    expect(ofNever).toEqual({ id: never, known: false, items: [] });
    const [fileName] = (await items(first.id)).map((row) => row.external_id);
    expect(ofFirst).toMatchObject({
      known: true,
      items: [{ event: 'issued', state: 'accepted', externalId: fileName, reason: null }],
    });
    expect(fileName).toContain(first.number);
    expect(ofRevoked?.items.map((item) => [item.event, item.state])).toEqual([
      ['issued', 'accepted'],
      ['revoked', 'accepted'],
    ]);
  });

  it('answers a member of the same clinic with their staff token alike', async () => {
    const token = (await loadTabletToken(tablet.db)) ?? '';
    const byTablet = await answer([first.id], token);
    const byStaff = await answer([first.id], suite.registrarToken);
    expect(byStaff.certificates).toEqual(byTablet.certificates);
  });

  it('does not reveal a certificate to another clinic: it is answered as one never seen', async () => {
    const stranger = await signInStaff(
      suite.register.url,
      'other-registrar',
      'other-registrar-password',
    );
    const got = await answer([first.id, revoked.id], stranger.token);
    expect(got.certificates).toEqual([
      { id: first.id, known: false, items: [] },
      { id: revoked.id, known: false, items: [] },
    ]);
  });

  it('refuses a caller without a token and a malformed list of ids', async () => {
    const token = (await loadTabletToken(tablet.db)) ?? '';
    expect((await ask([first.id], undefined)).status).toBe(401);
    expect((await ask([first.id], 'not-a-token')).status).toBe(401);
    expect((await ask(['not-a-uuid'], token)).status).toBe(400);
    expect((await ask([], token)).status).toBe(400);
    const tooMany = Array.from({ length: 51 }, () => newId<CertificateId>(tablet.now, random));
    expect((await ask(tooMany, token)).status).toBe(400);
  });

  it('reaches the desk through the tablet’s client, and offline the desk shows what it kept', async () => {
    const token = (await loadTabletToken(tablet.db)) ?? '';
    const fetched = await fetchTransferStates(tablet.network.transport, token, [first.id]);
    expect(fetched.ok && fetched.value.certificates[0]?.items[0]?.state).toBe('accepted');

    const ids = [first.id];
    const online = await readCertificateTransfers(tablet, tablet.network.transport, ids);
    expect(online.get(first.id)?.failure).toBeUndefined();
    tablet.network.offline = true;
    try {
      const offline = await readCertificateTransfers(tablet, tablet.network.transport, ids);
      const kept = offline.get(first.id);
      expect(kept?.failure).toBe('offline');
      expect(kept?.answer).toEqual(online.get(first.id)?.answer);
    } finally {
      tablet.network.offline = false;
    }
  });
});
