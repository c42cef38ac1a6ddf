import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFetchTransport, encodeBody, GZIP_FROM_BYTES } from './transport';

// What the fetch transport puts on the wire for a gzipped request: the same JSON, whether the
// platform's CompressionStream or fflate (where there is none) compressed it.

function capture() {
  const seen: { headers: Record<string, string>; body: unknown }[] = [];
  const fetchFn = ((_url: URL, init: RequestInit) => {
    seen.push({ headers: init.headers as Record<string, string>, body: init.body });
    return Promise.resolve(new Response('{"ok":true}', { status: 200 }));
  }) as typeof fetch;
  return { seen, transport: createFetchTransport({ baseUrl: 'http://register', fetchFn }) };
}

const large = { ops: Array.from({ length: 200 }, (_, i) => ({ n: i, text: 'запись '.repeat(5) })) };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('gzipped request bodies', () => {
  it.each([
    ['the platform’s CompressionStream', false],
    ['fflate, on a platform without CompressionStream', true],
  ])('sends a large body gzipped by %s, which unzips to the same JSON', async (_, without) => {
    if (without) vi.stubGlobal('CompressionStream', undefined);
    const { seen, transport } = capture();
    expect(JSON.stringify(large).length).toBeGreaterThan(GZIP_FROM_BYTES);
    const answer = await transport({
      method: 'POST',
      path: '/api/sync/push',
      body: large,
      gzip: true,
    });
    expect(answer).toMatchObject({ ok: true, value: { status: 200, body: { ok: true } } });
    const [sent] = seen;
    expect(sent?.headers['content-encoding']).toBe('gzip');
    expect(sent?.body).toBeInstanceOf(Uint8Array);
    const text = gunzipSync(sent?.body as Uint8Array).toString('utf8');
    expect(JSON.parse(text)).toEqual(large);
  });

  it('sends a body encoded ahead (while the request before it was out) as it was encoded', async () => {
    const { seen, transport } = capture();
    const encoded = await encodeBody(large, true);
    await transport({ method: 'POST', path: '/api/sync/push', body: large, encoded, gzip: true });
    expect(seen[0]?.headers['content-encoding']).toBe('gzip');
    expect(seen[0]?.body).toBe(encoded.payload);
    expect(JSON.parse(gunzipSync(encoded.payload as Uint8Array).toString('utf8'))).toEqual(large);
  });

  it.each([
    ['the platform’s CompressionStream', false],
    ['fflate', true],
  ])('encodes a push an op a line, gzipped by %s, to the same JSON', async (_, without) => {
    if (without) vi.stubGlobal('CompressionStream', undefined);
    const encoded = await encodeBody(large, true, 'ops');
    expect(encoded.gzipped).toBe(true);
    const text = gunzipSync(encoded.payload).toString('utf8');
    expect(text.split('\n')).toHaveLength(large.ops.length + 2);
    expect(JSON.parse(text)).toEqual(large);
  });

  it('encodes a small lined body as its bytes, ungzipped', async () => {
    const encoded = await encodeBody({ ops: [{ n: 1 }] }, true, 'ops');
    expect(encoded.gzipped).toBe(false);
    const text = new TextDecoder().decode(encoded.payload as Uint8Array);
    expect(text).toBe('{"ops":[\n{"n":1}\n]}');
  });

  it('sends a small body as it is', async () => {
    const { seen, transport } = capture();
    await transport({ method: 'POST', path: '/api/sync/pull', body: { cursor: 0 }, gzip: true });
    expect(seen[0]?.headers['content-encoding']).toBeUndefined();
    expect(seen[0]?.body).toBe('{"cursor":0}');
  });
});

describe('compressed answers', () => {
  it('asks for brotli first and reads a brotli answer, with the platform’s own fetch', async () => {
    // As the register answers (register/sync/compression.ts): brotli only when asked for.
    const server = createServer((request, response) => {
      const asked = request.headers['accept-encoding'] ?? '';
      if (!asked.startsWith('br')) {
        response.writeHead(406).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'br' });
      response.end(brotliCompressSync(JSON.stringify({ changes: ['запись'] })));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const transport = createFetchTransport({ baseUrl: `http://127.0.0.1:${String(port)}` });
      const answer = await transport({ method: 'POST', path: '/api/sync/pull', body: {} });
      expect(answer).toEqual({ ok: true, value: { status: 200, body: { changes: ['запись'] } } });
    } finally {
      server.close();
    }
  });
});
