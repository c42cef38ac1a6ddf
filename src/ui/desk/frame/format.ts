// How the desk writes dates, times and money: Russian forms (дд.мм.гггг, "950,00 ₽") in both
// languages, because the printed documents are Russian ones and a clerk compares them with a
// Russian passport. Instants are shown in the clinic's own time zone (a fixed offset), not
// the tablet's, so a tablet set to Moscow time still prints Kamchatka times.
import type { CalendarDate } from '../../../core/records/calendarDate';
import { calendarDateAt, dottedDate, parseCalendarDate } from '../../../core/records/calendarDate';
import { formatRoubles } from '../../../core/contract/roubles';

/** "2026-11-26" → "26.11.2026" (core's `dottedDate`, the print's and the forms' format). */
export const formatDate = dottedDate;

function shifted(instant: string | Date, utcOffsetMinutes: number): string {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(time + utcOffsetMinutes * 60_000).toISOString();
}

/** An instant as "26.11.2026 14:05" in the clinic's time zone. */
export function formatDateTime(instant: string | Date, utcOffsetMinutes: number): string {
  const local = shifted(instant, utcOffsetMinutes);
  return `${formatDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** The value of an <input type="datetime-local"> for an instant, in the clinic's time zone. */
export function toLocalInput(instant: Date, utcOffsetMinutes: number): string {
  return shifted(instant, utcOffsetMinutes).slice(0, 16);
}

/** The instant a datetime-local value means in the clinic's time zone, or undefined. */
export function fromLocalInput(value: string, utcOffsetMinutes: number): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (match === null) return undefined;
  const [, day = '', hours = '', minutes = ''] = match;
  if (parseCalendarDate(day) === undefined || Number(hours) > 23 || Number(minutes) > 59) {
    return undefined;
  }
  const utc = Date.parse(`${day}T${hours}:${minutes}:00Z`);
  return new Date(utc - utcOffsetMinutes * 60_000);
}

export function clinicToday(now: Date, utcOffsetMinutes: number): CalendarDate {
  return calendarDateAt(now, utcOffsetMinutes);
}

/** 95000 kopecks → "950,00 ₽": core's form, the one the documents and messages use. */
export function formatMoney(kopecks: number): string {
  return formatRoubles(kopecks);
}
