import { useTranslation } from 'react-i18next';
import { useDesk } from '../frame/DeskEnvironment';
import { formatDateTime } from '../frame/format';
import type { TabletRow as Row } from './tabletRows';
import { rowAnchor } from './tabletRows';

/**
 * One of the clinic's tablets: what the register knows of it, this tablet marked, a tablet
 * silent for too long highlighted in words as well as colour, and "withdraw" only where it
 * may be done.
 */
export function TabletRow({
  row,
  disabled,
  onWithdraw,
}: {
  readonly row: Row;
  readonly disabled: boolean;
  readonly onWithdraw: () => void;
}) {
  const { t } = useTranslation();
  const env = useDesk();
  const { summary } = row;
  const when = (instant: string | null) =>
    instant === null ? t('desk.tablets.never') : formatDateTime(instant, env.utcOffsetMinutes);
  const classes = [
    row.isThisTablet ? 'tablet-this' : '',
    row.silentDays === undefined ? '' : 'tablet-silent',
  ].filter((name) => name !== '');
  return (
    <tr
      id={rowAnchor(summary.code)}
      data-code={summary.code}
      className={classes.length === 0 ? undefined : classes.join(' ')}
    >
      <th scope="row">
        <span className="tablet-code">{summary.code}</span> {summary.name}
        {row.isThisTablet && (
          <>
            {' '}
            <span className="tablet-this-tag">{t('desk.tablets.thisTablet')}</span>
          </>
        )}
        {row.replacesCode !== undefined && (
          <span className="tablet-link">
            <a href={`#${rowAnchor(row.replacesCode)}`}>
              {t('desk.tablets.replaces', { code: row.replacesCode })}
            </a>
          </span>
        )}
        {row.replacedByCode !== undefined && (
          <span className="tablet-link">
            <a href={`#${rowAnchor(row.replacedByCode)}`}>
              {t('desk.tablets.replacedBy', { code: row.replacedByCode })}
            </a>
          </span>
        )}
      </th>
      <td data-testid="tablet-status">
        {summary.status === 'withdrawn'
          ? t('desk.tablets.withdrawnOn', { time: when(summary.withdrawnAt) })
          : t('desk.tablets.enrolled')}
      </td>
      <td>{when(summary.enrolledAt)}</td>
      <td>{when(summary.lastSeenAt)}</td>
      <td>
        {when(summary.lastPushAt)}
        {row.silentDays !== undefined && (
          <span className="tablet-silent-note">
            {t('desk.tablets.silent', { days: row.silentDays })}
          </span>
        )}
      </td>
      <td>{summary.recordsPushed}</td>
      <td>
        {row.noWithdraw === undefined && (
          <button
            type="button"
            className="danger"
            disabled={disabled}
            aria-label={t('desk.tablets.withdrawLabel', {
              code: summary.code,
              name: summary.name,
            })}
            onClick={onWithdraw}
          >
            {t('desk.tablets.withdraw')}
          </button>
        )}
        {row.noWithdraw === 'this-tablet' && (
          <span className="field-hint">{t('desk.tablets.notFromHere')}</span>
        )}
      </td>
    </tr>
  );
}
