import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { KitId } from '../../../core/ids';
import type { SampleRecord } from '../../../core/records/sample';
import type { DeskStatement } from '../../../desk/queries';
import { recordSample, sampleKits } from '../../../desk/lab';
import { WRITE_MESSAGES } from '../../../desk/writeFailure';
import { TextField } from '../../components/TextField';
import { FormError } from '../../components/FormError';
import { useDraft } from '../../database/useDraft';
import { useDesk } from '../frame/DeskEnvironment';
import { shownKitName } from '../frame/shownNames';
import { fromLocalInput, toLocalInput } from '../frame/format';
import { SelectField } from '../frame/SelectField';

const sampleFormSchema = z.object({
  takenAt: z.string(),
  tubeLabel: z.string(),
  kitId: z.string(),
});

type SampleFormProps = {
  readonly statement: DeskStatement;
  readonly retestOf: SampleRecord | undefined;
};

/** The blood sample: when it was taken, the tube's label and the kit it goes to. */
export function SampleForm({ statement, retestOf }: SampleFormProps) {
  const { t } = useTranslation();
  const env = useDesk();
  // Only the kits the paid service is performed with; chosen for the clerk when there is one,
  // or kept from the first sample on a retest, never a guess among several.
  const kits = sampleKits(env.clinic.settings, statement);
  const [onlyKit] = kits.length === 1 ? kits : [];
  const application = statement.application.record;
  const draft = useDraft(
    `desk:sample:${application.id}:${retestOf?.id ?? 'first'}`,
    sampleFormSchema,
    {
      takenAt: toLocalInput(env.now(), env.utcOffsetMinutes),
      tubeLabel: '',
      kitId: retestOf?.kitId ?? onlyKit?.id ?? '',
    },
  );
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<string>();
  const form = draft.value;
  const takenAt = fromLocalInput(form.takenAt, env.utcOffsetMinutes);
  const errors = {
    takenAt:
      takenAt === undefined
        ? t('desk.lab.takenAtInvalid')
        : takenAt.getTime() > env.now().getTime() + 60_000
          ? t('desk.lab.takenAtFuture')
          : undefined,
    tubeLabel: form.tubeLabel.trim() === '' ? t('desk.lab.tubeLabelMissing') : undefined,
    kitId: kits.some((kit) => kit.id === form.kitId) ? undefined : t('desk.lab.kitMissing'),
  };
  const shown = (message: string | undefined) => (submitted ? message : undefined);

  async function save() {
    setSubmitted(true);
    setError(undefined);
    if (takenAt === undefined || Object.values(errors).some((e) => e !== undefined)) return;
    const written = await recordSample(env, application, {
      takenAt,
      tubeLabel: form.tubeLabel,
      kitId: form.kitId as KitId,
    });
    if (written.ok) await draft.discard();
    else setError(env.say(WRITE_MESSAGES, written.reason));
  }

  return (
    <form
      className="subform"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="form-grid">
        <TextField
          id="sample-taken-at"
          type="datetime-local"
          label={t('desk.lab.takenAt')}
          value={form.takenAt}
          error={shown(errors.takenAt)}
          onChange={(value) => {
            draft.update({ ...form, takenAt: value });
          }}
        />
        <TextField
          id="sample-tube"
          label={t('desk.lab.tubeLabel')}
          value={form.tubeLabel}
          maxLength={40}
          error={shown(errors.tubeLabel)}
          onChange={(tubeLabel) => {
            draft.update({ ...form, tubeLabel });
          }}
        />
      </div>
      <SelectField
        id="sample-kit"
        label={t('desk.lab.kit')}
        value={form.kitId}
        options={[
          { value: '', label: t('desk.choose') },
          ...kits.map((kit) => ({
            value: kit.id,
            label: `${shownKitName(kit, env.language)} (${kit.antibodyClass}, ${kit.method})`,
          })),
        ]}
        error={shown(errors.kitId)}
        onChange={(kitId) => {
          draft.update({ ...form, kitId });
        }}
      />
      <FormError message={error} />
      <button type="submit" className="primary">
        {t('desk.lab.saveSample')}
      </button>
    </form>
  );
}
