import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <section className="card narrow" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <Link to="/" className="button">
        {t('notFound.back')}
      </Link>
    </section>
  );
}
