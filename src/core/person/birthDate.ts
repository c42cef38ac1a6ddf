// A date of birth is a real calendar day, not after today and not more than 120 years
// before it (the oldest documented people lived about 122 years, so anything older is a
// typing slip such as 1826 for 1926). "Today" is the clinic's date, passed in.
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { MessageTable } from '../bilingual';
import type { CalendarDate } from '../records/calendarDate';
import { addYears, parseCalendarDate } from '../records/calendarDate';

export const MAX_AGE_YEARS = 120;

export type BirthDateReason = 'birth-date-format' | 'birth-date-in-future' | 'birth-date-too-old';

export const BIRTH_DATE_MESSAGES: MessageTable<BirthDateReason> = {
  'birth-date-format': {
    ru: 'Дата рождения: существующая дата в формате ГГГГ-ММ-ДД',
    en: 'Date of birth: a real date as YYYY-MM-DD',
  },
  'birth-date-in-future': {
    ru: 'Дата рождения не может быть в будущем',
    en: 'The date of birth cannot be in the future',
  },
  'birth-date-too-old': {
    ru: 'Дата рождения более 120 лет назад — проверьте год',
    en: 'The date of birth is over 120 years ago — check the year',
  },
};

/** Born exactly 120 years ago today is accepted; a day earlier is not. */
export function parseBirthDate(
  input: string,
  today: CalendarDate,
): Result<CalendarDate, BirthDateReason> {
  const date = parseCalendarDate(input);
  if (date === undefined) return fail('birth-date-format');
  if (date > today) return fail('birth-date-in-future');
  if (date < addYears(today, -MAX_AGE_YEARS)) return fail('birth-date-too-old');
  return ok(date);
}
