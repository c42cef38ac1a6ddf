import type { Bilingual } from '../../../core/bilingual';
import type { AdminTransferItem } from '../../../core/protocol/adminTransfer';

// A queue item's last error in words for the transfer screen. The register keeps the
// connector's technical text (transfer/httpConnector.ts, fileDropConnector.ts):
//   "HTTP 503: Service Unavailable"            the receiver's own fault
//   "HTTP 422: СНИЛС не найден"                 a rejection: the receiver's reason
//   "no answer within 30000 ms"                 a timeout
//   "fetch failed (ECONNREFUSED)"               nobody listens at the address
//   "cannot write /srv/…/x.json: … (EACCES)"    the drop folder is not writable
// The screen shows these words with the technical text beside them.

export function transferErrorWords(
  item: Pick<AdminTransferItem, 'state' | 'lastError'>,
): Bilingual | null {
  const error = item.lastError;
  if (error === null) return null;
  if (item.state === 'rejected') {
    return {
      ru: 'Регистр-получатель отказал в приёме: нужна проверка данных справки',
      en: 'The receiving register refused it: the certificate’s data need checking',
    };
  }
  if (/^cannot write /.test(error)) {
    return {
      ru: 'Не удалось записать файл в папку передачи: проверьте папку и права на запись',
      en: 'The file could not be written to the transfer folder: check the folder and its permissions',
    };
  }
  if (/^no answer within /.test(error) || /ETIMEDOUT|aborted/i.test(error)) {
    return {
      ru: 'Регистр-получатель не ответил вовремя',
      en: 'The receiving register did not answer in time',
    };
  }
  if (/^HTTP 5\d\d/.test(error)) {
    return {
      ru: 'Сбой на стороне регистра-получателя',
      en: 'The receiving register failed',
    };
  }
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|fetch failed/.test(error)) {
    return {
      ru: 'Регистр-получатель недоступен по сети',
      en: 'The receiving register cannot be reached',
    };
  }
  return { ru: 'Ошибка передачи', en: 'The transfer failed' };
}
