import { useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignInResponse } from '../../core/protocol/session';
import type { EnrolFailure } from '../../sync/enrol';
import { enrolTablet } from '../../sync/enrol';
import { TextField } from '../components/TextField';
import { registerTransport } from '../registerTransport';
import { useDatabase } from '../storage/DatabaseContext';
import { useTablet } from '../storage/useTablet';

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
 * the tablet makes its signing key and the register learns its public half.
 */
export function EnrolmentCard({ session }: { readonly session: SignInResponse }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const { tablet, reload } = useTablet();
  const [name, setName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const [failure, setFailure] = useState<EnrolFailure | null>(null);
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const [busy, setBusy] = useState(false);
  const mayEnrol = session.staff.role === 'registrar' || session.staff.role === 'admin';

  if (tablet.status === 'loading') return null;
  if (tablet.status === 'enrolled') {
    return (
      <section className="card" aria-labelledby="tablet-title" data-testid="tablet-enrolled">
        <h2 id="tablet-title">{t('tablet.title')}</h2>
        <p>{t('tablet.enrolledAs', { name: tablet.identity.name, code: tablet.identity.code })}</p>
        {persistence !== null && <p role="status">{t(`tablet.persistence.${persistence}`)}</p>}
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
      staffToken: session.token,
    });
    setBusy(false);
    if (!answer.ok) {
      setFailure(answer.reason);
      return;
    }
    setPersistence(await askPersistence());
    reload();
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
