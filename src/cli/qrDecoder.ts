// Finds and reads the QR code in an RGBA image, in Node (the command line, tests, benchmarks),
// with ZXing-C++ compiled to WebAssembly (zxing-wasm). The .wasm is read from node_modules, so
// nothing is fetched; the browser has its own loader (src/ui/verifier/qrDecoder.ts) that serves
// the same file from our origin. Callers see only `QrDecoder`, never the library.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';

/** Pixels as a canvas gives them: 4 bytes per pixel (R, G, B, A), row-major, no padding. */
export type RgbaImage = {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray<ArrayBuffer>;
};

/** The text of the first QR code found, or null when there is none. */
export type QrDecoder = (image: RgbaImage) => Promise<string | null>;

// Only QR codes; one per image (a certificate carries one, chunking is deprecated). ZXing-C++'s
// "try harder" passes stay on: accuracy first, and the median stays within the 50 ms target
// with them (bench/decode.ts). Inverted (light-on-dark) codes are never printed by us, and
// looking for them would add a pass to every camera frame without a code.
// Kept equal to the browser's options in src/ui/verifier/qrDecoder.ts.
const QR_READER_OPTIONS: ReaderOptions = {
  formats: ['QRCode'],
  maxNumberOfSymbols: 1,
  tryHarder: true,
  tryInvert: false,
};

let prepared = false;

function prepareFromNodeModules(): void {
  if (prepared) return;
  const path = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  const bytes = readFileSync(path);
  // Overrides replace the library's default, which would locate the file on a CDN.
  prepareZXingModule({
    overrides: {
      wasmBinary: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    },
  });
  prepared = true;
}

export const decodeQr: QrDecoder = async (image) => {
  prepareFromNodeModules();
  const found = await readBarcodes(
    { width: image.width, height: image.height, data: image.data, colorSpace: 'srgb' },
    QR_READER_OPTIONS,
  );
  const first = found.find((result) => result.isValid);
  return first === undefined ? null : first.text;
};
