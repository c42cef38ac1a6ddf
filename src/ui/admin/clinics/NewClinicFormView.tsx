import type { SyntheticEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../core/bilingual';
import type { AdminClinic } from '../../../core/protocol/adminClinics';
import { createAdminClinic } from '../../../sync/admin/clinics';
import { adminFailureText } from '../../../sync/admin/adminRequest';
import { TextField } from '../../components/TextField';
import { FormError } from '../../components/FormError';
import { RequisitesEditor } from '../../desk/admin/RequisitesEditor';
import { useLocale } from '../../i18n/useLocale';
import { registerTransport } from '../../registerTransport';
import { useAdmin } from '../AdminContext';
import type { NewClinicForm } from './newClinicForm';
import { EMPTY_NEW_CLINIC_FORM, fieldErrorsOf, newClinicRequestOf } from './newClinicForm';

type NewClinicFormViewProps = {
  readonly onCreated: (clinic: AdminClinic) => void;
  readonly onCancel: () => void;
};

/**
 * A new clinic: code, names, address, optional issuer and requisites (the clinic admin's own
 * requisites editor). The register checks every field; its words appear next to each one.
 */
export function NewClinicFormView({ onCreated, onCancel }: NewClinicFormViewProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { token } = useAdmin();
  const [form, setForm] = useState<NewClinicForm>(EMPTY_NEW_CLINIC_FORM);
  const [errors, setErrors] = useState<ReadonlyMap<string, Bilingual>>(new Map());
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const errorOf = (field: string) => {
    const message = errors.get(field);
    return message === undefined ? undefined : locale.pick(message);
  };

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      const answer = await createAdminClinic(registerTransport, token, newClinicRequestOf(form));
      if (answer.ok) {
        onCreated(answer.value);
        return;
      }
      const fieldErrors = fieldErrorsOf(answer.issues);
      setErrors(fieldErrors);
      if (fieldErrors.size === 0) {
        setFailure(
          t('admin.clinics.createFailed', { reason: locale.pick(adminFailureText(answer)) }),
        );
      }
    } finally {
      setBusy(false);
    }
  }

  const field = (
    key: 'code' | 'nameRu' | 'nameEn' | 'address' | 'issuerUrl',
    label: string,
    hint?: string,
  ) => (
    <TextField
      id={`new-clinic-${key}`}
      label={label}
      hint={hint}
      value={form[key]}
      error={errorOf(key)}
      autoComplete="off"
      onChange={(value) => {
        setForm({ ...form, [key]: value });
      }}
    />
  );

  return (
    <form
      className="subform"
      aria-labelledby="new-clinic-title"
      data-testid="new-clinic-form"
      onSubmit={(event) => void submit(event)}
    >
      <h2 id="new-clinic-title">{t('admin.clinics.formTitle')}</h2>
      {field('code', t('admin.clinics.codeLabel'), t('admin.clinics.codeHint'))}
      {field('nameRu', t('admin.clinics.nameRu'))}
      {field('nameEn', t('admin.clinics.nameEn'))}
      {field('address', t('admin.clinics.addressLabel'))}
      {field('issuerUrl', t('admin.clinics.issuer'), t('admin.clinics.issuerHint'))}
      <p className="field-hint">{t('admin.clinics.requisitesOptional')}</p>
      <RequisitesEditor
        form={form.requisites}
        errorOf={errorOf}
        onChange={(requisites) => {
          setForm({ ...form, requisites });
        }}
      />
      <FormError message={failure} />
      {busy && <p role="status">{t('admin.clinics.saving')}</p>}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('admin.clinics.save')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('admin.clinics.cancel')}
        </button>
      </div>
    </form>
  );
}
