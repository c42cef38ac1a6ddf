import type { MessageTable } from '../../core/bilingual';
import type { BackupFailure } from '../../register/backup';
import { backupDatabase } from '../../register/backup';
import type { RegisterCommand } from './command';
import { EXIT_OK, parseOptions, RefusedError, required } from './command';

// npm run register -- backup --out /backups/register-2026-12-01.sqlite
//   {"backup":{"engine":"sqlite","out":"/backups/register-2026-12-01.sqlite"}}
// While the register runs: SQLite's online backup, or pg_dump for PostgreSQL
// (register/backup.ts; restoring: docs/DEPLOY.md). An existing file is never overwritten.

const OPTIONS = { out: { type: 'string' } } as const;

const FAILURES: MessageTable<BackupFailure> = {
  'backup-target-exists': {
    en: 'the file already exists; choose a new name',
    ru: 'файл уже существует; укажите новое имя',
  },
  'sqlite-missing': {
    en: 'there is no register database in DATA_DIR yet',
    ru: 'в DATA_DIR ещё нет базы данных регистра',
  },
  'pg-dump-missing': {
    en: 'pg_dump is not installed: install the PostgreSQL client tools (e.g. apt install postgresql-client) of the server’s version or newer',
    ru: 'pg_dump не установлен: установите клиентские программы PostgreSQL (например, apt install postgresql-client) версии сервера или новее',
  },
  'pg-dump-failed': { en: 'pg_dump failed', ru: 'pg_dump завершился с ошибкой' },
};

export const backupCommand: RegisterCommand = {
  name: 'backup',
  summary: 'back up the register’s database to a file while it runs',
  usage: 'backup --out FILE',
  details: ['  SQLite: an online copy of the database file; PostgreSQL: pg_dump --format=custom'],
  async run(argv, context) {
    const out = required(parseOptions(argv, OPTIONS).out, 'out');
    const config = context.config();
    const done = await backupDatabase(config.database, out);
    if (!done.ok) {
      const words = FAILURES[done.reason];
      const detail = done.detail === undefined ? '' : `: ${done.detail}`;
      throw new RefusedError({ en: `${words.en}${detail}`, ru: `${words.ru}${detail}` });
    }
    context.io.out(`${JSON.stringify({ backup: { engine: done.value.engine, out } })}\n`);
    return EXIT_OK;
  },
};
