import type { StaffRole } from '../core/protocol/session';
import { hashPassword } from './auth/password';
import type { ClinicSettings } from './clinicSettings';
import { clinicSettingsSchema } from './clinicSettings';
import type { ClinicCommission } from '../core/clinic/commission';
import { clinicCommissionSchema } from '../core/clinic/commission';
import type { RegisterDb } from './db/connect';
import { newId } from './ids';

// The demo clinic a fresh register starts with, so `npm start` shows a working desk at once.
// Seeded only into an empty database (no clinic at all); a second start keeps what is there.
// The passwords below are DEMO ONLY, printed on start and published in the README: a real
// register gets its clinics and accounts from an administrator, never from this file.

export const DEMO_CLINIC = {
  code: 'PKGP3',
  nameRu: 'ГБУЗ «Петропавловск-Камчатская городская поликлиника № 3»',
  nameEn: 'Petropavlovsk-Kamchatsky City Polyclinic No. 3',
  address: '683031, Камчатский край, г. Петропавловск-Камчатский, пр-т Карла Маркса, д. 9',
} as const;

/**
 * The regional health ministry that runs the register (src/core/staff/organisation.ts); its
 * one demo account is the regional administrator. Its address is the ministry's public one.
 */
export const DEMO_AUTHORITY = {
  code: 'MZKK',
  nameRu: 'Министерство здравоохранения Камчатского края',
  nameEn: 'Ministry of Health of Kamchatka Krai',
  address: '683003, Камчатский край, г. Петропавловск-Камчатский, ул. Ленинградская, д. 118',
} as const;

export type DemoAccount = {
  readonly login: string;
  readonly password: string;
  readonly role: StaffRole;
  readonly displayName: string;
};

export const DEMO_STAFF: readonly DemoAccount[] = [
  {
    login: 'registrar',
    password: 'demo-registrar',
    role: 'registrar',
    displayName: 'Иванова Мария Петровна',
  },
  { login: 'lab', password: 'demo-lab', role: 'lab', displayName: 'Ким Ольга Сергеевна' },
  {
    login: 'commission',
    password: 'demo-commission',
    role: 'commission',
    displayName: 'Петров Андрей Викторович',
  },
  // The medical commission is a chair and at least two members (issue #11): `commission`
  // chairs it in the demo clinic's order, these two sit on it.
  {
    login: 'commission2',
    password: 'demo-commission2',
    role: 'commission',
    displayName: 'Орлова Дарья Павловна',
  },
  {
    login: 'commission3',
    password: 'demo-commission3',
    role: 'commission',
    displayName: 'Гусейнов Тимур Рашидович',
  },
  { login: 'admin', password: 'demo-admin', role: 'admin', displayName: 'Соколова Елена Игоревна' },
  {
    login: 'verifier',
    password: 'demo-verifier',
    role: 'verifier',
    displayName: 'Тюнэ Алексей Николаевич',
  },
];

export const DEMO_REGIONAL_STAFF: readonly DemoAccount[] = [
  {
    login: 'regional',
    password: 'demo-regional',
    role: 'regional',
    displayName: 'Белова Светлана Юрьевна',
  },
];

