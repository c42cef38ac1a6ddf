import { describe, expect, it } from 'vitest';
import { russianPlural, tabletWarningText } from './tabletWarningText';

const KAMCHATKA = 720;

describe('tablet warnings in words', () => {
  it('says how many records wait and since when, in the clinic’s time', () => {
    const text = tabletWarningText(
      { kind: 'unsent-backlog', records: 3, oldestAt: '2026-11-27T22:14:00.000Z' },
      KAMCHATKA,
    );
    expect(text).toEqual({
      ru: '3 записи не отправлены с 28.11.2026 10:14',
      en: '3 records not sent since 28.11.2026 10:14',
    });
  });

  it('agrees the Russian words with the count', () => {
    const ru = (records: number) =>
      tabletWarningText({ kind: 'unsent-backlog', records, oldestAt: '2026-11-28T00:00:00Z' }, 0)
        .ru;
    expect(ru(1)).toMatch(/^1 запись не отправлена с /);
    expect(ru(5)).toMatch(/^5 записей не отправлено с /);
    expect(ru(21)).toMatch(/^21 запись не отправлена с /);
    expect(ru(112)).toMatch(/^112 записей не отправлено с /);
    expect(russianPlural(24, 'a', 'b', 'c')).toBe('b');
  });

  it('says how long a tablet has been silent in days, and when it was last seen', () => {
    const text = tabletWarningText(
      { kind: 'silent', lastContactAt: '2026-11-25T22:14:00.000Z', hours: 122 },
      KAMCHATKA,
    );
    expect(text).toEqual({
      ru: 'нет связи 5 дн. (последний раз 26.11.2026 10:14)',
      en: 'no contact for 5 days (last 26.11.2026 10:14)',
    });
  });

  it('says hours below two days, and that a tablet never made contact', () => {
    const text = tabletWarningText({ kind: 'silent', lastContactAt: null, hours: 30 }, 0);
    expect(text).toEqual({
      ru: 'нет связи 30 ч. (ни разу после подключения)',
      en: 'no contact for 30 hours (none since enrolment)',
    });
  });
});
