import type { Bilingual } from '../bilingual';
import type { TabletWarning } from './tabletWarnings';

// A tablet warning in words, ru and en, for the admin screens and the CLI. Times are shown in
// the tablet's clinic's time zone (a fixed offset, as on the desk), in the Russian form the
// desk uses in both languages:
//
//   silent          "нет связи 5 дн. (последний раз 26.11.2026 10:14)"
//                   "no contact for 5 days (last 26.11.2026 10:14)"
//   unsent-backlog  "3 записи не отправлены с 28.11.2026 10:14"
//                   "3 records not sent since 28.11.2026 10:14"

/** Days are counted from two whole days up; below that, hours say more. */
const HOURS_SHOWN_BELOW = 48;

/** "26.11.2026 10:14" for an instant, at a fixed offset from UTC. */
export function dottedDateTime(instant: string, utcOffsetMinutes: number): string {
  const local = new Date(Date.parse(instant) + utcOffsetMinutes * 60_000).toISOString();
  return `${local.slice(8, 10)}.${local.slice(5, 7)}.${local.slice(0, 4)} ${local.slice(11, 16)}`;
}

/** The Russian form for a count: 1 запись, 3 записи, 5 записей, 21 запись, 12 записей. */
export function russianPlural(count: number, one: string, few: string, many: string): string {
  const tens = count % 100;
  const units = count % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  if (units >= 2 && units <= 4) return few;
  return many;
}

function silentText(warning: Extract<TabletWarning, { kind: 'silent' }>, offset: number) {
  const days = Math.floor(warning.hours / 24);
  const inDays = warning.hours >= HOURS_SHOWN_BELOW;
  const ru = inDays ? `нет связи ${days} дн.` : `нет связи ${warning.hours} ч.`;
  const en = inDays
    ? `no contact for ${days} days`
    : `no contact for ${warning.hours} ${warning.hours === 1 ? 'hour' : 'hours'}`;
  if (warning.lastContactAt === null) {
    return { ru: `${ru} (ни разу после подключения)`, en: `${en} (none since enrolment)` };
  }
  const last = dottedDateTime(warning.lastContactAt, offset);
  return { ru: `${ru} (последний раз ${last})`, en: `${en} (last ${last})` };
}

export function tabletWarningText(warning: TabletWarning, utcOffsetMinutes: number): Bilingual {
  if (warning.kind === 'silent') return silentText(warning, utcOffsetMinutes);
  const n = warning.records;
  const since = dottedDateTime(warning.oldestAt, utcOffsetMinutes);
  return {
    ru: `${n} ${russianPlural(n, 'запись', 'записи', 'записей')} не ${russianPlural(n, 'отправлена', 'отправлены', 'отправлено')} с ${since}`,
    en: `${n} ${n === 1 ? 'record' : 'records'} not sent since ${since}`,
  };
}
