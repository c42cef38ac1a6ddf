import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { withTexts } from '../../i18n/sections';

// The camera scanner is the verifier's (its zxing decoder is the `camera` chunk, ≈ 14 KB gzip
// of script before its .wasm) and so are its texts (the status line, the preview's label).
// Both load when the cashier presses «Сканировать QR-код чека», not with the desk. When the
// receipt form imported the scanner statically, the decoder's script came with every screen
// of the desk, the person search included (issue #14), and the verifier's texts did not come
// at all, so a desk that had not opened the verifier showed the scanner's i18n keys.

/** If the chunk cannot be had (offline with the service worker's cache gone): type it in. */
function ScannerUnavailable() {
  const { t } = useTranslation();
  return (
    <p role="alert" className="camera-error" data-testid="camera-error" data-error="failed">
      {t('desk.receipt.cameraError.failed')}
    </p>
  );
}

const CameraScanner = lazy(() =>
  withTexts(['verifier'], import('../../verifier/CameraScanner')).then(
    (m) => ({ default: m.CameraScanner }),
    () => ({ default: ScannerUnavailable }),
  ),
);

/** The receipt's QR read by the camera; every code read goes to `onCode`. */
export function ReceiptScanner({ onCode }: { readonly onCode: (text: string) => void }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <p role="status" className="camera-hint">
          {t('desk.receipt.cameraLoading')}
        </p>
      }
    >
      <CameraScanner onCode={onCode} errorTexts="desk.receipt.cameraError" />
    </Suspense>
  );
}
