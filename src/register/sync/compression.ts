import { promisify } from 'node:util';
import { Readable } from 'node:stream';
import type { ZlibOptions } from 'node:zlib';
import { brotliCompress, constants, gunzip, gzip, inflate } from 'node:zlib';
import negotiate from '@fastify/accept-negotiator';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errorCodes } from 'fastify';

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
// The body limit applies to the bytes sent and to the inflated JSON: inflating stops one byte
// past it, so a small "zip bomb" is refused as too large (413), not inflated into memory.

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const gunzipAsync = promisify(gunzip) as Inflate;
const inflateAsync = promisify(inflate) as Inflate;

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

type CountingStream = Readable & { receivedEncodedLength: number };

type Inflate = (bytes: Buffer, options: ZlibOptions) => Promise<Buffer>;

function inflater(encoding: string): Inflate | null {
  if (encoding === 'gzip' || encoding === 'x-gzip') return gunzipAsync;
  if (encoding === 'deflate') return inflateAsync;
  return null;
}

// A body is inflated whole, not as a stream (issue #14): a stream of 16 KB pieces handed
// back and forth to libuv's pool cost ≈ 4–6 ms of CPU for a push of 1,000 (≈ 120 KB gzipped,
// ≈ 860 KB inflated), one pass into a buffer that holds it all ≈ 2 ms. Records compress
// six to eight times, so eight times the sent bytes is the first guess of the buffer's size.
const OUTPUT_GUESS_RATIO = 8;
const OUTPUT_CHUNK_MIN = 64 * 1024;
const OUTPUT_CHUNK_MAX = 2 * 1024 * 1024;

/** The sent bytes, refused as too large once they pass the limit. */
async function sentBytes(payload: AsyncIterable<unknown>, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of payload) {
    // The request's own stream gives Buffers; a hook before this one might give text.
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    length += bytes.length;
    if (length > limit) throw new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE();
    chunks.push(bytes);
  }
  // One piece, as most pushes arrive: no copy.
  return chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks, length);
}

/**
 * The body's bytes as read and inflated by the preParsing hook, for the sync routes' JSON
 * parser (syncJsonBody.ts), which takes them from here instead of reading them again: Fastify
 * collects what the hook hands on and copies it into one buffer (≈ 2 ms a push of 1,000,
 * issue #14). The hook hands the same bytes on as a stream too, for any other parser.
 */
const bodies = new WeakMap<FastifyRequest, Buffer>();

/** The bytes of this request's body, once the sync routes' hook has read them. */
export function syncBodyBytes(request: FastifyRequest): Buffer | undefined {
  return bodies.get(request);
}

/**
 * Reads the body as Fastify would (the route's limit, then Content-Length against what came)
 * and inflates it; what Fastify reads on is the same bytes, counted as the ones sent.
 */
async function readBody(
  request: FastifyRequest,
  payload: Readable,
  inflate: Inflate | null,
): Promise<CountingStream> {
  // The route's (the push route has its own), else the server's.
  const limit = request.routeOptions.bodyLimit;
  const declared = Number(request.headers['content-length']);
  if (declared > limit) throw new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE();
  try {
    const sent = await sentBytes(payload, limit);
    if (!Number.isNaN(declared) && declared !== sent.length) {
      throw new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH();
    }
    const body = inflate === null ? sent : await inflate(sent, inflateOptions(sent, limit));
    bodies.set(request, body);
    return Object.assign(Readable.from([body]), { receivedEncodedLength: sent.length });
  } catch (error) {
    throw asBodyRefusal(error);
  }
}

function inflateOptions(sent: Buffer, limit: number): ZlibOptions {
  const guess = sent.length * OUTPUT_GUESS_RATIO;
  const chunkSize = Math.min(OUTPUT_CHUNK_MAX, Math.max(OUTPUT_CHUNK_MIN, guess));
  // A "zip bomb" stops one byte past the limit, never inflated into memory whole.
  return { chunkSize, maxOutputLength: limit + 1 };
}

/** A body that could not be read or inflated is the client's fault, as Fastify has it. */
function asBodyRefusal(error: unknown): Error {
  if (!(error instanceof Error)) {
    return Object.assign(new Error(String(error)), { statusCode: 400 });
  }
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (code === 'ERR_BUFFER_TOO_LARGE') return new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE();
  if (typeof statusCode === 'number' && statusCode >= 400) return error;
  // zlib's own words ("incorrect header check"), or a body cut off: answered 400 bad-request.
  return Object.assign(error, { statusCode: 400 });
}

export function installSyncCompression(scope: FastifyInstance): void {
  scope.addHook('preParsing', async (request, _reply, payload) => {
    const encoding = (request.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    const inflate = inflater(encoding);
    if (inflate === null && encoding !== 'identity') {
      throw Object.assign(new Error(`Content-Encoding ${encoding} is not supported`), {
        statusCode: 415,
        code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
      });
    }
    return readBody(request, payload, inflate);
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
