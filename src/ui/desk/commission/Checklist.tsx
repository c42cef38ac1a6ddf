import { useTranslation } from 'react-i18next';
import type { ChecklistEntry } from '../../../core/commission/checklist';
import {
  CHECKLIST_ITEM_LABELS,
  CHECKLIST_REASON_MESSAGES,
} from '../../../core/commission/checklist';
import { useDesk } from '../frame/DeskEnvironment';

/** The commission's check-list, each item passed or failed with its reason. */
export function Checklist({ entries }: { readonly entries: readonly ChecklistEntry[] }) {
  const { t } = useTranslation();
  const env = useDesk();
  return (
    <ul className="checklist" aria-label={t('desk.commission.checklist')}>
      {entries.map((entry) => (
        <li key={entry.item} className={entry.passed ? 'check-pass' : 'check-fail'}>
          <span className="check-mark" aria-hidden="true">
            {entry.passed ? '✓' : '✗'}
          </span>
          <span>
            <span className="visually-hidden">
              {entry.passed ? t('desk.commission.passed') : t('desk.commission.failed')}:{' '}
            </span>
            {env.pick(CHECKLIST_ITEM_LABELS[entry.item])}
            {entry.reason !== undefined && (
              <span className="check-reason">
                {' '}
                —{' '}
                {entry.words === undefined
                  ? env.say(CHECKLIST_REASON_MESSAGES, entry.reason)
                  : env.pick(entry.words)}
              </span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
