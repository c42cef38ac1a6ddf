import { useTranslation } from 'react-i18next';
import type { Verification } from '../../core/shc/verdict';
import { DETECTED, NOT_DETECTED } from '../../core/shc/valueSets';
import { formatFhirDate, formatNumericDate } from './verdictDisplay';

/** What a guard compares with the person and their ID: name, birth date, result, validity. */
export function VerdictFacts({ verification }: { readonly verification: Verification }) {
  const { t } = useTranslation();
  const { subject, result, immunizations, validity } = verification;
  if (subject === undefined && result === undefined && validity === undefined) return null;

  const resultText =
    result === undefined
      ? immunizations !== undefined && immunizations.length > 0
        ? t('verifier.verdict.immunization')
        : undefined
      : result.resultCode === DETECTED
        ? t('verifier.verdict.detected')
        : result.resultCode === NOT_DETECTED
          ? t('verifier.verdict.notDetected')
          : result.display;

  return (
    <div className="verdict-facts">
      {subject !== undefined && (
        <div className="verdict-person" data-testid="verdict-person">
          <p className="verdict-compare">{t('verifier.verdict.compareId')}</p>
          <p className="verdict-name" data-testid="verdict-name" lang="en">
            {subject.latin}
          </p>
          {subject.cyrillic !== undefined && (
            <p className="verdict-name" data-testid="verdict-name-cyrillic" lang="ru">
              {subject.cyrillic}
            </p>
          )}
          <p className="verdict-birth">
            {t('verifier.verdict.birthDate')}:{' '}
            <strong data-testid="verdict-birth-date">{formatFhirDate(subject.birthDate)}</strong>
          </p>
        </div>
      )}
      <dl className="facts">
        {resultText !== undefined && (
          <>
            <dt>{t('verifier.verdict.result')}</dt>
            <dd data-testid="verdict-result">{resultText}</dd>
          </>
        )}
        {result !== undefined && (
          <>
            <dt>{t('verifier.verdict.test')}</dt>
            <dd lang="en">{result.loincDisplay}</dd>
          </>
        )}
        {result?.effectiveDateTime !== undefined && (
          <>
            <dt>{t('verifier.verdict.testDate')}</dt>
            <dd>{formatFhirDate(result.effectiveDateTime)}</dd>
          </>
        )}
        {result?.performer !== undefined && (
          <>
            <dt>{t('verifier.verdict.performer')}</dt>
            <dd>{result.performer}</dd>
          </>
        )}
        {validity !== undefined && (
          <>
            <dt>{t('verifier.verdict.issued')}</dt>
            <dd>{formatNumericDate(validity.nbf)}</dd>
            <dt>{t('verifier.verdict.validUntil')}</dt>
            <dd data-testid="verdict-valid-until">
              {validity.exp === undefined
                ? t('verifier.verdict.noExpiry')
                : formatNumericDate(validity.exp)}
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
