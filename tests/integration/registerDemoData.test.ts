import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationRecord } from '../../src/core/records/application';
import type { CertificateRecord } from '../../src/core/records/certificate';
import type { ContractRecord } from '../../src/core/records/contract';
import type { PersonRecord } from '../../src/core/records/person';
import type { ClinicRecord } from '../../src/core/records/record';
import { clinicRecordSchema } from '../../src/core/records/record';
import { isValidOms } from '../../src/core/person/oms';
import { isValidSnils } from '../../src/core/person/snils';
import { parseJwks } from '../../src/core/shc/jwk';
import { parseCompactJws } from '../../src/core/shc/parseCompactJws';
import type { Crl } from '../../src/core/shc/trustList';
import { parseCrl } from '../../src/core/shc/trustList';
import { verifyHealthCard } from '../../src/core/shc/verifyHealthCard';
import { main } from '../../src/cli/register';
import { testDatabases } from '../support/databases';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';

// `npm run register -- demo-data` against a running register's own data: the records it
// writes, counted in the register, against its summary line; every demo card verified with
// the keys and CRLs the register publishes; the same seed making the same people; wrong
// arguments answered with a usage line and exit 2; and the period's export listing every
// demo certificate.

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const FROM = '2026-10-01';
const TO = '2026-10-31';

type Run = { code: number; out: string; err: string };

type Summary = {
  readonly clinic: string;
  readonly tablet: string;
  readonly seed: number;
  readonly cases: number;
  readonly records: Readonly<Record<ClinicRecord['kind'], number>>;
  readonly certificates: {
    readonly presence: number;
    readonly absence: number;
    readonly duplicates: number;
    readonly corrections: number;
  };
  readonly revocations: Readonly<Record<string, number>>;
  readonly payments: Readonly<Record<string, number>>;
  readonly refunds: number;
};

