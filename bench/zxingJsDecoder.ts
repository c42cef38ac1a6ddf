// The QR decoder SeroDesk used before issue #9: @zxing/library (the JavaScript port of ZXing),
// as src/cli/readQrImage.ts called it then — try harder, then once more as a "pure" barcode
// (its QR reader directly: MultiFormatReader, used then, does the same for QR only but logs
// every miss to the console). Kept as the benchmark's baseline, beside the ZXing-C++ (WebAssembly) decoder.
import { createRequire } from 'node:module';
import type * as Zxing from '@zxing/library';
import type { QrDecoder, RgbaImage } from '../src/cli/qrDecoder';

// The CommonJS build: its ESM named exports do not load in Node (tslib re-exports).
const {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  QRCodeReader,
  RGBLuminanceSource,
} = createRequire(import.meta.url)('@zxing/library') as typeof Zxing;

/** Luminance as zxing expects it (one byte per pixel); transparent pixels count as white. */
function luminance({ width, height, data }: RgbaImage): Uint8ClampedArray {
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

function decodeWith(
  source: Zxing.LuminanceSource,
  hints: Map<Zxing.DecodeHintType, unknown>,
): string | null {
  try {
    const reader = new QRCodeReader();
    return reader.decode(new BinaryBitmap(new HybridBinarizer(source)), hints).getText();
  } catch {
    // As before: every failure (not found, checksum, format, a detector's index error) was
    // "no QR code found".
    return null;
  }
}

export const decodeQrWithZxingJs: QrDecoder = (image) => {
  const source = new RGBLuminanceSource(luminance(image), image.width, image.height);
  const hints = new Map<Zxing.DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.QR_CODE]],
    [DecodeHintType.TRY_HARDER, true],
  ]);
  const text =
    decodeWith(source, hints) ??
    decodeWith(source, new Map([...hints, [DecodeHintType.PURE_BARCODE, true]]));
  return Promise.resolve(text);
};
