import { useTranslation } from 'react-i18next';
import { ANTIBODY_CLASSES, KIT_KINDS, METHODS, TARGETS, UNITS } from '../../../core/lab/kit';
import { TextField } from '../../components/TextField';
import { SelectField } from '../frame/SelectField';
import type { KitForm as KitFormValue } from './kitForm';

type KitFormProps = {
  /** Prefix of the inputs' ids, so two kits never share one. */
  readonly idPrefix: string;
  readonly title: string;
  readonly value: KitFormValue;
  readonly onChange: (next: KitFormValue) => void;
  /** The message for a field ("name", "threshold", "greyZone"…), already in words. */
  readonly errorOf: (field: string) => string | undefined;
  readonly onClose: () => void;
};

/**
 * One kit of the clinic as the admin edits it. Every keystroke goes to the settings draft
 * (the editor owns it); the fields are checked by the domain's kit schema when the admin
 * saves, so the desk names what the register would refuse.
 */
export function KitForm({ idPrefix, title, value, onChange, errorOf, onClose }: KitFormProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<KitFormValue>) => {
    onChange({ ...value, ...patch });
  };
  const quantitative = value.kind === 'quantitative';
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <fieldset className="subform" aria-labelledby={id('title')}>
      <h3 id={id('title')}>{title}</h3>
      <TextField
        id={id('name')}
        label={t('desk.settings.kitName')}
        value={value.name}
        error={errorOf('name')}
        onChange={(name) => {
          set({ name });
        }}
      />
      <div className="form-grid">
        <TextField
          id={id('manufacturer')}
          label={t('desk.settings.kitManufacturer')}
          value={value.manufacturer}
          error={errorOf('manufacturer')}
          autoComplete="off"
          onChange={(manufacturer) => {
            set({ manufacturer });
          }}
        />
        <TextField
          id={id('registration')}
          label={t('desk.settings.kitRegistration')}
          hint={t('desk.settings.kitRegistrationHint')}
          value={value.registrationNumber}
          error={errorOf('registrationNumber')}
          autoComplete="off"
          onChange={(registrationNumber) => {
            set({ registrationNumber });
          }}
        />
      </div>
      <div className="form-grid">
        <SelectField
          id={id('class')}
          label={t('desk.settings.antibodyClass')}
          value={value.antibodyClass}
          options={ANTIBODY_CLASSES.map((v) => ({ value: v, label: t(`desk.antibodyClass.${v}`) }))}
          onChange={(v) => {
            set({ antibodyClass: v as KitFormValue['antibodyClass'] });
          }}
        />
        <SelectField
          id={id('target')}
          label={t('desk.settings.target')}
          value={value.target}
          options={[
            { value: '', label: '—' },
            ...TARGETS.map((v) => ({ value: v, label: t(`desk.target.${v}`) })),
          ]}
          onChange={(v) => {
            set({ target: v as KitFormValue['target'] });
          }}
        />
        <SelectField
          id={id('method')}
          label={t('desk.settings.method')}
          value={value.method}
          options={METHODS.map((v) => ({ value: v, label: t(`desk.method.${v}`) }))}
          onChange={(v) => {
            set({ method: v as KitFormValue['method'] });
          }}
        />
        <SelectField
          id={id('kind')}
          label={t('desk.settings.kind')}
          value={value.kind}
          options={KIT_KINDS.map((v) => ({ value: v, label: t(`desk.kitKind.${v}`) }))}
          onChange={(v) => {
            set({ kind: v as KitFormValue['kind'] });
          }}
        />
        {quantitative && (
          <>
            <SelectField
              id={id('unit')}
              label={t('desk.settings.unit')}
              value={value.unit}
              error={errorOf('unit')}
              options={[
                { value: '', label: '—' },
                ...UNITS.map((v) => ({ value: v, label: t(`desk.unit.${v}`) })),
              ]}
              onChange={(v) => {
                set({ unit: v as KitFormValue['unit'] });
              }}
            />
            <TextField
              id={id('threshold')}
              label={t('desk.settings.threshold')}
              inputMode="decimal"
              value={value.threshold}
              error={errorOf('threshold')}
              onChange={(threshold) => {
                set({ threshold });
              }}
            />
            <TextField
              id={id('grey-low')}
              label={t('desk.settings.greyLow')}
              inputMode="decimal"
              value={value.greyLow}
              error={errorOf('greyZone')}
              onChange={(greyLow) => {
                set({ greyLow });
              }}
            />
            <TextField
              id={id('grey-high')}
              label={t('desk.settings.greyHigh')}
              inputMode="decimal"
              value={value.greyHigh}
              onChange={(greyHigh) => {
                set({ greyHigh });
              }}
            />
          </>
        )}
      </div>
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('desk.settings.closeKit')}
        </button>
      </div>
    </fieldset>
  );
}
