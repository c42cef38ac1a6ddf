import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkBundle } from '../../src/core/fhir/checkBundle';
import { main } from '../../src/cli/register';
import type { RegisterConfig } from '../../src/register/config';
import { transferItemRowSchema } from '../../src/register/transfer/transferItem';
import { testDatabases } from '../support/databases';
import { issueCertificate } from '../support/issueCertificate';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { acceptExampleKit } from '../support/statementChain';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite } from '../support/syncSuite';

// The default connector (issue #12): FEDERAL_TRANSFER=on alone drops one FHIR R4 Bundle per
// certificate event into a folder, whole or not at all; and a connector that cannot work —
// a folder that cannot be written, a URL that is not one — is said at start and by
// `transfer status`, while the register itself runs on.

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

async function status(config: RegisterConfig, env: Record<string, string>) {
  let out = '';
  const code = await main(['transfer', 'status'], {
    io: { out: (text) => (out += text), err: () => undefined },
    env: {
      DATA_DIR: config.dataDir,
      DATABASE_URL: config.database.kind === 'postgres' ? config.database.url : undefined,
      ...env,
    },
    cwd: repositoryRoot,
  });
  return { code, out };
}

describe.each(testDatabases())('the transfer file drop on $engine', (database) => {
  let suite: SyncSuite;
  let dropDir: string;
  const env = () => ({
    FEDERAL_TRANSFER: 'on',
    FEDERAL_TRANSFER_DIR: dropDir,
    FEDERAL_TRANSFER_INTERVAL_MS: '50',
  });

  beforeAll(async () => {
    dropDir = mkdtempSync(path.join(tmpdir(), 'serodesk-drop-'));
    suite = await openSyncSuite(database, { env: env() });
  }, 60_000);

  afterAll(async () => {
    await suite.close();
    rmSync(dropDir, { recursive: true, force: true });
  });

  it('writes one Bundle per certificate that passes the FHIR checker, named by its external id', async () => {
    const tablet = await suite.tablet('drop-A');
    await acceptExampleKit(suite.register.db, tablet.clinicId);
    const certificate = await issueCertificate(suite, tablet, 301);
    const until = Date.now() + 15_000;
    let item;
    for (;;) {
      const row = await suite.register.db.kysely
        .selectFrom('transfer_item')
        .selectAll()
        .where('certificate_id', '=', certificate.id)
        .executeTakeFirst();
      item = row === undefined ? undefined : transferItemRowSchema.parse(row);
      if (item?.state === 'accepted' || Date.now() > until) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(item).toMatchObject({ state: 'accepted', event: 'issued', attempts: 1 });
    const name = item?.external_id ?? '';
    expect(name).toBe(`${certificate.number}.issued.${certificate.id}.json`);
    expect(readdirSync(dropDir)).toEqual([name]);
    const bundle = JSON.parse(readFileSync(path.join(dropDir, name), 'utf8')) as {
      entry: { resource: { resourceType: string; identifier?: unknown } }[];
    };
    expect(checkBundle(bundle)).toEqual([]);
    expect(bundle.entry.map((entry) => entry.resource.resourceType)).toEqual([
      'Patient',
      'Observation',
      'Composition',
    ]);
    expect(bundle.entry[2]?.resource.identifier).toMatchObject({ value: certificate.number });

    const run = await status(suite.register.config, env());
    expect(run.code).toBe(0);
    expect(run.out).toContain(`connector: file drop into ${dropDir} (healthy)`);
    expect(run.out).toMatch(/^accepted 1$/m);
    expect(run.out).toMatch(/^queued 0$/m);
  });
});

describe('a transfer connector that cannot work', () => {
  let register: RunningRegister | undefined;
  const scratch = mkdtempSync(path.join(tmpdir(), 'serodesk-misconf-'));
  afterEach(async () => {
    await register?.stop();
  });
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('is warned about at start and in transfer status when the folder cannot be written', async () => {
    const file = path.join(scratch, 'a-file');
    writeFileSync(file, 'not a folder');
    const env = { FEDERAL_TRANSFER: 'on', FEDERAL_TRANSFER_DIR: path.join(file, 'transfer') };
    register = await startRegister({ env });
    const warning = register.logLines.find((line) => line.includes('connector is not healthy'));
    expect(warning).toContain('is not writable');
    const run = await status(register.config, env);
    expect(run.out).toContain('(NOT HEALTHY: folder');
  });

  it('is an error at start and in transfer status when the URL is malformed, and the register runs', async () => {
    const env = {
      FEDERAL_TRANSFER: 'on',
      FEDERAL_TRANSFER_URL: 'gateway.local/fhir',
      FEDERAL_TRANSFER_TOKEN: 'secret-token',
    };
    register = await startRegister({ env });
    const error = register.logLines.find((line) => line.includes('misconfigured'));
    expect(error).toContain('FEDERAL_TRANSFER_URL');
    expect((await fetch(`${register.url}/api/health`)).status).toBe(200);
    const run = await status(register.config, env);
    expect(run.out).toMatch(/^connector: misconfigured: FEDERAL_TRANSFER_URL: .*nothing is sent/m);
    expect(run.out).not.toContain('secret-token');
  });
});
