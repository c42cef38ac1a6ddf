// `npm run register -- demo-data`: realistic cases for one clinic, so that reports, exports
// and the desk's screens have something to show at once (issue #12). It checks that the
// clinic can issue at all (staff of each role, the commission's order, kits, a price list),
// enrols a tablet of its own for the run (demoTablet.ts), writes each planned case through
// the push path (writeDemoCase.ts), and withdraws the tablet at the end.
import type { FastifyBaseLogger } from 'fastify';
import type { Clinic } from '../../core/clinic/settings';
import { checkPresenceGround } from '../../core/commission/presenceRule';
import type { Kit } from '../../core/lab/kit';
import type { StaffRole } from '../../core/protocol/session';
import { staffRoleSchema } from '../../core/protocol/session';
import type { CalendarDate } from '../../core/records/calendarDate';
import { addDays, calendarDateAt, daysBetween, startOfDay } from '../../core/records/calendarDate';
import type { Result } from '../../core/result';
import { fail, ok } from '../../core/result';
import type { RegisterClinicFacts } from '../clinics';
import { findClinicByCode } from '../clinics';
import type { RegisterDb } from '../db/connect';
import { DEMO_CLINIC } from '../seed';
import { ruleSettingsFor } from '../sync/ruleStore';
import { withdrawTablet } from '../tabletWithdrawal';
import { planCase } from './demoCasePlan';
import { demoRandom } from './demoRandom';
import { commissionSitting } from './demoRecords';
import { enrolDemoTablet } from './demoTablet';
import type { DemoTally } from './demoTally';
import { emptyTally } from './demoTally';
import type { DemoRun } from './demoRun';
import { DemoRecordRefused } from './demoRun';
import { writeDemoCase } from './writeDemoCase';

export const MAX_DEMO_CASES = 10_000;

export type DemoRequest = {
  /** The clinic's code; absent: the register's only clinic, or else the demo clinic. */
  readonly clinicCode?: string;
  readonly cases: number;
  readonly seed: number;
  /** The period, in the clinic's own calendar; absent: the 30 days ending today. */
  readonly period?: { readonly from: CalendarDate; readonly to: CalendarDate };
};

export type DemoFailure =
  | 'clinic-not-found'
  | 'clinic-not-named'
  | 'period-in-future'
  | 'staff-missing'
  | 'commission-not-configured'
  | 'no-kits'
  | 'no-services'
  | 'record-refused';

export type DemoSummary = {
  readonly clinic: string;
  readonly tablet: string;
  readonly seed: number;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly cases: number;
} & DemoTally;

export type DemoDeps = {
  readonly register: RegisterClinicFacts;
  readonly subtle: SubtleCrypto;
  readonly now: () => Date;
  readonly random: (bytes: number) => Uint8Array;
  readonly log: FastifyBaseLogger;
  /** Called after each case, for a progress line. */
  readonly progress?: (done: number, total: number) => void;
};

async function chooseClinic(
  db: RegisterDb,
  code: string | undefined,
  register: RegisterClinicFacts,
): Promise<Result<Clinic, DemoFailure>> {
  if (code !== undefined) {
    const clinic = await findClinicByCode(db, code, register);
    return clinic === null ? fail('clinic-not-found', code) : ok(clinic);
  }
  const rows = await db.kysely
    .selectFrom('clinic')
    .select('code')
    .where('kind', '=', 'clinic')
    .limit(2)
    .execute();
  const only = rows.length === 1 ? rows[0]?.code : undefined;
  const clinic = await findClinicByCode(db, only ?? DEMO_CLINIC.code, register);
  return clinic === null ? fail('clinic-not-named', String(rows.length)) : ok(clinic);
}

type ActiveStaff = { readonly id: string; readonly role: StaffRole; readonly name: string };

async function activeStaff(db: RegisterDb, clinicId: string): Promise<ActiveStaff[]> {
  const rows = await db.kysely
    .selectFrom('staff')
    .select(['id', 'role', 'display_name'])
    .where('clinic_id', '=', clinicId)
    .where('disabled_at', 'is', null)
    .orderBy('login')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    role: staffRoleSchema.parse(row.role),
    name: row.display_name,
  }));
}

