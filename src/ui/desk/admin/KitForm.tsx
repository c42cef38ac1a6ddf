import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KitId } from '../../../core/ids';
import { newId } from '../../../core/ids';
import {
  ANTIBODY_CLASSES,
  KIT_KINDS,
  KIT_MESSAGES,
  METHODS,
  TARGETS,
  UNITS,
} from '../../../core/lab/kit';
import { TextField } from '../../components/TextField';
import { useDraft } from '../../storage/useDraft';
import { useDesk } from '../frame/DeskEnvironment';
import { SelectField } from '../frame/SelectField';
import type { KitForm as KitFormValue } from './kitForm';
import { checkKitForm, EMPTY_KIT_FORM, kitFormSchema } from './kitForm';

/**
 * A new kit, checked field by field as the register would check it. Saving needs the
 * register's settings endpoint, which does not exist yet, so the form checks and keeps its
 * draft but cannot send.
 */
export function KitForm() {
  const { t } = useTranslation();
  const env = useDesk();
  const draft = useDraft('desk:kit-new', kitFormSchema, EMPTY_KIT_FORM);
  const [kitId] = useState(() => newId<KitId>(env.now, env.random));
  const [checkedOnce, setCheckedOnce] = useState(false);
  const form = draft.value;
  const checked = checkKitForm(form, kitId);
  const errorOf = (field: string) => {
    if (!checkedOnce || checked.ok) return undefined;
    const reason = checked.errors[field];
    return reason === undefined ? undefined : env.say(KIT_MESSAGES, reason);
  };
  const set = (patch: Partial<KitFormValue>) => {
    draft.update({ ...form, ...patch });
  };
  const quantitative = form.kind === 'quantitative';
  return (
    <form
      className="subform"
      noValidate
      aria-labelledby="kit-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        setCheckedOnce(true);
      }}
    >
      <h2 id="kit-form-title">{t('desk.settings.newKit')}</h2>
      <TextField
        id="kit-name"
        label={t('desk.settings.kitName')}
        value={form.name}
        error={errorOf('name')}
        onChange={(name) => {
          set({ name });
        }}
      />
      <div className="form-grid">
        <SelectField
          id="kit-class"
          label={t('desk.settings.antibodyClass')}
          value={form.antibodyClass}
          options={ANTIBODY_CLASSES.map((v) => ({ value: v, label: t(`desk.antibodyClass.${v}`) }))}
          onChange={(v) => {
            set({ antibodyClass: v as KitFormValue['antibodyClass'] });
          }}
        />
        <SelectField
          id="kit-target"
          label={t('desk.settings.target')}
          value={form.target}
          options={[
            { value: '', label: '—' },
            ...TARGETS.map((v) => ({ value: v, label: t(`desk.target.${v}`) })),
          ]}
          onChange={(v) => {
            set({ target: v as KitFormValue['target'] });
          }}
        />
        <SelectField
          id="kit-method"
          label={t('desk.settings.method')}
          value={form.method}
          options={METHODS.map((v) => ({ value: v, label: t(`desk.method.${v}`) }))}
          onChange={(v) => {
            set({ method: v as KitFormValue['method'] });
          }}
        />
        <SelectField
          id="kit-kind"
          label={t('desk.settings.kind')}
          value={form.kind}
          options={KIT_KINDS.map((v) => ({ value: v, label: t(`desk.kitKind.${v}`) }))}
          onChange={(v) => {
            set({ kind: v as KitFormValue['kind'] });
          }}
        />
        {quantitative && (
          <>
            <SelectField
              id="kit-unit"
              label={t('desk.settings.unit')}
              value={form.unit}
              error={errorOf('unit')}
              options={[{ value: '', label: '—' }, ...UNITS.map((v) => ({ value: v, label: v }))]}
              onChange={(v) => {
                set({ unit: v as KitFormValue['unit'] });
              }}
            />
            <TextField
              id="kit-threshold"
              label={t('desk.settings.threshold')}
              inputMode="decimal"
              value={form.threshold}
              error={errorOf('threshold')}
              onChange={(threshold) => {
                set({ threshold });
              }}
            />
            <TextField
              id="kit-grey-low"
              label={t('desk.settings.greyLow')}
              inputMode="decimal"
              value={form.greyLow}
              error={errorOf('greyZone')}
              onChange={(greyLow) => {
                set({ greyLow });
              }}
            />
            <TextField
              id="kit-grey-high"
              label={t('desk.settings.greyHigh')}
              inputMode="decimal"
              value={form.greyHigh}
              onChange={(greyHigh) => {
                set({ greyHigh });
              }}
            />
          </>
        )}
      </div>
      {checkedOnce && checked.ok && <p role="status">{t('desk.settings.kitValid')}</p>}
      <div className="actions">
        <button type="submit" className="primary">
          {t('desk.settings.checkKit')}
        </button>
        <button type="button" disabled aria-describedby="kit-save-note">
          {t('desk.settings.saveKit')}
        </button>
      </div>
      <p id="kit-save-note" className="field-hint">
        {t('desk.settings.saveNeedsRegister')}
      </p>
    </form>
  );
}
