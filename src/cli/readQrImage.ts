// Reads the text of a QR code from a PNG or JPEG file (Node only: pngjs, jpeg-js), with
// @zxing/library — the same decoder family the verifier screen uses through @zxing/browser.
import { createRequire } from 'node:module';
import type * as Zxing from '@zxing/library';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

// @zxing/library's CommonJS build hides its named exports from Node's ESM loader (tslib
// re-exports), so it is required; the types still come from the package.
const {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  MultiFormatReader,
  NotFoundException,
  RGBLuminanceSource,
} = createRequire(import.meta.url)('@zxing/library') as typeof Zxing;

export type ImageReadError = 'image-format-unknown' | 'image-unreadable' | 'qr-not-found';

export type ImageReadResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: ImageReadError; readonly detail?: string };

type Rgba = { readonly width: number; readonly height: number; readonly data: Uint8Array };

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function isQrImage(bytes: Uint8Array): boolean {
  return startsWith(bytes, PNG_MAGIC) || startsWith(bytes, JPEG_MAGIC);
}

function decodeImage(bytes: Uint8Array): Rgba {
  if (startsWith(bytes, PNG_MAGIC)) {
    const png = PNG.sync.read(Buffer.from(bytes));
    return { width: png.width, height: png.height, data: png.data };
  }
  const image = jpeg.decode(bytes, {
    useTArray: true,
    formatAsRGBA: true,
    maxMemoryUsageInMB: 256,
  });
  return { width: image.width, height: image.height, data: image.data };
}

/** Luminance as zxing expects it (one byte per pixel); transparent pixels count as white. */
function luminance({ width, height, data }: Rgba): Uint8ClampedArray {
  const out = new Uint8ClampedArray(width * height);
  for (let i = 0; i < out.length; i++) {
    const r = data[i * 4] ?? 255;
    const g = data[i * 4 + 1] ?? 255;
    const b = data[i * 4 + 2] ?? 255;
    const a = (data[i * 4 + 3] ?? 255) / 255;
    const y = (r * 299 + g * 587 + b * 114) / 1000;
    out[i] = Math.round(y * a + 255 * (1 - a));
  }
  return out;
}

export function readQrImage(bytes: Uint8Array): ImageReadResult {
  if (!isQrImage(bytes)) return { ok: false, reason: 'image-format-unknown' };
  let image: Rgba;
  try {
    image = decodeImage(bytes);
  } catch (error) {
    return { ok: false, reason: 'image-unreadable', detail: String(error) };
  }
  const source = new RGBLuminanceSource(luminance(image), image.width, image.height);
  const hints = new Map<Zxing.DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.QR_CODE]],
    [DecodeHintType.TRY_HARDER, true],
  ]);
  const first = decodeWith(source, hints);
  if (first.ok) return first;
  // zxing's finder/alignment detection misses about one in five sharp version-22 codes (the
  // size of our cards), measured on rendered PNGs; a clean rendered image (the citizen's PNG,
  // a scan of the print) is a "pure" barcode, which zxing reads without that detection.
  const pure = decodeWith(source, new Map([...hints, [DecodeHintType.PURE_BARCODE, true]]));
  return pure.ok ? pure : first;
}

function decodeWith(
  source: Zxing.LuminanceSource,
  hints: Map<Zxing.DecodeHintType, unknown>,
): ImageReadResult {
  try {
    const reader = new MultiFormatReader();
    return {
      ok: true,
      text: reader.decode(new BinaryBitmap(new HybridBinarizer(source)), hints).getText(),
    };
  } catch (error) {
    if (error instanceof NotFoundException) return { ok: false, reason: 'qr-not-found' };
    return { ok: false, reason: 'qr-not-found', detail: String(error) };
  }
}
