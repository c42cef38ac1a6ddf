import { useEffect, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffChoices } from '../session/StaffChoices';
import type { DirectoryMember } from '../../core/staff/authorise';
import { AUTHORISE_MESSAGES } from '../../core/staff/authorise';
import type { Pin } from '../../core/staff/pin';
import type { AuthoriseFailure, PinAuthorisation, PinHolder } from '../../desk/pins';
import { authoriseColleague, loadClinicStaff, setAuthorisedPin } from '../../desk/pins';
import { PinEntry } from '../session/PinEntry';
import { useDatabase } from '../database/DatabaseContext';
import { useLocale } from '../i18n/useLocale';
import { useSession } from '../session/SessionContext';
import { browserPinCrypto } from '../session/pinCrypto';
import { usePinFailureText } from '../session/usePinFailureText';
import { NewPinForm } from './NewPinForm';
import { FormError } from '../components/FormError';
import { authorisersAmong } from './pinAuthorisers';
import '../session/session.css';

/**
 * A colleague's first PIN on this tablet with no network (src/storage/pinAuthorisation.ts):
 * the newcomer picks their name from the clinic directory synced to the tablet, an
 * administrator or commission member types their own PIN, then the newcomer sets theirs and
 * the tablet opens for them.
 */
export function FirstPinScreen({
  holders,
  onCancel,
}: {
  readonly holders: readonly PinHolder[];
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const db = useDatabase();
  const { unlocked, reloadPins } = useSession();
  const pinFailureText = usePinFailureText();
  const [directory, setDirectory] = useState<readonly DirectoryMember[] | undefined>(undefined);
  const [colleague, setColleague] = useState<DirectoryMember | null>(null);
  const [authoriser, setAuthoriser] = useState<PinHolder | null>(null);
  const [authoriserPin, setAuthoriserPin] = useState('');
  const [pinMissing, setPinMissing] = useState(false);
  const [authorisation, setAuthorisation] = useState<PinAuthorisation | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    loadClinicStaff(db).then(
      (staff) => {
        if (live) setDirectory(staff);
      },
      (error: unknown) => {
        console.error('clinic staff unreadable', error);
        if (live) setDirectory([]);
      },
    );
    return () => {
      live = false;
    };
  }, [db]);

  const holderIds = new Set<string>(holders.map((holder) => holder.staff.id));
  const newcomers = (directory ?? []).filter((member) => !holderIds.has(member.id));
  const authorisers = authorisersAmong(holders);

  const describe = (answer: AuthoriseFailure): string => {
    switch (answer.reason) {
      case 'pin-wrong':
      case 'pin-locked':
      case 'pin-erased':
      case 'pin-not-set':
        return pinFailureText(answer);
      default:
        return pick(AUTHORISE_MESSAGES[answer.reason]);
    }
  };

  const chooseAuthoriser = (holder: PinHolder | null) => {
    setAuthoriser(holder);
    setAuthoriserPin('');
    setPinMissing(false);
    setFailure(null);
  };

  const vouch = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (colleague === null || authoriser === null) return;
    if (authoriserPin === '') {
      setPinMissing(true);
      return;
    }
    setPinMissing(false);
    setBusy(true);
    const answer = await authoriseColleague(
      db,
      { authoriserId: authoriser.staff.id, authoriserPin, colleagueId: colleague.id },
      { subtle: browserPinCrypto.subtle, now: () => new Date() },
    );
    setBusy(false);
    setAuthoriserPin('');
    if (answer.ok) {
      setFailure(null);
      setAuthorisation(answer.value);
      return;
    }
    // A PIN erased by this very try leaves no one to vouch with: back to the list.
    if (answer.reason === 'pin-erased' || answer.reason === 'pin-not-set') setAuthoriser(null);
    setFailure(describe(answer));
    reloadPins();
  };

  const setOwnPin = async (vouched: PinAuthorisation, pin: Pin) => {
    const answer = await setAuthorisedPin(db, vouched, pin, {
      crypto: browserPinCrypto,
      now: () => new Date(),
    });
    if (answer.ok) {
      reloadPins();
      unlocked(answer.value);
      return true;
    }
    // The vouch ran out or someone set this colleague's PIN meanwhile: vouch again.
    setAuthorisation(null);
    chooseAuthoriser(null);
    setFailure(pick(AUTHORISE_MESSAGES[answer.reason]));
    return false;
  };

  const cancel = (
    <p>
      <button type="button" className="link" onClick={onCancel}>
        {t('pin.cancel')}
      </button>
    </p>
  );
  const failureLine = <FormError message={failure} testId="first-pin-failure" />;

  let step;
  if (directory === undefined) {
    step = <p role="status">{t('pin.checking')}</p>;
  } else if (colleague === null) {
    step = (
      <>
        <p>{t('pin.firstPinIntro')}</p>
        {directory.length === 0 ? (
          <p className="notice">{pick(AUTHORISE_MESSAGES['directory-missing'])}</p>
        ) : newcomers.length === 0 ? (
          <p className="notice">{t('pin.firstPinNobody')}</p>
        ) : (
          <>
            <p>{t('pin.firstPinChooseSelf')}</p>
            <StaffChoices
              label={t('pin.clinicStaffList')}
              members={newcomers}
              onChoose={(member) => {
                setColleague(member);
                chooseAuthoriser(null);
              }}
            />
          </>
        )}
      </>
    );
  } else {
    const forWhom = (
      <p data-testid="first-pin-for">
        {t('pin.firstPinFor', {
          name: colleague.displayName,
          role: t(`role.${colleague.role}`),
        })}
      </p>
    );
    if (authorisation !== null) {
      step = (
        <>
          {forWhom}
          <p>{t('pin.firstPinSetIntro', { name: colleague.displayName })}</p>
          <NewPinForm onPin={(pin) => setOwnPin(authorisation, pin)} />
        </>
      );
    } else if (authoriser === null) {
      step = (
        <>
          {forWhom}
          <p>{t('pin.firstPinAuthoriserIntro')}</p>
          {failureLine}
          <StaffChoices
            label={t('pin.authoriserList')}
            members={authorisers.map((holder) => ({ ...holder.staff, holder }))}
            onChoose={(member) => {
              chooseAuthoriser(member.holder);
            }}
          />
        </>
      );
    } else {
      step = (
        <form noValidate onSubmit={(event) => void vouch(event)}>
          {forWhom}
          <p data-testid="first-pin-authoriser">
            <strong>{authoriser.staff.displayName}</strong> · {t(`role.${authoriser.staff.role}`)}
          </p>
          <PinEntry
            id="authoriser-pin"
            value={authoriserPin}
            onChange={setAuthoriserPin}
            missing={pinMissing}
          />
          {failureLine}
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('pin.checking') : t('pin.authorise')}
            </button>
            <button
              type="button"
              onClick={() => {
                chooseAuthoriser(null);
              }}
            >
              {t('pin.chooseOther')}
            </button>
          </div>
        </form>
      );
    }
  }

  return (
    <section className="card narrow stack" aria-labelledby="first-pin-title">
      <h1 id="first-pin-title">{t('pin.firstPinTitle')}</h1>
      {step}
      {cancel}
    </section>
  );
}
