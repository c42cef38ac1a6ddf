import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBundle } from '../../src/core/fhir/checkBundle';
import type { CertificateId, StaffId } from '../../src/core/ids';
import { newId } from '../../src/core/ids';
import type { CertificateRecord } from '../../src/core/records/certificate';
import { exampleCertificate } from '../../src/core/records/examples';
import type { ClinicRecord } from '../../src/core/records/record';
import { main } from '../../src/cli/register';
import { searchCertificates } from '../../src/register/admin/certificateSearch';
import { openCertificateExport } from '../../src/register/export/certificateCases';
import { discardRejected } from '../../src/storage/refusedRecords';
import { buildTabletExport } from '../../src/storage/tabletData';
import { DEMO_CLINIC } from '../../src/register/seed';
import { testDatabases } from '../support/databases';
import { tabletCard, tabletKey } from '../support/signedCards';
import {
  acceptExampleKit,
  appointCommission,
  chainCertificate,
  statementChain,
  writeStatementChain,
} from '../support/statementChain';
import type { SyncSuite } from '../support/syncSuite';
import { openSyncSuite } from '../support/syncSuite';
import type { SimTablet } from '../support/tablets';
import { signInStaff } from '../support/tablets';

// `npm run register -- …` against a running register's own data (its DATA_DIR, or its
// PostgreSQL database): certificates issued through a tablet and the sync, then the CLI's
// export read back by a CSV parser, by exceljs and by the FHIR checker; staff, tablets,
// revocation and backup; and wrong arguments answered with a usage line and exit 2.

const random = (n: number) => new Uint8Array(randomBytes(n));
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

type Run = { code: number; out: string; err: string };

