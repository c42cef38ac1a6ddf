import { describe, expect, it } from 'vitest';
import { EXAMPLE_IDS, examplePerson, exampleRepresentative } from '../core/records/examples';
import type { CalendarDate } from '../core/records/calendarDate';
import { deskWithPersons, openDeskFixture } from './deskFixture';
import { loadStatement } from './queries';
import { recordRepresentative } from './representative';
import { openStatement, signStatement } from './statement';

// 08:00 on 20.11.2026 in Kamchatka; the child was born 20.01.2016, so is ten on the statement.
const NOW = new Date('2026-11-19T20:00:00.000Z');
const child = examplePerson({
  givenName: 'Пётр',
  birthDate: '2016-01-20' as CalendarDate,
  document: {
    type: 'birth-certificate',
    series: 'IV-МЮ',
    number: '123456',
    issuedOn: '2016-02-01' as CalendarDate,
    issuedBy: 'Отдел ЗАГС г. Петропавловска-Камчатского',
  },
  address: 'г. Петропавловск-Камчатский, ул. Ленинская, д. 1, кв. 2',
});
const adult = examplePerson({
  document: { ...child.document, type: 'ru-passport', series: '3005', number: '123456' },
  address: child.address ?? '',
});

describe('a minor’s statement and their representative', () => {
  it('refuses to sign a ten-year-old’s statement before the representative is recorded', async () => {
    const desk = await openDeskFixture('registrar', [child], NOW);
    const opened = await openStatement(desk.env, EXAMPLE_IDS.person);
    if (!opened.ok) throw new Error(opened.reason);
    const signed = await signStatement(desk.env, opened.value);
    expect(signed.ok ? 'written' : signed.reason).toBe('representative-missing');
  });

  it('refuses it too for a child who came with the clinic’s download, stored by the page', async () => {
    // The rule reads the child's birth date from the page (storage/pagedRecords.ts); a
    // person it could not find would be taken for an adult.
    const env = await deskWithPersons([child], NOW);
    const opened = await openStatement(env, EXAMPLE_IDS.person);
    if (!opened.ok) throw new Error(opened.reason);
    const signed = await signStatement(env, opened.value);
    expect(signed.ok ? 'written' : signed.reason).toBe('representative-missing');
  });

  it('signs it once the mother is recorded, and keeps her on the statement', async () => {
    const desk = await openDeskFixture('registrar', [child], NOW);
    const opened = await openStatement(desk.env, EXAMPLE_IDS.person);
    if (!opened.ok) throw new Error(opened.reason);
    const withMother = await recordRepresentative(desk.env, opened.value, exampleRepresentative());
    if (!withMother.ok) throw new Error(withMother.reason);
    const signed = await signStatement(desk.env, withMother.value);
    expect(signed.ok).toBe(true);
    const statement = await loadStatement(desk.env, opened.value.id);
    expect(statement?.application.record).toMatchObject({
      status: 'signed',
      representative: { surname: 'Иванова', basis: 'parent' },
    });
  });

  it('signs an adult’s statement with no representative', async () => {
    const desk = await openDeskFixture('registrar', [adult], NOW);
    const opened = await openStatement(desk.env, EXAMPLE_IDS.person);
    if (!opened.ok) throw new Error(opened.reason);
    expect((await signStatement(desk.env, opened.value)).ok).toBe(true);
  });
});
