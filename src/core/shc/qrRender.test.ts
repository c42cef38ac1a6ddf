import { create, toString } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrMatrix, qrSvg, renderQrSvg } from './qrRender';
import { QR_MASK_PATTERN, toQrSegments } from './qrSegments';

// A JWS-like text of the length of a real card (~900 characters: version 21 at level L).
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const cardLike = (length: number) =>
  Array.from({ length }, (_, i) => ALPHABET[(i * 7919 + 13) % 64] ?? 'A').join('');

describe('drawing a card QR', () => {
  it('draws the SVG exactly as the qrcode package draws the same code', async () => {
    for (const length of [40, 600, 900]) {
      const plan = toQrSegments(cardLike(length));
      if (!plan.ok) throw new Error(plan.reason);
      const theirs = await toString(plan.value.segments, {
        type: 'svg',
        errorCorrectionLevel: plan.value.errorCorrectionLevel,
        version: plan.value.version,
        maskPattern: QR_MASK_PATTERN,
        margin: 4,
      });
      expect(qrSvg(qrMatrix(plan.value), 4)).toBe(theirs);
      expect(await renderQrSvg(plan.value, 2)).toBe(qrSvg(qrMatrix(plan.value), 2));
    }
  });

  it('draws every code with the one fixed mask, so screen, print and PNG show the same code', () => {
    const plan = toQrSegments(cardLike(900));
    if (!plan.ok) throw new Error(plan.reason);
    const { modules, maskPattern } = create(plan.value.segments, {
      errorCorrectionLevel: plan.value.errorCorrectionLevel,
      version: plan.value.version,
      maskPattern: QR_MASK_PATTERN,
    });
    expect(maskPattern).toBe(QR_MASK_PATTERN);
    const matrix = qrMatrix(plan.value);
    expect(matrix.size).toBe(modules.size);
    expect(matrix.dark).toEqual(Array.from(modules.data, (module) => module === 1));
  });
});
