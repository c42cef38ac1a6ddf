import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Kit } from '../../../core/lab/kit';
import type { Reading } from '../../../core/lab/interpret';
import { INTERPRETATION_LABELS, READINGS, RESULT_MESSAGES } from '../../../core/lab/interpret';
import type { SampleRecord } from '../../../core/records/sample';
import { recordResult } from '../../../desk/lab';
import { WRITE_MESSAGES } from '../../../desk/writeFailure';
import { TextField } from '../../components/TextField';
import { FormError } from '../../components/FormError';
import { useDraft } from '../../database/useDraft';
import { ChoiceField } from '../frame/ChoiceField';
import { useDesk } from '../frame/DeskEnvironment';
import { ResultConfirm } from './ResultConfirm';
import type { ResultEntry } from './resultEntry';
import { readResultEntry } from './resultEntry';

// The draft keeps the step too: a tablet reloaded on the confirmation comes back to it, with
// the value it showed. `confirming` is absent from drafts saved before it was kept.
const resultFormSchema = z.object({
  value: z.string(),
  reading: z.union([z.literal(''), z.enum(READINGS)]),
  confirming: z.boolean().optional(),
});

type Checked = Extract<ResultEntry, { ok: true }>;

/**
 * The result of a sample: value or reading and its computed interpretation; "Сохранить"
 * then shows them large for a second look, and only "Подтвердить" writes the final result,
 * which can never be edited afterwards. "Исправить" goes back to the typed value. Both the
 * value and the step are in the form's draft, so a reload loses neither.
 */
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
  const [refocus, setRefocus] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const form = draft.value;
  const entry = readResultEntry(kit, form.value, form.reading);
  const typed = form.value.trim() !== '' || form.reading !== '';
  const problem =
    !entry.ok && (submitted || typed) ? env.say(RESULT_MESSAGES, entry.reason) : undefined;
  const checking: Checked | undefined = form.confirming === true && entry.ok ? entry : undefined;

  // Back from the confirmation, the clerk continues where the value was typed.
  useEffect(() => {
    if (!refocus || checking !== undefined) return;
    setRefocus(false);
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [refocus, checking]);

  function check() {
    setSubmitted(true);
    setError(undefined);
    if (entry.ok) draft.update({ ...form, confirming: true });
  }

  async function confirm(checked: Checked): Promise<boolean> {
    const written = await recordResult(env, sample, kit, checked);
    if (written.ok) {
      await draft.discard();
      return true;
    }
    draft.update({ ...form, confirming: false });
    setError(env.say(WRITE_MESSAGES, written.reason));
    return false;
  }

  const unitWord = kit.unit === null ? '' : t(`desk.unit.${kit.unit}`);
  const bounds =
    kit.kind === 'quantitative'
      ? t('desk.lab.kitBounds', {
          threshold: String(kit.threshold ?? '—').replace('.', ','),
          unit: unitWord,
          zone:
            kit.greyZone === undefined
              ? t('desk.lab.noGreyZone')
              : `${String(kit.greyZone.low).replace('.', ',')}–${String(kit.greyZone.high).replace('.', ',')}`,
        })
      : t('desk.lab.qualitativeKit');

  if (checking !== undefined) {
    return (
      <ResultConfirm
        entry={checking}
        kit={kit}
        tubeLabel={sample.tubeLabel}
        onConfirm={() => confirm(checking)}
        onChange={() => {
          draft.update({ ...form, confirming: false });
          setRefocus(true);
        }}
      />
    );
  }

  return (
    <form
      ref={formRef}
      className="subform"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        check();
      }}
    >
      <p className="field-hint">{bounds}</p>
      {kit.kind === 'quantitative' ? (
        <TextField
          id="result-value"
          label={t('desk.lab.value', { unit: unitWord })}
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
      <FormError message={error} />
      <button type="submit" className="primary">
        {t('desk.lab.saveResult')}
      </button>
    </form>
  );
}
