import { describe, expect, it } from 'vitest';
import { exampleApplication, exampleContract, examplePerson } from '../core/records/examples';
import { exampleKit, exampleService } from '../core/clinic/examples';
import type { ClinicSettings } from '../core/clinic/settings';
import type { KitId } from '../core/ids';
import { writeRecord } from '../storage/records';
import { openDeskFixture } from './deskFixture';
import { earlierSamples, recordResult, recordSample, sampleKits } from './lab';
import { statementFacts } from './statementStage';

const NOW = new Date('2026-11-20T01:10:00.000Z');

describe('the laboratory step', () => {
  it('keeps the first sample and its equivocal result when a retest is recorded', async () => {
    const seed = [examplePerson(), exampleApplication(), exampleContract()];
    const desk = await openDeskFixture('lab', seed, NOW);
    const kit = exampleKit();
    const entry = { takenAt: NOW, tubeLabel: '  A-0451  ', kitId: kit.id };
    const first = await recordSample(desk.env, exampleApplication(), entry);
    if (!first.ok) throw new Error(first.reason);
    expect(first.value.tubeLabel).toBe('A-0451');
    const equivocal = await recordResult(desk.env, first.value, kit, {
      value: 10,
      interpretation: 'equivocal',
    });
    expect(equivocal.ok && equivocal.value).toMatchObject({
      final: true,
      finalizedAt: NOW.toISOString(),
    });

    // An hour later: records of one statement are ordered by their time-ordered ids.
    const later = { ...desk.env, now: () => new Date(NOW.getTime() + 3_600_000) };
    const retest = await recordSample(later, exampleApplication(), entry);
    if (!retest.ok) throw new Error(retest.reason);
    const statement = await desk.current();
    expect(statement.samples.map((s) => s.record.id)).toEqual([first.value.id, retest.value.id]);
    expect(statement.results).toHaveLength(1);
    const facts = statementFacts(statement);
    expect(facts.sample?.id).toBe(retest.value.id);
    expect(facts.result).toBeUndefined();
    expect(facts.stage).toBe('sampled');
    expect(earlierSamples(statement)).toEqual([
      { sample: first.value, result: equivocal.ok ? equivocal.value : undefined },
    ]);

    // The retest's result is what the commission decides on; the first stays history.
    const detected = await recordResult(later, retest.value, kit, {
      value: 152.4,
      interpretation: 'detected',
    });
    if (!detected.ok) throw new Error(detected.reason);
    const resulted = await desk.current();
    const after = statementFacts(resulted);
    expect(after.sample?.id).toBe(retest.value.id);
    expect(after.result?.id).toBe(detected.value.id);
    expect(after.stage).toBe('resulted');
    expect(earlierSamples(resulted).map((e) => [e.sample.id, e.result?.interpretation])).toEqual([
      [first.value.id, 'equivocal'],
    ]);
  });

  it('has no history while the statement has one sample', async () => {
    const seed = [examplePerson(), exampleApplication(), exampleContract()];
    const desk = await openDeskFixture('lab', seed, NOW);
    const kit = exampleKit();
    await recordSample(desk.env, exampleApplication(), {
      takenAt: NOW,
      tubeLabel: 'A-1',
      kitId: kit.id,
    });
    expect(earlierSamples(await desk.current())).toEqual([]);
  });

  it('offers the kits the paid service names, in use, or all in use while nothing is paid', async () => {
    const other = exampleKit({ id: '0193a1c0-7a00-7000-8000-0000000000ff' as KitId, name: 'IgM' });
    const gone = exampleKit({
      id: '0193a1c0-7a00-7000-8000-0000000000fe' as KitId,
      withdrawn: true,
    });
    const service = { ...exampleService(), kitIds: [exampleKit().id, gone.id] };
    const desk = await openDeskFixture('lab', [examplePerson(), exampleApplication()], NOW);
    const settings: ClinicSettings = {
      ...desk.env.clinic.settings,
      priceList: [service],
      kits: [exampleKit(), other, gone],
    };
    const kitsOf = async () => sampleKits(settings, await desk.current()).map((k) => k.id);
    expect(await kitsOf()).toEqual([exampleKit().id, other.id]);
    const paid = await writeRecord(desk.env.db, exampleContract(), desk.as('admin').write);
    expect(paid.ok).toBe(true);
    expect(await kitsOf()).toEqual([exampleKit().id]);
    // A price list without kits for the service: any kit in use, as before kits were named.
    const unnamed = { ...settings, priceList: [{ ...service, kitIds: [] }] };
    expect(sampleKits(unnamed, await desk.current()).map((k) => k.id)).toEqual([
      exampleKit().id,
      other.id,
    ]);
  });
});
