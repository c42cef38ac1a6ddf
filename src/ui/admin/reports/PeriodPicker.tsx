import { useTranslation } from 'react-i18next';
import type { CalendarDate } from '../../../core/records/calendarDate';
import { addDays, dottedDate, parseCalendarDate } from '../../../core/records/calendarDate';
import type { ReportGrain } from '../../../core/report/period';
import { previousMonthOf, REPORT_GRAINS, weekStart } from '../../../core/report/period';
import { PERIOD_PROBLEM_MESSAGES } from '../../../core/report/periodMessages';
import { TextField } from '../../components/TextField';
import { useLocale } from '../../i18n/useLocale';
import type { ChoiceProblem, PeriodChoice } from './periodChoice';
import { monthChoice, PERIOD_KINDS } from './periodChoice';

// The period of the Reports screen: two presets, the kind of period and its fields, and how
// the table's rows are cut. The error of a field sits next to it (periodChoice.ts decides).

export function PeriodPicker(props: {
  readonly today: CalendarDate;
  readonly choice: PeriodChoice;
  readonly problem: ChoiceProblem | undefined;
  readonly onChange: (choice: PeriodChoice) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { choice, onChange } = props;
  const errorOf = (field: ChoiceProblem['field']) =>
    props.problem?.field === field
      ? locale.pick(PERIOD_PROBLEM_MESSAGES[props.problem.problem])
      : undefined;
  const set = (change: Partial<PeriodChoice>) => {
    onChange({ ...choice, ...change });
  };
  const weekDay = parseCalendarDate(choice.day);
  const grainChoice = choice.kind === 'month' || choice.kind === 'custom';
  return (
    <fieldset className="report-period">
      <legend>{t('admin.reports.period.legend')}</legend>
      <div className="actions" role="group" aria-label={t('admin.reports.period.presets')}>
        <button
          type="button"
          data-testid="report-this-month"
          onClick={() => {
            onChange({ ...monthChoice(props.today), by: choice.by });
          }}
        >
          {t('admin.reports.period.thisMonth')}
        </button>
        <button
          type="button"
          data-testid="report-last-month"
          onClick={() => {
            const last = previousMonthOf(props.today);
            onChange({ ...monthChoice(props.today, last.from.slice(0, 7)), by: choice.by });
          }}
        >
          {t('admin.reports.period.lastMonth')}
        </button>
      </div>
      <div className="field">
        <label htmlFor="report-kind">{t('admin.reports.period.kind')}</label>
        <select
          id="report-kind"
          value={choice.kind}
          onChange={(event) => {
            const kind = PERIOD_KINDS.find((k) => k === event.target.value) ?? 'month';
            set({ kind });
          }}
        >
          {PERIOD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`admin.reports.period.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {(choice.kind === 'day' || choice.kind === 'week') && (
        <TextField
          id="report-day"
          type="date"
          label={t(
            choice.kind === 'day' ? 'admin.reports.period.day' : 'admin.reports.period.weekOf',
          )}
          value={choice.day}
          error={errorOf('day')}
          hint={
            choice.kind === 'week' && weekDay !== undefined
              ? t('admin.reports.period.weekIs', {
                  from: dottedDate(weekStart(weekDay)),
                  to: dottedDate(addDays(weekStart(weekDay), 6)),
                })
              : undefined
          }
          onChange={(day) => {
            set({ day });
          }}
        />
      )}
      {choice.kind === 'month' && (
        <TextField
          id="report-month"
          type="month"
          label={t('admin.reports.period.month')}
          value={choice.month}
          error={errorOf('month')}
          onChange={(month) => {
            set({ month });
          }}
        />
      )}
      {choice.kind === 'custom' && (
        <>
          <TextField
            id="report-from"
            type="date"
            label={t('admin.reports.period.from')}
            value={choice.from}
            error={errorOf('from')}
            onChange={(from) => {
              set({ from });
            }}
          />
          <TextField
            id="report-to"
            type="date"
            label={t('admin.reports.period.to')}
            value={choice.to}
            error={errorOf('to')}
            onChange={(to) => {
              set({ to });
            }}
          />
        </>
      )}
      {grainChoice && (
        <div className="field">
          <label htmlFor="report-by">{t('admin.reports.period.by')}</label>
          <select
            id="report-by"
            value={choice.by}
            onChange={(event) => {
              const by: ReportGrain = REPORT_GRAINS.find((g) => g === event.target.value) ?? 'day';
              set({ by });
            }}
          >
            {REPORT_GRAINS.map((grain) => (
              <option key={grain} value={grain}>
                {t(`admin.reports.period.grains.${grain}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {choice.kind === 'month' && errorOf('to') !== undefined && (
        <p className="field-error">{errorOf('to')}</p>
      )}
    </fieldset>
  );
}