// Kit figures are plausible demo values, not a kit's certified instructions for use, and the
// registration certificate (РУ) numbers are of the right form for the demo's print, not
// checked against Roszdravnadzor's register: a real clinic enters its kits' own. Kit ids
// are fixed so that every demo register names the same kits.
export const DEMO_CLINIC_SETTINGS: ClinicSettings = clinicSettingsSchema.parse({
  cardName: 'ГП № 3, П.-Камчатский',
  // The provider on the printed contract and consents (issue #11). DEMO requisites: the ОГРН
  // and ИНН are made up to pass their check digits (Kamchatka's region code 41), the licence
  // number has the register's form; none of them is a real organisation's.
  requisites: {
    fullName:
      'Государственное бюджетное учреждение здравоохранения Камчатского края ' +
      '«Петропавловск-Камчатская городская поликлиника № 3»',
    shortName: 'ГБУЗ КК «ПКГП № 3»',
    ogrn: '1264100000010',
    inn: '4100000019',
    kpp: '410001001',
    address: DEMO_CLINIC.address,
    phone: '+7 (4152) 41-20-00',
    licence: {
      number: 'Л041-01184-41/00999999',
      date: '2022-03-15',
      issuer: 'Министерство здравоохранения Камчатского края',
    },
    headPhysician: 'Лебедева Наталья Александровна',
  },
  priceList: [
    {
      code: 'igg-quant',
      nameRu: 'Антитела IgG к SARS-CoV-2 (количественно)',
      nameEn: 'IgG antibodies to SARS-CoV-2 (quantitative)',
      priceKopecks: 95_000,
      kind: 'antibody-test',
    },
    {
      code: 'igm',
      nameRu: 'Антитела IgM к SARS-CoV-2',
      nameEn: 'IgM antibodies to SARS-CoV-2',
      priceKopecks: 85_000,
      kind: 'antibody-test',
    },
    {
      code: 'igg-igm-rapid',
      nameRu: 'Антитела IgG + IgM к SARS-CoV-2, экспресс-тест',
      nameEn: 'IgG + IgM antibodies to SARS-CoV-2, rapid test',
      priceKopecks: 65_000,
      kind: 'antibody-test',
    },
    {
      code: 'certificate-duplicate',
      nameRu: 'Дубликат справки',
      nameEn: 'Certificate duplicate',
      priceKopecks: 30_000,
      kind: 'duplicate',
    },
  ],
  kits: [
    {
      id: '0193a1c0-7a00-7000-8000-000000000001',
      name: 'SARS-CoV-2-IgG количественный-ИФА-БЕСТ',
      manufacturer: 'АО «Вектор-Бест»',
      registrationNumber: 'РЗН 2020/10393',
      antibodyClass: 'IgG',
      target: 'S',
      method: 'ELISA',
      kind: 'quantitative',
      unit: 'BAU/ml',
      threshold: 10,
      greyZone: { low: 8, high: 10 },
      loinc: '94563-4',
    },
    {
      id: '0193a1c0-7a00-7000-8000-000000000002',
      name: 'SARS-CoV-2-IgM-ИФА-БЕСТ',
      manufacturer: 'АО «Вектор-Бест»',
      registrationNumber: 'РЗН 2020/10394',
      antibodyClass: 'IgM',
      target: 'N',
      method: 'ELISA',
      kind: 'quantitative',
      unit: 'index',
      threshold: 1.1,
      greyZone: { low: 0.8, high: 1.1 },
      loinc: '94564-2',
    },
    {
      id: '0193a1c0-7a00-7000-8000-000000000003',
      name: 'Architect SARS-CoV-2 IgG',
      manufacturer: 'Abbott Laboratories',
      registrationNumber: 'РЗН 2020/11378',
      antibodyClass: 'IgG',
      target: 'N',
      method: 'CLIA',
      kind: 'quantitative',
      unit: 'index',
      threshold: 1.4,
      loinc: '94563-4',
    },
    {
      id: '0193a1c0-7a00-7000-8000-000000000004',
      name: 'Elecsys Anti-SARS-CoV-2',
      manufacturer: 'Roche Diagnostics GmbH',
      registrationNumber: 'РЗН 2020/10772',
      antibodyClass: 'total',
      target: 'N',
      method: 'CLIA',
      kind: 'quantitative',
      unit: 'COI',
      threshold: 1.0,
      loinc: '94762-2',
    },
    {
      id: '0193a1c0-7a00-7000-8000-000000000005',
      name: 'Экспресс-тест SARS-CoV-2 IgG/IgM (кассета), линия IgG',
      manufacturer: 'ООО «ИмБиАн»',
      registrationNumber: 'РЗН 2021/13886',
      antibodyClass: 'IgG',
      target: 'S',
      method: 'rapid',
      kind: 'qualitative',
      unit: null,
      loinc: '94507-1',
    },
    {
      id: '0193a1c0-7a00-7000-8000-000000000006',
      name: 'Экспресс-тест SARS-CoV-2 IgG/IgM (кассета), линия IgM',
      manufacturer: 'ООО «ИмБиАн»',
      registrationNumber: 'РЗН 2021/13886',
      antibodyClass: 'IgM',
      target: 'S',
      method: 'rapid',
      kind: 'qualitative',
      unit: null,
      loinc: '94508-9',
    },
  ],
  // Antibodies present: valid 6 months from the sample date; samples at most 14 days old;
  // Kamchatka time (UTC+12) for "today" at the desk.
  policy: { presenceMonths: 6, absenceCardDays: 30, maxSampleAgeDays: 14, utcOffsetMinutes: 720 },
});

