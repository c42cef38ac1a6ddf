// What the writing of demo cases shares: the run's context, and the one door to the
// register, `push`, which sends a record as the demo tablet through the push path
// (sync/pushOps.ts answerPush): the record schemas, who may write what, the rules of
// src/core/rules/recordRules.ts with the clinic's settings, the signed card's check, the
// version history and clinic_record.application_id. Any refusal stops the run: the
// generator, not the register, would be wrong.
import type { FastifyBaseLogger } from 'fastify';
import type { Clinic } from '../../core/clinic/settings';
import type { NumberSeries, SerialNumber } from '../../core/contract/number';
import { formatNumber } from '../../core/contract/number';
import type { AnyId, OpId } from '../../core/ids';
import { newId } from '../../core/ids';
import type { OpAnswer, PushOp } from '../../core/protocol/sync';
import type { CalendarDate } from '../../core/records/calendarDate';
import { calendarDateAt } from '../../core/records/calendarDate';
import type { CertificateCommission } from '../../core/records/certificateCommission';
import type { ClinicRecord, RecordKind } from '../../core/records/record';
import type { RuleSettings } from '../../core/rules/recordRules';
import type { RegisterDb } from '../db/connect';
import type { ClinicStaff } from '../sync/applyOp';
import { answerPush } from '../sync/pushOps';
import type { DemoRandom } from './demoRandom';
import type { DemoCashRegister } from './demoRecords';
import type { DemoTablet } from './demoTablet';
import type { DemoTally } from './demoTally';

/** A record the register refused: the demo generator broke a rule, so the run stops. */
export class DemoRecordRefused extends Error {
  constructor(
    readonly kind: RecordKind | 'card',
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
  }
}

export type DemoRun = {
  readonly db: RegisterDb;
  readonly subtle: SubtleCrypto;
  readonly log: FastifyBaseLogger;
  /** The register's clock: when the pushes arrive. */
  readonly now: () => Date;
  /** Every demo event lies before this: now, or the end of the period's last day. */
  readonly horizon: Date;
  /** Record ids and rids: fresh on every run, so runs of one seed never collide. */
  readonly random: (bytes: number) => Uint8Array;
  /** The seeded source, for the receipts' fiscal signs. */
  readonly chance: DemoRandom;
  readonly clinic: Clinic;
  readonly tablet: DemoTablet;
  readonly staffRoles: ClinicStaff;
  readonly staff: { readonly registrar: string; readonly lab: string; readonly chair: string };
  readonly commission: CertificateCommission;
  readonly rules: RuleSettings;
  readonly cashRegister: DemoCashRegister;
  readonly sequences: { contract: number; certificate: number; tube: number };
  readonly tally: DemoTally;
};

const MINUTE = 60_000;

export function later(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * MINUTE);
}

// The brand is chosen by the caller, as with core's newId.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function idAt<I extends AnyId>(run: DemoRun, at: Date): I {
  return newId<I>(() => at, run.random);
}

function describe(answer: OpAnswer | undefined): string {
  if (answer === undefined) return 'no answer';
  if (answer.status === 'rejected') return `${answer.reason} ${answer.detail ?? ''}`.trim();
  if (answer.status === 'conflict') return `conflict on ${answer.fields.join(',')}`;
  return answer.status;
}

/** Pushes one record as the demo tablet; a new record (base 0) is counted by its kind. */
export async function push(run: DemoRun, record: ClinicRecord, baseVersion = 0): Promise<void> {
  const op: PushOp = {
    opId: newId<OpId>(run.now, run.random),
    kind: record.kind,
    baseVersion,
    record,
  };
  const context = { db: run.db, subtle: run.subtle, now: run.now, log: run.log };
  const [answer] = await answerPush(context, run.tablet, run.staffRoles, [op]);
  if (answer?.status !== 'accepted') throw new DemoRecordRefused(record.kind, describe(answer));
  if (baseVersion === 0) run.tally.records[record.kind] += 1;
}

export function nextNumber(run: DemoRun, series: NumberSeries, on: CalendarDate): SerialNumber {
  run.sequences[series] += 1;
  return formatNumber({
    clinicCode: run.clinic.code,
    tabletCode: run.tablet.code,
    year: Number(on.slice(0, 4)),
    sequence: run.sequences[series],
  });
}

export function localDay(run: DemoRun, at: Date): CalendarDate {
  return calendarDateAt(at, run.clinic.settings.policy.utcOffsetMinutes);
}
