import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { SyncProblems } from '../../../desk/problems';
import { loadSyncProblems } from '../../../desk/problems';
import { useSync } from '../../sync/SyncProvider';
import { useDesk } from '../frame/DeskEnvironment';
import { formatDateTime } from '../frame/format';
import { useLiveQuery } from '../frame/useLiveQuery';
import { ConflictCard } from './ConflictCard';
import { RejectedCard } from './RejectedCard';
import './problems.css';
import { LiveWait } from '../frame/LiveWait';

/**
 * "Расхождения": every conflict and refused record on this tablet, settled here by a person.
 * The list is live: a sync that brings a newer register version, or settles a problem,
 * changes it on screen.
 */
export function ProblemsScreen() {
  const { t } = useTranslation();
  const env = useDesk();
  const { status, syncNow } = useSync();
  // A withdrawn tablet never reaches the register again: its queued voids travel in its
  // export file instead (npm run register -- void-cards, docs/DESK.md).
  const withdrawn = status?.lastError?.reason === 'tablet-withdrawn';
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const problems = useLiveQuery(() => loadSyncProblems(env), [env.db]);
  if (!problems.loaded) return <LiveWait live={problems} />;
  const { conflicts, rejected, discarded } = problems.value;

  function settled(message: string, send: boolean) {
    setNotice(message);
    if (send) syncNow();
  }

  return (
    <section className="card" aria-labelledby="problems-title">
      <h1 id="problems-title">{t('desk.problems.title')}</h1>
      <p>{t('desk.problems.intro')}</p>
      <p role="status" data-testid="problems-notice">
        {notice ?? ''}
      </p>
      {conflicts.length === 0 && rejected.length === 0 && (
        <p className="notice" data-testid="problems-none">
          {t('desk.problems.none')}
        </p>
      )}
      {conflicts.length > 0 && (
        <>
          <h2>{t('desk.problems.conflictsTitle')}</h2>
          <ul className="problem-list">
            {conflicts.map((problem) => (
              <ConflictCard
                key={problem.recordId}
                problem={problem}
                onResolved={(sent) => {
                  settled(
                    sent ? t('desk.problems.resolvedSent') : t('desk.problems.resolvedKept'),
                    sent,
                  );
                }}
              />
            ))}
          </ul>
        </>
      )}
      {rejected.length > 0 && (
        <>
          <h2>{t('desk.problems.rejectedTitle')}</h2>
          <ul className="problem-list">
            {rejected.map((problem) => (
              <RejectedCard
                key={problem.recordId}
                problem={problem}
                onDone={(message) => {
                  settled(message, true);
                }}
              />
            ))}
          </ul>
        </>
      )}
      {discarded.length > 0 && (
        <>
          <h2>{t('desk.problems.discardedTitle')}</h2>
          <ul className="discarded-list" data-testid="discarded-list">
            {discarded.map((note) => (
              <li key={`${note.recordId}-${note.at}`}>
                {t('desk.problems.discardedBy', {
                  kind: t(`desk.recordKind.${note.kind}`),
                  name: note.byName,
                  at: formatDateTime(note.at, env.utcOffsetMinutes),
                })}{' '}
                ({t(`desk.problems.outcome.${note.outcome}`)})
                {note.card !== undefined && (
                  <>
                    {'; '}
                    <CardLine card={note.card} withdrawn={withdrawn} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

type DiscardedCard = NonNullable<SyncProblems['discarded'][number]['card']>;

/**
 * What became of a discarded certificate's card. A void still queued on a withdrawn tablet
 * will never be sent: the line says the QR still admits, and how the file carries the void.
 */
function CardLine({
  card,
  withdrawn,
}: {
  readonly card: DiscardedCard;
  readonly withdrawn: boolean;
}) {
  const { t } = useTranslation();
  const stranded = card === 'voiding' && withdrawn;
  return (
    <>
      <span className={`discarded-card discarded-card-${card}`}>
        {t(`desk.problems.card.${stranded ? 'voiding-withdrawn' : card}`)}
      </span>
      {stranded && (
        <p className="discarded-card-withdrawn" data-testid="discarded-card-withdrawn">
          {t('desk.problems.cardWithdrawn')}{' '}
          <Link to="/tablet">{t('desk.problems.cardWithdrawnLink')}</Link>
        </p>
      )}
    </>
  );
}
