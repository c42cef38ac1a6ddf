import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setStaffPin } from '../../desk/pins';
import { useSession } from '../session/SessionContext';
import { browserPinCrypto } from '../session/pinCrypto';
import type { DeskSession } from '../session/sessionStore';
import { useDatabase } from '../database/DatabaseContext';
import { NewPinForm } from './NewPinForm';
import { FormError } from '../components/FormError';

/**
 * Offered on the home screen of an enrolled tablet after a password sign-in: a PIN lets this
 * person unlock the tablet later with no network. Optional; the desk works without it.
 */
export function PinSetupCard({ session }: { readonly session: DeskSession }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const { pinHolders, reloadPins } = useSession();
  const [outcome, setOutcome] = useState<'saved' | 'failed' | null>(null);
  const hasPin = pinHolders?.some((holder) => holder.staff.id === session.staff.id) ?? false;

  return (
    <section className="card" aria-labelledby="pin-setup-title" data-testid="pin-setup">
      <h2 id="pin-setup-title">{t('pin.setupTitle')}</h2>
      <p>{hasPin ? t('pin.setupHasPin') : t('pin.setupIntro')}</p>
      <NewPinForm
        onAttempt={() => {
          setOutcome(null);
        }}
        onPin={async (pin) => {
          try {
            await setStaffPin(db, session.staff, pin, {
              crypto: browserPinCrypto,
              now: () => new Date(),
            });
            setOutcome('saved');
            reloadPins();
            return true;
          } catch (error) {
            console.error('PIN not saved', error);
            setOutcome('failed');
            return false;
          }
        }}
      >
        {outcome === 'saved' && (
          <p role="status" data-testid="pin-saved">
            {t('pin.saved')}
          </p>
        )}
        {outcome === 'failed' && <FormError message={t('pin.saveFailed')} />}
      </NewPinForm>
    </section>
  );
}
