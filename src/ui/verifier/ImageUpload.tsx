import { useEffect, useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeQr, loadQrDecoder } from './qrDecoder';

// A photo or screenshot of a QR code, or the citizen's .smart-health-card file. Images are
// decoded on the device (nothing is uploaded anywhere); a file that is not an image is read
// as text and checked like pasted text.
const MAX_FILE_BYTES = 10 * 1024 * 1024;

type UploadError = 'noCode' | 'unreadable';

export function ImageUpload({ onCode }: { readonly onCode: (text: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [error, setError] = useState<UploadError | null>(null);

  // The decoder loads with the verifier screen (this field is always on it), while online,
  // so a photo chosen later decodes at once.
  useEffect(() => {
    loadQrDecoder().catch((failure: unknown) => {
      console.warn('The QR decoder did not load', failure);
    });
  }, []);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Clearing lets the same file be chosen again after "scan next".
    input.value = '';
    if (file === undefined) return;
    setError(null);
    readCode(file).then(
      (read) => {
        if ('text' in read) onCode(read.text);
        else setError(read.error);
      },
      (failure: unknown) => {
        console.warn('No code read from the chosen file', failure);
        setError('unreadable');
      },
    );
  };

  return (
    <div className="field upload">
      <label htmlFor={id}>{t('verifier.upload.label')}</label>
      <input
        id={id}
        type="file"
        accept="image/*,.smart-health-card,application/smart-health-card,application/json"
        onChange={onChange}
        aria-describedby={error === null ? undefined : `${id}-error`}
        data-testid="upload"
      />
      {error !== null && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {t(`verifier.upload.${error}`)}
        </p>
      )}
    </div>
  );
}

type ReadOutcome = { readonly text: string } | { readonly error: UploadError };

async function readCode(file: File): Promise<ReadOutcome> {
  if (file.size > MAX_FILE_BYTES) return { error: 'unreadable' };
  if (!file.type.startsWith('image/')) return { text: await file.text() };
  const url = URL.createObjectURL(file);
  try {
    const text = await decodeQr(pixelsOf(await loadImage(url)));
    return text === null ? { error: 'noCode' } : { text };
  } finally {
    URL.revokeObjectURL(url);
  }
}

// A phone photo of 12 MP or more is drawn at most this wide: the decoder also looks at a
// downscaled copy itself, and a cheap phone runs short of memory on 200 MB of pixels.
const MAX_SIDE_PX = 4096;

function pixelsOf(image: HTMLImageElement): ImageData {
  const scale = Math.min(1, MAX_SIDE_PX / Math.max(image.naturalWidth, image.naturalHeight));
  const width = Math.max(1, Math.round(image.naturalWidth * scale));
  const height = Math.max(1, Math.round(image.naturalHeight * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (context === null) throw new Error('no 2D canvas');
  // Transparent pixels would read as black: a QR on a transparent PNG needs a white ground.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  return context.getImageData(0, 0, width, height);
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      resolve(image);
    };
    image.onerror = () => {
      reject(new Error('the image could not be decoded'));
    };
    image.src = url;
  });
}
