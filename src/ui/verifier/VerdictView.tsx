import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { admissionMessage } from '../../core/admission/admissionMessages';
import type { AdmissionPolicy } from '../../core/admission/policy';
import { REVOCATION_REASONS } from '../../core/records/revocation';
import type { Verification } from '../../core/shc/verdict';
import { verdictMessages } from '../../core/shc/verdictMessages';
import type { RevocationDetail } from '../../desk/trust';
import { VerdictFacts } from './VerdictFacts';
import type { VerdictTone } from './verdictDisplay';
import {
  formatCalendarDate,
  formatRegionTime,
  languageOf,
  verdictHeadline,
} from './verdictDisplay';

type Props = {
  readonly verification: Verification;
  readonly tone: VerdictTone;
  /** The trust list is old or missing: said on the verdict too, not only on the scan screen. */
  readonly trustIsStale: boolean;
  /** The admission policy the card was judged by (its issuer's, or the built-in one). */
  readonly policy: AdmissionPolicy;
  /** When and why a revoked card was revoked, when the register's CRL says. */
  readonly revocation: RevocationDetail | undefined;
  readonly onScanNext: () => void;
};

const ICONS: Readonly<Record<VerdictTone, string>> = {
  valid: '✓',
  caution: '!',
  'not-admitted': '–',
  invalid: '✕',
  unsupported: '✕',
};

function isRevocationReason(
  reason: string | undefined,
): reason is (typeof REVOCATION_REASONS)[number] {
  return REVOCATION_REASONS.some((known) => known === reason);
}

/**
 * The answer, full-screen: colour and headline first (may this person enter?), then the line
 * that says why or until when, then the facts to compare with an ID.
 */
export function VerdictView({
  verification,
  tone,
  trustIsStale,
  policy,
  revocation,
  onScanNext,
}: Props) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const headingId = useId();
  const next = useRef<HTMLButtonElement>(null);

  // The only control takes the focus, so Enter starts the next scan — without scrolling to
  // it: on a phone the button sits below the facts, and the headline must stay in view.
  useEffect(() => {
    next.current?.focus({ preventScroll: true });
  }, []);

  // A guard with a queue dismisses with any key of a hardware scanner or keyboard, too.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onScanNext();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [onScanNext]);

  const { admission } = verification;
  const headline = verdictHeadline(verification, tone);
  const headlineText = t(`verifier.verdict.headline.${headline}`);
  const authentic = verification.verdict === 'valid';
  const reason = authentic
    ? (admissionMessage(admission)?.[language] ?? verdictMessages[verification.reason][language])
    : verdictMessages[verification.reason][language];
  const showStale = trustIsStale && authentic;
  const since =
    admission.decision === 'not-admit' && admission.since !== undefined
      ? formatCalendarDate(admission.since)
      : undefined;
  const revokedOn =
    revocation === undefined
      ? undefined
      : formatRegionTime(revocation.at, policy.utcOffsetMinutes, false);
  const revokedLine =
    revocation === undefined || revokedOn === undefined
      ? undefined
      : isRevocationReason(revocation.reason)
        ? t('verifier.verdict.revokedOnBecause', {
            date: revokedOn,
            reason: t(`verifier.verdict.revocationReason.${revocation.reason}`),
          })
        : t('verifier.verdict.revokedOn', { date: revokedOn });

  return (
    <div
      className={`verdict verdict-${tone}`}
      role="dialog"
      aria-modal="true"
      aria-labelledby={headingId}
      data-testid="verdict"
      data-tone={tone}
      data-verdict={verification.verdict}
      data-reason={verification.reason}
      data-admission={admission.decision}
    >
      <div className="verdict-body">
        <p className="verdict-headline" id={headingId}>
          <span aria-hidden="true" className="verdict-icon">
            {ICONS[tone]}
          </span>
          <span className="verdict-headline-text" data-testid="verdict-headline">
            {headlineText}
          </span>
        </p>
        {headline !== 'admit' && headline !== 'caution' && (
          <p className="verdict-action" data-testid="verdict-action">
            {t(`verifier.verdict.action.${headline}`)}
          </p>
        )}
        {admission.decision === 'admit' && (
          <p className="verdict-until" data-testid="verdict-valid-until">
            {t('verifier.verdict.validThrough', {
              date: formatCalendarDate(admission.lastValidDay),
            })}
          </p>
        )}
        {/* "Справка отозвана" under "Справка отозвана" says nothing twice. */}
        {reason.toLocaleLowerCase() !== headlineText.toLocaleLowerCase() && (
          <p className="verdict-reason" data-testid="verdict-reason">
            {reason}
          </p>
        )}
        {since !== undefined && (
          <p className="verdict-when" data-testid="verdict-since">
            {t('verifier.verdict.endedSince', { date: since })}
          </p>
        )}
        {revokedLine !== undefined && (
          <p className="verdict-when" data-testid="verdict-revoked-on">
            {revokedLine}
          </p>
        )}
        {(verification.warnings.length > 0 || showStale) && (
          <div className="verdict-warnings" data-testid="verdict-warnings">
            <p>{t('verifier.verdict.warnings')}</p>
            <ul>
              {verification.warnings.map((warning) => (
                <li key={warning.code} data-code={warning.code}>
                  {warning.message[language]}
                </li>
              ))}
              {showStale && <li data-code="trust-stale">{t('verifier.verdict.staleTrust')}</li>}
            </ul>
          </div>
        )}
        {/* Facts are for comparing with an ID, which only makes sense for an authentic card. */}
        {authentic && <VerdictFacts verification={verification} policy={policy} />}
        <button type="button" className="verdict-next" onClick={onScanNext} ref={next}>
          {t('verifier.verdict.scanNext')}
        </button>
      </div>
    </div>
  );
}
