import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ApiErrorCode } from './apiError';
import { API_ERROR_STATUS, apiErrorBody } from './apiError';

// Errors Node's HTTP parser raises before a request exists (a request that did not arrive
// within REQUEST_TIMEOUT_MS or HEADERS_TIMEOUT_MS, oversized headers, bytes that are not
// HTTP) answer in the API's error shape too, and the connection is closed:
//
//   HTTP/1.1 408 Request Timeout
//   Connection: close
//   {"error":{"code":"request-timeout","message":"The request did not arrive in time; …",…}}

function codeFor(error: Error & { code?: unknown }): ApiErrorCode {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 'request-timeout';
  if (error.code === 'HPE_HEADER_OVERFLOW') return 'header-too-large';
  return 'bad-request';
}

/** Fastify's `clientErrorHandler`: answer once if the socket still takes bytes, then close. */
export function handleClientError(error: Error & { code?: unknown }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const code = codeFor(error);
    const status = API_ERROR_STATUS[code];
    const body = JSON.stringify(apiErrorBody(code));
    socket.write(
      [
        `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
        'Content-Type: application/json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  }
  socket.destroy();
}