describe.each(testDatabases())('demo data from the register CLI on $engine', (database) => {
  let register: RunningRegister;
  let drop: () => Promise<void>;
  let workDir: string;
  let summary: Summary;
  /** The register's records right after the first run, which wrote all of them. */
  let written: ClinicRecord[];

  async function cli(...argv: string[]): Promise<Run> {
    let out = '';
    let err = '';
    const code = await main(argv, {
      io: { out: (text) => (out += text), err: (text) => (err += text) },
      env: {
        DATA_DIR: register.config.dataDir,
        DATABASE_URL:
          register.config.database.kind === 'postgres' ? register.config.database.url : undefined,
        ISSUER_URL: register.config.issuerUrl,
      },
      cwd: repositoryRoot,
    });
    return { code, out, err };
  }

  async function demoData(...argv: string[]): Promise<Summary> {
    const run = await cli('demo-data', ...argv);
    expect(run).toMatchObject({ code: 0, err: '' });
    return (JSON.parse(run.out) as { demoData: Summary }).demoData;
  }

  async function records(): Promise<ClinicRecord[]> {
    const rows = await register.db.kysely
      .selectFrom('clinic_record')
      .select('body')
      .orderBy('seq')
      .execute();
    return rows.map((row) => clinicRecordSchema.parse(JSON.parse(row.body)));
  }

  /**
   * The people one demo tablet registered, as they are now, in the order they came. The tablet
   * that wrote a person's first version is on the record's row while it has no other version,
   * then on the first version's history row (migration 0015).
   */
  async function peopleOf(tabletCode: string): Promise<Partial<PersonRecord>[]> {
    const { kysely } = register.db;
    const tablet = await kysely
      .selectFrom('tablet')
      .select('id')
      .where('code', '=', tabletCode)
      .executeTakeFirstOrThrow();
    const firstWriters = new Map(
      (
        await kysely
          .selectFrom('clinic_record_version')
          .select(['record_id', 'tablet_id'])
          .where('version', '=', 1)
          .execute()
      ).map((row) => [row.record_id, row.tablet_id]),
    );
    const persons = await kysely
      .selectFrom('clinic_record')
      .select(['id', 'body', 'tablet_id'])
      .where('kind', '=', 'person')
      .execute();
    const rows = persons.filter((row) => (firstWriters.get(row.id) ?? row.tablet_id) === tablet.id);
    return rows
      .map((row) => clinicRecordSchema.parse(JSON.parse(row.body)))
      .filter((record): record is PersonRecord => record.kind === 'person')
      .map((person) => {
        const copy: Partial<PersonRecord> = { ...person };
        delete copy.id;
        delete copy.version;
        return copy;
      })
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }

  async function fetchJson(route: string): Promise<{ status: number; json: unknown }> {
    const response = await fetch(register.url + route);
    const text = await response.text();
    return { status: response.status, json: text === '' ? null : (JSON.parse(text) as unknown) };
  }

  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    register = await startRegister({ databaseUrl: created.url });
    workDir = mkdtempSync(path.join(tmpdir(), 'serodesk-demo-'));
    // Seed 14: its 40 cases include every kind of record, a revocation too (asserted below).
    summary = await demoData('--cases', '40', '--seed', '14', '--from', FROM, '--to', TO);
    written = await records();
  }, 120_000);

  afterAll(async () => {
    await register.stop();
    await drop();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('writes as many records of each kind as its summary line says, and the parts add up', () => {
    const counted = Object.fromEntries(
      Object.keys(summary.records).map((kind) => [
        kind,
        written.filter((record) => record.kind === kind).length,
      ]),
    );
    expect(counted).toEqual(summary.records);
    expect(summary).toMatchObject({ clinic: 'PKGP3', seed: 14, cases: 40 });
    expect(summary.records.person).toBe(40);
    const { presence, absence, duplicates, corrections } = summary.certificates;
    expect(presence + absence + duplicates).toBe(summary.records.certificate);
    expect(presence).toBeGreaterThan(0);
    expect(absence).toBeGreaterThan(0);
    const certificates = written.filter((r): r is CertificateRecord => r.kind === 'certificate');
    expect(certificates.filter((c) => c.duplicateOf !== undefined)).toHaveLength(duplicates);
    expect(certificates.filter((c) => c.supersedes !== undefined)).toHaveLength(corrections);
    const revocations = Object.values(summary.revocations).reduce((a, b) => a + b, 0);
    expect(revocations).toBe(summary.records.revocation);
    expect(summary.records.revocation).toBeGreaterThan(0);
    const payments = Object.values(summary.payments).reduce((a, b) => a + b, 0);
    expect(payments).toBe(summary.records.contract);
    const refunded = written.filter(
      (r): r is ContractRecord => r.kind === 'contract' && r.status === 'refunded',
    );
    expect(refunded).toHaveLength(summary.refunds);
    for (const contract of refunded) {
      expect(contract).toMatchObject({ refundReceipt: { operation: 'income-return' } });
    }
  });

  it('registers people whose SNILS and ОМС pass their checksums, minors with a representative', () => {
    const people = written.filter((r): r is PersonRecord => r.kind === 'person');
    for (const person of people) {
      if (person.snils !== undefined) expect(isValidSnils(person.snils)).toBe(true);
      if (person.oms !== undefined) expect(isValidOms(person.oms)).toBe(true);
    }
    expect(people.some((person) => person.snils !== undefined)).toBe(true);
    const applications = written.filter((r): r is ApplicationRecord => r.kind === 'application');
    for (const application of applications) {
      const person = people.find((p) => p.id === application.personId);
      const adultOn = `${String(Number(application.date.slice(0, 4)) - 18)}${application.date.slice(4)}`;
      if (person !== undefined && person.birthDate > adultOn) {
        expect(application.representative).toBeDefined();
      }
    }
  });

  it('signs every certificate’s card with a key the register publishes; revoked cards say so', async () => {
    const jwks = parseJwks((await fetchJson('/.well-known/jwks.json')).json);
    if (!jwks.ok) throw new Error('the JWKS did not parse');
    const certificates = written.filter((r): r is CertificateRecord => r.kind === 'certificate');
    const kids = new Set(
      certificates.map((certificate) => {
        const jws = parseCompactJws(certificate.shcJws ?? '');
        if (!jws.ok) throw new Error(`card of ${certificate.number} unreadable`);
        return jws.value.kid;
      }),
    );
    expect(kids.size).toBe(1);
    const crls = new Map<string, Crl>();
    for (const kid of kids) {
      const answer = await fetchJson(`/.well-known/crl/${kid}.json`);
      const crl = parseCrl(answer.json);
      if (!crl.ok) throw new Error('the CRL did not parse');
      crls.set(kid, crl.value);
    }
    const trust = new Map([
      [register.config.issuerUrl, { jwks: jwks.value, crls, fetchedAt: Date.now() }],
    ]);
    const revoked = new Set(
      written.flatMap((r) => (r.kind === 'revocation' ? [r.certificateId] : [])),
    );
    for (const certificate of certificates) {
      const original = certificate.duplicateOf ?? certificate.id;
      const verification = await verifyHealthCard(certificate.shcJws ?? '', {
        subtle: globalThis.crypto.subtle,
        trust,
        // Just after issue: absence cards of an October period have expired by now.
        now: Date.parse(certificate.issuedAt) + 60_000,
      });
      expect({ number: certificate.number, verdict: verification.verdict }).toEqual({
        number: certificate.number,
        verdict: revoked.has(original) ? 'revoked' : 'valid',
      });
    }
    expect(revoked.size).toBe(summary.records.revocation);
  });

  it('makes the same people from the same seed, and other people from another', async () => {
    const again = await demoData('--cases', '40', '--seed', '14', '--from', FROM, '--to', TO);
    expect(again.tablet).not.toBe(summary.tablet);
    const first = await peopleOf(summary.tablet);
    expect(first).toHaveLength(40);
    expect(await peopleOf(again.tablet)).toEqual(first);
    expect(again.tablet).toMatch(/^T\d+$/);
    expect({ ...again, tablet: summary.tablet }).toEqual(summary);
    const other = await demoData('--cases', '5', '--seed', '13', '--from', FROM, '--to', TO);
    const others = await peopleOf(other.tablet);
    expect(others.map((p) => p.snils)).not.toEqual(first.slice(0, 5).map((p) => p.snils));
  }, 120_000);

  it('refuses wrong arguments with a usage line and exit 2, writing nothing', async () => {
    const before = (await records()).length;
    const wrong: string[][] = [
      [],
      ['--cases', '0'],
      ['--cases', '10001'],
      ['--cases', 'ten'],
      ['--cases', '5', '--seed', '-1'],
      ['--cases', '5', '--from', '2026-10-01'],
      ['--cases', '5', '--from', '2026-02-30', '--to', '2026-03-01'],
      ['--cases', '5', '--from', '2026-10-31', '--to', '2026-10-01'],
      ['--cases', '5', '--from', '2099-01-01', '--to', '2099-01-02'],
      ['--cases', '5', '--clinic', 'NOSUCH'],
      ['--cases', '5', '--colour', 'red'],
    ];
    for (const argv of wrong) {
      const run = await cli('demo-data', ...argv);
      expect({ argv, code: run.code, out: run.out }).toEqual({ argv, code: 2, out: '' });
      expect(run.err).toContain('usage: npm run register -- demo-data --cases N');
    }
    expect((await records()).length).toBe(before);
  });

  it('lists every demo certificate in the CSV export of the period', async () => {
    const out = path.join(workDir, 'october.csv');
    const run = await cli('export', '--format', 'csv', '--from', FROM, '--to', TO, '--out', out);
    expect(run).toMatchObject({ code: 0, err: '' });
    const rows = parse<Record<string, string>>(readFileSync(out), {
      bom: true,
      delimiter: ';',
      columns: true,
    });
    const certificates = (await records()).filter(
      (r): r is CertificateRecord => r.kind === 'certificate',
    );
    expect(rows.map((row) => row['Номер справки']).sort()).toEqual(
      certificates.map((certificate) => certificate.number).sort(),
    );
  });
});
