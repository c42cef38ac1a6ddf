import { useTranslation } from 'react-i18next';
import { DEFAULT_ADMISSION_POLICY } from '../../core/admission/policy';
import { useOnline } from '../useOnline';
import type { TrustListState } from './useTrustList';
import {
  formatAge,
  formatAgeLimit,
  formatRegionTime,
  isTrustStale,
  issuerSummaries,
  languageOf,
} from './verdictDisplay';

/**
 * The trust list's age, a warning when it is old or missing, per issuer the admission rules'
 * version and its revocation lists (each key's `ctr` and when the register changed it), why
 * the last update failed, and a button to update now (it also updates by itself).
 */
export function TrustListStatus({
  trust,
  now,
}: {
  readonly trust: TrustListState;
  readonly now: number;
}) {
  const { t, i18n } = useTranslation();
  const online = useOnline();
  const language = languageOf(i18n.language);
  const { cached, refresh, refreshNow } = trust;
  const fetchedAt = cached?.fetchedAt ?? null;
  const state =
    cached === null
      ? 'loading'
      : fetchedAt === null
        ? 'none'
        : isTrustStale(fetchedAt, now)
          ? 'stale'
          : 'fresh';
  const refreshing = refresh.state === 'refreshing';
  const issuers = cached === null ? [] : issuerSummaries(cached);

  return (
    <section
      className="trust-status"
      data-testid="trust-status"
      data-state={state}
      aria-labelledby="trust-heading"
    >
      <h2 id="trust-heading">{t('verifier.trust.heading')}</h2>
      <p role="status" data-testid="trust-age">
        {state === 'loading' && t('verifier.trust.loading')}
        {state === 'none' && t('verifier.trust.none')}
        {fetchedAt !== null &&
          t('verifier.trust.updated', { age: formatAge(fetchedAt, now, language) })}
      </p>
      {state === 'stale' && (
        <p className="notice" data-testid="trust-stale">
          {t('verifier.trust.stale', { limit: formatAgeLimit(language) })}
        </p>
      )}
      {refresh.state === 'failed' && (
        <p className="trust-failure" role="alert" data-testid="trust-failure">
          {t(`verifier.trust.failed.${refresh.reason}`)}
          {refresh.refusal !== undefined && (
            <>
              {' '}
              <span data-testid="trust-refusal">{refresh.refusal[language]}</span>
            </>
          )}
        </p>
      )}
      {issuers.map((issuer) => {
        const offset = issuer.policy?.utcOffsetMinutes ?? DEFAULT_ADMISSION_POLICY.utcOffsetMinutes;
        const time = (iso: string) => formatRegionTime(iso, offset, true);
        return (
          <div key={issuer.iss} className="trust-issuer" data-testid="trust-issuer">
            <p data-testid="trust-policy">
              {issuer.policy === undefined
                ? t('verifier.trust.policyDefault', { version: DEFAULT_ADMISSION_POLICY.version })
                : t('verifier.trust.policy', {
                    version: issuer.policy.version,
                    region: issuer.policy.region[language],
                  })}
            </p>
            <p data-testid="trust-revocations">
              {issuer.lastChange === undefined
                ? t('verifier.trust.revocationsNone')
                : t('verifier.trust.revocations', {
                    count: issuer.revoked,
                    time: time(issuer.lastChange),
                  })}
            </p>
            {issuer.lists.length > 0 && (
              <details className="trust-keys">
                <summary>{t('verifier.trust.revocationKeys')}</summary>
                <ul>
                  {issuer.lists.map((list) => (
                    <li key={list.kid} data-testid="trust-crl" data-ctr={list.ctr}>
                      {t('verifier.trust.revocationKey', {
                        kid: list.kid.slice(0, 8),
                        ctr: list.ctr,
                        time: list.updatedAt === undefined ? '—' : time(list.updatedAt),
                      })}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        );
      })}
      <p className="trust-auto">{t('verifier.trust.auto')}</p>
      <button type="button" onClick={refreshNow} disabled={!online || refreshing}>
        {refreshing ? t('verifier.trust.refreshing') : t('verifier.trust.refresh')}
      </button>
    </section>
  );
}
