import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../core/records/calendarDate';
import {
  EXAMPLE_IDS,
  exampleApplication,
  exampleContract,
  examplePerson,
  exampleRepresentative,
} from '../core/records/examples';
import type { ClinicRecord } from '../core/records/record';
import { readRecord } from '../storage/records';
import { openDeskFixture } from './deskFixture';
import { interventionConsentBlocker, markInterventionConsentSigned } from './interventionConsent';
import { recordSample } from './lab';

// 08:00 on 20 November 2026 in Kamchatka.
const NOW = new Date('2026-11-19T20:00:00.000Z');
const unsigned = exampleApplication({ interventionConsent: undefined });
const child = (birthDate: string) => examplePerson({ birthDate: birthDate as CalendarDate });

async function desk(seed: readonly ClinicRecord[]) {
  return openDeskFixture('registrar', seed, NOW);
}

describe('marking the ИДС to the blood draw signed', () => {
  it('records an adult as the signer, at the desk’s time', async () => {
    const fixture = await desk([examplePerson(), unsigned]);
    const marked = await markInterventionConsentSigned(fixture.env, await fixture.current());
    expect(marked.ok).toBe(true);
    expect(
      (await readRecord(fixture.env.db, 'application', EXAMPLE_IDS.application))?.record
        .interventionConsent,
    ).toEqual({ signedAt: NOW.toISOString(), signer: 'self' });
  });

  it('records the representative as the signer for a 14-year-old', async () => {
    const representative = exampleRepresentative();
    const fixture = await desk([child('2012-05-01'), { ...unsigned, representative }]);
    const marked = await markInterventionConsentSigned(fixture.env, await fixture.current());
    expect(marked.ok && marked.value.interventionConsent?.signer).toBe('representative');
  });

  it('lets a 15-year-old sign the ИДС themselves', async () => {
    const representative = exampleRepresentative();
    const fixture = await desk([child('2011-11-20'), { ...unsigned, representative }]);
    const marked = await markInterventionConsentSigned(fixture.env, await fixture.current());
    expect(marked.ok && marked.value.interventionConsent?.signer).toBe('self');
  });

  it('tells the clerk to add the representative when a child under 15 has none', async () => {
    // The rules refuse such a signed statement (representativeRules.ts); one that came in by
    // sync from an older tablet still reaches this screen, so the step says what is missing.
    const fixture = await desk([examplePerson(), unsigned]);
    const statement = await fixture.current();
    const younger = statement.person && {
      ...statement.person,
      record: child('2016-01-20'),
    };
    const day = '2026-11-20' as CalendarDate;
    expect(interventionConsentBlocker({ ...statement, person: younger }, day)).toBe(
      'representative-missing',
    );
  });

  it('waits for the statement to be signed', async () => {
    const draft = { ...unsigned, status: 'draft' as const, signedAt: undefined };
    const fixture = await desk([examplePerson(), draft]);
    expect(await markInterventionConsentSigned(fixture.env, await fixture.current())).toEqual({
      ok: false,
      reason: 'statement-not-signed',
    });
  });
});

describe('the sample step and the ИДС', () => {
  const entry = { takenAt: NOW, tubeLabel: 'K-000731', kitId: EXAMPLE_IDS.kit };

  it('refuses a sample on a statement without the signed ИДС, and writes it after', async () => {
    const fixture = await desk([examplePerson(), unsigned, exampleContract()]);
    const lab = fixture.as('lab');
    expect(await recordSample(lab, unsigned, entry)).toMatchObject({
      ok: false,
      reason: 'intervention-consent-missing',
    });
    expect((await markInterventionConsentSigned(fixture.env, await fixture.current())).ok).toBe(
      true,
    );
    expect((await recordSample(lab, unsigned, entry)).ok).toBe(true);
  });
});
