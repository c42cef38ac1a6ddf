import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clinic, ClinicSettings } from '../../../core/clinic/settings';
import type { KitId } from '../../../core/ids';
import { newId } from '../../../core/ids';
import type { StaffMember } from '../../../core/protocol/adminStaff';
import type { AdminFailure } from '../../../sync/admin/adminRequest';
import { adminFailureText } from '../../../sync/admin/adminRequest';
import {
  loadCommissionCandidates,
  loadOwnClinic,
  saveOwnClinicSettings,
} from '../../../sync/admin/settings';
import { SettingsForm } from '../../desk/admin/SettingsForm';
import type { SettingsSaveAnswer } from '../../desk/admin/settingsSaveNotice';
import { useLocale } from '../../i18n/useLocale';
import { registerTransport } from '../../registerTransport';
import { useOnline } from '../../useOnline';
import { useAdmin } from '../AdminContext';
import { adminSaveFailure } from './adminSaveAnswer';
import { FormError } from '../../components/FormError';

// Not the desk's key: the desk's draft is checked against the clinic stored on its tablet,
// this one against the clinic the register has just given.
const DRAFT_KEY = 'admin:clinic-settings';

const browserRandom = (length: number): Uint8Array =>
  crypto.getRandomValues(new Uint8Array(length));

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly failure: AdminFailure }
  | {
      readonly status: 'loaded';
      readonly clinic: Clinic;
      /** Undefined when the staff list could not be had: the form names ids it knows. */
      readonly candidates: readonly StaffMember[] | undefined;
    };

/**
 * /admin/settings (issue #12 item 3): the clinic admin edits the price list, kits, policies'
 * requisites, the commission and the territory line from any device, online, with the
 * register's copy of the clinic; the form is the desk's own (SettingsForm), so both check
 * and say the same. The typed form is a draft that survives a reload (useDraft).
 */
export function AdminSettingsScreen() {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { token, staff, scope } = useAdmin();
  const online = useOnline();
  const [state, setState] = useState<Loaded>({ status: 'loading' });

  useEffect(() => {
    if (scope !== 'clinic') return undefined;
    let live = true;
    void Promise.all([
      loadOwnClinic(registerTransport, token),
      loadCommissionCandidates(registerTransport, token, staff.clinic.id),
    ]).then(([clinic, candidates]) => {
      if (!live) return;
      setState(
        clinic.ok
          ? {
              status: 'loaded',
              clinic: clinic.value,
              candidates: candidates.ok ? candidates.value : undefined,
            }
          : { status: 'failed', failure: clinic },
      );
    });
    return () => {
      live = false;
    };
  }, [token, staff.clinic.id, scope]);

  const save = useCallback(
    async (settings: ClinicSettings): Promise<SettingsSaveAnswer> => {
      const answer = await saveOwnClinicSettings(registerTransport, token, settings);
      if (!answer.ok) return adminSaveFailure(answer);
      setState((was) => (was.status === 'loaded' ? { ...was, clinic: answer.value } : was));
      return { ok: true };
    },
    [token],
  );

  return (
    <section className="card" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('admin.settings.title')}</h1>
      {scope !== 'clinic' && (
        <FormError message={t('admin.settings.clinicOnly')} testId="admin-settings-clinic-only" />
      )}
      {scope === 'clinic' && state.status === 'loading' && (
        <p role="status">{t('admin.settings.loading')}</p>
      )}
      {state.status === 'failed' && (
        <FormError
          message={t('admin.settings.loadFailed', {
            reason: pick(adminFailureText(state.failure)),
          })}
        />
      )}
      {state.status === 'loaded' && (
        <>
          {state.candidates === undefined && (
            <p className="field-hint">{t('admin.settings.staffUnknown')}</p>
          )}
          <SettingsForm
            draftKey={DRAFT_KEY}
            settings={state.clinic.settings}
            candidates={{ loaded: state.candidates !== undefined, members: state.candidates ?? [] }}
            newKitId={() => newId<KitId>(() => new Date(), browserRandom)}
            online={online}
            save={save}
            words={{
              intro: t('admin.settings.intro'),
              saved: t('admin.settings.saved'),
              noAnswer: t('admin.settings.noAnswer'),
            }}
          />
        </>
      )}
    </section>
  );
}
