import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import type { RequisitesForm } from './requisitesForm';

type RequisitesEditorProps = {
  readonly form: RequisitesForm;
  readonly onChange: (form: RequisitesForm) => void;
  /** The message for "requisites.ogrn", "requisites.licence.date" and the like. */
  readonly errorOf: (field: string) => string | undefined;
};

type TextKey = Exclude<keyof RequisitesForm, 'licence'>;
type LicenceKey = keyof RequisitesForm['licence'];

/**
 * The clinic's requisites as its contract and statements print them (issue #11). Each field's
 * check (ОГРН and ИНН check digits among them) is shown next to it after "Save".
 */
export function RequisitesEditor({ form, onChange, errorOf }: RequisitesEditorProps) {
  const { t } = useTranslation();
  const text = (
    key: TextKey,
    label: string,
    extra: { hint?: string; inputMode?: 'numeric' | 'tel' | 'url' } = {},
  ) => (
    <TextField
      id={`requisites-${key}`}
      label={label}
      value={form[key]}
      error={errorOf(`requisites.${key}`)}
      autoComplete="off"
      {...extra}
      onChange={(value) => {
        onChange({ ...form, [key]: value });
      }}
    />
  );
  const licence = (
    key: LicenceKey,
    label: string,
    extra: { placeholder?: string; inputMode?: 'numeric' } = {},
  ) => (
    <TextField
      id={`requisites-licence-${key}`}
      label={label}
      value={form.licence[key]}
      error={errorOf(`requisites.licence.${key}`)}
      autoComplete="off"
      {...extra}
      onChange={(value) => {
        onChange({ ...form, licence: { ...form.licence, [key]: value } });
      }}
    />
  );
  const sectionError = errorOf('requisites');
  return (
    <section aria-labelledby="requisites-title">
      <h2 id="requisites-title">{t('desk.settings.requisites')}</h2>
      <p className="field-hint">{t('desk.settings.requisitesIntro')}</p>
      {sectionError !== undefined && <p className="field-error">{sectionError}</p>}
      <div className="form-grid">
        {text('fullName', t('desk.settings.fullName'))}
        {text('shortName', t('desk.settings.shortName'))}
        {text('ogrn', t('desk.settings.ogrn'), {
          inputMode: 'numeric',
          hint: t('desk.settings.ogrnHint'),
        })}
        {text('inn', t('desk.settings.inn'), { inputMode: 'numeric' })}
        {text('kpp', t('desk.settings.kpp'), { hint: t('desk.settings.kppHint') })}
        {text('address', t('desk.settings.address'))}
        {text('phone', t('desk.settings.phone'), { inputMode: 'tel' })}
        {text('site', t('desk.settings.site'), { inputMode: 'url' })}
        {licence('number', t('desk.settings.licenceNumber'))}
        {licence('date', t('desk.settings.licenceDate'), {
          placeholder: t('desk.datePlaceholder'),
          inputMode: 'numeric',
        })}
        {licence('issuer', t('desk.settings.licenceIssuer'))}
        {text('headPhysician', t('desk.settings.headPhysician'))}
      </div>
    </section>
  );
}
