// Rendering a card's QR without a DOM: a module matrix (for any custom drawing), an SVG string
// (print and screen) and a PNG (the file offered to the citizen). The PNG is encoded here with
// fflate because qrcode's own PNG path needs Node streams and its browser path needs a canvas.
// PNG layout: signature, IHDR (8-bit greyscale), one IDAT (zlib, filter byte 0 per row), IEND.
import { toString, create } from 'qrcode';
import { zlibSync } from 'fflate';
import type { QrPlan } from './qrSegments';

/** Dark modules are true; row-major, `size` × `size`, without the quiet zone. */
export type QrMatrix = { readonly size: number; readonly dark: readonly boolean[] };

export function qrMatrix(plan: QrPlan): QrMatrix {
  const { modules } = create(plan.segments, {
    errorCorrectionLevel: plan.errorCorrectionLevel,
    version: plan.version,
  });
  const dark: boolean[] = [];
  for (let i = 0; i < modules.size * modules.size; i++) dark.push(modules.data[i] === 1);
  return { size: modules.size, dark };
}

export async function renderQrSvg(plan: QrPlan, margin = 4): Promise<string> {
  return toString(plan.segments, {
    type: 'svg',
    errorCorrectionLevel: plan.errorCorrectionLevel,
    version: plan.version,
    margin,
  });
}

/** PNG bytes, `scale` pixels per module, a quiet zone of `margin` modules. */
export function renderQrPng(matrix: QrMatrix, scale = 4, margin = 4): Uint8Array {
  const width = (matrix.size + 2 * margin) * scale;
  const raw = new Uint8Array((width + 1) * width);
  for (let y = 0; y < width; y++) {
    const row = y * (width + 1);
    raw[row] = 0;
    const my = Math.floor(y / scale) - margin;
    for (let x = 0; x < width; x++) {
      const mx = Math.floor(x / scale) - margin;
      const inside = mx >= 0 && my >= 0 && mx < matrix.size && my < matrix.size;
      raw[row + 1 + x] = inside && matrix.dark[my * matrix.size + mx] === true ? 0 : 255;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, width);
  header.set([8, 0, 0, 0, 0], 8); // bit depth 8, greyscale, deflate, filter 0, no interlace
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

export function pngDataUrl(png: Uint8Array): string {
  let binary = '';
  for (const byte of png) binary += String.fromCharCode(byte);
  return `data:image/png;base64,${btoa(binary)}`;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
