import { useTranslation } from 'react-i18next';
import type { AdmissionPolicy } from '../../core/admission/policy';
import type { Verification } from '../../core/shc/verdict';
import { DETECTED, NOT_DETECTED } from '../../core/shc/valueSets';
import { testName } from './testName';
import { formatFhirDate, formatRegionTime, languageOf } from './verdictDisplay';

/**
 * What a guard compares with the person and their ID: name, birth date, then the result, the
 * test in words, the sample date, who did it, when the справка was issued and under which
 * admission rules it was judged. "Valid through" is the verdict's own line, not a fact here:
 * an absence certificate states only its sample date.
 */
export function VerdictFacts({
  verification,
  policy,
}: {
  readonly verification: Verification;
  readonly policy: AdmissionPolicy;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
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
  const test =
    result === undefined ? undefined : testName(result.loinc, result.loincDisplay, language);

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
        {test !== undefined && (
          <>
            <dt>{t('verifier.verdict.test')}</dt>
            <dd data-testid="verdict-test" lang={test.lang}>
              {test.text}
            </dd>
          </>
        )}
        {result?.effectiveDateTime !== undefined && (
          <>
            <dt>{t('verifier.verdict.testDate')}</dt>
            <dd data-testid="verdict-sample-date">{formatFhirDate(result.effectiveDateTime)}</dd>
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
            <dd>{formatRegionTime(validity.nbf * 1000, policy.utcOffsetMinutes, false)}</dd>
          </>
        )}
        <dt>{t('verifier.verdict.policy')}</dt>
        <dd data-testid="verdict-policy">
          {t('verifier.verdict.policyVersion', { version: policy.version })}
        </dd>
      </dl>
    </div>
  );
}
