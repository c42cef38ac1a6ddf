import { BrowserQRCodeReader } from '@zxing/browser';
import { DecodeHintType, NotFoundException } from '@zxing/library';
import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

// A photo or screenshot of a QR code, or the citizen's .smart-health-card file. Images are
// decoded on the device (nothing is uploaded anywhere); a file that is not an image is read
// as text and checked like pasted text.
const MAX_FILE_BYTES = 10 * 1024 * 1024;

type UploadError = 'noCode' | 'unreadable';

export function ImageUpload({ onCode }: { readonly onCode: (text: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [error, setError] = useState<UploadError | null>(null);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Clearing lets the same file be chosen again after "scan next".
    input.value = '';
    if (file === undefined) return;
    setError(null);
    readCode(file).then(
      (text) => {
        onCode(text);
      },
      (failure: unknown) => {
        console.warn('No code read from the chosen file', failure);
        setError(failure instanceof NotFoundException ? 'noCode' : 'unreadable');
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

async function readCode(file: File): Promise<string> {
  if (file.size > MAX_FILE_BYTES) throw new RangeError(`file of ${file.size} bytes`);
  if (!file.type.startsWith('image/')) return file.text();
  const url = URL.createObjectURL(file);
  try {
    return decodeAtSeveralSizes(await loadImage(url));
  } finally {
    URL.revokeObjectURL(url);
  }
}

// zxing's QR detector misses some perfectly sharp dense codes at one module size and reads
// them at another (measured in docs/VERIFIER.md), so a still image is tried at a few sizes.
const SCALES = [1, 0.75, 0.5, 0.35];
const MIN_SIDE_PX = 160;

function decodeAtSeveralSizes(image: HTMLImageElement): string {
  // Photos are taken at an angle and in poor light: let zxing try harder than for video.
  const reader = new BrowserQRCodeReader(new Map([[DecodeHintType.TRY_HARDER, true]]));
  // A clean rendering (the citizen's PNG) is a "pure" barcode, which zxing reads without the
  // finder detection that misses some version-22 codes (see src/cli/readQrImage.ts).
  const pureReader = new BrowserQRCodeReader(
    new Map<DecodeHintType, unknown>([
      [DecodeHintType.TRY_HARDER, true],
      [DecodeHintType.PURE_BARCODE, true],
    ]),
  );
  let lastError: unknown = new NotFoundException();
  for (const scale of SCALES) {
    const width = Math.round(image.naturalWidth * scale);
    const height = Math.round(image.naturalHeight * scale);
    if (Math.min(width, height) < MIN_SIDE_PX && scale !== 1) break;
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2D canvas');
    // Transparent pixels would read as black: a QR on a transparent PNG needs a white ground.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    try {
      return reader.decodeFromCanvas(canvas).getText();
    } catch (error) {
      lastError = error;
    }
    try {
      return pureReader.decodeFromCanvas(canvas).getText();
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
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
