import { useTranslation } from 'react-i18next';
import {
  HEALTH_CARD_FILE_EXTENSION,
  HEALTH_CARD_FILE_MEDIA_TYPE,
  toHealthCardFile,
} from '../../../core/shc/healthCardFile';
import { qrMatrix, renderQrPng } from '../../../core/shc/qrRender';
import { toQrSegments } from '../../../core/shc/qrSegments';

function download(bytes: BlobPart, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The browser has taken the file once the click is handled; a tick later the URL can go.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/** The QR as a PNG and the card as a .smart-health-card file, for the citizen's phone. */
export function QrDownloads({ jws, number }: { readonly jws: string; readonly number: string }) {
  const { t } = useTranslation();
  const plan = toQrSegments(jws);
  if (!plan.ok) return null;
  const fileName = `certificate-${number}`;
  return (
    <>
      <button
        type="button"
        onClick={() => {
          const png = renderQrPng(qrMatrix(plan.value), 8, 4);
          download(png.slice().buffer, 'image/png', `${fileName}.png`);
        }}
      >
        {t('desk.certificate.downloadPng')}
      </button>
      <button
        type="button"
        onClick={() => {
          download(
            toHealthCardFile([jws]),
            HEALTH_CARD_FILE_MEDIA_TYPE,
            `${fileName}${HEALTH_CARD_FILE_EXTENSION}`,
          );
        }}
      >
        {t('desk.certificate.downloadCard')}
      </button>
    </>
  );
}
