import type { FastifyReply } from 'fastify';
import type { ApiErrorCode, BodyIssue } from '../../core/protocol/apiErrors';
import { API_ERROR_STATUS, apiErrorBody } from '../../core/protocol/apiErrors';

// The register's refusals: their codes, statuses and words are one list shared with the
// tablet (src/core/protocol/apiErrors.ts), which reads them back with `refusalOf`.
export type { ApiErrorBody, ApiErrorCode, BodyIssue } from '../../core/protocol/apiErrors';
export { API_ERROR_MESSAGES, API_ERROR_STATUS, apiErrorBody } from '../../core/protocol/apiErrors';

/** Sends the error with its status; return the result from the handler. */
export function replyError(
  reply: FastifyReply,
  code: ApiErrorCode,
  extra: { detail?: string; issues?: readonly BodyIssue[]; status?: number } = {},
): FastifyReply {
  return reply.code(extra.status ?? API_ERROR_STATUS[code]).send(apiErrorBody(code, extra));
}
