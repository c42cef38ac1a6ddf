import { useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PinReason } from '../../core/staff/pin';
import { checkPin } from '../../core/staff/pin';
import { setStaffPin } from '../../desk/pins';
import { TextField } from '../components/TextField';
import { useSession } from '../session/SessionContext';
import { PIN_MESSAGES } from '../../core/staff/pin';
import { useLocale } from '../i18n/useLocale';
import { browserPinCrypto } from '../session/pinCrypto';
import type { DeskSession } from '../session/sessionStore';
import { useDatabase } from '../database/DatabaseContext';
import '../session/session.css';

type FieldErrors = {
  pin?: PinReason;
  repeat?: 'pin.repeatRequired' | 'pin.repeatMismatch';
};

/**
 * Offered on the home screen of an enrolled tablet after a password sign-in: a PIN lets this
 * person unlock the tablet later with no network. Optional; the desk works without it.
 */
export function PinSetupCard({ session }: { readonly session: DeskSession }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const db = useDatabase();
  const { pinHolders, reloadPins } = useSession();
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<'saved' | 'failed' | null>(null);
  const [busy, setBusy] = useState(false);
  const hasPin = pinHolders?.some((holder) => holder.staff.id === session.staff.id) ?? false;

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const checked = checkPin(pin);
    const found: FieldErrors = {};
    if (!checked.ok) found.pin = checked.reason;
    if (repeat === '') found.repeat = 'pin.repeatRequired';
    else if (checked.ok && repeat !== pin) found.repeat = 'pin.repeatMismatch';
    setErrors(found);
    setOutcome(null);
    if (!checked.ok || found.repeat !== undefined) return;
    setBusy(true);
    try {
      await setStaffPin(db, session.staff, checked.value, {
        crypto: browserPinCrypto,
        now: () => new Date(),
      });
      setPin('');
      setRepeat('');
      setOutcome('saved');
      reloadPins();
    } catch (error) {
      console.error('PIN not saved', error);
      setOutcome('failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="pin-setup-title" data-testid="pin-setup">
      <h2 id="pin-setup-title">{t('pin.setupTitle')}</h2>
      <p>{hasPin ? t('pin.setupHasPin') : t('pin.setupIntro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id="pin-new"
          className="pin-input"
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          label={t('pin.newPin')}
          hint={t('pin.newPinHint')}
          value={pin}
          onChange={setPin}
          error={errors.pin && pick(PIN_MESSAGES[errors.pin])}
        />
        <TextField
          id="pin-repeat"
          className="pin-input"
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          label={t('pin.repeatPin')}
          value={repeat}
          onChange={setRepeat}
          error={errors.repeat && t(errors.repeat)}
        />
        {outcome === 'saved' && (
          <p role="status" data-testid="pin-saved">
            {t('pin.saved')}
          </p>
        )}
        {outcome === 'failed' && (
          <p className="form-error" role="alert">
            {t('pin.saveFailed')}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('pin.saving') : t('pin.save')}
        </button>
      </form>
    </section>
  );
}
