import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/SessionContext';
import { LoginScreen } from './LoginScreen';
import { UnlockScreen } from './UnlockScreen';

/**
 * What a tablet shows when nobody is at it: the unlock screen when some of its staff have a
 * PIN here, otherwise (or on request) the password sign-in.
 */
export function SignedOutScreen() {
  const { t } = useTranslation();
  const { pinHolders } = useSession();
  const [withPassword, setWithPassword] = useState(false);
  if (pinHolders === undefined) return <p role="status">{t('pin.checking')}</p>;
  if (pinHolders.length === 0) return <LoginScreen />;
  if (withPassword) {
    return (
      <LoginScreen
        onUnlockWithPin={() => {
          setWithPassword(false);
        }}
      />
    );
  }
  return (
    <UnlockScreen
      holders={pinHolders}
      onPassword={() => {
        setWithPassword(true);
      }}
    />
  );
}
