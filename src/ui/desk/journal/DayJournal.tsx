import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseSearchDate, statementsOfDay } from '../../../desk/queries';
import type { StatementStage } from '../../../desk/statementStage';
import { statementFacts, STATEMENT_STAGES } from '../../../desk/statementStage';
import { useDesk } from '../frame/DeskEnvironment';
import { clinicToday, formatDate } from '../frame/format';
import { SelectField } from '../frame/SelectField';
import { useLiveQuery } from '../frame/useLiveQuery';
import { TextField } from '../../components/TextField';
import { JournalRow } from './JournalRow';

type SyncFilter = 'all' | 'unsent' | 'problems';

/** The day's applications with their stage and sync state; a tap continues the work. */
export function DayJournal() {
  const { t } = useTranslation();
  const env = useDesk();
  const today = clinicToday(env.now(), env.utcOffsetMinutes);
  const [dayText, setDayText] = useState(formatDate(today));
  const [stage, setStage] = useState<StatementStage | 'all'>('all');
  const [sync, setSync] = useState<SyncFilter>('all');
  const day = parseSearchDate(dayText);
  const statements = useLiveQuery(
    () => (day === undefined ? Promise.resolve([]) : statementsOfDay(env, day)),
    [env.db, day],
  );
  const rows = (statements.loaded ? statements.value : [])
    .map((statement) => ({ statement, facts: statementFacts(statement) }))
    .filter(({ facts }) => stage === 'all' || facts.stage === stage)
    .filter(({ facts }) =>
      sync === 'all'
        ? true
        : sync === 'unsent'
          ? facts.sync !== 'synced'
          : facts.sync === 'rejected' || facts.sync === 'conflict',
    );
  return (
    <section className="card" aria-labelledby="journal-title">
      <h1 id="journal-title">{t('desk.journal.title')}</h1>
      <div className="form-grid filters">
        <TextField
          id="journal-day"
          label={t('desk.journal.day')}
          value={dayText}
          inputMode="numeric"
          error={day === undefined ? t('desk.journal.dayInvalid') : undefined}
          onChange={setDayText}
        />
        <SelectField
          id="journal-stage"
          label={t('desk.journal.stage')}
          value={stage}
          options={[
            { value: 'all', label: t('desk.journal.all') },
            ...[...STATEMENT_STAGES, 'revoked' as const, 'cancelled' as const].map((s) => ({
              value: s,
              label: t(`desk.stage.${s}`),
            })),
          ]}
          onChange={(value) => {
            setStage(value as StatementStage | 'all');
          }}
        />
        <SelectField
          id="journal-sync"
          label={t('desk.journal.sync')}
          value={sync}
          options={[
            { value: 'all', label: t('desk.journal.all') },
            { value: 'unsent', label: t('desk.journal.unsent') },
            { value: 'problems', label: t('desk.journal.problems') },
          ]}
          onChange={(value) => {
            setSync(value as SyncFilter);
          }}
        />
      </div>
      <p role="status">{t('desk.journal.count', { count: rows.length })}</p>
      <ul className="result-list journal">
        {rows.map(({ statement, facts }) => (
          <JournalRow key={statement.application.record.id} statement={statement} facts={facts} />
        ))}
      </ul>
    </section>
  );
}
