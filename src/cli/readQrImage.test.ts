import { readFileSync } from 'node:fs';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodeQrWithZxingJs } from '../../bench/zxingJsDecoder';
import { rasterizeQrSvg } from '../../tests/fixtures/shc/rasterizeQrSvg';
import { readVector } from '../../tests/fixtures/shc/specVectors';
import { certificateInput, makeTestIssuer } from '../../tests/fixtures/shc/testIssuer';
import { issueHealthCard } from '../core/shc/issueCard';
import { decodeNumeric } from '../core/shc/numeric';
import { qrMatrix, renderQrPng, renderQrSvg } from '../core/shc/qrRender';
import { toQrSegments } from '../core/shc/qrSegments';
import { readQrImage } from './readQrImage';

const specImages = [
  ['example-00-g-qr-code-0.svg', 'example-00-f-qr-code-numeric-value-0.txt'],
  ['example-01-g-qr-code-0.svg', 'example-01-f-qr-code-numeric-value-0.txt'],
  ['example-02-g-qr-code-0.svg', 'example-02-f-qr-code-numeric-value-0.txt'],
  ['example-02-g-qr-code-1.svg', 'example-02-f-qr-code-numeric-value-1.txt'],
  ['example-02-g-qr-code-2.svg', 'example-02-f-qr-code-numeric-value-2.txt'],
  ['example-03-g-qr-code-0.svg', 'example-03-f-qr-code-numeric-value-0.txt'],
] as const;

describe('reading a QR code from an image', () => {
  it.each(specImages)(
    'reads %s (rasterized to PNG) as the numeric text of %s',
    async (svg, numeric) => {
      const read = await readQrImage(rasterizeQrSvg(readVector(svg)));
      expect(read).toEqual({ ok: true, text: readVector(numeric) });
    },
  );

  it('reads example 00 from its image all the way to its JWS', async () => {
    const read = await readQrImage(rasterizeQrSvg(readVector('example-00-g-qr-code-0.svg')));
    if (!read.ok) throw new Error(read.reason);
    const decoded = decodeNumeric(read.text);
    expect(decoded.ok && decoded.value.text).toBe(readVector('example-00-d-jws.txt'));
  });

  it('reads our own PNG, SVG and JPEG renderings of an issued card back to its shc:/ text', async () => {
    const issuer = await makeTestIssuer();
    const issued = await issueHealthCard(certificateInput(), issuer.publicJwk.kid, issuer.sign);
    if (!issued.ok) throw new Error(issued.reason);
    const plan = toQrSegments(issued.value.jws);
    if (!plan.ok) throw new Error(plan.reason);
    const png = renderQrPng(qrMatrix(plan.value), 3);
    expect(await readQrImage(png)).toEqual({ ok: true, text: plan.value.text });
    const svg = rasterizeQrSvg(await renderQrSvg(plan.value), 3);
    expect(await readQrImage(svg)).toEqual({ ok: true, text: plan.value.text });
    const rgba = PNG.sync.read(Buffer.from(png));
    const jpg = jpeg.encode({ data: rgba.data, width: rgba.width, height: rgba.height }, 90).data;
    expect(await readQrImage(jpg)).toEqual({ ok: true, text: plan.value.text });
  });

  it('says so when an image holds no QR code, or is not an image', async () => {
    const blank = renderQrPng({ size: 21, dark: new Array<boolean>(441).fill(false) });
    expect(await readQrImage(blank)).toMatchObject({ ok: false, reason: 'qr-not-found' });
    expect(await readQrImage(new TextEncoder().encode('shc:/56'))).toMatchObject({
      ok: false,
      reason: 'image-format-unknown',
    });
  });
});

describe('reading our own large cards', () => {
  it('reads every one of twenty rendered version-22 codes at a print-like scale', async () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let read = 0;
    for (let variant = 0; variant < 20; variant++) {
      const body = Array.from(
        { length: 1100 + variant },
        (_, i) => alphabet[(i * 7919 + 13 + variant * 31) % alphabet.length],
      ).join('');
      const jws = `${body.slice(0, 40)}.${body.slice(40, 1000)}.${body.slice(1000)}`;
      const plan = toQrSegments(jws);
      if (!plan.ok) throw new Error(plan.reason);
      const answer = await readQrImage(renderQrPng(qrMatrix(plan.value), 8));
      if (answer.ok && decodeNumeric(answer.text).ok) read += 1;
    }
    expect(read).toBe(20);
  });
});

describe('reading a photo of a printed card', () => {
  const photo = (name: string) =>
    readFileSync(new URL(`../../tests/fixtures/photos/${name}`, import.meta.url));

  it('reads a rescaled, JPEG re-compressed photo in which @zxing/library finds no code', async () => {
    const bytes = photo('rescaled-jpeg-card.jpg');
    const text = photo('rescaled-jpeg-card.txt').toString('utf8').trim();
    expect(await readQrImage(bytes, decodeQrWithZxingJs)).toEqual({
      ok: false,
      reason: 'qr-not-found',
    });
    expect(await readQrImage(bytes)).toEqual({ ok: true, text });
  });

  it('reads a QR saved on a transparent background (transparent pixels count as white)', async () => {
    const issuer = await makeTestIssuer();
    const issued = await issueHealthCard(certificateInput(), issuer.publicJwk.kid, issuer.sign);
    if (!issued.ok) throw new Error(issued.reason);
    const plan = toQrSegments(issued.value.jws);
    if (!plan.ok) throw new Error(plan.reason);
    const grey = PNG.sync.read(Buffer.from(renderQrPng(qrMatrix(plan.value), 3)));
    // Light modules become transparent black, as many editors save them.
    const png = new PNG({ width: grey.width, height: grey.height });
    for (let i = 0; i < grey.data.length; i += 4) {
      const light = (grey.data[i] ?? 0) > 127;
      png.data.set(light ? [0, 0, 0, 0] : [0, 0, 0, 255], i);
    }
    expect(await readQrImage(PNG.sync.write(png))).toEqual({ ok: true, text: plan.value.text });
  });
});
