import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBundle } from '../../src/core/fhir/checkBundle';
import type { OpId } from '../../src/core/ids';
import { newId } from '../../src/core/ids';
import type { CertificateRecord } from '../../src/core/records/certificate';
import { SYNC_PROTOCOL_VERSION } from '../../src/core/protocol/sync';
import { main } from '../../src/cli/register';
import type { RegisterDb } from '../../src/register/db/connect';
import type { TransferItemRow } from '../../src/register/transfer/transferItem';
import { transferItemRowSchema } from '../../src/register/transfer/transferItem';
import { testDatabases } from '../support/databases';
import { issueCertificate } from '../support/issueCertificate';
import type { Receiver } from '../support/transferReceiver';
import { startReceiver } from '../support/transferReceiver';
import { acceptExampleKit } from '../support/statementChain';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite, rawSync } from '../support/syncSuite';
import type { SimTablet } from '../support/tablets';

// The transfer to the federal register (issue #12) against a real HTTP receiver on loopback:
// certificates issued on a tablet and pushed, revoked with the register CLI; the register's
// own worker sends them; the receiver keeps one record per Idempotency-Key, as the gateway
// is asked to (src/register/transfer/httpConnector.ts). The register's clock is set by the
// test, so backoff and the lease of a send cut short are passed without waiting.

const random = (n: number) => new Uint8Array(randomBytes(n));
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const TOKEN = 'transfer-test-token';
const TIMEOUT_MS = 3_000;

