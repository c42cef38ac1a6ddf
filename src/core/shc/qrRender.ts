// Rendering a card's QR without a DOM: a module matrix (for any custom drawing), an SVG string
// (print and screen) and a PNG (the file offered to the citizen). The PNG is encoded here with
// fflate because qrcode's own PNG path needs Node streams and its browser path needs a canvas.
// PNG layout: signature, IHDR (8-bit greyscale), one IDAT (zlib, filter byte 0 per row), IEND.
// Every rendering uses one fixed mask (QR_MASK_PATTERN, why there), so screen, print and PNG
// show the same code.
import { create } from 'qrcode';
import { zlibSync } from 'fflate';
import { QR_MASK_PATTERN, type QrPlan } from './qrSegments';

/** Dark modules are true; row-major, `size` × `size`, without the quiet zone. */
export type QrMatrix = { readonly size: number; readonly dark: readonly boolean[] };

export function qrMatrix(plan: QrPlan): QrMatrix {
  const { modules } = create(plan.segments, {
    errorCorrectionLevel: plan.errorCorrectionLevel,
    version: plan.version,
    maskPattern: QR_MASK_PATTERN,
  });
  const dark: boolean[] = [];
  for (let i = 0; i < modules.size * modules.size; i++) dark.push(modules.data[i] === 1);
  return { size: modules.size, dark };
}

/**
 * The code as an SVG, drawn as the qrcode package draws it (a white square, then each row's
 * dark runs as strokes half a module down), with a quiet zone of `margin` modules:
 *
 *   <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29" shape-rendering="crispEdges">
 *   <path fill="#ffffff" d="M0 0h29v29H0z"/><path stroke="#000000" d="M4 4.5h7m2 0h1…"/></svg>
 *
 * Synchronous, so a screen can draw the code in the same render that shows the certificate.
 */
export function qrSvg(matrix: QrMatrix, margin = 4): string {
  const { size, dark } = matrix;
  const full = size + 2 * margin;
  let path = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    let penAt = -1; // column where the last run ended on this row; -1 before the first run
    while (x < size) {
      if (dark[y * size + x] !== true) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && dark[y * size + x] === true) x++;
      path +=
        penAt < 0
          ? `M${start + margin} ${y + margin + 0.5}h${x - start}`
          : `m${start - penAt} 0h${x - start}`;
      penAt = x;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" shape-rendering="crispEdges">` +
    `<path fill="#ffffff" d="M0 0h${full}v${full}H0z"/><path stroke="#000000" d="${path}"/></svg>\n`
  );
}

export async function renderQrSvg(plan: QrPlan, margin = 4): Promise<string> {
  return Promise.resolve(qrSvg(qrMatrix(plan), margin));
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
