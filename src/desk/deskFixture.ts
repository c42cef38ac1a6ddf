// A desk on a fresh fake IndexedDB, for the desk's storage tests: one clinic, one enrolled
// tablet, one member of the given role, a fixed clock. Records are seeded as an admin, but a
// certificate other than a duplicate as the commission (an admin issues none, issue #11).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Clinic, PriceItem } from '../core/clinic/settings';
import { DEFAULT_CLINIC_POLICY } from '../core/clinic/settings';
import type { StaffId, TabletId } from '../core/ids';
import type { StaffRole } from '../core/protocol/session';
import {
  EXAMPLE_IDS,
  exampleApplication,
  exampleCommission,
  exampleContract,
  examplePerson,
  exampleResult,
  exampleSample,
} from '../core/records/examples';
import { exampleKit, exampleService } from '../core/clinic/examples';
import type { PersonRecord } from '../core/records/person';
import type { ClinicRecord } from '../core/records/record';
import { openDatabase } from '../storage/database';
import type { DeskStatement } from './queries';
import { loadDeskStatement } from '../storage/deskQueries';
import { pullInSlices } from '../storage/pageFixture';
import { writeRecord } from '../storage/records';
import type { DeskEnv } from './env';
import { makeDeskEnv } from './env';

export const FIXTURE_CLINIC: Clinic = {
  id: EXAMPLE_IDS.clinic,
  code: 'KAM01',
  nameRu: 'ГБУЗ «Городская поликлиника № 3»',
  nameEn: 'City Polyclinic No. 3',
  address: 'Петропавловск-Камчатский',
  issuerUrl: 'https://reg.kamchatka.example/shc',
  // The example service, kit and commission, so seeded example records pass the rules.
  settings: {
    priceList: [exampleService()],
    kits: [exampleKit()],
    policy: DEFAULT_CLINIC_POLICY,
    commission: exampleCommission(),
  },
};

/** The service the contract tests sell: the antibody test at 950 ₽. */
export const FIXTURE_SERVICE: PriceItem = {
  code: 'AB-IGG',
  nameRu: 'Определение антител IgG к SARS-CoV-2',
  nameEn: 'SARS-CoV-2 IgG antibody test',
  priceKopecks: 95000,
  kind: 'antibody-test',
};

/** The example statement and its person, as the desk's contract commands name them. */
export const FIXTURE_STATEMENT = {
  applicationId: EXAMPLE_IDS.application,
  personId: EXAMPLE_IDS.person,
};

const STAFF_OF: { readonly [R in StaffRole]: StaffId } = {
  registrar: EXAMPLE_IDS.clerk,
  lab: EXAMPLE_IDS.clerk,
  commission: EXAMPLE_IDS.commissionMember,
  admin: EXAMPLE_IDS.commissionMember,
  verifier: EXAMPLE_IDS.clerk,
  regional: EXAMPLE_IDS.clerk,
};

export type DeskFixture = {
  readonly env: DeskEnv;
  /** The example statement (application) as the desk loads it now. */
  readonly current: () => Promise<DeskStatement>;
  /** The same desk as a member of another role. */
  readonly as: (role: StaffRole) => DeskEnv;
};

export async function openDeskFixture(
  role: StaffRole,
  seed: readonly ClinicRecord[],
  now: Date,
): Promise<DeskFixture> {
  const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  const envOf = (as: StaffRole) =>
    makeDeskEnv({
      db,
      clinic: FIXTURE_CLINIC,
      tablet: {
        tabletId: '0193a0b0-0000-7000-8000-0000000000a1' as TabletId,
        code: 'T03',
        name: 'Окно 1',
        enrolledAt: '2026-11-01T00:00:00.000Z',
      },
      signingKey: undefined,
      staff: {
        id: STAFF_OF[as],
        login: as,
        displayName: 'Сотрудник клиники',
        role: as,
        clinic: { id: FIXTURE_CLINIC.id, code: 'KAM01', nameRu: 'x', nameEn: 'x' },
      },
      language: 'ru',
      now: () => now,
      random: (n) => crypto.getRandomValues(new Uint8Array(n)),
    });
  const admin = envOf('admin');
  const commission = envOf('commission');
  for (const record of seed) {
    const issued = record.kind === 'certificate' && record.duplicateOf === undefined;
    const written = await writeRecord(db, record, (issued ? commission : admin).write);
    if (!written.ok) throw new Error(`seed ${record.kind}: ${written.reason}`);
  }
  const current = async () => {
    const statement = await loadDeskStatement(db, EXAMPLE_IDS.application);
    if (statement === undefined) throw new Error('statement not found');
    return statement;
  };
  return { env: envOf(role), current, as: envOf };
}

/** The example case up to its result, ready for a certificate: seed it before the certificates. */
export function caseWithResult(): ClinicRecord[] {
  return [
    examplePerson(),
    exampleApplication(),
    exampleContract(),
    exampleSample(),
    exampleResult(),
  ];
}

/** A cashier's desk holding the example person and their statement, ready for a contract. */
export function openCashierDesk(now: Date): Promise<DeskFixture> {
  return openDeskFixture('registrar', [examplePerson(), exampleApplication()], now);
}

/**
 * A registrar's desk whose tablet already holds these persons, as a first download left
 * them: on its pages (storage/pagedRecords.ts), at version 1.
 */
export async function deskWithPersons(
  persons: readonly PersonRecord[],
  now: Date,
): Promise<DeskEnv> {
  const { env } = await openDeskFixture('registrar', [], now);
  await pullInSlices(env.db, persons);
  return env;
}
