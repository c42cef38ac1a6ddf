import type { MessageTable } from '../core/bilingual';
import type { TabletId } from '../core/ids';
import type { TabletSummary, TabletWithdrawnResponse } from '../core/protocol/tablet';
import { tabletListResponseSchema, tabletWithdrawnResponseSchema } from '../core/protocol/tablet';
import type { Refusal } from '../core/protocol/refusal';
import { refusalOf } from '../core/protocol/refusal';
import type { Fail, Result } from '../core/result';
import { fail, ok } from '../core/result';
import type { Transport, TransportFailure } from './transport';
import { unreadableDetail } from './unreadable';

// The clinic admin's view of the clinic's tablets, online only, with the admin's own staff
// token (wire examples in src/core/protocol/tablet.ts):
//
//   GET  /api/tablets                → 200 {"tablets":[{"id":"0193…","code":"T2",…}]}
//   POST /api/tablets/0193…/withdraw → 200 {"tablet":{"id":"0193…","status":"withdrawn",
//                                            "withdrawnAt":"2026-11-26T10:00:00.000Z"}}
//
// Every answer that is not the one asked for becomes a named failure: the admin's screen
// says what happened in words and never guesses that a withdrawal went through.

export type TabletAdminFailure =
  TransportFailure | 'session-expired' | 'forbidden' | 'not-found' | 'register-refused';

export const TABLET_ADMIN_FAILURE_MESSAGES: MessageTable<TabletAdminFailure> = {
  offline: {
    ru: 'Нет сети. Список планшетов и их отзыв доступны только при связи с регистром.',
    en: 'No network. The list of tablets and withdrawing one need a connection to the register.',
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
    ru: 'Ответ регистра не удалось прочитать. Попробуйте ещё раз.',
    en: 'The register’s answer could not be read. Try again.',
  },
  'session-expired': {
    ru: 'Сеанс истёк. Войдите заново с паролем при наличии связи.',
    en: 'The session has expired. Sign in again with your password while online.',
  },
  forbidden: {
    ru: 'Отзывать планшеты может только администратор клиники.',
    en: 'Only the clinic’s administrator may withdraw tablets.',
  },
  'not-found': {
    ru: 'Регистр не знает такого планшета в вашей клинике. Обновите список.',
    en: 'The register knows no such tablet in your clinic. Refresh the list.',
  },
  'register-refused': {
    ru: 'Регистр сообщил об ошибке. Попробуйте позже.',
    en: 'The register reported an error. Try again later.',
  },
};

/** The clinic's tablets as the register knows them, oldest enrolment first. */
export async function listTablets(
  transport: Transport,
  staffToken: string,
): Promise<Result<readonly TabletSummary[], TabletAdminFailure>> {
  const sent = await transport({ method: 'GET', path: '/api/tablets', token: staffToken });
  if (!sent.ok) return sent;
  const { status, body } = sent.value;
  if (status !== 200) return refused(refusalOf(status, body));
  const parsed = tabletListResponseSchema.safeParse(body);
  if (!parsed.success) return fail('unreadable-response', unreadableDetail(parsed.error));
  return ok(parsed.data.tablets);
}

/**
 * Withdraws one of the clinic's tablets at the register: its token stops working at once and
 * its key is marked withdrawn in the trust list. Success carries the time the register
 * recorded (the first time, if it was withdrawn already).
 */
export async function withdrawTablet(
  transport: Transport,
  request: { readonly staffToken: string; readonly tabletId: TabletId },
): Promise<Result<TabletWithdrawnResponse['tablet'], TabletAdminFailure>> {
  const sent = await transport({
    method: 'POST',
    path: `/api/tablets/${encodeURIComponent(request.tabletId)}/withdraw`,
    token: request.staffToken,
  });
  if (!sent.ok) return sent;
  const { status, body } = sent.value;
  if (status !== 200) return refused(refusalOf(status, body));
  const parsed = tabletWithdrawnResponseSchema.safeParse(body);
  if (!parsed.success) return fail('unreadable-response', unreadableDetail(parsed.error));
  if (parsed.data.tablet.id !== request.tabletId) {
    return fail('unreadable-response', 'the register answered for another tablet');
  }
  return ok(parsed.data.tablet);
}

function refused({ status, detail }: Refusal): Fail<TabletAdminFailure> {
  if (status === 401) return fail('session-expired', detail);
  if (status === 403) return fail('forbidden', detail);
  if (status === 404) return fail('not-found', detail);
  return fail('register-refused', detail);
}
