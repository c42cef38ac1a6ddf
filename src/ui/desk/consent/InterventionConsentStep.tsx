import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { calendarDateAt } from '../../../core/records/calendarDate';
import {
  INTERVENTION_CONSENT_MESSAGES,
  interventionConsentBlocker,
  interventionConsentSigner,
  markInterventionConsentSigned,
} from '../../../desk/interventionConsent';
import type { DeskStatement } from '../../../desk/queries';
import { useDesk } from '../frame/DeskEnvironment';
import { formatDateTime } from '../frame/format';
import { StepCard } from '../frame/StepCard';
import { FormError } from '../../components/FormError';

/**
 * The ИДС to the blood draw, between the statement and the sample: print it, have it signed,
 * mark it signed. Under 15 the representative on the statement signs (minorRules.ts); without
 * one the step says so instead of offering the button. The sample step requires it.
 */
export function InterventionConsentStep({ statement }: { readonly statement: DeskStatement }) {
  const { t } = useTranslation();
  const env = useDesk();
  const [error, setError] = useState<string>();
  const application = statement.application.record;
  const person = statement.person?.record;
  const consent = application.interventionConsent;
  const title = t('desk.consent.title');
  const printLink = (
    <Link className="button" to={`/desk/statement/${application.id}/consent-print`}>
      {t('desk.consent.print')}
    </Link>
  );
  if (consent !== undefined) {
    return (
      <StepCard id="step-consent" title={title} done sync={statement.application.sync}>
        <p data-testid="consent-signed">
          {t('desk.consent.signedAt', {
            at: formatDateTime(consent.signedAt, env.utcOffsetMinutes),
            signer: t(
              consent.signer === 'self' ? 'desk.consent.bySelf' : 'desk.consent.byRepresentative',
            ),
          })}
        </p>
        <div className="actions">{printLink}</div>
      </StepCard>
    );
  }
  if (application.consentWithdrawal !== undefined) {
    return (
      <StepCard id="step-consent" title={title}>
        <p>{t('desk.consent.withdrawn')}</p>
      </StepCard>
    );
  }
  if (application.status !== 'signed' || person === undefined) {
    return (
      <StepCard id="step-consent" title={title}>
        <p>{t('desk.consent.statementFirst')}</p>
      </StepCard>
    );
  }
  const today = calendarDateAt(env.now(), env.utcOffsetMinutes);
  const signer = interventionConsentSigner(person, today);
  const blocker = interventionConsentBlocker(statement, today);

  async function markSigned() {
    setError(undefined);
    const written = await markInterventionConsentSigned(env, statement);
    if (!written.ok) setError(env.say(INTERVENTION_CONSENT_MESSAGES, written.reason));
  }

  return (
    <StepCard id="step-consent" title={title}>
      <p>{t('desk.consent.intro')}</p>
      <p>
        {t(signer === 'self' ? 'desk.consent.signerSelf' : 'desk.consent.signerRepresentative')}
      </p>
      {blocker !== undefined && (
        <p className="notice" data-testid="consent-blocked">
          {env.say(INTERVENTION_CONSENT_MESSAGES, blocker)}
        </p>
      )}
      <FormError message={error} />
      <div className="actions">
        {printLink}
        {env.may('application') && blocker === undefined && (
          <button type="button" className="primary" onClick={() => void markSigned()}>
            {t('desk.consent.markSigned')}
          </button>
        )}
      </div>
      {!env.may('application') && <p>{t('desk.consent.waiting')}</p>}
    </StepCard>
  );
}
