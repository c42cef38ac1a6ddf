import type { RegisterConfig } from '../../register/config';
import { loadConfig } from '../../register/config';
import { prepareDataDir } from '../../register/dataDir';
import { openDatabase } from '../../register/db/connect';
import { migrateToLatest } from '../../register/db/migrate';
import type { OpenedDatabase } from './command';
import { RefusedError } from './command';

// The CLI opens the same database as `npm start`, from the same DATA_DIR / DATABASE_URL
// variables (src/register/config.ts), while the register may be running: SQLite is opened in
// WAL mode with a busy timeout (db/connect.ts), so the CLI's short writes wait for the
// register's and the other way round; PostgreSQL serves both anyway. Pending migrations are
// applied under Kysely's migration lock, as the register itself does on start. The demo
// clinic is not seeded: that is `npm start`'s business.

export function configFrom(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): RegisterConfig {
  const loaded = loadConfig(env, cwd);
  if (!loaded.ok) {
    const detail = loaded.detail ?? loaded.reason;
    throw new RefusedError({
      en: `the register's configuration is wrong: ${detail}`,
      ru: `неверная настройка регистра: ${detail}`,
    });
  }
  return loaded.value;
}

export async function openRegisterDatabase(
  config: RegisterConfig,
  onConnectionError: (error: Error) => void,
): Promise<OpenedDatabase> {
  if (config.database.kind === 'sqlite') {
    const dir = prepareDataDir(config.dataDir);
    if (!dir.ok) {
      throw new RefusedError({
        en: `the data directory cannot be used: ${dir.detail ?? config.dataDir}`,
        ru: `каталог данных недоступен: ${dir.detail ?? config.dataDir}`,
      });
    }
  }
  const db = openDatabase(config.database, onConnectionError);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.close();
    const detail = error instanceof Error ? error.message : String(error);
    throw new RefusedError({
      en: `cannot open the register's database: ${detail}`,
      ru: `не удалось открыть базу данных регистра: ${detail}`,
    });
  }
  return { db, config };
}
