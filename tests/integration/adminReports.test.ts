import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/register';
import { stderrLogger } from '../../src/cli/register/stderrLogger';
import type { ExportJobView, ReportResponse } from '../../src/core/protocol/adminReports';
import { exportJobSchema, reportResponseSchema } from '../../src/core/protocol/adminReports';
import { PAYMENT_METHODS } from '../../src/core/contract/paymentMethod';
import type { CalendarDate } from '../../src/core/records/calendarDate';
import type { CertificateRecord } from '../../src/core/records/certificate';
import type { ContractRecord } from '../../src/core/records/contract';
import type { ClinicRecord } from '../../src/core/records/record';
import { clinicRecordSchema } from '../../src/core/records/record';
import { sumRows } from '../../src/core/report/reportTally';
import { reportClinics } from '../../src/register/report/buildReport';
import { createExportJobs, EXPORT_FILE_TTL_MS } from '../../src/register/report/exportJobs';
import { periodRecordPage } from '../../src/register/report/periodRecords';
import type { DemoTally } from '../../src/register/demo/demoTally';
import { DEMO_CLINIC, DEMO_REGIONAL_STAFF, DEMO_STAFF } from '../../src/register/seed';
import { testDatabases } from '../support/databases';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { addClinic, signInStaff } from '../support/tablets';

// The reports and exports of the administration area (issue #12) against demo data whose
// totals are known: the demo writer's own tally (register/demo/demoTally.ts), never numbers
// written here. Also who may see what, the refusals of a bad period, and the export jobs'
// files read back by a CSV parser and by exceljs.

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const FROM = '2026-10-01' as CalendarDate;
const TO = '2026-10-31' as CalendarDate;

type Tally = DemoTally & { readonly clinic: string };

const silentLog = stderrLogger({ out: () => undefined, err: () => undefined });

function password(login: string): string {
  const account = [...DEMO_STAFF, ...DEMO_REGIONAL_STAFF].find((staff) => staff.login === login);
  if (account === undefined) throw new Error(`no demo account ${login}`);
  return account.password;
}

