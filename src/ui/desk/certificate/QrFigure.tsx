import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toQrSegments } from '../../../core/shc/qrSegments';
import { qrMatrix, qrSvg } from '../../../core/shc/qrRender';

/**
 * The certificate's signed QR as an SVG image (sharp at any print resolution). The print CSS
 * makes it at least 40 mm wide, so a phone camera reads a version-22 code from paper. Drawn in
 * the render that shows the certificate (a few ms with the fixed mask), not in an effect after
 * it: the click on «Выдать справку» shows the QR in its first frame (issue #14).
 */
export function QrFigure({ jws, number }: { readonly jws: string; readonly number: string }) {
  const { t } = useTranslation();
  const svg = useMemo(() => {
    const plan = toQrSegments(jws);
    return plan.ok ? qrSvg(qrMatrix(plan.value), 4) : undefined;
  }, [jws]);
  if (svg === undefined) return <p className="form-error">{t('desk.certificate.qrFailed')}</p>;
  return (
    <img
      className="qr"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={t('desk.certificate.qrAlt', { number })}
      data-testid="certificate-qr"
    />
  );
}
