import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errorCodes } from 'fastify';
import { parseJsonBytes } from '../../core/protocol/linedJson';
import { syncBodyBytes } from './compression';

// The JSON bodies of the sync routes read from their bytes (issue #14). A push of 1,000
// persons is ≈ 860 KB of UTF-8, written an op a line by the tablet (core/protocol/linedJson.ts).
// Fastify's own parser decodes the whole body into one string (1.7 MB of UTF-16, the names
// being Cyrillic), which V8 on Node 20 is slow to build and then to parse: ≈ 9.4 ms a push
// in Node on the benchmark's machine; read a line-piece at a time, with the check below,
// ≈ 4.5 ms (docs/DECISIONS.md, "Sync bodies inflated whole"). A body not laid out in lines is
// read whole, as before.
//
// Fastify's parser also refuses a body with a "__proto__" key, or a "constructor" holding a
// "prototype" (secure-json-parse, with Fastify's defaults: onProtoPoisoning and
// onConstructorPoisoning "error"). Its test looks for those names in the text, spelled plainly
// or with \u escapes; a body without either name and without "\u" anywhere cannot hold such a
// key, so it is read here, and any other goes to Fastify's parser, which decides as it always
// did.

const SUSPECT = ['__proto__', 'constructor', '\\u'].map((text) => Buffer.from(text));

/** Installed in the sync routes' scope, after installSyncCompression: its `application/json` parser. */
export function installSyncJsonParser(scope: FastifyInstance): void {
  const whole = scope.getDefaultJsonParser('error', 'error');
  // No `parseAs`: the bytes are the hook's (compression.ts, syncBodyBytes), not read again.
  scope.addContentTypeParser(
    'application/json',
    (
      request: FastifyRequest,
      _payload: unknown,
      done: (error: Error | null, value?: unknown) => void,
    ) => {
      const body = syncBodyBytes(request);
      if (body === undefined) {
        // Only a request the hook did not read: a fault of the register, not the client's.
        done(new Error('the sync body was not read by its hook (compression.ts)'));
        return;
      }
      if (body.length === 0 || SUSPECT.some((text) => body.includes(text))) {
        void whole(request, body.toString('utf8'), done);
        return;
      }
      let value: unknown;
      try {
        value = parseJsonBytes(body);
      } catch {
        done(new errorCodes.FST_ERR_CTP_INVALID_JSON_BODY());
        return;
      }
      done(null, value);
    },
  );
}
