import type { FastifyReply } from 'fastify';
import type { ApiErrorBody, ApiErrorCode, BodyIssue } from '../../core/protocol/apiErrors';
import { API_ERROR_STATUS, apiErrorBody } from '../../core/protocol/apiErrors';

// The register's refusals: their codes, statuses and words are one list shared with the
// tablet (src/core/protocol/apiErrors.ts), which reads them back with `refusalOf`.
export type { ApiErrorBody, ApiErrorCode, BodyIssue } from '../../core/protocol/apiErrors';
export { API_ERROR_MESSAGES, API_ERROR_STATUS, apiErrorBody } from '../../core/protocol/apiErrors';

type ErrorExtra = { detail?: string; issues?: readonly BodyIssue[]; status?: number };

/** A refusal not yet sent: its status and body (for a handler with work to do first). */
export function apiRefusal(
  code: ApiErrorCode,
  extra: ErrorExtra = {},
): { readonly status: number; readonly body: ApiErrorBody } {
  return { status: extra.status ?? API_ERROR_STATUS[code], body: apiErrorBody(code, extra) };
}

/** Sends the error with its status; return the result from the handler. */
export function replyError(
  reply: FastifyReply,
  code: ApiErrorCode,
  extra: ErrorExtra = {},
): FastifyReply {
  const { status, body } = apiRefusal(code, extra);
  return reply.code(status).send(body);
}
