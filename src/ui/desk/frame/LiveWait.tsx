import { useTranslation } from 'react-i18next';
import type { Live } from './useLiveQuery';
import { FormError } from '../../components/FormError';

/** What a screen shows until its live query answers: "loading…", or why it never will. */
export function LiveWait({ live }: { readonly live: Live<unknown> }) {
  const { t } = useTranslation();
  if (live.loaded) return null;
  return live.failed ? (
    <FormError message={t('desk.loadFailed')} testId="load-failed" />
  ) : (
    <p role="status">{t('desk.loading')}</p>
  );
}
