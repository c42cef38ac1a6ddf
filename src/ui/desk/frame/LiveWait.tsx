import { useTranslation } from 'react-i18next';
import type { Live } from './useLiveQuery';

/** What a screen shows until its live query answers: "loading…", or why it never will. */
export function LiveWait({ live }: { readonly live: Live<unknown> }) {
  const { t } = useTranslation();
  if (live.loaded) return null;
  return live.failed ? (
    <p className="form-error" role="alert" data-testid="load-failed">
      {t('desk.loadFailed')}
    </p>
  ) : (
    <p role="status">{t('desk.loading')}</p>
  );
}
