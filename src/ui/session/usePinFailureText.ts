import { useTranslation } from 'react-i18next';
import type { PinUnlockFailure } from '../../desk/pins';
import { useLocale } from '../i18n/useLocale';

/** The words for a refused PIN, shared by the unlock screen and a colleague's vouch. */
export function usePinFailureText(): (failure: PinUnlockFailure) => string {
  const { t } = useTranslation();
  const { bcp47 } = useLocale();
  return (failure) => {
    switch (failure.reason) {
      case 'pin-wrong':
        return t(failure.then === 'lock' ? 'pin.wrongBeforeLock' : 'pin.wrongBeforeErase', {
          count: failure.triesLeft,
        });
      case 'pin-locked':
        return t('pin.locked', {
          time: failure.until.toLocaleTimeString(bcp47, { hour: '2-digit', minute: '2-digit' }),
        });
      case 'pin-erased':
        return t('pin.erased');
      case 'pin-not-set':
        return t('pin.notSet');
    }
  };
}
