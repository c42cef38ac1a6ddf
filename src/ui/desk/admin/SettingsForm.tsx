import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicSettings } from '../../../core/clinic/settings';
import type { KitId } from '../../../core/ids';
import { useDraft } from '../../database/useDraft';
import { useLocale } from '../../i18n/useLocale';
import type { CommissionCandidates } from './CommissionEditor';
import { CommissionEditor } from './CommissionEditor';
import { commissionFormOf } from './commissionForm';
import { KitListEditor } from './KitListEditor';
import { PolicyEditor } from './PolicyEditor';
import { policyFormOf } from './policyForm';
import { PriceListEditor } from './PriceListEditor';
import { RequisitesEditor } from './RequisitesEditor';
import { requisitesFormOf } from './requisitesForm';
import type { FieldErrors, SettingsDraft } from './settingsDraft';
import { draftOf, fieldErrorsOf, settingsDraftSchema, settingsOf } from './settingsDraft';
import type { SettingsNotice, SettingsSaveAnswer } from './settingsSaveNotice';

const draftSchema = settingsDraftSchema.nullable();

type SettingsFormProps = {
  /** The draft's key (per member of staff, src/ui/database/useDraft.ts). */
  readonly draftKey: string;
  /** The clinic's settings as the register last gave them. */
  readonly settings: ClinicSettings;
  readonly candidates: CommissionCandidates;
  readonly newKitId: () => KitId;
  readonly online: boolean;
  readonly save: (settings: ClinicSettings) => Promise<SettingsSaveAnswer>;
  /** A screen's own words where the desk's speak of "this tablet" (absent: the desk's). */
  readonly words?: { readonly intro: string; readonly saved: string; readonly noAnswer: string };
};

/**
 * The form of the price list, kits, the clinic's requisites, its medical commission, the
 * certificate's territory line and the clinic's issuing rules, shared by the desk's «Настройки» (SettingsEditor) and the
 * administration area (src/ui/admin/settings/AdminSettingsScreen.tsx); each screen brings the
 * clinic's settings, the commission's candidates and its way of saving. Edits live in a draft
 * (null while there are none, so the form shows the settings as they are now, live);
 * "Save" checks the draft by the register's own schema, then hands the whole document over.
 */
export function SettingsForm({
  draftKey,
  settings,
  candidates,
  newKitId,
  online,
  save,
  words,
}: SettingsFormProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const draft = useDraft<SettingsDraft | null>(draftKey, draftSchema, null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<SettingsNotice | null>(null);
  const [saving, setSaving] = useState(false);
  const current = draft.value ?? draftOf(settings);

  const edit = (next: SettingsDraft) => {
    draft.update(next);
    if (notice?.kind === 'saved') setNotice(null);
  };
  const errorOf = (field: string) => {
    const message = errors[field];
    return message === undefined ? undefined : pick(message);
  };

  async function submit() {
    const checked = settingsOf(current, settings);
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
    setSaving(true);
    let answer: SettingsSaveAnswer;
    try {
      answer = await save(checked.value);
    } finally {
      setSaving(false);
    }
    if (answer.ok) {
      draft.update(null);
      await draft.discard();
      setNotice({ kind: 'saved' });
      return;
    }
    setErrors(fieldErrorsOf(answer.issues));
    setNotice(answer.notice);
  }

  async function discard() {
    draft.update(null);
    await draft.discard();
    setErrors({});
    setNotice(null);
  }

  function noticeText(shown: SettingsNotice): string {
    switch (shown.kind) {
      case 'saved':
        return words?.saved ?? t('desk.settings.saved');
      case 'offline':
        return t('desk.settings.offline');
      case 'needs-password':
        return t('desk.settings.needsPassword');
      case 'session-expired':
        return t('desk.settings.sessionExpired');
      case 'fix-fields':
        return t('desk.settings.fixFields');
      case 'no-answer':
        return words?.noAnswer ?? t('desk.settings.noAnswer');
      case 'refused':
        return t('desk.settings.refused', {
          reason: shown.said === undefined ? '—' : pick(shown.said),
        });
    }
  }

  return (
    <form
      noValidate
      aria-labelledby="settings-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p className="notice">{words?.intro ?? t('desk.settings.adminIntro')}</p>
      <PriceListEditor
        rows={current.priceList}
        kits={current.kits}
        onChange={(priceList) => {
          edit({ ...current, priceList });
        }}
        errorOf={errorOf}
      />
      <KitListEditor
        rows={current.kits}
        newKitId={newKitId}
        onChange={(kits) => {
          edit({ ...current, kits });
        }}
        errorOf={errorOf}
      />
      <RequisitesEditor
        form={current.requisites ?? requisitesFormOf(settings.requisites)}
        onChange={(requisites) => {
          edit({ ...current, requisites });
        }}
        errorOf={errorOf}
      />
      <CommissionEditor
        form={current.commission ?? commissionFormOf(settings.commission)}
        candidates={candidates}
        territory={current.certificateTerritory ?? settings.certificateTerritory ?? ''}
        onChange={(commission) => {
          edit({ ...current, commission });
        }}
        onTerritoryChange={(certificateTerritory) => {
          edit({ ...current, certificateTerritory });
        }}
        errorOf={errorOf}
      />
      <PolicyEditor
        form={current.policy ?? policyFormOf(settings.policy)}
        onChange={(policy) => {
          edit({ ...current, policy });
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