describe.each(testDatabases())('reports and exports of the admin area on $engine', (database) => {
  let register: RunningRegister;
  let drop: () => Promise<void>;
  let tally: Tally;
  let records: ClinicRecord[];
  let demoClinicId: string;
  let otherClinicId: string;
  const tokens: Record<'admin' | 'regional' | 'registrar', string> = {
    admin: '',
    regional: '',
    registrar: '',
  };

  async function get(route: string, token: string): Promise<{ status: number; json: unknown }> {
    const response = await fetch(register.url + route, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.status, json: (await response.json()) as unknown };
  }

  async function report(query: string, token = tokens.admin): Promise<ReportResponse> {
    const answer = await get(`/api/admin/reports?${query}`, token);
    expect(answer.status).toBe(200);
    return reportResponseSchema.parse(answer.json);
  }

  async function startExport(body: object, token = tokens.admin) {
    const response = await fetch(`${register.url}/api/admin/exports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as unknown };
  }

  /** Polls the job as the screen does, keeping every `done` it saw, until it ends. */
  async function finished(id: string, token = tokens.admin) {
    const seen: number[] = [];
    for (let i = 0; i < 600; i++) {
      const job = exportJobSchema.parse((await get(`/api/admin/exports/${id}`, token)).json);
      seen.push(job.done);
      if (job.state !== 'running') return { job, seen };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the export job never ended');
  }

  async function download(job: ExportJobView) {
    const response = await fetch(`${register.url}/api/admin/exports/${job.id}/file`, {
      headers: { authorization: `Bearer ${tokens.admin}` },
    });
    return {
      status: response.status,
      disposition: response.headers.get('content-disposition') ?? '',
      type: response.headers.get('content-type') ?? '',
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  }

  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    register = await startRegister({ databaseUrl: created.url });
    let out = '';
    const code = await main(
      ['demo-data', '--cases', '40', '--seed', '5', '--from', FROM, '--to', TO],
      {
        io: { out: (text) => (out += text), err: () => undefined },
        env: {
          DATA_DIR: register.config.dataDir,
          DATABASE_URL:
            register.config.database.kind === 'postgres' ? register.config.database.url : undefined,
          ISSUER_URL: register.config.issuerUrl,
        },
        cwd: repositoryRoot,
      },
    );
    expect(code).toBe(0);
    tally = (JSON.parse(out) as { demoData: Tally }).demoData;
    const rows = await register.db.kysely.selectFrom('clinic_record').select('body').execute();
    records = rows.map((row) => clinicRecordSchema.parse(JSON.parse(row.body)));
    const clinic = await register.db.kysely
      .selectFrom('clinic')
      .select('id')
      .where('code', '=', DEMO_CLINIC.code)
      .executeTakeFirstOrThrow();
    demoClinicId = clinic.id;
    otherClinicId = (
      await addClinic(register.db, 'ELIZ1', { login: 'eliz-reg', password: 'eliz-pass-1' })
    ).clinicId;
    // Demo cases never enter the transfer queue; two entries give the transfer figures.
    const originals = records.filter(
      (r): r is CertificateRecord => r.kind === 'certificate' && r.duplicateOf === undefined,
    );
    for (const [index, state] of (['accepted', 'failed'] as const).entries()) {
      const certificate = originals[index];
      if (certificate === undefined) throw new Error('too few demo certificates');
      await register.db.kysely
        .insertInto('transfer_item')
        .values({
          certificate_id: certificate.id,
          event: 'issued',
          clinic_id: demoClinicId,
          record_id: certificate.id,
          certificate_number: certificate.number,
          state,
          attempts: 1,
          next_attempt_at: '2026-12-01T00:00:00.000Z',
          last_error: null,
          external_id: null,
          queued_at: '2026-12-01T00:00:00.000Z',
          sent_at: null,
          settled_at: null,
        })
        .execute();
    }
    for (const login of ['admin', 'regional', 'registrar'] as const) {
      tokens[login] = (await signInStaff(register.url, login, password(login))).token;
    }
  }, 180_000);

  afterAll(async () => {
    await register.stop();
    await drop();
  });

  it('counts what the demo writer wrote: statements, certificates, duplicates, corrections, revocations, payments, refunds', async () => {
    const answer = await report(`from=${FROM}&to=${TO}&by=week`);
    const { total } = answer;
    expect(tally.clinic).toBe(DEMO_CLINIC.code);
    expect(total.statements).toBe(tally.records.application);
    expect(total.certificates).toEqual({
      presence: tally.certificates.presence,
      absence: tally.certificates.absence,
    });
    expect(total.duplicates).toBe(tally.certificates.duplicates);
    expect(total.corrections).toBe(tally.certificates.corrections);
    expect(total.revocations).toBe(Object.values(tally.revocations).reduce((a, b) => a + b, 0));
    expect(total.refunds.count).toBe(tally.refunds);
    const contracts = records.filter((r): r is ContractRecord => r.kind === 'contract');
    for (const method of PAYMENT_METHODS) {
      const paid = contracts.filter((c) => c.method === method);
      expect(total.payments[method]).toEqual({
        count: tally.payments[method],
        kopecks: paid.reduce((sum, c) => sum + (c.receipt?.sumKopecks ?? 0), 0),
      });
    }
    expect(total.refunds.kopecks).toBe(
      contracts.reduce((sum, c) => sum + (c.refundReceipt?.sumKopecks ?? 0), 0),
    );
    expect(total.transfer).toEqual({ queued: 0, sent: 0, accepted: 1, rejected: 0, failed: 1 });
    expect(answer.empty).toBe(false);
  });

  it('gives the same totals by day, week and month, weeks starting on Monday and rows adding up', async () => {
    const byDay = await report(`from=${FROM}&to=${TO}&by=day`);
    const byWeek = await report(`from=${FROM}&to=${TO}&by=week`);
    const byMonth = await report(`from=${FROM}&to=${TO}&by=month`);
    expect(byDay.rows).toHaveLength(31);
    expect(byWeek.rows[0]?.bucket).toEqual({ key: '2026-09-28', from: FROM, to: '2026-10-04' });
    expect(byMonth.rows).toHaveLength(1);
    expect(byDay.total).toEqual(byMonth.total);
    expect(byWeek.total).toEqual(byMonth.total);
    expect(sumRows(byDay.rows)).toEqual(byDay.total);
  });

  it('says a period with nothing in it is empty', async () => {
    const answer = await report('from=2026-09-01&to=2026-09-30&by=day');
    expect(answer.empty).toBe(true);
    expect(answer.total.statements).toBe(0);
  });

  it('shows the regional administrator every clinic and their total, or one clinic', async () => {
    const all = await report(`from=${FROM}&to=${TO}&by=month`, tokens.regional);
    expect(all.clinics.map((c) => c.code)).toEqual(['ELIZ1', DEMO_CLINIC.code]);
    expect(all.total).toEqual(all.clinics.find((c) => c.id === demoClinicId)?.total);
    expect(all.clinics.find((c) => c.id === otherClinicId)?.total.statements).toBe(0);
    const one = await report(`from=${FROM}&to=${TO}&clinic=${otherClinicId}`, tokens.regional);
    expect(one.clinics.map((c) => c.code)).toEqual(['ELIZ1']);
  });

  it('shows a clinic admin only their own clinic: another clinic is not found', async () => {
    const own = await report(`from=${FROM}&to=${TO}`);
    expect(own.clinics.map((c) => c.id)).toEqual([demoClinicId]);
    const other = await get(
      `/api/admin/reports?from=${FROM}&to=${TO}&clinic=${otherClinicId}`,
      tokens.admin,
    );
    expect(other.status).toBe(404);
    const job = await startExport({ format: 'csv', from: FROM, to: TO, clinic: otherClinicId });
    expect(job.status).toBe(404);
  });

  it('refuses a registrar with 403 on every report and export route', async () => {
    expect((await get(`/api/admin/reports?from=${FROM}&to=${TO}`, tokens.registrar)).status).toBe(
      403,
    );
    expect(
      (await startExport({ format: 'csv', from: FROM, to: TO }, tokens.registrar)).status,
    ).toBe(403);
    expect((await get(`/api/admin/exports/${'0'.repeat(32)}`, tokens.registrar)).status).toBe(403);
  });

  it('refuses a reversed or too long period, and a date that is not one, with words for the field', async () => {
    const reversed = await get(`/api/admin/reports?from=${TO}&to=${FROM}`, tokens.admin);
    expect(reversed.status).toBe(400);
    expect(reversed.json).toMatchObject({
      error: {
        code: 'bad-request',
        messageRu: expect.stringContaining('Конец периода раньше его начала') as unknown,
        issues: [{ path: 'to', message: 'period-reversed' }],
      },
    });
    const long = await get('/api/admin/reports?from=2025-01-01&to=2026-01-02&by=day', tokens.admin);
    expect(long.json).toMatchObject({ error: { issues: [{ message: 'period-too-long' }] } });
    const longByMonth = await get(
      '/api/admin/reports?from=2025-01-01&to=2026-01-02&by=month',
      tokens.admin,
    );
    expect(longByMonth.status).toBe(200);
    const notDate = await startExport({ format: 'csv', from: '2026-02-30', to: TO });
    expect(notDate).toMatchObject({
      status: 400,
      json: { error: { issues: [{ path: 'from', message: 'period-not-a-date' }] } },
    });
  });

  it('exports the period as CSV with progress reaching the total, Cyrillic intact', async () => {
    const started = await startExport({ format: 'csv', from: FROM, to: TO });
    expect(started.status).toBe(202);
    const { job, seen } = await finished(exportJobSchema.parse(started.json).id);
    const certificates = records.filter((r) => r.kind === 'certificate').length;
    expect(job).toMatchObject({ state: 'done', done: certificates, total: certificates });
    expect(seen.every((done, i) => i === 0 || done >= (seen[i - 1] ?? 0))).toBe(true);
    const file = await download(job);
    expect(file.status).toBe(200);
    expect(file.disposition).toContain(`filename="serodesk-${DEMO_CLINIC.code}-${FROM}_${TO}.csv"`);
    expect(file.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows: Record<string, string>[] = parse(file.bytes, {
      bom: true,
      delimiter: ';',
      columns: true,
    });
    expect(rows).toHaveLength(certificates);
    const surnames = new Set(records.flatMap((r) => (r.kind === 'person' ? [r.surname] : [])));
    for (const row of rows) expect(surnames.has(row['Фамилия'] ?? '')).toBe(true);
    expect(rows.some((row) => /[а-яё]/i.test(row['Фамилия'] ?? ''))).toBe(true);
  });

  it('exports XLSX that exceljs reads back, one row per certificate', async () => {
    const started = await startExport({ format: 'xlsx', from: FROM, to: TO }, tokens.admin);
    const { job } = await finished(exportJobSchema.parse(started.json).id);
    const file = await download(job);
    expect(file.type).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Справки');
    const certificates = records.filter((r) => r.kind === 'certificate').length;
    expect(sheet?.rowCount).toBe(certificates + 1);
    expect(sheet?.getRow(1).getCell(1).value).toBe('Номер справки');
  });

  it('says an empty period is empty and offers no file; another admin cannot see the job', async () => {
    const started = await startExport({ format: 'fhir', from: '2026-09-01', to: '2026-09-30' });
    const job = exportJobSchema.parse(started.json);
    expect(job).toMatchObject({ state: 'empty', total: 0 });
    expect((await download(job)).status).toBe(404);
    const full = exportJobSchema.parse(
      (await startExport({ format: 'fhir', from: FROM, to: TO })).json,
    );
    expect((await get(`/api/admin/exports/${full.id}`, tokens.regional)).status).toBe(404);
    await finished(full.id);
  });

  it('removes an export’s file and forgets its job an hour after it ended, and clears the folder at start', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'serodesk-exports-'));
    let now = new Date('2026-12-01T00:00:00.000Z');
    const jobs = createExportJobs({
      db: register.db,
      dir,
      issuerUrl: register.config.issuerUrl,
      now: () => now,
      random: (bytes) => randomBytes(bytes),
      log: silentLog,
    });
    const clinics = await reportClinics(register.db, [demoClinicId]);
    const start = await jobs.start({
      staffId: 'x',
      format: 'csv',
      from: FROM,
      to: TO,
      clinics,
      clinicCode: 'PKGP3',
    });
    if (!start.ok) throw new Error(start.detail);
    const started = start.job;
    await jobs.settled();
    const file = jobs.file(started.id, 'x');
    expect(file).toBeDefined();
    expect(jobs.file(started.id, 'someone else')).toBeUndefined();
    expect(existsSync(file?.path ?? '')).toBe(true);
    now = new Date(now.getTime() + EXPORT_FILE_TTL_MS - 1);
    expect(await jobs.sweep()).toBe(0);
    now = new Date(now.getTime() + 1);
    expect(await jobs.sweep()).toBe(1);
    expect(existsSync(file?.path ?? '')).toBe(false);
    expect(jobs.view(started.id, 'x')).toBeUndefined();
    writeFileSync(path.join(dir, 'left-by-a-previous-run.csv'), 'x');
    await jobs.clear();
    expect(readdirSync(dir)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives a second click the running export, refuses another while it runs, and runs at most three at once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'serodesk-exports-'));
    const jobs = createExportJobs({
      db: register.db,
      dir,
      issuerUrl: register.config.issuerUrl,
      now: () => new Date(),
      random: (bytes) => randomBytes(bytes),
      log: silentLog,
    });
    const clinics = await reportClinics(register.db, [demoClinicId]);
    const asked = (staffId: string, format: 'csv' | 'xlsx') =>
      jobs.start({ staffId, format, from: FROM, to: TO, clinics, clinicCode: 'PKGP3' });
    // Each start returns while its job runs: the file is written after further I/O.
    const first = await asked('a', 'csv');
    if (!first.ok) throw new Error(first.detail);
    expect(first.job.state).toBe('running');
    expect(await asked('a', 'csv')).toEqual({ ok: true, job: first.job });
    expect(await asked('a', 'xlsx')).toMatchObject({ ok: false, detail: /still running/ });
    expect(await asked('b', 'csv')).toMatchObject({ ok: true });
    expect(await asked('c', 'csv')).toMatchObject({ ok: true });
    expect(await asked('d', 'csv')).toMatchObject({ ok: false, detail: '3 exports are running' });
    await jobs.settled();
    expect(await asked('a', 'xlsx')).toMatchObject({ ok: true });
    await jobs.settled();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a period through its partial index, not the whole table', async () => {
    const page = periodRecordPage(
      register.db,
      { clinicId: demoClinicId, kind: 'certificate', field: 'issuedAt', lower: FROM, upper: TO },
      undefined,
    ).compile();
    const plan = await register.db.kysely.transaction().execute(async (tx) => {
      // A table this small would be scanned anyway; asking PostgreSQL not to shows whether
      // the index matches the query at all (SQLite picks it by itself).
      if (database.engine === 'postgres') await sql`set local enable_seqscan = off`.execute(tx);
      const explain = database.engine === 'postgres' ? 'explain' : 'explain query plan';
      return tx.executeQuery({ ...page, sql: `${explain} ${page.sql}` });
    });
    expect(JSON.stringify(plan.rows)).toContain('clinic_record_certificate_issued_idx');
  });
});
