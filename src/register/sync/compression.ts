import { promisify } from 'node:util';
import { brotliCompress, constants, createGunzip, createInflate, gzip } from 'node:zlib';
import type { Transform } from 'node:stream';
import negotiate from '@fastify/accept-negotiator';
import type { FastifyInstance } from 'fastify';

// Compressed bodies for the sync routes: satellite links are slow and records compress
// five to ten times. Requests may be sent with `Content-Encoding: gzip` (or `deflate`);
// answers are compressed with brotli when the client accepts `br` (Chromium does, also over
// plain HTTP), else gzipped when it accepts `gzip` (Node's fetch: "gzip, deflate"); both undo
// it themselves. (The app's transport asks Node's fetch for brotli too: sync/transport.ts.)
//
//   POST /api/sync/push  Content-Type: application/json  Content-Encoding: gzip  <gzip bytes>
//   200  Content-Encoding: br  Vary: Accept-Encoding  <brotli bytes of the JSON answer>
//
// Brotli at quality 3 (issue #14): a pull page of 1,000 persons (≈ 680 KB of JSON) takes
// ≈ 4.5 ms and 94 KB, where gzip's default level took ≈ 8 ms and 97 KB — less of the
// register's CPU during a first download, and no more bytes over a satellite link.
//
// The body limit applies to the inflated JSON (Fastify counts what the stream yields), so a
// small "zip bomb" is refused as too large, not inflated into memory.

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Preferred first when the client weighs them alike (`q=0` refuses one). */
const ANSWER_ENCODINGS: ('br' | 'gzip')[] = ['br', 'gzip'];

const BROTLI_QUALITY = 3;

function compress(encoding: 'br' | 'gzip', payload: string | Uint8Array): Promise<Buffer> {
  if (encoding === 'gzip') return gzipAsync(payload);
  const params = {
    [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    // A hint only: a text's length, not its bytes (counting those is ≈ 0.4 ms a page).
    [constants.BROTLI_PARAM_SIZE_HINT]:
      typeof payload === 'string' ? payload.length : payload.byteLength,
  };
  return brotliAsync(payload, { params });
}

/** Answers smaller than this go uncompressed: gzip's header would outweigh the gain. */
const MIN_COMPRESSED_BYTES = 1024;

/**
 * An answer of text, or of the bytes of JSON (a pull page: pullAnswer.ts), large enough to
 * gain from compression. A text of n UTF-16 units has at least n UTF-8 bytes: its bytes are
 * counted only when it is short.
 */
function worthCompressing(payload: unknown): payload is string | Uint8Array {
  if (payload instanceof Uint8Array) return payload.byteLength >= MIN_COMPRESSED_BYTES;
  if (typeof payload !== 'string') return false;
  return (
    payload.length >= MIN_COMPRESSED_BYTES || Buffer.byteLength(payload) >= MIN_COMPRESSED_BYTES
  );
}

type CountingStream = Transform & { receivedEncodedLength: number };

function inflater(encoding: string): Transform | null {
  if (encoding === 'gzip' || encoding === 'x-gzip') return createGunzip();
  if (encoding === 'deflate') return createInflate();
  return null;
}

export function installSyncCompression(scope: FastifyInstance): void {
  scope.addHook('preParsing', (request, _reply, payload, done) => {
    const encoding = (request.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    if (encoding === 'identity') {
      done(null, payload);
      return;
    }
    const stream = inflater(encoding);
    if (stream === null) {
      const error = Object.assign(new Error(`Content-Encoding ${encoding} is not supported`), {
        statusCode: 415,
        code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
      });
      done(error);
      return;
    }
    // Fastify compares Content-Length with the bytes received, which are the encoded ones.
    const counting = stream as CountingStream;
    counting.receivedEncodedLength = 0;
    payload.on('data', (chunk: Buffer) => {
      counting.receivedEncodedLength += chunk.length;
    });
    payload.on('error', (error) => counting.destroy(error));
    payload.pipe(counting);
    done(null, counting);
  });

  scope.addHook('onSend', async (request, reply, payload) => {
    if (!worthCompressing(payload)) return payload;
    reply.header('Vary', 'Accept-Encoding');
    const encoding = negotiate(request.headers['accept-encoding'] ?? '', ANSWER_ENCODINGS);
    if (encoding === null) return payload;
    reply.header('Content-Encoding', encoding);
    return compress(encoding, payload);
  });
}
