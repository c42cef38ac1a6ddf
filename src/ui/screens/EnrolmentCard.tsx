import { useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolFailure } from '../../sync/enrol';
import { enrolTablet } from '../../sync/enrol';
import { TextField } from '../components/TextField';
import { registerTransport } from '../registerTransport';
import type { PredecessorValue } from '../restore/PredecessorChoice';
import { PredecessorChoice } from '../restore/PredecessorChoice';
import { predecessorCandidates, sameNameCandidate } from '../restore/predecessorCandidates';
import { RestoreNotice } from '../restore/RestoreNotice';
import { useClinicTablets } from '../restore/useClinicTablets';
import type { DeskSession } from '../session/sessionStore';
import { useDatabase } from '../database/DatabaseContext';
import { useTablet } from '../database/useTablet';

type Persistence = 'granted' | 'denied' | 'unsupported';

/** Asks the browser not to evict the tablet's data under storage pressure. */
async function askPersistence(): Promise<Persistence> {
  if (!('storage' in navigator) || typeof navigator.storage.persist !== 'function') {
    return 'unsupported';
  }
  return (await navigator.storage.persist()) ? 'granted' : 'denied';
}

/**
 * Enrolment of this device as a clinic tablet, once, online, by a registrar or an admin:
 * the tablet makes its signing key and the register learns its public half. When the clinic
 * already has tablets, the person says whether this device is one of them whose data was
 * cleared (preselected by name); the register then links the two and the home screen says
 * what was restored.
 */
export function EnrolmentCard({
  session,
  onEnrolled,
}: {
  readonly session: DeskSession;
  /** Lets the home screen show what an enrolled tablet offers (the PIN card). */
  readonly onEnrolled?: () => void;
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const { tablet, reload } = useTablet();
  const [name, setName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const [failure, setFailure] = useState<EnrolFailure | null>(null);
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const [busy, setBusy] = useState(false);
  const [choice, setChoice] = useState<PredecessorValue | null>(null);
  const mayEnrol = session.staff.role === 'registrar' || session.staff.role === 'admin';
  const clinicTablets = useClinicTablets(
    mayEnrol && tablet.status === 'not-enrolled' ? session.token : undefined,
  );
  const candidates =
    clinicTablets.status === 'loaded' ? predecessorCandidates(clinicTablets.tablets) : [];
  const predecessor = choice ?? sameNameCandidate(candidates, name) ?? 'new';

  if (tablet.status === 'loading') return null;
  if (tablet.status === 'enrolled') {
    return (
      <section className="card" aria-labelledby="tablet-title" data-testid="tablet-enrolled">
        <h2 id="tablet-title">{t('tablet.title')}</h2>
        <p>{t('tablet.enrolledAs', { name: tablet.identity.name, code: tablet.identity.code })}</p>
        {persistence !== null && <p role="status">{t(`tablet.persistence.${persistence}`)}</p>}
        <RestoreNotice />
      </section>
    );
  }

  // Enrolment is the register's business: it needs the staff token of a password sign-in,
  // which a PIN unlock (offline, on this tablet) does not have.
  const staffToken = session.token;
  if (staffToken === undefined) {
    return (
      <section className="card" aria-labelledby="tablet-title">
        <h2 id="tablet-title">{t('tablet.title')}</h2>
        <p>{t('tablet.notEnrolled')}</p>
        <p className="notice" data-testid="enrol-needs-password">
          {t('pin.enrolNeedsPassword')}
        </p>
      </section>
    );
  }

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
    setPersistence(await askPersistence());
    reload();
    onEnrolled?.();
  };

  return (
    <section className="card" aria-labelledby="tablet-title">
      <h2 id="tablet-title">{t('tablet.title')}</h2>
      <p>{t('tablet.notEnrolled')}</p>
      {mayEnrol ? (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <TextField
            id="tablet-name"
            label={t('tablet.name')}
            hint={t('tablet.nameHint')}
            value={name}
            onChange={setName}
            error={nameMissing ? t('tablet.nameRequired') : undefined}
          />
          {candidates.length > 0 && (
            <PredecessorChoice candidates={candidates} value={predecessor} onChange={setChoice} />
          )}
          {clinicTablets.status === 'failed' && (
            <p className="field-hint">{t('restore.choice.loadFailed')}</p>
          )}
          {failure && (
            <p className="form-error" role="alert">
              {t(`tablet.error.${failure}`)}
            </p>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {t('tablet.enrol')}
          </button>
        </form>
      ) : (
        <p>{t('tablet.askRegistrar')}</p>
      )}
    </section>
  );
}
