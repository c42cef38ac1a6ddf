import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ADMISSION_POLICY } from '../../core/admission/policy';
import type { Verification } from '../../core/shc/verdict';
import { verifyHealthCard } from '../../core/shc/verifyHealthCard';
import type { CachedTrust } from '../../desk/trust';
import { CameraScanner } from './CameraScanner';
import { createVerdictSignal } from './feedback';
import { ImageUpload } from './ImageUpload';
import { PasteBox } from './PasteBox';
import { TrustListStatus } from './TrustListStatus';
import { useTrustList } from './useTrustList';
import { VerdictView } from './VerdictView';
import type { VerdictTone } from './verdictDisplay';
import { isTrustStale, revocationOf, verdictTone } from './verdictDisplay';
import './verifier.css';
import { LOCAL, readLocal, writeLocal } from '../persistedKeys';

// The verifier (lazy-loaded by App at /verify): camera, image or pasted text → core's
// verifyHealthCard against the cached trust list, offline → a full-screen verdict. While a
// verdict is on screen the trust list refreshes every 20 s and the card is checked again
// against each new copy, so a card revoked meanwhile turns red without a touch. Core is
// imported file by file, not through src/core/shc/index.ts, which would bring the QR
// encoder into this bundle.

/** Remembered per device: a guard who turned the camera on once finds it scanning next time. */
/** The same code again this soon after "scan next" is the card still in front of the lens. */
const SAME_CODE_PAUSE_MS = 2500;

type Shown = {
  /** The code as scanned, kept to check it again when the trust list changes. */
  readonly text: string;
  /** The trust list it was checked against. */
  readonly checkedWith: CachedTrust;
  readonly verification: Verification;
  readonly tone: VerdictTone;
  readonly trustIsStale: boolean;
};

async function checkCard(text: string, cached: CachedTrust): Promise<Shown> {
  const at = Date.now();
  const verification = await verifyHealthCard(text, {
    subtle: crypto.subtle,
    trust: cached.trust,
    now: at,
  });
  const trustIsStale = isTrustStale(cached.fetchedAt, at);
  const tone = verdictTone(verification, trustIsStale);
  return { text, checkedWith: cached, verification, tone, trustIsStale };
}

export default function VerifierScreen() {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Shown | null>(null);
  const trust = useTrustList({ verdictShown: shown !== null });
  const now = useMinuteClock();
  const [cameraOn, setCameraOn] = useState(
    () => readLocal(localStorage, LOCAL.verifierCamera) === 'on',
  );
  const [checking, setChecking] = useState(false);
  const [signal] = useState(createVerdictSignal);
  const busy = useRef(false);
  const lastCode = useRef({ text: '', dismissedAt: 0 });
  const cachedRef = useRef(trust.cached);

  useEffect(() => {
    cachedRef.current = trust.cached;
  }, [trust.cached]);

  const check = useCallback(
    (text: string) => {
      const cached = cachedRef.current;
      const recent = Date.now() - lastCode.current.dismissedAt < SAME_CODE_PAUSE_MS;
      // Until the cache is read every card would look "unknown issuer"; the camera reads again.
      if (busy.current || cached === null || (recent && text === lastCode.current.text)) return;
      busy.current = true;
      setChecking(true);
      checkCard(text, cached)
        .then((checked) => {
          lastCode.current = { text, dismissedAt: 0 };
          signal(checked.tone);
          setShown(checked);
        })
        .catch((error: unknown) => {
          // verifyHealthCard answers every input with a verdict; reaching here is a bug.
          console.error('Verification threw', error);
        })
        .finally(() => {
          busy.current = false;
          setChecking(false);
        });
    },
    [signal],
  );

  // A new copy of the trust list (a refresh, even an unchanged one) checks the card on screen
  // again: a revocation that arrived turns it red, with the red signal.
  useEffect(() => {
    const cached = trust.cached;
    if (shown === null || cached === null || shown.checkedWith === cached) return;
    let current = true;
    checkCard(shown.text, cached)
      .then((checked) => {
        if (!current) return;
        if (checked.tone !== shown.tone) signal(checked.tone);
        setShown((previous) => (previous?.text === checked.text ? checked : previous));
      })
      .catch((error: unknown) => {
        console.error('Verification threw', error);
      });
    return () => {
      current = false;
    };
  }, [trust.cached, shown, signal]);

  const scanNext = useCallback(() => {
    lastCode.current = { ...lastCode.current, dismissedAt: Date.now() };
    setShown(null);
  }, []);

  const toggleCamera = () => {
    const next = !cameraOn;
    writeLocal(localStorage, LOCAL.verifierCamera, next ? 'on' : 'off');
    setCameraOn(next);
  };

  return (
    <section className="verifier" aria-labelledby="verifier-title">
      <h1 id="verifier-title">{t('verifier.title')}</h1>
      <p className="verifier-intro">{t('verifier.intro')}</p>
      <TrustListStatus trust={trust} now={now} />
      <div className="verifier-scan">
        {cameraOn && shown === null && <CameraScanner onCode={check} />}
        <button
          type="button"
          className={cameraOn ? 'camera-toggle' : 'camera-toggle primary'}
          onClick={toggleCamera}
          aria-pressed={cameraOn}
        >
          {cameraOn ? t('verifier.camera.stop') : t('verifier.camera.start')}
        </button>
      </div>
      {checking && (
        <p role="status" className="verifier-checking">
          {t('verifier.checking')}
        </p>
      )}
      <div className="verifier-other-inputs">
        <ImageUpload onCode={check} />
        <PasteBox onCode={check} />
      </div>
      {shown !== null && (
        <VerdictView
          verification={shown.verification}
          tone={shown.tone}
          trustIsStale={shown.trustIsStale}
          policy={policyOf(shown)}
          revocation={revocationOf(shown.verification, shown.checkedWith)}
          onScanNext={scanNext}
        />
      )}
    </section>
  );
}

/** The policy the card was judged by: its issuer's as cached, or the built-in one. */
function policyOf(shown: Shown) {
  const issuer = shown.verification.issuer;
  const cached = issuer === undefined ? undefined : shown.checkedWith.trust.get(issuer)?.policy;
  return cached ?? DEFAULT_ADMISSION_POLICY;
}

/** The current time, updated every minute: enough for "updated 3 days ago". */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 60_000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  return now;
}
