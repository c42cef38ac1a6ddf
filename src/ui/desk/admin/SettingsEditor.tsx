import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../core/bilingual';
import type { SaveSettingsOutcome } from '../../../sync/clinicSettings';
import { saveClinicSettings } from '../../../sync/clinicSettings';
import { registerTransport } from '../../registerTransport';
import { useSession } from '../../session/SessionContext';
import { useDraft } from '../../database/useDraft';
import { useOnline } from '../../useOnline';
import { useDesk } from '../frame/DeskEnvironment';
import { CommissionEditor } from './CommissionEditor';
import { commissionFormOf } from './commissionForm';
import { KitListEditor } from './KitListEditor';
import { PriceListEditor } from './PriceListEditor';
import { RequisitesEditor } from './RequisitesEditor';
import { requisitesFormOf } from './requisitesForm';
import type { FieldErrors, SettingsDraft } from './settingsDraft';
import { draftOf, fieldErrorsOf, settingsDraftSchema, settingsOf } from './settingsDraft';

const DRAFT_KEY = 'desk:clinic-settings';
const draftSchema = settingsDraftSchema.nullable();

type Notice =
  | { readonly kind: 'saved' | 'offline' | 'needs-password' | 'session-expired' | 'fix-fields' }
  | { readonly kind: 'no-answer' }
  | { readonly kind: 'refused'; readonly said: Bilingual | undefined };

/**
 * The admin's editor of the price list, kits, the clinic's requisites, its medical commission
 * and the certificate's territory line. Edits live in a
 * draft (null while there are none, so the editor shows the clinic's settings as they are
 * now, live); "Save" sends the whole document to the register with the admin's staff token,
 * online only, and on success keeps the register's answer on this tablet, which the desk then
 * uses at once.
 */
export function SettingsEditor() {
  const { t } = useTranslation();
  const env = useDesk();
  const online = useOnline();
  const { session } = useSession();
  const draft = useDraft<SettingsDraft | null>(DRAFT_KEY, draftSchema, null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [saving, setSaving] = useState(false);
  const current = draft.value ?? draftOf(env.clinic.settings);
  const token = session?.token ?? '';

  const edit = (next: SettingsDraft) => {
    draft.update(next);
    if (notice?.kind === 'saved') setNotice(null);
  };
  const errorOf = (field: string) => {
    const message = errors[field];
    return message === undefined ? undefined : env.pick(message);
  };

  async function save() {
    const checked = settingsOf(current, env.clinic.settings);
    if (!checked.ok) {
      setErrors(checked.errors);
      setNotice({ kind: 'fix-fields' });
      return;
    }
    setErrors({});
    if (!online) {
      setNotice({ kind: 'offline' });
      return;
    }
    if (token === '') {
      setNotice({ kind: 'needs-password' });
      return;
    }
    setSaving(true);
    let outcome: SaveSettingsOutcome;
    try {
      outcome = await saveClinicSettings(env.db, registerTransport, {
        staffToken: token,
        settings: checked.value,
      });
    } finally {
      setSaving(false);
    }
    if (outcome.ok) {
      draft.update(null);
      await draft.discard();
      setNotice({ kind: 'saved' });
      return;
    }
    setErrors(fieldErrorsOf(outcome.issues));
    switch (outcome.reason) {
      case 'offline':
        setNotice({ kind: 'offline' });
        return;
      case 'timeout':
      case 'network':
      case 'unreadable-response':
        setNotice({ kind: 'no-answer' });
        return;
      case 'session-expired':
        setNotice({ kind: 'session-expired' });
        return;
      default:
        setNotice({ kind: 'refused', said: outcome.said });
    }
  }

  async function discard() {
    draft.update(null);
    await draft.discard();
    setErrors({});
    setNotice(null);
  }

  function noticeText(shown: Notice): string {
    switch (shown.kind) {
      case 'saved':
        return t('desk.settings.saved');
      case 'offline':
        return t('desk.settings.offline');
      case 'needs-password':
        return t('desk.settings.needsPassword');
      case 'session-expired':
        return t('desk.settings.sessionExpired');
      case 'fix-fields':
        return t('desk.settings.fixFields');
      case 'no-answer':
        return t('desk.settings.noAnswer');
      case 'refused':
        return t('desk.settings.refused', {
          reason: shown.said === undefined ? '—' : env.pick(shown.said),
        });
    }
  }

  return (
    <form
      noValidate
      aria-labelledby="settings-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p className="notice">{t('desk.settings.adminIntro')}</p>
      <PriceListEditor
        rows={current.priceList}
        onChange={(priceList) => {
          edit({ ...current, priceList });
        }}
        errorOf={errorOf}
      />
      <KitListEditor
        rows={current.kits}
        onChange={(kits) => {
          edit({ ...current, kits });
        }}
        errorOf={errorOf}
      />
      <RequisitesEditor
        form={current.requisites ?? requisitesFormOf(env.clinic.settings.requisites)}
        onChange={(requisites) => {
          edit({ ...current, requisites });
        }}
        errorOf={errorOf}
      />
      <CommissionEditor
        form={current.commission ?? commissionFormOf(env.clinic.settings.commission)}
        territory={current.certificateTerritory ?? env.clinic.settings.certificateTerritory ?? ''}
        onChange={(commission) => {
          edit({ ...current, commission });
        }}
        onTerritoryChange={(certificateTerritory) => {
          edit({ ...current, certificateTerritory });
        }}
        errorOf={errorOf}
      />
      {draft.value !== null && <p>{t('desk.settings.hasDraft')}</p>}
      {notice !== null && (
        <p
          role={notice.kind === 'saved' ? 'status' : 'alert'}
          className={notice.kind === 'saved' ? 'notice' : 'field-error'}
          id="settings-save-notice"
        >
          {noticeText(notice)}
        </p>
      )}
      {!online && notice?.kind !== 'offline' && (
        <p className="field-hint" id="settings-offline-note">
          {t('desk.settings.offline')}
        </p>
      )}
      <div className="actions">
        <button
          type="submit"
          className="primary"
          disabled={saving || !draft.loaded}
          aria-describedby={
            online || notice?.kind === 'offline' ? undefined : 'settings-offline-note'
          }
        >
          {saving ? t('desk.settings.saving') : t('desk.settings.save')}
        </button>
        {draft.value !== null && (
          <button type="button" onClick={() => void discard()} disabled={saving}>
            {t('desk.settings.discard')}
          </button>
        )}
      </div>
    </form>
  );
}
