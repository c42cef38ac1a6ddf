import { useTranslation } from 'react-i18next';
import { PIN_MESSAGES } from '../../core/staff/pin';
import { TextField } from '../components/TextField';
import { useLocale } from '../i18n/useLocale';

/** The PIN a chosen member types to unlock, or to vouch for a colleague: digits, masked. */
export function PinEntry({
  id,
  value,
  onChange,
  missing,
}: {
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The member pressed on with no PIN typed. */
  readonly missing: boolean;
}) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  return (
    <TextField
      id={id}
      className="pin-input"
      type="password"
      inputMode="numeric"
      autoComplete="off"
      autoFocus
      label={t('pin.pin')}
      value={value}
      onChange={onChange}
      error={missing ? pick(PIN_MESSAGES['pin-empty']) : undefined}
    />
  );
}
