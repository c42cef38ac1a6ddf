import type { MessageTable } from '../bilingual';
import type { PeriodProblem } from './period';

// Words for a period a report or an export cannot be made of; the register sends the reason
// as the issue of the `to` field, and the screen shows these words next to that field.
export const PERIOD_PROBLEM_MESSAGES: MessageTable<PeriodProblem | 'period-not-a-date'> = {
  'period-reversed': {
    ru: 'Конец периода раньше его начала.',
    en: 'The period ends before it starts.',
  },
  'period-too-long': {
    ru: 'Период слишком длинный: по дням — не больше 366 дней, по неделям и месяцам — не больше трёх лет.',
    en: 'The period is too long: at most 366 days by day, three years by week or month.',
  },
  'period-not-a-date': {
    ru: 'Укажите дату в виде ГГГГ-ММ-ДД.',
    en: 'Give the date as YYYY-MM-DD.',
  },
};
