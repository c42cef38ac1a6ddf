// The verifier's QR decoder: ZXing-C++ compiled to WebAssembly (zxing-wasm), for camera frames
// and chosen photos. Callers hand over pixels and get text; which library reads them stays here.
//
// The .wasm is part of our build (Vite's `?url` copies it into dist/assets under a hashed
// name) and precached by the service worker (vite.config.ts globPatterns), so a verifier
// that is offline for days still decodes. zxing-wasm would otherwise fetch it from a CDN.
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import readerWasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

/** Pixels as a canvas gives them (ImageData): RGBA, row-major. */
export type RgbaImage = {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray<ArrayBuffer>;
};

// Kept equal to the command line's options (src/cli/qrDecoder.ts), whose reasons apply here.
const READER_OPTIONS: ReaderOptions = {
  formats: ['QRCode'],
  maxNumberOfSymbols: 1,
  tryHarder: true,
  tryInvert: false,
};

/** Where the decoder's files are: the .wasm from our own origin, never a CDN. */
function locateDecoderFile(path: string, prefix: string): string {
  return path.endsWith('.wasm') ? readerWasmUrl : prefix + path;
}

let loading: Promise<unknown> | null = null;

/**
 * Fetches and compiles the decoder once (about 1 MB, from the service worker's cache when
 * offline). Called when a scanner appears, so the first frame does not wait for it.
 */
export function loadQrDecoder(): Promise<unknown> {
  if (loading === null) {
    const started = prepareZXingModule({
      overrides: { locateFile: locateDecoderFile },
      fireImmediately: true,
    });
    loading = started.catch((error: unknown) => {
      // A failed load (e.g. offline before the app was cached) is tried again next time.
      loading = null;
      throw error;
    });
  }
  return loading;
}

/** The text of the first QR code in the image, or null when there is none. */
export async function decodeQr(image: RgbaImage): Promise<string | null> {
  await loadQrDecoder();
  const found = await readBarcodes(
    { width: image.width, height: image.height, data: image.data, colorSpace: 'srgb' },
    READER_OPTIONS,
  );
  const first = found.find((result) => result.isValid);
  return first === undefined ? null : first.text;
}