async function transferItem(
  db: RegisterDb,
  certificateId: string,
  event: string,
): Promise<TransferItemRow | undefined> {
  const row = await db.kysely
    .selectFrom('transfer_item')
    .selectAll()
    .where('certificate_id', '=', certificateId)
    .where('event', '=', event)
    .executeTakeFirst();
  return row === undefined ? undefined : transferItemRowSchema.parse(row);
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const until = Date.now() + 15_000;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe.each(testDatabases())('the transfer queue over HTTP on $engine', (database) => {
  let receiver: Receiver;
  let suite: SyncSuite;
  let tablet: SimTablet;
  let sequence = 200;
  /** How far the register's clock is ahead of the real one. */
  let clockOffsetMs = 0;

  function transferEnv(): Record<string, string> {
    return {
      FEDERAL_TRANSFER: 'on',
      FEDERAL_TRANSFER_URL: receiver.url,
      FEDERAL_TRANSFER_TOKEN: TOKEN,
      FEDERAL_TRANSFER_TIMEOUT_MS: String(TIMEOUT_MS),
      FEDERAL_TRANSFER_INTERVAL_MS: '50',
    };
  }

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

  async function issue(): Promise<CertificateRecord> {
    sequence += 1;
    return issueCertificate(suite, tablet, sequence);
  }

  /** Restarts the register on the same data; a tablet enrolled anew reaches its new port. */
  async function restart(): Promise<void> {
    await suite.restart();
    tablet = await suite.tablet(`transfer-${sequence}`);
  }

  const settled = async (certificate: CertificateRecord, event: string, state: string) => {
    let last: TransferItemRow | undefined;
    try {
      return await waitFor(`${certificate.number} ${event} ${state}`, async () => {
        last = await transferItem(suite.register.db, certificate.id, event);
        return last?.state === state ? last : undefined;
      });
    } catch (error) {
      throw new Error(`${String(error)}; the item is ${JSON.stringify(last)}`);
    }
  };

  const requestsFor = (certificate: CertificateRecord, event: string) =>
    receiver.requests.filter((request) => request.key === `${certificate.id}:${event}`);

  beforeAll(async () => {
    receiver = await startReceiver();
    suite = await openSyncSuite(database, {
      env: transferEnv(),
      now: () => new Date(Date.now() + clockOffsetMs),
    });
    tablet = await suite.tablet('transfer-A');
    await acceptExampleKit(suite.register.db, tablet.clinicId);
  }, 60_000);

  afterAll(async () => {
    await suite.close();
    await receiver.close();
  });

  it('sends an issued certificate once, with the bearer token and its idempotency key, and keeps the receiver’s id', async () => {
    receiver.mode = { kind: 'accept' };
    const certificate = await issue();
    const item = await settled(certificate, 'issued', 'accepted');
    const [request, ...more] = requestsFor(certificate, 'issued');
    expect(more).toEqual([]);
    expect(request?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request?.contentType).toBe('application/fhir+json');
    expect(item.external_id).toBe(receiver.records.get(`${certificate.id}:issued`));
    expect(item).toMatchObject({
      attempts: 1,
      last_error: null,
      certificate_number: certificate.number,
    });
    const bundle = JSON.parse(request?.body ?? '') as unknown;
    expect(checkBundle(bundle)).toEqual([]);
    expect(bundle).toMatchObject({
      type: 'collection',
      identifier: { value: `${certificate.id}:issued` },
    });

    // The same certificate pushed again (another op id) enqueues nothing new.
    const again = await rawSync(suite, tablet, 'push', {
      protocolVersion: SYNC_PROTOCOL_VERSION,
      tabletId: tablet.tabletId,
      ops: [
        {
          opId: newId<OpId>(tablet.now, random),
          kind: 'certificate',
          baseVersion: 1,
          record: certificate,
        },
      ],
    });
    expect(again.status).toBe(200);
    const rows = await suite.register.db.kysely
      .selectFrom('transfer_item')
      .select(['event', 'state'])
      .where('certificate_id', '=', certificate.id)
      .execute();
    expect(rows).toEqual([{ event: 'issued', state: 'accepted' }]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requestsFor(certificate, 'issued')).toHaveLength(1);
  });

  it('records a 4xx as rejected with the receiver’s reason, leaves it, and sends it again on transfer retry', async () => {
    receiver.mode = { kind: 'reject', status: 422, reason: 'СНИЛС не найден в ЕРЗ' };
    const certificate = await issue();
    const item = await settled(certificate, 'issued', 'rejected');
    expect(item.last_error).toBe('HTTP 422: СНИЛС не найден в ЕРЗ');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requestsFor(certificate, 'issued')).toHaveLength(1);

    const status = await cli(transferEnv(), 'transfer', 'status');
    expect(status.code).toBe(0);
    expect(status.out).toContain(`connector: HTTP POST to ${receiver.url} (healthy)`);
    expect(status.out).toMatch(/^rejected 1$/m);
    expect(status.out).toContain(
      `rejected ${certificate.number} issued, attempt 1: HTTP 422: СНИЛС`,
    );
    expect(status.out).not.toContain(TOKEN);

    receiver.mode = { kind: 'accept' };
    const retry = await cli(
      transferEnv(),
      'transfer',
      'retry',
      '--certificate',
      certificate.number,
    );
    expect(retry).toMatchObject({ code: 0, out: '{"transfer":{"retried":1}}\n' });
    const accepted = await settled(certificate, 'issued', 'accepted');
    expect(accepted.attempts).toBe(2);
  });

  it('keeps a 5xx as failed with backoff, and sends it after the register restarts once the receiver is back', async () => {
    receiver.mode = { kind: 'fail', status: 503 };
    const certificate = await issue();
    const failed = await settled(certificate, 'issued', 'failed');
    expect(failed.last_error).toBe('HTTP 503: gateway down');
    // Due 30 s after the failure: the first step of the backoff (transfer/backoff.ts).
    const delay = Date.parse(failed.next_attempt_at) - Date.parse(failed.sent_at ?? '');
    expect(delay).toBeGreaterThanOrEqual(30_000);
    expect(delay).toBeLessThan(31_000);
    const status = await cli(transferEnv(), 'transfer', 'status');
    expect(status.out).toMatch(/^failed 1$/m);

    await suite.register.stop();
    receiver.mode = { kind: 'accept' };
    clockOffsetMs += 31_000;
    await restart();
    const accepted = await settled(certificate, 'issued', 'accepted');
    expect(accepted.external_id).toBe(receiver.records.get(`${certificate.id}:issued`));
    expect(requestsFor(certificate, 'issued')).toHaveLength(2);
  });

  it('accepts a certificate exactly once when the receiver answers too late and when the register stops mid-send', async () => {
    // Too late: the receiver keeps the record, but its answer comes after our time limit.
    receiver.mode = { kind: 'accept', delayMs: TIMEOUT_MS + 500 };
    const slow = await issue();
    const timedOut = await settled(slow, 'issued', 'failed');
    expect(timedOut.last_error).toBe(`no answer within ${TIMEOUT_MS} ms`);
    receiver.mode = { kind: 'accept' };
    clockOffsetMs += 31_000;
    const late = await settled(slow, 'issued', 'accepted');

    // Mid-send: the register stops while the receiver holds the request.
    receiver.mode = { kind: 'accept', delayMs: TIMEOUT_MS - 500 };
    const cut = await issue();
    await waitFor('the request in flight', () =>
      Promise.resolve(requestsFor(cut, 'issued').length > 0 ? true : undefined),
    );
    await suite.register.stop();
    receiver.mode = { kind: 'accept' };
    await restart();
    expect((await transferItem(suite.register.db, cut.id, 'issued'))?.state).toBe('sent');
    clockOffsetMs += 2 * TIMEOUT_MS + 1_000;
    const resent = await settled(cut, 'issued', 'accepted');

    for (const [certificate, item] of [
      [slow, late],
      [cut, resent],
    ] as const) {
      const requests = requestsFor(certificate, 'issued');
      expect(requests).toHaveLength(2);
      // The same bytes both times, so the receiver may compare them with what it holds.
      expect(requests[1]?.body).toBe(requests[0]?.body);
      expect(item.external_id).toBe(receiver.records.get(`${certificate.id}:issued`));
    }
    const keys = [...receiver.records.keys()].filter((key) => key.startsWith(cut.id));
    expect(keys).toEqual([`${cut.id}:issued`]);
  }, 30_000);

  it('sends a revocation made with the CLI as the certificate entered in error, and queues nothing with the transfer off', async () => {
    receiver.mode = { kind: 'accept' };
    const kept = await issue();
    const revoked = await issue();
    await settled(revoked, 'issued', 'accepted');

    const off = await cli(
      {},
      'revoke',
      '--number',
      kept.number,
      '--reason',
      'error',
      '--by',
      'commission',
    );
    expect(off.code).toBe(0);
    const on = await cli(
      transferEnv(),
      'revoke',
      '--number',
      revoked.number,
      '--reason',
      'fraud',
      '--by',
      'commission',
    );
    expect(on.code).toBe(0);

    await settled(revoked, 'revoked', 'accepted');
    const [request] = requestsFor(revoked, 'revoked');
    const bundle = JSON.parse(request?.body ?? '') as {
      entry: { resource: { resourceType: string; status?: string } }[];
    };
    expect(checkBundle(bundle)).toEqual([]);
    expect(
      bundle.entry.find((e) => e.resource.resourceType === 'Composition')?.resource.status,
    ).toBe('entered-in-error');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await transferItem(suite.register.db, kept.id, 'revoked')).toBeUndefined();
  });

  it('refuses transfer commands without an action or a selection with a usage line and exit 2', async () => {
    for (const argv of [
      ['transfer'],
      ['transfer', 'resend'],
      ['transfer', 'retry'],
      ['transfer', 'retry', '--failed', '--certificate', 'X'],
    ]) {
      const run = await cli({}, ...argv);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/usage: npm run register -- transfer status/);
    }
  });
});
