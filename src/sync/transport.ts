import { gzipSync } from 'fflate';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import { linedJsonBytes, parseJsonBytes } from '../core/protocol/linedJson';

// How the browser reaches the register. The sync engine and sign-in depend on this
// interface, never on `fetch` directly, so tests can cut the network mid-reply or answer
// slowly. Every request has a timeout: a half-open connection must not leave the app
// "waiting" forever.
export type TransportRequest = {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path on the register, e.g. `/api/session`. */
  readonly path: string;
  readonly body?: unknown;
  readonly token?: string;
  readonly timeoutMs?: number;
  /**
   * Send the body gzipped (`Content-Encoding: gzip`); only routes that accept it ask for it
   * (the register's /api/sync/*, where 1,000 records shrink five to ten times).
   */
  readonly gzip?: boolean;
  /**
   * A validator of the copy the caller holds (`If-None-Match`): the register answers 304 with
   * no body when the document is unchanged. Used for the trust documents (sync/trustList.ts).
   */
  readonly ifNoneMatch?: string;
  /**
   * `body` already encoded by `encodeBody` (with this request's `gzip`), e.g. while the
   * request before it was still out (syncRun.ts); sent as it is. `body` stays the value it
   * encodes, for transports that read the value.
   */
  readonly encoded?: EncodedBody;
};

/** A request body as it goes on the wire: JSON text, or its gzip. */
export type EncodedBody = {
  readonly payload: string | Uint8Array<ArrayBuffer>;
  readonly gzipped: boolean;
};

/** `etag`: the response's entity tag, when the register sent one (trust documents do). */
export type TransportResponse = {
  readonly status: number;
  readonly body: unknown;
  readonly etag?: string;
};

/** Why no HTTP answer arrived (an HTTP error status is an answer, not a failure). */
export type TransportFailure = 'offline' | 'timeout' | 'network' | 'unreadable-response';

export type Transport = (
  request: TransportRequest,
) => Promise<Result<TransportResponse, TransportFailure>>;

export const DEFAULT_TIMEOUT_MS = 15_000;

type FetchTransportOptions = {
  readonly baseUrl: string;
  readonly fetchFn?: typeof fetch;
  readonly isOnline?: () => boolean;
};

/** Smaller bodies go as they are even when `gzip` is asked: the header would outweigh it. */
export const GZIP_FROM_BYTES = 2048;

/**
 * The body as sent. Gzip is the platform's own `CompressionStream` where there is one
 * (Chromium, Node): native code, off the main thread, about twice as fast as fflate on a
 * push of 1,000 records (issue #14), and the tablet's storage work runs on meanwhile.
 * `lined` names an array member written an element a line, in pieces (a push's `ops`:
 * core/protocol/linedJson.ts), never as one text.
 */
export async function encodeBody(
  body: unknown,
  gzip: boolean,
  lined?: string,
): Promise<EncodedBody> {
  const pieces = lined === undefined ? undefined : linedJsonBytes(body, lined);
  if (pieces === undefined) {
    const text = JSON.stringify(body);
    if (!gzip || text.length < GZIP_FROM_BYTES) return { payload: text, gzipped: false };
    return gzipped([new TextEncoder().encode(text)]);
  }
  if (!gzip || sizeOf(pieces) < GZIP_FROM_BYTES) return { payload: joined(pieces), gzipped: false };
  return gzipped(pieces);
}

/** The pieces gzipped as one body: natively where the platform can, else by fflate. */
async function gzipped(pieces: readonly Uint8Array<ArrayBuffer>[]): Promise<EncodedBody> {
  if (typeof globalThis.CompressionStream !== 'function') {
    return { payload: new Uint8Array(gzipSync(joined(pieces))), gzipped: true };
  }
  const zip = new CompressionStream('gzip');
  const writer = zip.writable.getWriter();
  const write = async () => {
    for (const piece of pieces) await writer.write(piece);
    await writer.close();
  };
  const [, zipped] = await Promise.all([write(), new Response(zip.readable).arrayBuffer()]);
  return { payload: new Uint8Array(zipped), gzipped: true };
}

const sizeOf = (pieces: readonly Uint8Array[]) =>
  pieces.reduce((total, piece) => total + piece.byteLength, 0);

function joined(pieces: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(sizeOf(pieces));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.byteLength;
  }
  return out;
}

export function createFetchTransport(options: FetchTransportOptions): Transport {
  const fetchFn = options.fetchFn ?? globalThis.fetch.bind(globalThis);
  const isOnline = options.isOnline ?? (() => true);
  return async (request) => {
    if (!isOnline()) return fail('offline');
    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort();
    }, request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    try {
      // Brotli first, as Chromium asks for it itself: Node's fetch decodes it but offers only
      // gzip and deflate unless told, and the register's gzip of a 1,000-person page costs it
      // ≈ 7.8 ms against brotli's 4.7 (register/sync/compression.ts). A browser ignores the
      // header (it is the browser's to set), so this changes what Node clients get: the
      // benchmark's tablets, the tests.
      const headers: Record<string, string> = {
        accept: 'application/json',
        'accept-encoding': 'br, gzip',
      };
      if (request.body !== undefined) headers['content-type'] = 'application/json';
      if (request.token !== undefined) headers['authorization'] = `Bearer ${request.token}`;
      if (request.ifNoneMatch !== undefined) headers['if-none-match'] = request.ifNoneMatch;
      // Every answer comes from the register itself, never from the browser's HTTP cache: a
      // cached JWKS or CRL once showed a revoked card valid after "update" (issue #9).
      const init: RequestInit = {
        method: request.method,
        headers,
        signal: controller.signal,
        cache: 'no-store',
      };
      if (request.body !== undefined) {
        const encoded = request.encoded ?? (await encodeBody(request.body, request.gzip === true));
        if (encoded.gzipped) headers['content-encoding'] = 'gzip';
        init.body = encoded.payload;
      }
      const response = await fetchFn(new URL(request.path, options.baseUrl), init);
      // Bytes, not text: a pull page is read in pieces (core/protocol/linedJson.ts).
      const bytes = new Uint8Array(await response.arrayBuffer());
      const etag = response.headers.get('etag');
      const tagged = etag === null ? {} : { etag };
      if (bytes.byteLength === 0) return ok({ status: response.status, body: null, ...tagged });
      try {
        return ok({ status: response.status, body: parseJsonBytes(bytes), ...tagged });
      } catch (error) {
        return fail('unreadable-response', String(error));
      }
    } catch (error) {
      return fail(controller.signal.aborted ? 'timeout' : 'network', String(error));
    } finally {
      clearTimeout(timer);
    }
  };
}
