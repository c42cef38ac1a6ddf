import { useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../core/bilingual';
import type { ClinicId } from '../../../core/ids';
import type { StaffPasswordAnswer } from '../../../core/protocol/adminStaff';
import type { StaffRole } from '../../../core/protocol/session';
import type { StaffField } from '../../../core/staff/staffChanges';
import { checkNewMember, STAFF_RULE_MESSAGES } from '../../../core/staff/staffChanges';
import { adminFailureText } from '../../../sync/admin/adminRequest';
import { createClinicMember } from '../../../sync/admin/staff';
import { TextField } from '../../components/TextField';
import { FormError } from '../../components/FormError';
import { useLocale } from '../../i18n/useLocale';
import { registerTransport } from '../../registerTransport';
import { useAdmin } from '../AdminContext';
import { fieldIssues } from './staffIssues';
import { CLINIC_ROLES } from './staffRows';

type Errors = Partial<Record<StaffField, Bilingual>>;

/**
 * A new member of the clinic: login, full name, role. The rules are checked here first, with
 * the register's words (core/staff/staffChanges.ts), and again by the register, whose
 * refusals (a taken login) land next to the same fields. The register makes the password.
 */
export function NewMemberForm({
  clinicId,
  onCreated,
}: {
  readonly clinicId: ClinicId;
  readonly onCreated: (answer: StaffPasswordAnswer) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { token } = useAdmin();
  const [login, setLogin] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<StaffRole>('registrar');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<Bilingual | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setFailure(null);
    const member = { login: login.trim(), displayName: displayName.trim(), role };
    const local: Errors = {};
    for (const issue of checkNewMember(member, 'clinic')) {
      local[issue.field] ??= STAFF_RULE_MESSAGES[issue.reason];
    }
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      const answer = await createClinicMember(registerTransport, token, clinicId, member);
      if (answer.ok) {
        setLogin('');
        setDisplayName('');
        setRole('registrar');
        onCreated(answer.value);
        return;
      }
      const failed = answer;
      const fields = fieldIssues(failed.issues);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setFailure(adminFailureText(failed));
    } finally {
      setBusy(false);
    }
  }

  const errorOf = (field: StaffField) => {
    const error = errors[field];
    return error === undefined ? undefined : locale.pick(error);
  };
  const roleError = errorOf('role');
  return (
    <form
      className="staff-new"
      aria-labelledby="staff-new-title"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2 id="staff-new-title">{t('admin.staff.newTitle')}</h2>
      <p className="field-hint">{t('admin.staff.newIntro')}</p>
      <div className="form-grid">
        <TextField
          id="staff-new-login"
          label={t('admin.staff.login')}
          value={login}
          error={errorOf('login')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          onChange={setLogin}
        />
        <TextField
          id="staff-new-name"
          label={t('admin.staff.name')}
          value={displayName}
          error={errorOf('displayName')}
          autoComplete="off"
          onChange={setDisplayName}
        />
        <div className="field">
          <label htmlFor="staff-new-role">{t('admin.staff.role')}</label>
          <select
            id="staff-new-role"
            value={role}
            aria-invalid={roleError !== undefined}
            aria-describedby={roleError === undefined ? undefined : 'staff-new-role-error'}
            onChange={(event) => {
              setRole(event.target.value as StaffRole);
            }}
          >
            {CLINIC_ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`role.${option}`)}
              </option>
            ))}
          </select>
          {roleError !== undefined && (
            <p id="staff-new-role-error" className="field-error">
              {roleError}
            </p>
          )}
        </div>
      </div>
      {failure !== null && (
        <FormError message={t('admin.staff.failed', { reason: locale.pick(failure) })} />
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('admin.staff.creating') : t('admin.staff.create')}
        </button>
      </div>
    </form>
  );
}
