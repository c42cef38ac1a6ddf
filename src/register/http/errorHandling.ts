import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { replyError } from './apiError';

// Bad input never becomes a 500: Fastify's own refusals (body parsing, size, media type)
// are mapped to our error codes here, and only a genuine fault in our code answers 500.
// Either way the process keeps serving.

/** Paths that are data, never the app shell (mirrors the service worker's denylist). */
export function isDataPath(url: string): boolean {
  return url.startsWith('/api/') || url === '/api' || url.startsWith('/.well-known/');
}

/** Handles a GET that matched no route and is not a data path; null means "plain 404". */
export type NavigationFallback = (
  request: FastifyRequest,
  reply: FastifyReply,
) => FastifyReply | null;

export function installErrorHandling(
  app: FastifyInstance,
  options: { readonly bodyLimitBytes: number; readonly navigationFallback: NavigationFallback },
): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return replyError(reply, 'malformed-json');
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return replyError(reply, 'malformed-json', { detail: 'The body is empty.' });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return replyError(reply, 'unsupported-media-type');
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return replyError(reply, 'body-too-large', {
          detail: `Limit: ${options.bodyLimitBytes} bytes.`,
        });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      request.log.info({ code: error.code }, 'request refused');
      return replyError(reply, 'bad-request', { status, detail: error.message });
    }
    request.log.error({ err: error }, 'request failed');
    return replyError(reply, 'internal-error');
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (!isDataPath(path) && (request.method === 'GET' || request.method === 'HEAD')) {
      const handled = options.navigationFallback(request, reply);
      if (handled !== null) return handled;
    }
    return replyError(reply, 'not-found', { detail: `${request.method} ${path}` });
  });
}
