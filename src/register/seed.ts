import type { StaffRole } from '../core/protocol/session';
import { hashPassword } from './auth/password';
import type { ClinicSettings } from './clinicSettings';
import type { ClinicCommission } from '../core/clinic/commission';
import { clinicCommissionSchema } from '../core/clinic/commission';
import type { RegisterDb } from './db/connect';
import { DEMO_CLINIC, DEMO_CLINIC_SETTINGS } from './demoClinic';
import { newId } from './ids';

export { DEMO_CLINIC, DEMO_CLINIC_SETTINGS } from './demoClinic';

// The demo clinic a fresh register starts with, so `npm start` shows a working desk at once.
// Seeded only into an empty database (no clinic at all); a second start keeps what is there.
// The passwords below are DEMO ONLY, printed on start and published in the README: a real
// register gets its clinics and accounts from an administrator, never from this file.

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
