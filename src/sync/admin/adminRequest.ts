import type { z } from 'zod';
import type { Bilingual, MessageTable } from '../../core/bilingual';
import type { BodyIssue } from '../../core/protocol/apiErrors';
import { refusalOf } from '../../core/protocol/refusal';
import type { Ok } from '../../core/result';
import { ok } from '../../core/result';
import type { Transport, TransportFailure, TransportRequest } from '../transport';
import { unreadableDetail } from '../unreadable';

// Every call of the administration screens (issue #12): online only, with the staff token of
// a password sign-in, its answer read through a zod schema. Whatever is not the answer asked
// for becomes a named failure with words for the screen; a refusal keeps the register's own
// words and its per-field issues, so a form can show "логин занят" next to the login.
//
//   adminRequest(transport, token, {method: 'GET', path: '/api/admin/clinics'}, schema)
//     → {ok: true, value: {clinics: […]}}
//     → {ok: false, reason: 'forbidden', said: {ru: '…', en: '…'}, issues: []}

export type AdminFailureReason =
  TransportFailure | 'session-expired' | 'forbidden' | 'not-found' | 'refused' | 'register-failed';

export type AdminFailure = {
  readonly ok: false;
  readonly reason: AdminFailureReason;
  /** The register's words, when it sent any (a 4xx names the problem better than we can). */
  readonly said?: Bilingual;
  /** Per-field problems of a 400 invalid-body: `path` names the field, e.g. "login". */
  readonly issues: readonly BodyIssue[];
  readonly detail?: string;
};

export type AdminResult<T> = Ok<T> | AdminFailure;

export const ADMIN_FAILURE_MESSAGES: MessageTable<AdminFailureReason> = {
  offline: {
    ru: 'Нет сети. Администрирование работает только при связи с регистром.',
    en: 'No network. Administration works only while the register can be reached.',
  },
  timeout: {
    ru: 'Регистр не ответил вовремя. Попробуйте ещё раз.',
    en: 'The register did not answer in time. Try again.',
  },
  network: {
    ru: 'Не удалось связаться с регистром. Попробуйте ещё раз.',
    en: 'Could not reach the register. Try again.',
  },
  'unreadable-response': {
    ru: 'Ответ регистра не удалось прочитать. Обновите страницу.',
    en: 'The register’s answer could not be read. Reload the page.',
  },
  'session-expired': {
    ru: 'Сеанс истёк. Войдите заново с паролем.',
    en: 'The session has expired. Sign in again with your password.',
  },
  // Said to administrators only (the screens keep everyone else out): what was refused is
  // another role's or another clinic's, which the register alone can tell.
  forbidden: {
    ru: 'Регистр не разрешил это вашей учётной записи: это относится к другой клинике или к другой роли.',
    en: 'The register did not allow this to your account: it belongs to another clinic or another role.',
  },
  'not-found': {
    ru: 'Регистр не нашёл этого. Обновите список.',
    en: 'The register found no such thing. Refresh the list.',
  },
  refused: {
    ru: 'Регистр отказал. Проверьте введённые данные.',
    en: 'The register refused. Check what was entered.',
  },
  'register-failed': {
    ru: 'В регистре произошла ошибка. Попробуйте позже.',
    en: 'The register failed. Try again later.',
  },
};

/** What to show for a failure: the register's own words for a refusal, else ours. */
export function adminFailureText(failure: AdminFailure): Bilingual {
  if (failure.said !== undefined && failure.reason === 'refused') return failure.said;
  return ADMIN_FAILURE_MESSAGES[failure.reason];
}

function failure(
  reason: AdminFailureReason,
  extra: Omit<AdminFailure, 'ok' | 'reason' | 'issues'> & { issues?: readonly BodyIssue[] } = {},
): AdminFailure {
  return { ok: false, reason, issues: extra.issues ?? [], ...extra };
}

function reasonOfStatus(status: number): AdminFailureReason {
  if (status === 401) return 'session-expired';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status >= 500) return 'register-failed';
  return 'refused';
}

/** One administration call; `okStatus` lists the statuses that carry the answer. */
export async function adminRequest<S extends z.ZodType>(
  transport: Transport,
  token: string,
  request: Omit<TransportRequest, 'token'>,
  schema: S,
  okStatus: readonly number[] = [200, 201],
): Promise<AdminResult<z.infer<S>>> {
  const sent = await transport({ ...request, token });
  if (!sent.ok)
    return failure(sent.reason, sent.detail === undefined ? {} : { detail: sent.detail });
  const { status, body } = sent.value;
  if (!okStatus.includes(status)) {
    const refusal = refusalOf(status, body);
    return failure(reasonOfStatus(status), {
      ...(refusal.said === undefined ? {} : { said: refusal.said }),
      issues: refusal.issues,
      detail: refusal.detail,
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    return failure('unreadable-response', { detail: unreadableDetail(parsed.error) });
  return ok(parsed.data);
}
