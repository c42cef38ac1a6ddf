import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** A whole-screen explanation of why administration cannot open here, with the way home. */
export function AdminNotice({ text, testId }: { readonly text: string; readonly testId: string }) {
  const { t } = useTranslation();
  return (
    <section className="card narrow" aria-labelledby="admin-notice-title">
      <h1 id="admin-notice-title">{t('admin.home.title')}</h1>
      <p className="notice" role="status" data-testid={testId}>
        {text}
      </p>
      <Link className="button" to="/">
        {t('desk.nav.home')}
      </Link>
    </section>
  );
}
