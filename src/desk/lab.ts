// The laboratory's two writes: the blood sample taken (tube label, kit, time), and the final
// result read for it. A retest after an equivocal result is a new sample; the first sample
// and its result stay in the statement's history.
import type { KitId, ResultId, SampleId } from '../core/ids';
import { newId } from '../core/ids';
import { kitFitsService } from '../core/clinic/serviceKits';
import type { ClinicSettings } from '../core/clinic/settings';
import type { Kit } from '../core/lab/kit';
import type { ApplicationRecord } from '../core/records/application';
import type { ResultRecord } from '../core/records/result';
import type { SampleRecord } from '../core/records/sample';
import type { Result } from '../core/result';
import { writeRecord } from '../storage/records';
import type { DeskEnv } from './env';
import type { DeskStatement } from './queries';
import type { WriteFailure } from './writeFailure';

type Writer = Pick<DeskEnv, 'db' | 'write' | 'now' | 'random' | 'recordBase'>;

export type SampleEntry = {
  readonly takenAt: Date;
  readonly tubeLabel: string;
  readonly kitId: KitId;
};

export function recordSample(
  env: Writer,
  application: ApplicationRecord,
  entry: SampleEntry,
): Promise<Result<SampleRecord, WriteFailure>> {
  const record: SampleRecord = {
    ...env.recordBase(),
    kind: 'sample',
    id: newId<SampleId>(env.now, env.random),
    applicationId: application.id,
    personId: application.personId,
    takenAt: entry.takenAt.toISOString(),
    tubeLabel: entry.tubeLabel.trim().slice(0, 40),
    kitId: entry.kitId,
  };
  return writeRecord(env.db, record, env.write);
}

/**
 * The kits the lab may take the statement's sample with: those in use that its contract's
 * service is performed with (core/clinic/serviceKits.ts; the rules refuse any other), all in
 * use while no contract is open.
 */
export function sampleKits(settings: ClinicSettings, statement: DeskStatement): Kit[] {
  const services = statement.contracts
    .map((c) => c.record)
    .filter((c) => c.status !== 'cancelled' && c.status !== 'refunded')
    .map((c) => c.serviceCode);
  return settings.kits.filter(
    (kit) =>
      !kit.withdrawn &&
      (services.length === 0 || services.some((code) => kitFitsService(settings, code, kit.id))),
  );
}

export type ResultEntry = {
  readonly value?: number | undefined;
  readonly reading?: ResultRecord['reading'];
  readonly interpretation: ResultRecord['interpretation'];
};

/** The final result of `sample`, read with `kit`. */
export function recordResult(
  env: Writer,
  sample: SampleRecord,
  kit: Kit,
  entry: ResultEntry,
): Promise<Result<ResultRecord, WriteFailure>> {
  const record: ResultRecord = {
    ...env.recordBase(),
    kind: 'result',
    id: newId<ResultId>(env.now, env.random),
    sampleId: sample.id,
    kitId: kit.id,
    ...(entry.value === undefined ? {} : { value: entry.value }),
    ...(entry.reading === undefined ? {} : { reading: entry.reading }),
    interpretation: entry.interpretation,
    final: true,
    finalizedAt: env.now().toISOString(),
  };
  return writeRecord(env.db, record, env.write);
}

/** A sample the statement no longer works on, with the final result it had (if any). */
export type EarlierSample = {
  readonly sample: SampleRecord;
  readonly result: ResultRecord | undefined;
};

/**
 * The statement's samples before the latest one, oldest first: after an equivocal result the
 * lab takes a new sample, and the first one and its result stay visible as the statement's
 * history. The commission works on the latest sample only (statementFacts).
 */
export function earlierSamples(statement: DeskStatement): EarlierSample[] {
  return statement.samples.slice(0, -1).map(({ record: sample }) => ({
    sample,
    result: statement.results
      .map((r) => r.record)
      .findLast((r) => r.sampleId === sample.id && r.final),
  }));
}
