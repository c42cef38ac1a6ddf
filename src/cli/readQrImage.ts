// Reads the text of a QR code from a PNG or JPEG file (Node only: pngjs, jpeg-js decode the
// file; the QR decoder of ./qrDecoder finds and reads the code).
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { decodeQr, type QrDecoder, type RgbaImage } from './qrDecoder';

export type ImageReadError = 'image-format-unknown' | 'image-unreadable' | 'qr-not-found';

export type ImageReadResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: ImageReadError; readonly detail?: string };

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function isQrImage(bytes: Uint8Array): boolean {
  return startsWith(bytes, PNG_MAGIC) || startsWith(bytes, JPEG_MAGIC);
}

function decodeImage(bytes: Uint8Array): RgbaImage {
  if (startsWith(bytes, PNG_MAGIC)) {
    const png = PNG.sync.read(Buffer.from(bytes));
    return { width: png.width, height: png.height, data: onWhite(png.data) };
  }
  const image = jpeg.decode(bytes, {
    useTArray: true,
    formatAsRGBA: true,
    maxMemoryUsageInMB: 256,
  });
  return { width: image.width, height: image.height, data: new Uint8ClampedArray(image.data) };
}

/**
 * The pixels composed over white, opaque. Decoders ignore alpha, and a QR saved on a
 * transparent background usually has black transparent pixels: as is, it would read as black.
 */
function onWhite(rgba: Uint8Array): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(rgba.length);
  for (let i = 0; i < rgba.length; i += 4) {
    const alpha = (rgba[i + 3] ?? 255) / 255;
    for (let c = 0; c < 3; c++) out[i + c] = (rgba[i + c] ?? 255) * alpha + 255 * (1 - alpha);
    out[i + 3] = 255;
  }
  return out;
}

export async function readQrImage(
  bytes: Uint8Array,
  decoder: QrDecoder = decodeQr,
): Promise<ImageReadResult> {
  if (!isQrImage(bytes)) return { ok: false, reason: 'image-format-unknown' };
  let image: RgbaImage;
  try {
    image = decodeImage(bytes);
  } catch (error) {
    return { ok: false, reason: 'image-unreadable', detail: String(error) };
  }
  const text = await decoder(image);
  return text === null ? { ok: false, reason: 'qr-not-found' } : { ok: true, text };
}
