import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../core/records/calendarDate';
import { EXAMPLE_IDS, exampleCommission } from '../../../core/records/examples';
import type { DeskCommission } from '../../../desk/commission';
import { EMPTY_ISSUE_DRAFT, issueDraftSchema, sittingOf, ticked } from './issueDraft';

const settings = exampleCommission();
const TODAY = '2026-11-21' as CalendarDate;
const {
  commissionMember: chair,
  commissionMember2: second,
  commissionMember3: third,
} = EXAMPLE_IDS;

const desk: DeskCommission = {
  order: { orderNumber: settings.orderNumber, orderDate: settings.orderDate },
  members: [
    { id: chair, name: 'Петров Андрей Викторович', role: 'chair' },
    { id: second, name: 'Орлова Дарья Павловна', role: 'member' },
    { id: third, name: 'Гусейнов Тимур Рашидович', role: 'member' },
  ],
};

describe('the commission’s issue form', () => {
  it('ticks the chair and the signed-in member until the member changes the ticks', () => {
    expect([...ticked(EMPTY_ISSUE_DRAFT, settings, third)]).toEqual([chair, third]);
    expect([...ticked({ ...EMPTY_ISSUE_DRAFT, participants: [second] }, settings, third)]).toEqual([
      second,
    ]);
  });

  it('gives the sitting with the typed date and the participants in the order’s order', () => {
    const draft = { protocol: ' 118 ', date: '21.11.2026', participants: [third, chair, second] };
    expect(sittingOf(draft, desk, settings, second, TODAY)).toEqual({
      ok: true,
      value: {
        protocolNumber: '118',
        protocolDate: '2026-11-21',
        participantIds: [chair, second, third],
      },
    });
  });

  it('names each field’s problem: no number, a date after today, the chair missing', () => {
    const draft = { protocol: '', date: '22.11.2026', participants: [second, third] };
    const checked = sittingOf(draft, desk, settings, second, TODAY);
    expect(checked).toEqual({
      ok: false,
      problems: [
        { field: 'protocol', reason: 'protocol-missing' },
        { field: 'date', reason: 'certificate-protocol-date-after-issue' },
      ],
    });
    const noChair = sittingOf(
      { ...draft, protocol: '1', date: '21.11.2026' },
      desk,
      settings,
      second,
      TODAY,
    );
    expect(noChair).toEqual({
      ok: false,
      problems: [{ field: 'participants', reason: 'certificate-commission-chair-absent' }],
    });
  });

  it('refuses a date that is not one, and a member whose name the tablet lacks', () => {
    const unnamed: DeskCommission = {
      ...desk,
      members: desk.members.map((m) => (m.id === third ? { ...m, name: undefined } : m)),
    };
    const draft = { protocol: '1', date: '31.02.2026', participants: [chair, second, third] };
    expect(sittingOf(draft, unnamed, settings, chair, TODAY)).toEqual({
      ok: false,
      problems: [
        { field: 'date', reason: 'date-format' },
        { field: 'participants', reason: 'name-unknown' },
      ],
    });
  });

  it('reads a draft saved before the form had a date and participants as no draft', () => {
    expect(issueDraftSchema.safeParse('118').success).toBe(false);
  });
});
