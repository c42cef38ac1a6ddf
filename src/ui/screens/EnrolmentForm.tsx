import { useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolFailure } from '../../sync/enrol';
import { enrolTablet } from '../../sync/enrol';
import { TextField } from '../components/TextField';
import { FormError } from '../components/FormError';
import { registerTransport } from '../registerTransport';
import type { PredecessorValue } from '../restore/PredecessorChoice';
import { PredecessorChoice } from '../restore/PredecessorChoice';
import { predecessorCandidates, sameNameCandidate } from '../restore/predecessorCandidates';
import { useClinicTablets } from '../restore/useClinicTablets';
import { useDatabase } from '../database/DatabaseContext';

/**
 * The enrolment itself: the tablet's name, which earlier tablet it replaces, and the request
 * that makes its signing key and registers the public half. Loaded only on a device that is
 * not enrolled yet (EnrolmentCard.tsx), which is once per device: the key's code, the
 * clinic's settings schemas and the tablet protocol stay out of every other first load.
 */
export function EnrolmentForm({
  staffToken,
  onEnrolled,
}: {
  readonly staffToken: string;
  readonly onEnrolled: () => void | Promise<void>;
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const [name, setName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const [failure, setFailure] = useState<EnrolFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const [choice, setChoice] = useState<PredecessorValue | null>(null);
  const clinicTablets = useClinicTablets(staffToken);
  const candidates =
    clinicTablets.status === 'loaded' ? predecessorCandidates(clinicTablets.tablets) : [];
  const predecessor = choice ?? sameNameCandidate(candidates, name) ?? 'new';

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setNameMissing(true);
      return;
    }
    setNameMissing(false);
    setBusy(true);
    setFailure(null);
    const answer = await enrolTablet(db, registerTransport, crypto.subtle, {
      name: name.trim(),
      staffToken,
      ...(predecessor === 'new' ? {} : { replaces: predecessor }),
    });
    setBusy(false);
    if (!answer.ok) {
      setFailure(answer.reason);
      return;
    }
    await onEnrolled();
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <TextField
        id="tablet-name"
        label={t('enrolment.name')}
        hint={t('enrolment.nameHint')}
        value={name}
        onChange={setName}
        error={nameMissing ? t('enrolment.nameRequired') : undefined}
      />
      {candidates.length > 0 && (
        <PredecessorChoice candidates={candidates} value={predecessor} onChange={setChoice} />
      )}
      {clinicTablets.status === 'failed' && (
        <p className="field-hint">{t('enrolment.choice.loadFailed')}</p>
      )}
      {failure && <FormError message={t(`enrolment.error.${failure}`)} />}
      <button type="submit" className="primary" disabled={busy}>
        {t('enrolment.enrol')}
      </button>
    </form>
  );
}
