import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Kit } from '../../../core/lab/kit';
import type { Reading } from '../../../core/lab/interpret';
import { INTERPRETATION_LABELS, READINGS, RESULT_MESSAGES } from '../../../core/lab/interpret';
import type { SampleRecord } from '../../../core/records/sample';
import { recordResult } from '../../../desk/lab';
import { WRITE_MESSAGES } from '../../../desk/writeFailure';
import { TextField } from '../../components/TextField';
import { useDraft } from '../../database/useDraft';
import { ChoiceField } from '../frame/ChoiceField';
import { useDesk } from '../frame/DeskEnvironment';
import { readResultEntry } from './resultEntry';

const resultFormSchema = z.object({
  value: z.string(),
  reading: z.union([z.literal(''), z.enum(READINGS)]),
});

/** The result of a sample: value or reading, its computed interpretation, then confirmed final. */
export function ResultForm({ sample, kit }: { readonly sample: SampleRecord; readonly kit: Kit }) {
  const { t } = useTranslation();
  const env = useDesk();
  const draft = useDraft<z.infer<typeof resultFormSchema>>(
    `desk:result:${sample.id}`,
    resultFormSchema,
    {
      value: '',
      reading: '',
    },
  );
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<string>();
  const form = draft.value;
  const entry = readResultEntry(kit, form.value, form.reading);
  const typed = form.value.trim() !== '' || form.reading !== '';
  const problem =
    !entry.ok && (submitted || typed) ? env.say(RESULT_MESSAGES, entry.reason) : undefined;

  async function confirm() {
    setSubmitted(true);
    setError(undefined);
    if (!entry.ok) return;
    const written = await recordResult(env, sample, kit, entry);
    if (written.ok) await draft.discard();
    else setError(env.say(WRITE_MESSAGES, written.reason));
  }

  const bounds =
    kit.kind === 'quantitative'
      ? t('desk.lab.kitBounds', {
          threshold: String(kit.threshold ?? '—').replace('.', ','),
          unit: kit.unit ?? '',
          zone:
            kit.greyZone === undefined
              ? t('desk.lab.noGreyZone')
              : `${String(kit.greyZone.low).replace('.', ',')}–${String(kit.greyZone.high).replace('.', ',')}`,
        })
      : t('desk.lab.qualitativeKit');

  return (
    <form
      className="subform"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void confirm();
      }}
    >
      <p className="field-hint">{bounds}</p>
      {kit.kind === 'quantitative' ? (
        <TextField
          id="result-value"
          label={t('desk.lab.value', { unit: kit.unit ?? '' })}
          inputMode="decimal"
          value={form.value}
          error={problem}
          onChange={(value) => {
            draft.update({ ...form, value });
          }}
        />
      ) : (
        <ChoiceField<Reading>
          name="result-reading"
          legend={t('desk.lab.reading')}
          value={form.reading}
          options={READINGS.map((reading) => ({
            value: reading,
            label: t(`desk.reading.${reading}`),
          }))}
          error={problem}
          onChange={(reading) => {
            draft.update({ ...form, reading });
          }}
        />
      )}
      <p
        role="status"
        className={`interpretation ${entry.ok ? `interpretation-${entry.interpretation}` : ''}`}
      >
        {t('desk.lab.interpretation')}:{' '}
        <strong data-testid="computed-interpretation">
          {entry.ok ? env.pick(INTERPRETATION_LABELS[entry.interpretation]) : '—'}
        </strong>
      </p>
      {error !== undefined && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        {t('desk.lab.confirmResult')}
      </button>
    </form>
  );
}
