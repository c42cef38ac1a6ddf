import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { useLocale } from '../../i18n/useLocale';
import { CheckField } from '../frame/CheckField';
import { SelectField } from '../frame/SelectField';
import type { PolicyForm } from './policyForm';
import { RUSSIAN_UTC_OFFSETS, utcOffsetText } from './policyForm';

type PolicyEditorProps = {
  readonly form: PolicyForm;
  readonly onChange: (form: PolicyForm) => void;
  /** The message for "policy.presenceMonths" and the like. */
  readonly errorOf: (field: string) => string | undefined;
};

/**
 * The clinic's issuing rules (issue #12 item 3): how long a presence certificate is valid,
 * how long an absence card's QR code is (or "no expiry"), the oldest sample accepted and the
 * clinic's time zone. The region's admission policy caps the months (core validityPolicyOf
 * takes the smaller), so a longer value is allowed but the hint says it is cut.
 */
export function PolicyEditor({ form, onChange, errorOf }: PolicyEditorProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const offsets = RUSSIAN_UTC_OFFSETS.map((zone) => ({
    value: String(zone.minutes),
    label: `${utcOffsetText(zone.minutes)} (${pick(zone.place)})`,
  }));
  // An offset saved before outside Russia's zones stays selectable rather than silently lost.
  const known = offsets.some((option) => option.value === form.utcOffsetMinutes);
  const options = known
    ? offsets
    : [
        ...offsets,
        { value: form.utcOffsetMinutes, label: utcOffsetText(Number(form.utcOffsetMinutes)) },
      ];
  return (
    <section aria-labelledby="policy-title">
      <h2 id="policy-title">{t('desk.settings.policy')}</h2>
      <div className="form-grid">
        <TextField
          id="policy-presence-months"
          label={t('desk.settings.presenceMonths')}
          hint={t('desk.settings.presenceMonthsHint')}
          value={form.presenceMonths}
          inputMode="numeric"
          autoComplete="off"
          error={errorOf('policy.presenceMonths')}
          onChange={(presenceMonths) => {
            onChange({ ...form, presenceMonths });
          }}
        />
        <TextField
          id="policy-max-sample-age"
          label={t('desk.settings.maxSampleAgeDays')}
          value={form.maxSampleAgeDays}
          inputMode="numeric"
          autoComplete="off"
          error={errorOf('policy.maxSampleAgeDays')}
          onChange={(maxSampleAgeDays) => {
            onChange({ ...form, maxSampleAgeDays });
          }}
        />
        <TextField
          id="policy-absence-card-days"
          label={t('desk.settings.absenceCardDays')}
          value={form.absenceCardNoExpiry ? '' : form.absenceCardDays}
          disabled={form.absenceCardNoExpiry}
          inputMode="numeric"
          autoComplete="off"
          error={form.absenceCardNoExpiry ? undefined : errorOf('policy.absenceCardDays')}
          onChange={(absenceCardDays) => {
            onChange({ ...form, absenceCardDays });
          }}
        />
        <CheckField
          id="policy-absence-no-expiry"
          label={t('desk.settings.absenceCardNoExpiry')}
          checked={form.absenceCardNoExpiry}
          onChange={(absenceCardNoExpiry) => {
            onChange({ ...form, absenceCardNoExpiry });
          }}
        />
        <SelectField
          id="policy-utc-offset"
          label={t('desk.settings.utcOffset')}
          value={form.utcOffsetMinutes}
          options={options}
          error={errorOf('policy.utcOffsetMinutes')}
          onChange={(utcOffsetMinutes) => {
            onChange({ ...form, utcOffsetMinutes });
          }}
        />
      </div>
    </section>
  );
}
