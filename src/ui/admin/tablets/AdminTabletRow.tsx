import { useTranslation } from 'react-i18next';
import type { AdminTablet } from '../../../core/protocol/adminTablets';
import { dottedDateTime } from '../../../core/tablet/tabletWarningText';
import { useLocale } from '../../i18n/useLocale';
import { adminRowAnchor } from './adminTabletRows';

/**
 * One tablet in the administration table: its clinic (for the region), what the register
 * knows of its contact, the unsent records it reported at its last contact, and "withdraw"
 * while it is in use. Times are the tablet's clinic's.
 */
export function AdminTabletRow({
  tablet,
  showClinic,
  disabled,
  onWithdraw,
}: {
  readonly tablet: AdminTablet;
  readonly showClinic: boolean;
  readonly disabled: boolean;
  readonly onWithdraw: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const offset = tablet.clinic.utcOffsetMinutes;
  const when = (instant: string | null) =>
    instant === null ? t('admin.tablets.never') : dottedDateTime(instant, offset);
  const { backlog } = tablet;
  let unsent: string;
  if (backlog === null) unsent = t('admin.tablets.backlogUnknown');
  else if (backlog.records === 0 || backlog.oldestAt === null) {
    unsent = t('admin.tablets.backlogNone');
  } else {
    unsent = t('admin.tablets.backlogSome', {
      records: backlog.records,
      oldest: when(backlog.oldestAt),
    });
  }
  const clinicName = locale.nameOf(tablet.clinic);
  return (
    <tr
      id={adminRowAnchor(tablet)}
      data-code={tablet.code}
      data-clinic={tablet.clinic.code}
      className={tablet.warnings.length > 0 ? 'tablet-warned' : undefined}
    >
      {showClinic && (
        <td>
          <abbr className="tablet-code" title={clinicName}>
            {tablet.clinic.code}
          </abbr>
        </td>
      )}
      <th scope="row">
        <span className="tablet-code">{tablet.code}</span> {tablet.name}
      </th>
      <td data-testid="admin-tablet-status">
        {tablet.status === 'withdrawn'
          ? t('admin.tablets.withdrawnOn', { time: when(tablet.withdrawnAt) })
          : t('admin.tablets.enrolled')}
      </td>
      <td>{when(tablet.enrolledAt)}</td>
      <td>
        {when(tablet.lastSeenAt)}
        <span className="field-hint tablet-last-push">
          {t('admin.tablets.lastPushAt', { time: when(tablet.lastPushAt) })}
        </span>
      </td>
      <td>
        <span data-testid="admin-tablet-backlog">{unsent}</span>
        {backlog !== null && (
          <span className="field-hint tablet-backlog-reported">
            {t('admin.tablets.backlogReported', { reported: when(backlog.reportedAt) })}
          </span>
        )}
      </td>
      <td className="number">{tablet.recordsPushed}</td>
      <td>
        {tablet.status === 'enrolled' && (
          <button
            type="button"
            className="danger"
            disabled={disabled}
            aria-label={t('admin.tablets.withdrawLabel', {
              code: tablet.code,
              name: tablet.name,
              clinic: tablet.clinic.code,
            })}
            onClick={onWithdraw}
          >
            {t('admin.tablets.withdraw')}
          </button>
        )}
      </td>
    </tr>
  );
}
