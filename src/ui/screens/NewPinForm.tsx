import { useState } from 'react';
import type { ReactNode, SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pin, PinReason } from '../../core/staff/pin';
import { checkPin, PIN_MESSAGES } from '../../core/staff/pin';
import { TextField } from '../components/TextField';
import { useLocale } from '../i18n/useLocale';
import '../session/session.css';

type FieldErrors = {
  pin?: PinReason;
  repeat?: 'pin.repeatRequired' | 'pin.repeatMismatch';
};

/**
 * A new PIN typed twice and checked against the PIN rules (core/staff/pin.ts), for the home
 * screen's PIN card and a colleague's first PIN. `onPin` gets only a PIN that passed; when it
 * answers true the fields are emptied. `onAttempt` runs on every submit, checked or not (to
 * clear an old outcome); `children` (the outcome) sits above the button.
 */
export function NewPinForm({
  onPin,
  onAttempt,
  children,
}: {
  readonly onPin: (pin: Pin) => Promise<boolean>;
  readonly onAttempt?: () => void;
  readonly children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const checked = checkPin(pin);
    const found: FieldErrors = {};
    if (!checked.ok) found.pin = checked.reason;
    if (repeat === '') found.repeat = 'pin.repeatRequired';
    else if (checked.ok && repeat !== pin) found.repeat = 'pin.repeatMismatch';
    setErrors(found);
    onAttempt?.();
    if (!checked.ok || found.repeat !== undefined) return;
    setBusy(true);
    try {
      if (await onPin(checked.value)) {
        setPin('');
        setRepeat('');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
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
      {children}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('pin.saving') : t('pin.save')}
      </button>
    </form>
  );
}
