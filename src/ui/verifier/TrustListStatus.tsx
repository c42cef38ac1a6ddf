import { useTranslation } from 'react-i18next';
import { useOnline } from '../useOnline';
import type { TrustListState } from './useTrustList';
import { formatAge, formatAgeLimit, isTrustStale, languageOf } from './verdictDisplay';

/** The trust list's age, a warning when it is old or missing, and a button to update it. */
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
        <p className="trust-failure">{t(`verifier.trust.failed.${refresh.reason}`)}</p>
      )}
      <button type="button" onClick={refreshNow} disabled={!online || refreshing}>
        {refreshing ? t('verifier.trust.refreshing') : t('verifier.trust.refresh')}
      </button>
    </section>
  );
}
