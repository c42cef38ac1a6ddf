import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../core/bilingual';
import type { ClinicId } from '../../../core/ids';
import type { StaffMember } from '../../../core/protocol/adminStaff';
import type { AdminFailure, AdminResult } from '../../../sync/admin/adminRequest';
import { adminFailureText } from '../../../sync/admin/adminRequest';
import {
  changeMemberRole,
  listClinicStaff,
  resetMemberPassword,
  resetMemberPin,
  setMemberDisabled,
} from '../../../sync/admin/staff';
import { useLocale } from '../../i18n/useLocale';
import { registerTransport } from '../../registerTransport';
import { useAdmin } from '../AdminContext';
import { useAdminLoad } from '../useAdminLoad';
import { NewMemberForm } from './NewMemberForm';
import { OneTimePassword } from './OneTimePassword';
import type { StaffAction } from './StaffConfirm';
import { StaffConfirm } from './StaffConfirm';
import { StaffRow } from './StaffRow';
import { wordsOfIssue } from './staffIssues';
import { withMember } from './staffRows';
import { FormError } from '../../components/FormError';

type Outcome = { readonly kind: 'done' | 'failed'; readonly text: string };

/** What a refused change says: the rule's words when the register named one, else its own. */
function refusalText(failure: AdminFailure): Bilingual {
  const [issue] = failure.issues;
  return issue === undefined ? adminFailureText(failure) : wordsOfIssue(issue);
}

/** The staff of one clinic: the table, the confirmed actions, the new-member form. */
export function ClinicStaffPanel({ clinicId }: { readonly clinicId: ClinicId }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { token, staff: me } = useAdmin();
  const { state, reload, update } = useAdminLoad(
    (admin) => listClinicStaff(registerTransport, admin, clinicId),
    clinicId,
  );
  const [confirming, setConfirming] = useState<{
    readonly member: StaffMember;
    readonly action: StaffAction;
  } | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [shown, setShown] = useState<{ readonly login: string; readonly password: string } | null>(
    null,
  );

  function keep(member: StaffMember) {
    update((list) => withMember(list, member));
  }

  function send(member: StaffMember, action: StaffAction): Promise<AdminResult<StaffMember>> {
    const target = { clinicId, staffId: member.id };
    switch (action.kind) {
      case 'role':
        return changeMemberRole(registerTransport, token, { ...target, role: action.role });
      case 'disable':
      case 'enable':
        return setMemberDisabled(registerTransport, token, {
          ...target,
          disabled: action.kind === 'disable',
        });
      case 'pin':
        return resetMemberPin(registerTransport, token, target);
      case 'password':
        return resetMemberPassword(registerTransport, token, target).then((answer) => {
          if (answer.ok) setShown({ login: member.login, password: answer.value.password });
          return answer.ok ? { ok: true, value: answer.value.member } : answer;
        });
    }
  }

  function doneText(member: StaffMember, action: StaffAction): string {
    const name = member.displayName;
    switch (action.kind) {
      case 'role':
        return t('admin.staff.roleChanged', { name, role: t(`role.${member.role}`) });
      case 'disable':
        return t('admin.staff.disabledDone', { name });
      case 'enable':
        return t('admin.staff.enabledDone', { name });
      case 'password':
        return t('admin.staff.passwordDoneFor', { name });
      case 'pin':
        return t('admin.staff.pinDone', { name });
    }
  }

  async function confirm(member: StaffMember, action: StaffAction) {
    setBusy(true);
    try {
      const answer = await send(member, action);
      if (answer.ok) {
        keep(answer.value);
        setOutcome({ kind: 'done', text: doneText(answer.value, action) });
      } else {
        const reason = locale.pick(refusalText(answer));
        setOutcome({ kind: 'failed', text: t('admin.staff.failed', { reason }) });
      }
      setConfirming(null);
    } finally {
      setBusy(false);
    }
  }

  const refresh = (
    <div className="actions">
      <button
        type="button"
        disabled={busy || state.status === 'loading'}
        onClick={() => {
          setOutcome(null);
          setConfirming(null);
          reload();
        }}
      >
        {t('admin.staff.refresh')}
      </button>
    </div>
  );
  if (state.status === 'loading') return <p role="status">{t('admin.staff.loading')}</p>;
  if (state.status === 'failed') {
    return (
      <>
        <FormError
          message={t('admin.staff.loadFailed', {
            reason: locale.pick(adminFailureText(state.failure)),
          })}
        />
        {refresh}
      </>
    );
  }
  const list = state.value;
  return (
    <>
      {shown !== null && (
        <OneTimePassword
          login={shown.login}
          password={shown.password}
          onDone={() => {
            setShown(null);
          }}
        />
      )}
      {outcome !== null && (
        <p
          role={outcome.kind === 'done' ? 'status' : 'alert'}
          className={outcome.kind === 'done' ? 'notice' : 'form-error'}
          data-testid="staff-outcome"
        >
          {outcome.text}
        </p>
      )}
      {confirming !== null && (
        <StaffConfirm
          member={confirming.member}
          action={confirming.action}
          busy={busy}
          onConfirm={() => void confirm(confirming.member, confirming.action)}
          onKeep={() => {
            setConfirming(null);
          }}
        />
      )}
      {list.staff.length === 0 ? (
        <p>{t('admin.staff.empty')}</p>
      ) : (
        <div className="admin-scroll">
          <table className="admin-table staff-table">
            <caption className="visually-hidden">{t('admin.staff.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.staff.name')}</th>
                <th scope="col">{t('admin.staff.login')}</th>
                <th scope="col">{t('admin.staff.role')}</th>
                <th scope="col">{t('admin.staff.state')}</th>
                <th scope="col">{t('admin.staff.created')}</th>
                <th scope="col">{t('admin.staff.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.staff.map((member) => (
                <StaffRow
                  key={member.id}
                  member={member}
                  isSelf={member.id === me.id}
                  disabled={busy}
                  onAction={(action) => {
                    setOutcome(null);
                    setConfirming({ member, action });
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {refresh}
      <NewMemberForm
        clinicId={clinicId}
        onCreated={(answer) => {
          keep(answer.member);
          setShown({ login: answer.member.login, password: answer.password });
          setOutcome({
            kind: 'done',
            text: t('admin.staff.createdDone', { login: answer.member.login }),
          });
        }}
      />
    </>
  );
}
