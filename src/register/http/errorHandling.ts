import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable, isUnstorableText } from '../db/connect';
import { replyError } from './apiError';

// Bad input never becomes a 500: Fastify's own refusals (body parsing, size, media type, a
// URL that does not decode) are mapped to our error codes here, and only a genuine fault in
// our code answers 500. A database that is down or full answers 503 `database-unavailable`
// with `Retry-After`, which the tablet treats like any failed run: it keeps its records and
// retries with backoff (src/sync/engine.ts). Either way the process keeps serving.

/** Seconds a client should wait before retrying after a 503: a restart of PostgreSQL. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Paths that are data, never the app shell (mirrors the service worker's denylist). */
export function isDataPath(url: string): boolean {
  return url.startsWith('/api/') || url === '/api' || url.startsWith('/.well-known/');
}

/** Handles a GET that matched no route and is not a data path; null means "plain 404". */
export type NavigationFallback = (
  request: FastifyRequest,
  reply: FastifyReply,
) => FastifyReply | null;

/** The body limit of the route that refused the body: the push route has its own. */
function bodyLimitOf(request: FastifyRequest, fallback: number): number {
  const limit = (request.routeOptions as { bodyLimit?: unknown }).bodyLimit;
  return typeof limit === 'number' && limit > 0 ? limit : fallback;
}

/** The answer to an error raised by Fastify, a plugin or a route; also for frameworkErrors. */
export function replyToError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
  bodyLimitBytes: number,
): FastifyReply {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return replyError(reply, 'malformed-json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return replyError(reply, 'malformed-json', { detail: 'The body is empty.' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return replyError(reply, 'unsupported-media-type');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return replyError(reply, 'body-too-large', {
        detail: `Limit: ${bodyLimitOf(request, bodyLimitBytes)} bytes.`,
      });
    case 'FST_ERR_BAD_URL':
      return replyError(reply, 'bad-request', { detail: 'The URL does not decode.' });
  }
  if (isDatabaseUnavailable(error)) {
    // The code and message say which engine and why, and never quote a value.
    request.log.warn({ err: error }, 'database unavailable');
    reply.header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    return replyError(reply, 'database-unavailable');
  }
  if (isUnstorableText(error)) {
    request.log.info({ code: error.code }, 'request refused: text the database cannot store');
    return replyError(reply, 'bad-request', {
      detail: 'The request carries a character the register cannot store (NUL).',
    });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    request.log.info({ code: error.code }, 'request refused');
    return replyError(reply, 'bad-request', { status, detail: error.message });
  }
  request.log.error({ err: error }, 'request failed');
  return replyError(reply, 'internal-error');
}

export function installErrorHandling(
  app: FastifyInstance,
  options: { readonly bodyLimitBytes: number; readonly navigationFallback: NavigationFallback },
): void {
  app.setErrorHandler((error: FastifyError, request, reply) =>
    replyToError(error, request, reply, options.bodyLimitBytes),
  );

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (!isDataPath(path) && (request.method === 'GET' || request.method === 'HEAD')) {
      const handled = options.navigationFallback(request, reply);
      if (handled !== null) return handled;
    }
    return replyError(reply, 'not-found', { detail: `${request.method} ${path}` });
  });
}
