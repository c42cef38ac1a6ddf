import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  HEALTH_CARD_FILE_EXTENSION,
  HEALTH_CARD_FILE_MEDIA_TYPE,
  toHealthCardFile,
} from '../../../core/shc/healthCardFile';
import { qrMatrix, renderQrPng } from '../../../core/shc/qrRender';
import { toQrSegments } from '../../../core/shc/qrSegments';
import { downloadFile } from '../../components/downloadFile';

/** The QR as a PNG and the card as a .smart-health-card file, for the citizen's phone. */
export function QrDownloads({ jws, number }: { readonly jws: string; readonly number: string }) {
  const { t } = useTranslation();
  // Planned once per card, not on every render of the certificate's panel.
  const plan = useMemo(() => toQrSegments(jws), [jws]);
  if (!plan.ok) return null;
  const fileName = `certificate-${number}`;
  return (
    <>
      <button
        type="button"
        onClick={() => {
          const png = renderQrPng(qrMatrix(plan.value), 8, 4);
          downloadFile(`${fileName}.png`, png.slice().buffer, 'image/png');
        }}
      >
        {t('desk.certificate.downloadPng')}
      </button>
      <button
        type="button"
        onClick={() => {
          downloadFile(
            `${fileName}${HEALTH_CARD_FILE_EXTENSION}`,
            toHealthCardFile([jws]),
            HEALTH_CARD_FILE_MEDIA_TYPE,
          );
        }}
      >
        {t('desk.certificate.downloadCard')}
      </button>
    </>
  );
}
