import { promisify } from 'node:util';
import { createGunzip, createInflate, gzip } from 'node:zlib';
import type { Transform } from 'node:stream';
import type { FastifyInstance } from 'fastify';

// Compressed bodies for the sync routes: satellite links are slow and records compress
// five to ten times. Requests may be sent with `Content-Encoding: gzip` (or `deflate`);
// answers are gzipped when the client says `Accept-Encoding: gzip` (browsers and Node's
// fetch do, and undo it themselves).
//
//   POST /api/sync/push  Content-Type: application/json  Content-Encoding: gzip  <gzip bytes>
//   200  Content-Encoding: gzip  Vary: Accept-Encoding  <gzip bytes of the JSON answer>
//
// The body limit applies to the inflated JSON (Fastify counts what the stream yields), so a
// small "zip bomb" is refused as too large, not inflated into memory.

const gzipAsync = promisify(gzip);

/** Answers smaller than this go uncompressed: gzip's header would outweigh the gain. */
const MIN_COMPRESSED_BYTES = 1024;

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
    if (typeof payload !== 'string' || Buffer.byteLength(payload) < MIN_COMPRESSED_BYTES) {
      return payload;
    }
    const accepted = request.headers['accept-encoding'] ?? '';
    reply.header('Vary', 'Accept-Encoding');
    if (!/\bgzip\b/.test(accepted)) return payload;
    reply.header('Content-Encoding', 'gzip');
    return gzipAsync(payload);
  });
}
