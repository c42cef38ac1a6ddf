import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';

/** A whole-screen explanation of why the desk cannot be used here, with the way home. */
export function DeskNotice({ title, text }: { readonly title: string; readonly text: string }) {
  const { t } = useTranslation();
  return (
    <section className="card narrow" aria-labelledby="desk-notice-title">
      <h1 id="desk-notice-title">{title}</h1>
      <p className="notice">{text}</p>
      <Link className="button" to="/">
        {t('desk.nav.home')}
      </Link>
    </section>
  );
}
