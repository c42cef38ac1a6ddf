import type { Bilingual } from '../../../core/bilingual';
import type { TransferItemView } from '../../../core/protocol/transferState';
import type { CertificateTransferStatus } from '../../../desk/certificateTransfer';
import { isUnreachable, TRANSFER_STATE_FAILURE_MESSAGES } from '../../../desk/certificateTransfer';
import { formatDateTime } from '../frame/format';

// The line beside a certificate on the case: what became of it in the transfer to the federal
// register, in both languages, from the register's answer (fresh or kept):
//
//   передано в федеральный регистр 01.12.2026, № EGISZ-42
//   ожидает передачи · отклонено: СНИЛС не найден · ошибка передачи, будет повторено
//   передано в федеральный регистр 01.12.2026, № EGISZ-42; отзыв: ожидает передачи
//   по данным на 01.12.2026 09:30: передано в федеральный регистр 01.12.2026, № EGISZ-42
//   состояние передачи неизвестно: нет связи с регистром
//   передача в федеральный регистр в клинике не включена
//
// Dates are the clinic's (its UTC offset), like every date at the desk. Pure, so both
// languages are tested.

type Words = {
  readonly waiting: Bilingual;
  readonly accepted: (date: string, id: string) => Bilingual;
  readonly rejected: (reason: string) => Bilingual;
  readonly failed: Bilingual;
};

/** The certificate itself (ru neuter, "передано") and its revocation (ru masculine, "отзыв"). */
const CERTIFICATE_WORDS: Words = {
  waiting: { ru: 'ожидает передачи', en: 'awaiting transfer' },
  accepted: (date, id) => ({
    ru: `передано в федеральный регистр ${date}, № ${id}`,
    en: `transferred to the federal register on ${date}, No. ${id}`,
  }),
  rejected: (reason) => ({ ru: `отклонено: ${reason}`, en: `rejected: ${reason}` }),
  failed: {
    ru: 'ошибка передачи, будет повторено',
    en: 'transfer failed, will be retried',
  },
};

const REVOCATION_WORDS: Words = {
  waiting: CERTIFICATE_WORDS.waiting,
  accepted: (date, id) => ({
    ru: `передан ${date}, № ${id}`,
    en: `transferred on ${date}, No. ${id}`,
  }),
  rejected: (reason) => ({ ru: `отклонён: ${reason}`, en: `rejected: ${reason}` }),
  failed: CERTIFICATE_WORDS.failed,
};

export const TRANSFER_TEXT = {
  title: { ru: 'Передача в федеральный регистр', en: 'Transfer to the federal register' },
  checking: { ru: 'запрашивается у регистра…', en: 'asking the register…' },
  certificate: (number: string): Bilingual => ({
    ru: `Справка № ${number}`,
    en: `Certificate No. ${number}`,
  }),
  off: {
    ru: 'передача в федеральный регистр в клинике не включена',
    en: 'transfer to the federal register is not switched on for this clinic',
  },
  notAtRegister: {
    ru: 'ожидает передачи: справка ещё не дошла до регистра',
    en: 'awaiting transfer: the certificate has not reached the register yet',
  },
  revocation: { ru: 'отзыв', en: 'revocation' },
} as const;

function itemText(item: TransferItemView | undefined, words: Words, offset: number): Bilingual {
  switch (item?.state) {
    case undefined:
    case 'queued':
    case 'sent':
      return words.waiting;
    case 'accepted': {
      const date = formatDateTime(item.settledAt ?? item.queuedAt, offset).slice(0, 10);
      return words.accepted(date, item.externalId ?? '—');
    }
    case 'rejected':
      return words.rejected(item.reason ?? '—');
    case 'failed':
      return words.failed;
  }
}

function both(make: (language: 'ru' | 'en') => string): Bilingual {
  return { ru: make('ru'), en: make('en') };
}

function answerText(
  answer: NonNullable<CertificateTransferStatus['answer']>,
  offset: number,
): Bilingual {
  const { certificate } = answer;
  const own = certificate.items.find((item) => item.event !== 'revoked');
  const revoked = certificate.items.find((item) => item.event === 'revoked');
  // What was accepted stays true when the transfer is switched off afterwards.
  if (!answer.federalTransfer && own?.state !== 'accepted') return TRANSFER_TEXT.off;
  if (!certificate.known) return TRANSFER_TEXT.notAtRegister;
  const line = itemText(own, CERTIFICATE_WORDS, offset);
  if (revoked === undefined) return line;
  const revocation = itemText(revoked, REVOCATION_WORDS, offset);
  return both((l) => `${line[l]}; ${TRANSFER_TEXT.revocation[l]}: ${revocation[l]}`);
}

/** The line for one certificate; `utcOffsetMinutes` is the clinic's. */
export function certificateTransferText(
  status: CertificateTransferStatus,
  utcOffsetMinutes: number,
): Bilingual {
  const { answer, failure } = status;
  if (answer === undefined) {
    const why =
      failure === undefined || isUnreachable(failure)
        ? TRANSFER_STATE_FAILURE_MESSAGES.offline
        : TRANSFER_STATE_FAILURE_MESSAGES[failure];
    return both((l) =>
      l === 'ru' ? `состояние передачи неизвестно: ${why.ru}` : `transfer state unknown: ${why.en}`,
    );
  }
  const text = answerText(answer, utcOffsetMinutes);
  if (failure === undefined) return text;
  const at = formatDateTime(answer.at, utcOffsetMinutes);
  return both((l) => (l === 'ru' ? `по данным на ${at}: ${text.ru}` : `as of ${at}: ${text.en}`));
}