/** Who writes what at the desk: a registrar and a lab member, or the admin in their stead. */
function deskStaff(
  staff: readonly ActiveStaff[],
): Result<{ readonly registrar: string; readonly lab: string }, DemoFailure> {
  const first = (role: StaffRole) => staff.find((member) => member.role === role)?.id;
  const registrar = first('registrar') ?? first('admin');
  const lab = first('lab') ?? first('admin');
  if (registrar === undefined) return fail('staff-missing', 'registrar');
  if (lab === undefined) return fail('staff-missing', 'lab');
  return ok({ registrar, lab });
}

export async function writeDemoData(
  db: RegisterDb,
  request: DemoRequest,
  deps: DemoDeps,
): Promise<Result<DemoSummary, DemoFailure>> {
  const chosen = await chooseClinic(db, request.clinicCode, deps.register);
  if (!chosen.ok) return chosen;
  const clinic = chosen.value;
  const { settings } = clinic;
  const offset = settings.policy.utcOffsetMinutes;
  const today = calendarDateAt(deps.now(), offset);
  const to = request.period?.to ?? today;
  const from = request.period?.from ?? addDays(today, -29);
  if (to > today) return fail('period-in-future', `${to} > ${today}`);

  const staff = await activeStaff(db, clinic.id);
  const desk = deskStaff(staff);
  if (!desk.ok) return desk;
  const { commission } = settings;
  if (commission === undefined) return fail('commission-not-configured');
  const chair = staff.find((member) => member.id === commission.chairId);
  if (chair?.role !== 'commission') return fail('staff-missing', 'commission chair');
  const names = new Map(staff.map((member) => [member.id, member.name]));
  const sitting = commissionSitting(commission, names);
  if (sitting === undefined) return fail('staff-missing', 'commission member');
  const kits = settings.kits.filter((kit) => !kit.withdrawn);
  if (kits.length === 0) return fail('no-kits');
  const services = settings.priceList.filter((item) => item.kind === 'antibody-test');
  if (services.length === 0) return fail('no-services');

  const tablet = await enrolDemoTablet(db, {
    clinicId: clinic.id,
    name: `demo-data (seed ${String(request.seed)})`,
    subtle: deps.subtle,
    now: deps.now,
    random: deps.random,
  });
  const chance = demoRandom(request.seed);
  const tally = emptyTally();
  // Nothing happens after the period: a case still open at its end stays open, so an export
  // of the period lists every demo certificate.
  const periodEnd = startOfDay(addDays(to, 1), offset);
  const horizon = periodEnd < deps.now() ? periodEnd : deps.now();
  const run: DemoRun = {
    db,
    subtle: deps.subtle,
    log: deps.log,
    now: deps.now,
    horizon,
    random: deps.random,
    chance,
    clinic,
    tablet,
    staffRoles: new Map(staff.map((member) => [member.id, member.role])),
    staff: { ...desk.value, chair: chair.id },
    commission: sitting,
    rules: await ruleSettingsFor(db, clinic.id),
    // A cash register of the run's own: its fiscal drive is new on every run, so receipts of
    // two runs with one seed are never the same receipt.
    cashRegister: { fiscalDrive: fiscalDriveFrom(deps.random(8)), documents: 0 },
    sequences: { contract: 0, certificate: 0, tube: 0 },
    tally,
  };
  const plan = {
    from,
    days: daysBetween(from, to) + 1,
    utcOffsetMinutes: offset,
    services,
    kits,
    grounds: (kit: Kit) => checkPresenceGround(kit, run.rules.admissionPolicy).ok,
    now: horizon,
  };
  try {
    for (let done = 0; done < request.cases; done++) {
      await writeDemoCase(run, planCase(chance, plan));
      deps.progress?.(done + 1, request.cases);
    }
  } catch (error) {
    if (error instanceof DemoRecordRefused) return fail('record-refused', error.message);
    throw error;
  } finally {
    await withdrawTablet(db, { tabletId: tablet.id, now: deps.now() });
  }
  return ok({
    clinic: clinic.code,
    tablet: tablet.code,
    seed: request.seed,
    from,
    to,
    cases: request.cases,
    ...tally,
  });
}

/** 16 digits, "7284…" as the fiscal drives of Russian cash registers begin. */
function fiscalDriveFrom(bytes: Uint8Array): string {
  let digits = '';
  for (const byte of bytes) digits += String(byte % 100).padStart(2, '0');
  return `7284${digits.slice(0, 12)}`;
}
