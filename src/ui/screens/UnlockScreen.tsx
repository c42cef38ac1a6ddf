import { lazy, Suspense, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffChoices } from '../session/StaffChoices';
import type { PinHolder, PinUnlockFailure } from '../../desk/pins';
import { unlockWithPin } from '../../desk/pins';
import { PinEntry } from '../session/PinEntry';
import { useSession } from '../session/SessionContext';
import { browserPinCrypto } from '../session/pinCrypto';
import { useDatabase } from '../database/DatabaseContext';
import '../session/session.css';
import { usePinFailureText } from '../session/usePinFailureText';
import { FormError } from '../components/FormError';
import { authorisersAmong } from './pinAuthorisers';

// Loaded when a colleague asks for a first PIN, which a tablet's day rarely needs: kept out
// of the first screen's code (issue #14, the initial JS's 170 KB).
const FirstPinScreen = lazy(() =>
  import('./FirstPinScreen').then((m) => ({ default: m.FirstPinScreen })),
);

/**
 * The first screen of a shared tablet when nobody is at it: each member of staff with a PIN
 * here picks their own name and types the PIN. Runs entirely on the tablet, no network. A
 * colleague new to the tablet starts from here too, vouched for by an administrator or
 * commission member who has a PIN here (FirstPinScreen).
 */
export function UnlockScreen({
  holders,
  onPassword,
}: {
  readonly holders: readonly PinHolder[];
  readonly onPassword: () => void;
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const { unlocked, reloadPins } = useSession();
  const [chosen, setChosen] = useState<PinHolder | null>(null);
  const [pin, setPin] = useState('');
  const [pinMissing, setPinMissing] = useState(false);
  const [failure, setFailure] = useState<PinUnlockFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const [firstPin, setFirstPin] = useState(false);

  const describe = usePinFailureText();

  const choose = (holder: PinHolder | null) => {
    setChosen(holder);
    setPin('');
    setPinMissing(false);
    const lockedUntil = holder?.lockedUntil;
    setFailure(
      lockedUntil !== undefined && lockedUntil > new Date()
        ? { ok: false, reason: 'pin-locked', until: lockedUntil }
        : null,
    );
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (chosen === null) return;
    if (pin === '') {
      setPinMissing(true);
      return;
    }
    setPinMissing(false);
    setBusy(true);
    const answer = await unlockWithPin(db, chosen.staff.id, pin, {
      subtle: browserPinCrypto.subtle,
      now: () => new Date(),
    });
    setBusy(false);
    if (answer.ok) {
      unlocked(answer.value);
      return;
    }
    setPin('');
    setFailure(answer);
    reloadPins();
    if (answer.reason === 'pin-erased' || answer.reason === 'pin-not-set') setChosen(null);
  };

  if (firstPin) {
    return (
      <Suspense fallback={<p role="status">…</p>}>
        <FirstPinScreen
          holders={holders}
          onCancel={() => {
            setFirstPin(false);
          }}
        />
      </Suspense>
    );
  }
  return (
    <section className="card narrow stack" aria-labelledby="unlock-title">
      <h1 id="unlock-title">{t('pin.unlockTitle')}</h1>
      {chosen === null ? (
        <>
          <p>{t('pin.unlockIntro')}</p>
          {failure && <FormError message={describe(failure)} testId="unlock-failure" />}
          <StaffChoices
            label={t('pin.staffList')}
            members={holders.map((holder) => ({ ...holder.staff, holder }))}
            onChoose={(member) => {
              choose(member.holder);
            }}
          />
        </>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <p data-testid="unlock-chosen">
            <strong>{chosen.staff.displayName}</strong> · {t(`role.${chosen.staff.role}`)}
          </p>
          <PinEntry id="unlock-pin" value={pin} onChange={setPin} missing={pinMissing} />
          {failure && <FormError message={describe(failure)} testId="unlock-failure" />}
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('pin.checking') : t('pin.unlock')}
            </button>
            <button
              type="button"
              onClick={() => {
                choose(null);
              }}
            >
              {t('pin.chooseOther')}
            </button>
          </div>
        </form>
      )}
      <p>
        <button type="button" className="link" onClick={onPassword}>
          {t('pin.withPassword')}
        </button>
      </p>
      {chosen === null && authorisersAmong(holders).length > 0 && (
        <p>
          <button
            type="button"
            className="link"
            onClick={() => {
              setFirstPin(true);
            }}
          >
            {t('pin.firstPinLink')}
          </button>
        </p>
      )}
    </section>
  );
}
