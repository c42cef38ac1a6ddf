import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../core/records/calendarDate';
import { EXAMPLE_IDS, examplePerson } from '../core/records/examples';
import { openDeskFixture } from './deskFixture';
import { loadStatement } from './queries';
import { openStatement, signStatement } from './statement';
import { statementFacts } from './statementStage';

// 20:00 UTC on the 19th is 08:00 on the 20th in Kamchatka (UTC+12, the fixture clinic's offset).
const NOW = new Date('2026-11-19T20:00:00.000Z');

/** A card with what the personal-data consent must name (152-ФЗ ст. 9 ч. 4 п. 1). */
const complete = examplePerson({
  address: 'г. Петропавловск-Камчатский, ул. Ленинская, д. 1, кв. 2',
  document: {
    type: 'ru-passport',
    series: '3005',
    number: '123456',
    issuedOn: '2015-04-20' as CalendarDate,
    issuedBy: 'УМВД России по Камчатскому краю',
  },
});

describe('opening and signing a statement', () => {
  it("dates a new statement by the clinic's day, not the UTC day", async () => {
    const desk = await openDeskFixture('registrar', [examplePerson()], NOW);
    const opened = await openStatement(desk.env, EXAMPLE_IDS.person);
    if (!opened.ok) throw new Error(opened.reason);
    expect(opened.value).toMatchObject({ date: '2026-11-20', status: 'draft' });
    expect(opened.value.consents).toEqual({ personalData: false, paidService: false });
  });

  it('records both consents, the checked document and the signing time', async () => {
    const desk = await openDeskFixture('registrar', [complete], NOW);
    const opened = await openStatement(desk.env, EXAMPLE_IDS.person);
    if (!opened.ok) throw new Error(opened.reason);
    const signed = await signStatement(desk.env, opened.value);
    if (!signed.ok) throw new Error(signed.reason);
    const statement = await loadStatement(desk.env, opened.value.id);
    expect(statement?.application.record).toMatchObject({
      status: 'signed',
      identityDocumentChecked: true,
      consents: { personalData: true, paidService: true },
      signedAt: NOW.toISOString(),
    });
    expect(statement === undefined ? undefined : statementFacts(statement).stage).toBe(
      'registered',
    );
  });

  it('is not signed while the card lacks the address the consent must name', async () => {
    const desk = await openDeskFixture('registrar', [{ ...complete, address: undefined }], NOW);
    const opened = await openStatement(desk.env, EXAMPLE_IDS.person);
    if (!opened.ok) throw new Error(opened.reason);
    const signed = await signStatement(desk.env, opened.value);
    expect(signed).toMatchObject({ ok: false, reason: 'person-address-missing' });
    expect((await loadStatement(desk.env, opened.value.id))?.application.record.status).toBe(
      'draft',
    );
  });

  it('is not signed while the document has no date of issue or issuer', async () => {
    const desk = await openDeskFixture('registrar', [examplePerson({ address: 'Елизово' })], NOW);
    const opened = await openStatement(desk.env, EXAMPLE_IDS.person);
    if (!opened.ok) throw new Error(opened.reason);
    const signed = await signStatement(desk.env, opened.value);
    expect(signed).toMatchObject({ ok: false, reason: 'person-document-issue-missing' });
  });

  it('is refused for the laboratory, which may not write statements', async () => {
    const desk = await openDeskFixture('registrar', [examplePerson()], NOW);
    const opened = await openStatement(desk.as('lab'), EXAMPLE_IDS.person);
    expect(opened.ok).toBe(false);
  });
});
