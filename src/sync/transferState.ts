import type { MessageTable } from '../core/bilingual';
import type { CertificateId } from '../core/ids';
import type { Refusal } from '../core/protocol/refusal';
import { refusalOf } from '../core/protocol/refusal';
import type { TransferStateResponse } from '../core/protocol/transferState';
import {
  MAX_TRANSFER_STATE_IDS,
  transferStateQuery,
  transferStateResponseSchema,
} from '../core/protocol/transferState';
import type { Fail, Result } from '../core/result';
import { fail, ok } from '../core/result';
import type { Transport, TransportFailure } from './transport';
import { unreadableDetail } from './unreadable';

// Asks the register what became of some certificates in the transfer to the federal register
// (wire example in src/core/protocol/transferState.ts), with the tablet's token:
//
//   GET /api/transfer/certificates?ids=0193…c1,0193…c2
//   → 200 {"at":"…","federalTransfer":true,"certificates":[{"id":"0193…c1","known":true,…}]}
//
// Online only; every answer that is not the one asked for is a named failure, and the desk
// then shows the last answer it kept, with its time (src/desk/certificateTransfer.ts).

export type TransferStateFailure =
  TransportFailure | 'not-enrolled' | 'tablet-withdrawn' | 'not-recognised' | 'register-refused';

export const TRANSFER_STATE_FAILURE_MESSAGES: MessageTable<TransferStateFailure> = {
  offline: {
    ru: 'нет связи с регистром',
    en: 'no connection to the register',
  },
  timeout: {
    ru: 'регистр не ответил вовремя',
    en: 'the register did not answer in time',
  },
  network: {
    ru: 'нет связи с регистром',
    en: 'no connection to the register',
  },
  'unreadable-response': {
    ru: 'ответ регистра не удалось прочитать',
    en: 'the register’s answer could not be read',
  },
  'not-enrolled': {
    ru: 'планшет не зарегистрирован в регистре',
    en: 'this tablet is not enrolled with the register',
  },
  'tablet-withdrawn': {
    ru: 'планшет отозван в регистре',
    en: 'this tablet was withdrawn at the register',
  },
  'not-recognised': {
    ru: 'регистр не узнаёт этот планшет',
    en: 'the register does not recognise this tablet',
  },
  'register-refused': {
    ru: 'регистр сообщил об ошибке',
    en: 'the register reported an error',
  },
};

/** Whether the failure means the register could not be reached at all (not a refusal). */
export function isUnreachable(reason: TransferStateFailure): boolean {
  return reason === 'offline' || reason === 'timeout' || reason === 'network';
}

/**
 * The register's answer for these certificates, in the order asked. More ids than one request
 * takes are asked in several requests; the answer is then the first request's time and flag.
 */
export async function fetchTransferStates(
  transport: Transport,
  tabletToken: string,
  ids: readonly CertificateId[],
): Promise<Result<TransferStateResponse, TransferStateFailure>> {
  const certificates: TransferStateResponse['certificates'][number][] = [];
  let head: Omit<TransferStateResponse, 'certificates'> | undefined;
  for (let start = 0; start < ids.length; start += MAX_TRANSFER_STATE_IDS) {
    const chunk = ids.slice(start, start + MAX_TRANSFER_STATE_IDS);
    const sent = await transport({
      method: 'GET',
      path: `/api/transfer/certificates?ids=${transferStateQuery(chunk)}`,
      token: tabletToken,
    });
    if (!sent.ok) return sent;
    const { status, body } = sent.value;
    if (status !== 200) return refused(refusalOf(status, body));
    const parsed = transferStateResponseSchema.safeParse(body);
    if (!parsed.success) return fail('unreadable-response', unreadableDetail(parsed.error));
    const asked = new Set<string>(chunk);
    if (parsed.data.certificates.some((certificate) => !asked.has(certificate.id))) {
      return fail('unreadable-response', 'the register answered for other certificates');
    }
    head ??= { at: parsed.data.at, federalTransfer: parsed.data.federalTransfer };
    certificates.push(...parsed.data.certificates);
  }
  if (head === undefined) return fail('unreadable-response', 'no certificates asked about');
  return ok({ ...head, certificates });
}

function refused({ status, code, detail }: Refusal): Fail<TransferStateFailure> {
  if (code === 'tablet-withdrawn') return fail('tablet-withdrawn', detail);
  if (status === 401) return fail('not-recognised', detail);
  return fail('register-refused', detail);
}
