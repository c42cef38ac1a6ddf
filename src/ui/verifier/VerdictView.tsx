import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Verification } from '../../core/shc/verdict';
import { verdictMessages } from '../../core/shc/verdictMessages';
import { VerdictFacts } from './VerdictFacts';
import type { VerdictTone } from './verdictDisplay';
import { languageOf } from './verdictDisplay';

type Props = {
  readonly verification: Verification;
  readonly tone: VerdictTone;
  /** The trust list is old or missing: said on the verdict too, not only on the scan screen. */
  readonly trustIsStale: boolean;
  readonly onScanNext: () => void;
};

/** The answer, full-screen: colour and headline first, then the reason and the facts. */
export function VerdictView({ verification, tone, trustIsStale, onScanNext }: Props) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const headingId = useId();

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

  const showStale = trustIsStale && verification.verdict === 'valid';
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
    >
      <div className="verdict-body">
        <p className="verdict-headline" id={headingId}>
          <span aria-hidden="true" className="verdict-icon">
            {tone === 'valid' ? '✓' : tone === 'caution' ? '!' : '✕'}
          </span>
          {t(`verifier.verdict.headline.${tone}`)}
        </p>
        <p className="verdict-reason" data-testid="verdict-reason">
          {verdictMessages[verification.reason][language]}
        </p>
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
        {/* Facts are for comparing with an ID, which only makes sense for a card that holds. */}
        {verification.verdict === 'valid' && <VerdictFacts verification={verification} />}
        {/* The only control: focus it so Enter or a tap anywhere near starts the next scan. */}
        <button type="button" className="verdict-next" onClick={onScanNext} autoFocus>
          {t('verifier.verdict.scanNext')}
        </button>
      </div>
    </div>
  );
}
