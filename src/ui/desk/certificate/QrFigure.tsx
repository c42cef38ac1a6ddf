import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toQrSegments } from '../../../core/shc/qrSegments';
import { renderQrSvg } from '../../../core/shc/qrRender';

/**
 * The certificate's signed QR as an SVG image (sharp at any print resolution). The print CSS
 * makes it at least 40 mm wide, so a phone camera reads a version-22 code from paper.
 */
export function QrFigure({ jws, number }: { readonly jws: string; readonly number: string }) {
  const { t } = useTranslation();
  const [svg, setSvg] = useState<string>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    const plan = toQrSegments(jws);
    if (!plan.ok) {
      setFailed(true);
      return;
    }
    void renderQrSvg(plan.value, 4).then((text) => {
      if (live) setSvg(text);
    });
    return () => {
      live = false;
    };
  }, [jws]);
  if (failed) return <p className="form-error">{t('desk.certificate.qrFailed')}</p>;
  if (svg === undefined) return <div className="qr qr-placeholder" aria-hidden="true" />;
  return (
    <img
      className="qr"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={t('desk.certificate.qrAlt', { number })}
      data-testid="certificate-qr"
    />
  );
}
