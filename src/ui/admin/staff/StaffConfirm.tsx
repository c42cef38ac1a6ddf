import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../core/protocol/adminStaff';
import type { StaffRole } from '../../../core/protocol/session';

/** What the admin asked to do to one member; each is confirmed before it is sent. */
export type StaffAction =
  | { readonly kind: 'role'; readonly role: StaffRole }
  | { readonly kind: 'disable' }
  | { readonly kind: 'enable' }
  | { readonly kind: 'password' }
  | { readonly kind: 'pin' };

const WORDS = {
  role: ['admin.staff.confirmRoleTitle', 'admin.staff.confirmRole'],
  disable: ['admin.staff.confirmDisableTitle', 'admin.staff.confirmDisable'],
  enable: ['admin.staff.confirmEnableTitle', 'admin.staff.confirmEnable'],
  password: ['admin.staff.confirmPasswordTitle', 'admin.staff.confirmPassword'],
  pin: ['admin.staff.confirmPinTitle', 'admin.staff.confirmPin'],
} as const;

/**
 * The question before a change, naming the member and saying what follows (sessions end, the
 * PIN stops working at the tablets' next sync, …). Focus moves here for screen readers.
 */
export function StaffConfirm({
  member,
  action,
  busy,
  onConfirm,
  onKeep,
}: {
  readonly member: StaffMember;
  readonly action: StaffAction;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onKeep: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [member.id, action.kind]);
  const [title, text] = WORDS[action.kind];
  const names = {
    name: member.displayName,
    role: action.kind === 'role' ? t(`role.${action.role}`) : '',
  };
  return (
    <section
      className="notice staff-confirm"
      aria-labelledby="staff-confirm-title"
      data-testid="staff-confirm"
    >
      <h2 id="staff-confirm-title" tabIndex={-1} ref={heading}>
        {t(title, names)}
      </h2>
      <p>{t(text)}</p>
      <div className="actions">
        <button
          type="button"
          className={action.kind === 'disable' ? 'danger' : undefined}
          disabled={busy}
          onClick={onConfirm}
        >
          {busy ? t('admin.staff.working') : t('admin.staff.confirm')}
        </button>
        <button type="button" disabled={busy} onClick={onKeep}>
          {t('admin.staff.keep')}
        </button>
      </div>
    </section>
  );
}
