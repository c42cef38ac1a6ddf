import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { RecordKind } from '../../../core/records/record';
import type { RecordSync } from '../../../desk/queries';
import type { DeskStatement } from '../../../desk/queries';
import type { StatementFacts } from '../../../desk/statementStage';
import { useDesk } from '../frame/DeskEnvironment';
import { formatDateTime } from '../frame/format';
import { SyncBadge } from '../frame/SyncBadge';

/** One application in the journal: who, when, how far, and every record's sync state. */
export function JournalRow({
  statement,
  facts,
}: {
  readonly statement: DeskStatement;
  readonly facts: StatementFacts;
}) {
  const { t } = useTranslation();
  const env = useDesk();
  const person = statement.person?.record;
  const application = statement.application.record;
  const records: [RecordKind, string, RecordSync][] = [
    ['application', application.id, statement.application.sync],
    ...statement.contracts.map((c): [RecordKind, string, RecordSync] => [
      'contract',
      c.record.id,
      c.sync,
    ]),
    ...statement.samples.map((s): [RecordKind, string, RecordSync] => [
      'sample',
      s.record.id,
      s.sync,
    ]),
    ...statement.results.map((r): [RecordKind, string, RecordSync] => [
      'result',
      r.record.id,
      r.sync,
    ]),
    ...statement.certificates.map((c): [RecordKind, string, RecordSync] => [
      'certificate',
      c.record.id,
      c.sync,
    ]),
    ...statement.revocations.map((r): [RecordKind, string, RecordSync] => [
      'revocation',
      r.record.id,
      r.sync,
    ]),
  ];
  return (
    <li>
      <Link to={`/desk/statement/${application.id}`} className="result-link journal-row">
        <span className="journal-main">
          <strong>
            {person === undefined
              ? '—'
              : `${person.surname} ${person.givenName} ${person.patronymic ?? ''}`}
          </strong>
          <span>
            {formatDateTime(application.createdAt, env.utcOffsetMinutes).slice(11)} ·{' '}
            <span className={`stage-tag stage-${facts.stage}`}>
              {t(`desk.stage.${facts.stage}`)}
            </span>
          </span>
        </span>
        <span className="journal-sync">
          {records.map(([kind, id, sync]) => (
            <span key={id} className="journal-record">
              {t(`desk.recordKind.${kind}`)}: <SyncBadge sync={sync} />
            </span>
          ))}
        </span>
      </Link>
    </li>
  );
}
