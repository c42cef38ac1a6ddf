import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordSync } from '../../../desk/queries';
import { SyncBadge } from './SyncBadge';

type StepCardProps = {
  readonly id: string;
  readonly title: string;
  readonly done?: boolean;
  readonly sync?: RecordSync | undefined;
  readonly children: ReactNode;
};

/** One step of the procedure on the case page, marked done or to do. */
export function StepCard({ id, title, done = false, sync, children }: StepCardProps) {
  const { t } = useTranslation();
  return (
    <section className={`card step ${done ? 'step-done' : ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <span className="step-mark" aria-hidden="true">
          {done ? '✓' : '•'}
        </span>{' '}
        {title}
        {done && <span className="visually-hidden"> — {t('desk.done')}</span>}
      </h2>
      {sync !== undefined && <SyncBadge sync={sync} />}
      {children}
    </section>
  );
}
