import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { certificateInput, makeTestIssuer } from '../../../tests/fixtures/shc/testIssuer';
import { issueHealthCard } from '../../core/shc/issueCard';
import { qrMatrix, renderQrPng } from '../../core/shc/qrRender';
import { toQrSegments } from '../../core/shc/qrSegments';
import { decodeQr } from './qrDecoder';

// The browser's decoder, run in Node with `fetch` standing in for the network: it must ask
// for its .wasm at our own origin (the service worker precaches it there), never at a CDN.
const wasmBytes = readFileSync(
  createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'),
);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the verifier screen QR decoder', () => {
  it('fetches its .wasm from our own origin only, then reads an issued card', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
      const url = input instanceof Request ? input.url : String(input);
      asked.push(url);
      if (/^[a-z]+:/i.test(url)) return Promise.reject(new TypeError(`offline: ${url}`));
      return Promise.resolve(
        new Response(wasmBytes, { headers: { 'content-type': 'application/wasm' } }),
      );
    });
    const issuer = await makeTestIssuer();
    const issued = await issueHealthCard(certificateInput(), issuer.publicJwk.kid, issuer.sign);
    if (!issued.ok) throw new Error(issued.reason);
    const plan = toQrSegments(issued.value.jws);
    if (!plan.ok) throw new Error(plan.reason);
    const png = PNG.sync.read(Buffer.from(renderQrPng(qrMatrix(plan.value), 3)));
    const text = await decodeQr({
      width: png.width,
      height: png.height,
      data: new Uint8ClampedArray(png.data),
    });
    expect(text).toBe(plan.value.text);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/^\/[^/].*zxing_reader.*\.wasm$/);
  });
});
