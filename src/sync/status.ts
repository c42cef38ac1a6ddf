import type { Bilingual, MessageTable } from '../core/bilingual';
import type { ProtocolMismatchReason } from '../core/protocol/protocolMismatch';
import { PROTOCOL_MISMATCH_MESSAGES } from '../core/protocol/protocolMismatch';
import type { TransportFailure } from './transport';

// What the header shows about sync, and only the truth: the time of the last run that
// finished without any failure, how many records wait, and the last error in words. A failed
// run never clears `lastError` and never moves `lastSuccessAt`.

export type SyncFailure =
  | TransportFailure
  | 'not-enrolled'
  | 'tablet-not-recognised'
  | 'tablet-withdrawn'
  | ProtocolMismatchReason
  | 'register-error'
  | 'storage-error';

export const SYNC_FAILURE_MESSAGES: MessageTable<SyncFailure> = {
  offline: {
    ru: 'Нет сети. Записи сохранены на планшете и будут отправлены, когда связь появится.',
    en: 'No network. Records are kept on the tablet and will be sent when the link returns.',
  },
  timeout: {
    ru: 'Регистр не ответил вовремя (медленная или прерванная связь). Повтор — автоматически.',
    en: 'The register did not answer in time (slow or broken link). Retrying automatically.',
  },
  network: {
    ru: 'Не удалось связаться с регистром. Повтор — автоматически.',
    en: 'Could not reach the register. Retrying automatically.',
  },
  'unreadable-response': {
    ru: 'Ответ регистра не удалось прочитать. Повтор — автоматически.',
    en: 'The register’s answer could not be read. Retrying automatically.',
  },
  'not-enrolled': {
    ru: 'Планшет не зарегистрирован в регистре: синхронизация невозможна.',
    en: 'This tablet is not enrolled with the register, so it cannot sync.',
  },
  'tablet-not-recognised': {
    ru: 'Регистр не узнаёт этот планшет. Записи сохранены; обратитесь к администратору.',
    en: 'The register does not recognise this tablet. Records are kept; ask an administrator.',
  },
  'tablet-withdrawn': {
    ru: 'Планшет отозван администратором в регистре. Записи сохранены на планшете; обратитесь к администратору.',
    en: 'An administrator withdrew this tablet at the register. Records are kept on it; ask an administrator.',
  },
  ...PROTOCOL_MISMATCH_MESSAGES,
  'register-error': {
    ru: 'Регистр сообщил об ошибке. Записи сохранены; повтор — автоматически.',
    en: 'The register reported an error. Records are kept; retrying automatically.',
  },
  'storage-error': {
    ru: 'Не удалось записать данные на планшете. Освободите место и повторите.',
    en: 'Could not save data on the tablet. Free some storage and try again.',
  },
};

export type SyncError = {
  readonly reason: SyncFailure;
  readonly message: Bilingual;
  /** For logs and support, never shown as the message. */
  readonly detail?: string;
  readonly at: string;
};

export type SyncStatus = {
  readonly running: boolean;
  readonly phase: 'idle' | 'push' | 'pull';
  /** ISO time of the last run that pushed and pulled everything without a failure. */
  readonly lastSuccessAt: string | null;
  /**
   * Records with an op still to send, as counted at the end of the last run (waiting, rejected
   * and conflicts alike); the header's live figures come from storage/syncCountsWatch.ts.
   */
  readonly waiting: number;
  /** Records the register refused; they wait for a person. */
  readonly rejected: number;
  /** Records where the register kept its own value of some field. */
  readonly conflicts: number;
  /** Rows received in the current (or last) run, for a first start's progress. */
  readonly pulled: number;
  /**
   * `pulled` plus what the register says is still to come; null before the first page and
   * with a register that does not tell (then the header shows the count alone).
   */
  readonly pullTotal: number | null;
  /** The run's pull started from cursor 0: the tablet's first download of the clinic. */
  readonly firstPull: boolean;
  readonly lastError: SyncError | null;
  readonly nextAttemptAt: string | null;
};

export const IDLE_STATUS: SyncStatus = {
  running: false,
  phase: 'idle',
  lastSuccessAt: null,
  waiting: 0,
  rejected: 0,
  conflicts: 0,
  pulled: 0,
  pullTotal: null,
  firstPull: false,
  lastError: null,
  nextAttemptAt: null,
};