describe.each(testDatabases())('the register CLI on $engine', (database) => {
  let suite: SyncSuite;
  let tablet: SimTablet;
  let workDir: string;
  const issued: CertificateRecord[] = [];

  async function cli(...argv: string[]): Promise<Run> {
    let out = '';
    let err = '';
    const code = await main(argv, {
      io: { out: (text) => (out += text), err: (text) => (err += text) },
      env: {
        DATA_DIR: suite.register.config.dataDir,
        DATABASE_URL:
          suite.register.config.database.kind === 'postgres'
            ? suite.register.config.database.url
            : undefined,
        ISSUER_URL: 'https://register.serodesk.test',
      },
      cwd: repositoryRoot,
    });
    return { code, out, err };
  }

  /** A statement chain and its certificate, issued on the tablet and synced. */
  async function issue(
    sequence: number,
    person: (record: ClinicRecord & { kind: 'person' }) => ClinicRecord,
  ): Promise<CertificateRecord> {
    const chain = statementChain(tablet, suite.staff.admin);
    for (const record of chain.records) {
      const written = await tablet.write(
        record.kind === 'person' ? person(record) : record,
        'admin',
      );
      if (!written.ok) throw new Error(`chain ${record.kind}: ${written.reason}`);
    }
    const commission = suite.staff.commission as StaffId;
    const rid = `Cli${sequence}`;
    const certificate = exampleCertificate({
      ...chain.certificateFields,
      id: newId<CertificateId>(tablet.now, random),
      clinicId: tablet.clinicId,
      createdBy: commission,
      commissionMemberId: commission,
      commission: await appointCommission(
        suite.register.db,
        tablet.clinicId,
        suite.staff.commission,
      ),
      number: `KAM01-T03-2026-${String(sequence).padStart(6, '0')}` as CertificateRecord['number'],
      shcJws: await tabletCard(tablet, rid),
      rid,
    });
    const written = await tablet.write(certificate, 'commission');
    if (!written.ok) throw new Error(`certificate: ${written.reason}`);
    expect((await tablet.engine.syncNow()).lastError).toBeNull();
    return certificate;
  }

  beforeAll(async () => {
    suite = await openSyncSuite(database);
    tablet = await suite.tablet('cli-A');
    await acceptExampleKit(suite.register.db, tablet.clinicId);
    workDir = mkdtempSync(path.join(tmpdir(), 'serodesk-cli-'));
    issued.push(await issue(101, (person) => person));
    issued.push(
      await issue(102, (person) => {
        const changed = { ...person, surname: "Д'Арк", givenName: 'Жанна', patronymic: 'Ивановна' };
        delete changed.snils;
        return changed;
      }),
    );
  }, 60_000);

  afterAll(async () => {
    await suite.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('prints the commands on --help and a command’s flags on <command> --help', async () => {
    const all = await cli('--help');
    expect(all.code).toBe(0);
    for (const name of ['create-clinic', 'create-staff', 'export', 'backup', 'revoke']) {
      expect(all.out).toContain(name);
    }
    const one = await cli('export', '--help');
    expect(one.code).toBe(0);
    expect(one.out).toContain('--format csv|xlsx|fhir --from YYYY-MM-DD --to YYYY-MM-DD');
  });

  it.each([
    [['frobnicate']],
    [[]],
    [['export', '--format', 'pdf', '--from', '2026-11-01', '--to', '2026-11-30', '--out', 'x']],
    [['export', '--format', 'csv', '--from', '2026-11-31', '--to', '2026-12-01', '--out', 'x']],
    [['export', '--format', 'csv', '--from', '2026-12-01', '--to', '2026-11-01', '--out', 'x']],
    [['export', '--format', 'csv', '--from', '2026-11-01', '--to', '2026-11-30']],
    [['create-staff', '--clinic', 'PKGP3', '--login', 'x', '--role', 'boss', '--name', 'X']],
    [['create-clinic', '--code', 'bad code', '--name-ru', 'a', '--name-en', 'a', '--address', 'a']],
    [['disable-staff', '--login', 'x', '--bogus']],
    [['revoke', '--number', 'nonsense', '--reason', 'fraud', '--by', 'admin']],
    [['backup']],
  ])('refuses wrong arguments %j with a usage line and exit 2', async (argv) => {
    const run = await cli(...argv);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/usage: npm run register --/);
    expect(run.out).toBe('');
  });

  it('exits 2 with the usage line when run as npm run register would run it', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/register.ts', 'list-tablets', '--clinic'],
      { cwd: repositoryRoot, encoding: 'utf8', env: { ...process.env, DATA_DIR: workDir } },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run register -- list-tablets --clinic CODE');
  });

  it('exports the period as CSV that a CSV parser reads back with Cyrillic intact', async () => {
    const out = path.join(workDir, 'november.csv');
    const run = await cli(
      'export',
      '--format',
      'csv',
      '--from',
      '2026-11-21',
      '--to',
      '2026-11-21',
      '--out',
      out,
    );
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(run.out)).toEqual({ export: { format: 'csv', certificates: 2, out } });
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse<Record<string, string>>(bytes, { bom: true, delimiter: ';', columns: true });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      'Номер справки': 'KAM01-T03-2026-000101',
      'Медицинская организация': DEMO_CLINIC.code,
      'Дата выдачи': '2026-11-21',
      Фамилия: 'Щербаков',
      Имя: 'Артём',
      СНИЛС: '11223344595',
      Заключение: 'наличие антител',
      'Код LOINC': '99597-7',
      Значение: '152,4',
      'Действительна по': '2027-05-20',
      Вид: 'справка',
    });
    expect(rows[1]).toMatchObject({ Фамилия: "Д'Арк", Имя: 'Жанна', СНИЛС: '' });
  });

  it('exports XLSX that exceljs reads back, dates as dates and the value as a number', async () => {
    const out = path.join(workDir, 'november.xlsx');
    const run = await cli(
      'export',
      '--format',
      'xlsx',
      '--from',
      '2026-11-01',
      '--to',
      '2026-11-30',
      '--clinic',
      DEMO_CLINIC.code,
      '--out',
      out,
    );
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Справки');
    if (sheet === undefined) throw new Error('no sheet');
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).getCell(1).value).toBe('Номер справки');
    const second = sheet.getRow(3);
    expect(second.getCell(4).value).toBe("Д'Арк");
    expect(second.getCell(12).value).toBe(152.4);
    expect(second.getCell(7).value).toEqual(new Date('1985-08-31T00:00:00.000Z'));
  });

  it('exports one FHIR collection Bundle that keeps the R4 rules the checker knows', async () => {
    const out = path.join(workDir, 'november.json');
    const run = await cli(
      'export',
      '--format',
      'fhir',
      '--from',
      '2026-11-21',
      '--to',
      '2026-11-21',
      '--out',
      out,
    );
    expect(run.code).toBe(0);
    const bundle = JSON.parse(readFileSync(out, 'utf8')) as {
      type: string;
      entry: { resource: { resourceType: string; identifier?: unknown } }[];
    };
    expect(bundle.type).toBe('collection');
    expect(checkBundle(bundle)).toEqual([]);
    const compositions = bundle.entry.filter((e) => e.resource.resourceType === 'Composition');
    expect(compositions.map((e) => e.resource.identifier)).toEqual(
      issued.map((c) => ({
        system: 'https://register.serodesk.test/fhir/identifier/certificate-number',
        value: c.number,
      })),
    );
    expect(bundle.entry.filter((e) => e.resource.resourceType === 'Patient')).toHaveLength(2);
  });

  it('reads a period page by page, never more than a page of certificates at once', async () => {
    const pages = await openCertificateExport(
      suite.register.db,
      { from: '2026-11-21' as never, to: '2026-11-21' as never },
      { issuerUrl: 'https://register.serodesk.test' },
      1,
    );
    if (!pages.ok) throw new Error(pages.reason);
    const sizes: number[] = [];
    for await (const page of pages.value) sizes.push(page.length);
    expect(sizes).toEqual([1, 1]);
  });

  it('says so when the period is empty, and still writes an empty export', async () => {
    const out = path.join(workDir, 'empty.json');
    const run = await cli(
      'export',
      '--format',
      'fhir',
      '--from',
      '2026-11-22',
      '--to',
      '2026-11-30',
      '--out',
      out,
    );
    expect(run.code).toBe(0);
    expect(run.err).toContain('no certificates were issued from 2026-11-22 to 2026-11-30');
    expect(run.err).toContain('справок не выдавалось');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ type: 'collection', entry: [] });
  });

  it('refuses an unknown clinic with exit 1 and leaves no file', async () => {
    const out = path.join(workDir, 'nobody.csv');
    const run = await cli(
      'export',
      '--format',
      'csv',
      '--from',
      '2026-11-01',
      '--to',
      '2026-11-30',
      '--clinic',
      'NOSUCH',
      '--out',
      out,
    );
    expect(run.code).toBe(1);
    expect(run.err).toContain('no clinic with code NOSUCH (нет клиники с кодом NOSUCH)');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.part`)).toBe(false);
  });

  it('revokes a certificate by number: the revocation record, the CRL, and the export shows it', async () => {
    const [first] = issued;
    if (first === undefined) throw new Error('nothing issued');
    const run = await cli(
      'revoke',
      '--number',
      first.number,
      '--reason',
      'fraud',
      '--by',
      'commission',
      '--note',
      'Паспорт не совпадает с заявлением',
    );
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.out) as { revocation: Record<string, unknown> };
    expect(answer.revocation).toMatchObject({
      certificateId: first.id,
      reason: 'fraud',
      createdBy: suite.staff.commission,
    });
    const kid = (await tabletKey(tablet)).publicJwk.kid;
    const crl = await fetch(`${suite.register.url}/.well-known/crl/${kid}.json`);
    expect(await crl.json()).toMatchObject({ rids: ['Cli101'] });

    const again = await cli(
      'revoke',
      '--number',
      first.number,
      '--reason',
      'error',
      '--by',
      'admin',
    );
    expect(again.code).toBe(1);
    expect(again.err).toContain('already revoked');

    const out = path.join(workDir, 'revoked.csv');
    await cli(
      'export',
      '--format',
      'csv',
      '--from',
      '2026-11-21',
      '--to',
      '2026-11-21',
      '--out',
      out,
    );
    const rows = parse<Record<string, string>>(readFileSync(out), {
      bom: true,
      delimiter: ';',
      columns: true,
    });
    expect(rows[0]).toMatchObject({ 'Причина отзыва': 'подлог' });
    expect(rows[0]?.['Отозвана']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rows[1]).toMatchObject({ 'Причина отзыва': '', Отозвана: '' });
  });

  it('refuses a revocation by a registrar, who may not revoke', async () => {
    const second = issued[1];
    if (second === undefined) throw new Error('nothing issued');
    const run = await cli(
      'revoke',
      '--number',
      second.number,
      '--reason',
      'error',
      '--by',
      'registrar',
    );
    expect(run.code).toBe(1);
    expect(run.err).toContain('not an active admin or commission member');
  });

  it('creates a clinic with checked requisites, and refuses bad ones field by field', async () => {
    const good = path.join(workDir, 'requisites.json');
    const requisites = {
      fullName: 'ГБУЗ КК «Петропавловск-Камчатская городская поликлиника № 5»',
      shortName: 'ГБУЗ КК «ПКГП № 5»',
      ogrn: '1024101024056',
      inn: '4101023523',
      kpp: '410101001',
      address: '683032, г. Петропавловск-Камчатский, ул. Ленинская, д. 5',
      phone: '+7 (4152) 41-20-00',
      licence: {
        number: 'Л041-01184-41/00312345',
        date: '2022-03-15',
        issuer: 'Минздрав Камчатского края',
      },
      headPhysician: 'Иванова Мария Петровна',
    };
    writeFileSync(good, JSON.stringify(requisites));
    const created = await cli(
      'create-clinic',
      '--code',
      'PKGP5',
      '--name-ru',
      'ГП № 5',
      '--name-en',
      'City clinic 5',
      '--address',
      'Петропавловск-Камчатский',
      '--issuer',
      'https://gp5.example.ru/',
      '--requisites',
      good,
    );
    expect(created.code).toBe(0);
    const row = await suite.register.db.kysely
      .selectFrom('clinic')
      .selectAll()
      .where('code', '=', 'PKGP5')
      .executeTakeFirstOrThrow();
    expect(row.issuer_url).toBe('https://gp5.example.ru');
    expect(JSON.parse(row.settings)).toMatchObject({ requisites: { ogrn: '1024101024056' } });

    const twice = await cli(
      'create-clinic',
      '--code',
      'PKGP5',
      '--name-ru',
      'x',
      '--name-en',
      'x',
      '--address',
      'x',
    );
    expect(twice.code).toBe(1);

    const bad = path.join(workDir, 'bad-requisites.json');
    writeFileSync(bad, JSON.stringify({ ...requisites, ogrn: '1024101024057' }));
    const refused = await cli(
      'create-clinic',
      '--code',
      'PKGP6',
      '--name-ru',
      'x',
      '--name-en',
      'x',
      '--address',
      'x',
      '--requisites',
      bad,
    );
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/ogrn: .+\(.+\)/);
  });

  it('keeps regional administrators in the ministry and desk roles in clinics', async () => {
    const inClinic = await cli(
      'create-staff',
      '--clinic',
      DEMO_CLINIC.code,
      '--login',
      'regional2',
      '--role',
      'regional',
      '--name',
      'Белова Светлана Юрьевна',
    );
    expect(inClinic.code).toBe(1);
    expect(inClinic.err).toContain('ministry');

    const ministry = await cli(
      'create-clinic',
      '--code',
      'MZ41',
      '--name-ru',
      'Министерство',
      '--name-en',
      'Ministry',
      '--address',
      'Петропавловск-Камчатский',
      '--authority',
    );
    expect(ministry.code).toBe(0);
    const clerk = await cli(
      'create-staff',
      '--clinic',
      'MZ41',
      '--login',
      'clerk41',
      '--role',
      'registrar',
      '--name',
      'Петрова Анна Сергеевна',
    );
    expect(clerk.code).toBe(1);
    const regional = await cli(
      'create-staff',
      '--clinic',
      'MZ41',
      '--login',
      'regional41',
      '--role',
      'regional',
      '--name',
      'Белова Светлана Юрьевна',
    );
    expect(regional.code).toBe(0);
    const { password } = (JSON.parse(regional.out) as { staff: { password: string } }).staff;
    const signedIn = await signInStaff(suite.register.url, 'regional41', password);
    expect(signedIn.staff).toMatchObject({ role: 'regional', clinic: { code: 'MZ41' } });
  });

  it('creates staff who can sign in, resets the password, and disables the account', async () => {
    const created = await cli(
      'create-staff',
      '--clinic',
      DEMO_CLINIC.code,
      '--login',
      'petrova',
      '--role',
      'registrar',
      '--name',
      'Петрова Анна Сергеевна',
    );
    expect(created.code).toBe(0);
    const { password } = (JSON.parse(created.out) as { staff: { password: string } }).staff;
    const signedIn = await signInStaff(suite.register.url, 'petrova', password);
    expect(signedIn.staff.clinic.code).toBe(DEMO_CLINIC.code);

    const taken = await cli(
      'create-staff',
      '--clinic',
      DEMO_CLINIC.code,
      '--login',
      'petrova',
      '--role',
      'lab',
      '--name',
      'X Y',
    );
    expect(taken.code).toBe(1);
    expect(taken.err).toContain('the login petrova is taken');

    const reset = await cli('reset-password', '--login', 'petrova', '--password', 'new-secret-1');
    expect(reset.code).toBe(0);
    const old = await fetch(`${suite.register.url}/api/session`, {
      headers: { authorization: `Bearer ${signedIn.token}` },
    });
    expect(old.status).toBe(401);
    const again = await signInStaff(suite.register.url, 'petrova', 'new-secret-1');

    const disabled = await cli('disable-staff', '--login', 'petrova');
    expect(disabled.code).toBe(0);
    const session = await fetch(`${suite.register.url}/api/session`, {
      headers: { authorization: `Bearer ${again.token}` },
    });
    expect(session.status).toBe(401);
    const signIn = await fetch(`${suite.register.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'petrova', password: 'new-secret-1' }),
    });
    expect(signIn.status).toBe(401);
  });

  it('lists the clinic’s tablets and withdraws one by its code', async () => {
    const listed = await cli('list-tablets', '--clinic', DEMO_CLINIC.code);
    expect(listed.code).toBe(0);
    const tablets = listed.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; code: string; status: string });
    const mine = tablets.find((t) => t.id === tablet.tabletId);
    expect(mine).toMatchObject({ status: 'enrolled' });

    const withdrawn = await cli(
      'withdraw-tablet',
      '--clinic',
      DEMO_CLINIC.code,
      '--tablet',
      mine?.code ?? '',
    );
    expect(withdrawn.code).toBe(0);
    expect(JSON.parse(withdrawn.out)).toMatchObject({
      tablet: { id: tablet.tabletId, status: 'withdrawn' },
    });
    const relisted = await cli('list-tablets', '--clinic', DEMO_CLINIC.code);
    expect(relisted.out).toContain('"status":"withdrawn"');

    const unknown = await cli('withdraw-tablet', '--clinic', DEMO_CLINIC.code, '--tablet', 'T99');
    expect(unknown.code).toBe(1);
  });

  it('voids, from a withdrawn tablet’s export file, the QR codes of certificates discarded on it', async () => {
    const lost = await suite.tablet('cli-discard');
    const chain = await writeStatementChain(lost, suite.staff.admin);
    expect((await lost.engine.syncNow()).lastError).toBeNull();
    // Refused for an author the register does not know, then discarded by the administrator.
    const certificate = {
      ...(await chainCertificate(
        lost,
        chain,
        suite.register.db,
        suite.staff.commission,
        'DiscardedOffline',
      )),
      createdBy: newId<StaffId>(() => new Date(), random),
      number: 'KAM01-T09-2026-000401' as CertificateRecord['number'],
    };
    expect((await lost.write(certificate, 'commission')).ok).toBe(true);
    expect((await lost.engine.syncNow()).lastError).toBeNull();
    const discarded = await discardRejected(lost.db, 'certificate', certificate.id, {
      staffId: suite.staff.admin as StaffId,
      displayName: 'Администратор',
      role: 'admin',
      now: () => new Date(),
    });
    expect(discarded).toMatchObject({ ok: true, value: { card: 'voiding' } });
    // Withdrawn before its next sync: the void can no longer leave the tablet; its export has it.
    const withdrawn = await cli(
      'withdraw-tablet',
      '--clinic',
      DEMO_CLINIC.code,
      '--tablet',
      lost.tabletId,
    );
    expect(withdrawn.code).toBe(0);
    const file = path.join(workDir, `tablet-export-${database.engine}.json`);
    writeFileSync(file, JSON.stringify(await buildTabletExport(lost.db, () => new Date())));
    const kid = (await tabletKey(lost)).publicJwk.kid;
    const rids = async () => {
      const response = await fetch(`${suite.register.url}/.well-known/crl/${kid}.json`);
      return response.status === 404 ? [] : ((await response.json()) as { rids: string[] }).rids;
    };
    expect(await rids()).not.toContain('DiscardedOffline');

    for (let run = 0; run < 2; run++) {
      const voided = await cli('void-cards', '--file', file);
      expect(voided.code).toBe(0);
      expect(JSON.parse(voided.out)).toEqual({
        certificateId: certificate.id,
        number: certificate.number,
        outcome: 'voided',
      });
    }
    expect((await rids()).filter((rid) => rid === 'DiscardedOffline')).toHaveLength(1);
    const found = await searchCertificates(suite.register.db, {
      kind: 'number',
      value: certificate.number,
    });
    expect(found.voidedCards).toMatchObject([{ why: 'discarded-on-tablet' }]);

    // A file that is no tablet's export, or lists no card, is refused in both languages.
    const other = path.join(workDir, `not-an-export-${database.engine}.json`);
    writeFileSync(other, JSON.stringify({ format: 'something-else' }));
    const refused = await cli('void-cards', '--file', other);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('is not a SeroDesk tablet export file');
    expect(refused.err).toContain('не файл выгрузки планшета SeroDesk');
    const empty = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    delete empty['cardVoids'];
    writeFileSync(other, JSON.stringify(empty));
    expect((await cli('void-cards', '--file', other)).err).toContain('нет QR-кодов для отзыва');
    expect((await cli('void-cards')).code).toBe(2);
  });

  it('backs up the running register’s database to a file that holds its certificates', async () => {
    const out = path.join(workDir, `backup-${database.engine}`);
    const run = await cli('backup', '--out', out);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toEqual({ backup: { engine: database.engine, out } });
    if (database.engine === 'sqlite') {
      const copy = new Database(out, { readonly: true });
      try {
        const row = copy
          .prepare("select count(*) as n from clinic_record where kind = 'certificate'")
          .get() as { n: number };
        expect(row.n).toBe(2);
      } finally {
        copy.close();
      }
    } else {
      expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('PGDMP');
    }
    const twice = await cli('backup', '--out', out);
    expect(twice.code).toBe(1);
    expect(twice.err).toContain('already exists');
  });
});
