import type { Bilingual } from '../core/bilingual';

// Reasons the register can fail to start because of its surroundings (not a bug), each
// told to the person at the terminal in one line, Russian then English. Example:
//
//   Порт 8080 уже занят другой программой; задайте другой: PORT=8081 npm start. / Port 8080 is
//   already in use by another program; choose another: PORT=8081 npm start.

export type StartupFailure =
  | 'invalid-config'
  | 'data-dir-unwritable'
  | 'database-unreachable'
  | 'migration-failed'
  | 'port-in-use'
  | 'listen-failed';

/** `detail` names the variable, path, address or error code concerned (never a password). */
export function describeStartupFailure(failure: StartupFailure, detail: string): Bilingual {
  switch (failure) {
    case 'invalid-config':
      return {
        ru: `Неверная настройка в переменных окружения: ${detail}.`,
        en: `Invalid setting in the environment: ${detail}.`,
      };
    case 'data-dir-unwritable':
      return {
        ru: `Каталог данных недоступен для записи: ${detail}; укажите другой: DATA_DIR=/путь npm start.`,
        en: `The data directory is not writable: ${detail}; choose another: DATA_DIR=/path npm start.`,
      };
    case 'database-unreachable':
      return {
        ru: `Не удаётся подключиться к базе данных PostgreSQL: ${detail}; проверьте DATABASE_URL.`,
        en: `Cannot connect to the PostgreSQL database: ${detail}; check DATABASE_URL.`,
      };
    case 'migration-failed':
      return {
        ru: `Не удалось обновить схему базы данных: ${detail}.`,
        en: `Could not bring the database schema up to date: ${detail}.`,
      };
    case 'port-in-use':
      return {
        ru: `Порт ${detail} уже занят другой программой; задайте другой: PORT=8081 npm start.`,
        en: `Port ${detail} is already in use by another program; choose another: PORT=8081 npm start.`,
      };
    case 'listen-failed':
      return {
        ru: `Не удаётся открыть сетевой порт: ${detail}.`,
        en: `Cannot open the network port: ${detail}.`,
      };
  }
}

/** The single line printed for a failed start. */
export function startupFailureLine(failure: StartupFailure, detail: string): string {
  const text = describeStartupFailure(failure, detail);
  return `${text.ru} / ${text.en}`;
}
