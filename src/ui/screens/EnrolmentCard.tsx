import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withTexts } from '../i18n/sections';
import { RestoreNotice } from '../restore/RestoreNotice';
import type { DeskSession } from '../session/sessionStore';
import { useTablet } from '../database/useTablet';

// The form and its texts are fetched only on a device that is not enrolled: once per device.
const EnrolmentForm = lazy(() =>
  withTexts(['enrolment'], import('./EnrolmentForm')).then((m) => ({
    default: m.EnrolmentForm,
  })),
);

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
  const { tablet, reload } = useTablet();
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const mayEnrol = session.staff.role === 'registrar' || session.staff.role === 'admin';

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

  // The tablet shows as enrolled at once; the browser's answer about keeping its data comes
  // when it comes (a heuristic of the browser's, asked over IPC, that nothing else waits on).
  const enrolled = () => {
    reload();
    onEnrolled?.();
    askPersistence().then(setPersistence, () => {
      setPersistence('unsupported');
    });
  };

  return (
    <section className="card" aria-labelledby="tablet-title">
      <h2 id="tablet-title">{t('tablet.title')}</h2>
      <p>{t('tablet.notEnrolled')}</p>
      {mayEnrol ? (
        <Suspense fallback={<p role="status">…</p>}>
          <EnrolmentForm staffToken={staffToken} onEnrolled={enrolled} />
        </Suspense>
      ) : (
        <p>{t('tablet.askRegistrar')}</p>
      )}
    </section>
  );
}
