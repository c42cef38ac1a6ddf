import { useTranslation } from 'react-i18next';
import { useSession } from '../session/SessionContext';
import { useNavigate, usePlace } from '../routing/BrowserLocation';

/**
 * Frees a shared tablet for the next colleague: forgets who is at the screen, keeps their
 * PIN and every record, and sync runs on (it uses the tablet's token, not the person's). No
 * unsynced-work check, since nothing leaves the tablet. Shown only to someone who can unlock
 * it again with a PIN. The open screen is remembered for the next unlock; the locked tablet
 * itself shows the home address, so the case stays off the screen.
 */
export function LockButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { path, search } = usePlace();
  const { session, pinHolders, lock } = useSession();
  if (session === null) return null;
  if (!pinHolders?.some((holder) => holder.staff.id === session.staff.id)) return null;
  return (
    <button
      type="button"
      className="lock-button"
      onClick={() => {
        lock({ path, search });
        navigate('/');
      }}
    >
      {t('pin.lock')}
    </button>
  );
}