/** The demo clinic's order on its medical commission; staff ids are the seeded accounts'. */
export const DEMO_COMMISSION_ORDER = { orderNumber: '41-од', orderDate: '2026-01-12' } as const;
const DEMO_COMMISSION_LOGINS = { chair: 'commission', members: ['commission2', 'commission3'] };

function demoCommission(staff: readonly { id: string; login: string }[]): ClinicCommission {
  const idOf = (login: string) => {
    const found = staff.find((member) => member.login === login);
    if (found === undefined) throw new Error(`the demo staff has no ${login}`);
    return found.id;
  };
  return clinicCommissionSchema.parse({
    ...DEMO_COMMISSION_ORDER,
    chairId: idOf(DEMO_COMMISSION_LOGINS.chair),
    memberIds: DEMO_COMMISSION_LOGINS.members.map(idOf),
  });
}

/** The ministry issues nothing: its settings row is the empty default every clinic starts from. */
const AUTHORITY_SETTINGS: ClinicSettings = {
  priceList: [],
  kits: [],
  policy: DEMO_CLINIC_SETTINGS.policy,
};

export type SeedOutcome = 'seeded' | 'kept-existing';

/** Seeds the demo clinic, one account per role and the ministry into an empty database. */
export async function seedDemoClinic(
  db: RegisterDb,
  deps: { now: () => Date; random: (bytes: number) => Uint8Array },
): Promise<SeedOutcome> {
  const existing = await db.kysely.selectFrom('clinic').select('id').limit(1).executeTakeFirst();
  if (existing !== undefined) return 'kept-existing';

  const createdAt = deps.now().toISOString();
  const clinicId = newId(deps.now, deps.random);
  const authorityId = newId(deps.now, deps.random);
  // Hashing is slow on purpose, so do it before the transaction and in parallel.
  const rowsOf = (accounts: readonly DemoAccount[], organisationId: string) =>
    Promise.all(
      accounts.map(async (account) => ({
        id: newId(deps.now, deps.random),
        clinic_id: organisationId,
        login: account.login,
        display_name: account.displayName,
        role: account.role,
        password_hash: await hashPassword(account.password, deps.random),
        created_at: createdAt,
      })),
    );
  const [staffRows, regionalRows] = await Promise.all([
    rowsOf(DEMO_STAFF, clinicId),
    rowsOf(DEMO_REGIONAL_STAFF, authorityId),
  ]);

  // Registers started at once on a fresh PostgreSQL database (several behind a load
  // balancer, docs/DEPLOY.md) all find it empty above; the clinic's unique code decides which
  // one seeds, and the others keep what it wrote instead of failing to start (issue #13).
  return db.kysely.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('clinic')
      .values({
        id: clinicId,
        code: DEMO_CLINIC.code,
        name_ru: DEMO_CLINIC.nameRu,
        name_en: DEMO_CLINIC.nameEn,
        address: DEMO_CLINIC.address,
        issuer_url: null,
        settings: JSON.stringify({
          ...DEMO_CLINIC_SETTINGS,
          commission: demoCommission(staffRows),
        } satisfies ClinicSettings),
        created_at: createdAt,
      })
      .onConflict((conflict) => conflict.column('code').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted === undefined) return 'kept-existing';
    await trx
      .insertInto('clinic')
      .values({
        id: authorityId,
        kind: 'authority',
        code: DEMO_AUTHORITY.code,
        name_ru: DEMO_AUTHORITY.nameRu,
        name_en: DEMO_AUTHORITY.nameEn,
        address: DEMO_AUTHORITY.address,
        issuer_url: null,
        settings: JSON.stringify(AUTHORITY_SETTINGS),
        created_at: createdAt,
      })
      .execute();
    await trx
      .insertInto('staff')
      .values([...staffRows, ...regionalRows])
      .execute();
    return 'seeded';
  });
}
