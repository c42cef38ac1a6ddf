import { useTranslation } from 'react-i18next';

/**
 * The watermark and banner of a certificate that no longer stands, revoked or voided by the
 * register, in both languages: «Аннулирована / Revoked» and what became of it (`lines`, each
 * already in its language).
 */
export function CertificateVoidBanner({
  testId,
  lines,
}: {
  readonly testId: string;
  readonly lines: { readonly ru: string; readonly en: string };
}) {
  const { i18n } = useTranslation();
  const ru = i18n.getFixedT('ru');
  const en = i18n.getFixedT('en');
  return (
    <>
      <div className="cert-watermark" aria-hidden="true">
        {ru('desk.certificateDoc.revoked')} · {en('desk.certificateDoc.revoked')}
      </div>
      <div className="cert-revoked-banner" role="note" data-testid={testId}>
        <strong>
          <span lang="ru">{ru('desk.certificateDoc.revoked')}</span> /{' '}
          <span lang="en">{en('desk.certificateDoc.revoked')}</span>
        </strong>
        <span lang="ru">{lines.ru}</span>
        <span lang="en">{lines.en}</span>
      </div>
    </>
  );
}
