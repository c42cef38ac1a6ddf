import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../core/protocol/adminStaff';
import type { StaffRole } from '../../../core/protocol/session';
import { formatDeviceDateTime } from '../../components/deviceTime';
import type { StaffAction } from './StaffConfirm';
import { CLINIC_ROLES } from './staffRows';

/** One member: name, login, role (changeable), state, and the actions on their account. */
export function StaffRow({
  member,
  isSelf,
  disabled,
  onAction,
}: {
  readonly member: StaffMember;
  readonly isSelf: boolean;
  readonly disabled: boolean;
  readonly onAction: (action: StaffAction) => void;
}) {
  const { t } = useTranslation();
  const [role, setRole] = useState<StaffRole>(member.role);
  const roleId = `staff-role-${member.id}`;
  return (
    <tr
      data-testid={`staff-row-${member.login}`}
      className={member.disabled ? 'staff-disabled' : undefined}
    >
      <td>
        {member.displayName} {isSelf && <span className="field-hint">{t('admin.staff.you')}</span>}
      </td>
      <td>
        <code>{member.login}</code>
      </td>
      <td>
        <label htmlFor={roleId} className="visually-hidden">
          {t('admin.staff.roleOf', { name: member.displayName })}
        </label>
        <select
          id={roleId}
          value={role}
          disabled={disabled}
          onChange={(event) => {
            setRole(event.target.value as StaffRole);
          }}
        >
          {CLINIC_ROLES.map((option) => (
            <option key={option} value={option}>
              {t(`role.${option}`)}
            </option>
          ))}
        </select>{' '}
        {role !== member.role && (
          <button
            type="button"
            disabled={disabled}
            onClick={() => {
              onAction({ kind: 'role', role });
            }}
          >
            {t('admin.staff.changeRole')}
          </button>
        )}
      </td>
      <td data-testid="staff-state">
        {member.disabledAt === null
          ? t('admin.staff.enabled')
          : t('admin.staff.disabledOn', { time: formatDeviceDateTime(member.disabledAt) })}
        {member.onCommission && <div className="field-hint">{t('admin.staff.onCommission')}</div>}
        {member.pinResetAt !== null && (
          <div className="field-hint">
            {t('admin.staff.pinResetOn', { time: formatDeviceDateTime(member.pinResetAt) })}
          </div>
        )}
      </td>
      <td>{formatDeviceDateTime(member.createdAt)}</td>
      <td>
        <div className="staff-actions">
          <button
            type="button"
            className={member.disabled ? undefined : 'danger'}
            disabled={disabled}
            onClick={() => {
              onAction({ kind: member.disabled ? 'enable' : 'disable' });
            }}
          >
            {member.disabled ? t('admin.staff.enable') : t('admin.staff.disable')}
          </button>
          <button
            type="button"
            disabled={disabled}
            onClick={() => {
              onAction({ kind: 'password' });
            }}
          >
            {t('admin.staff.resetPassword')}
          </button>
          <button
            type="button"
            disabled={disabled}
            onClick={() => {
              onAction({ kind: 'pin' });
            }}
          >
            {t('admin.staff.resetPin')}
          </button>
        </div>
      </td>
    </tr>
  );
}
