import { networkInterfaces } from 'node:os';
import type { RegisterConfig } from '../register/config';
import type { StaffRole } from '../core/protocol/session';
import type { SeedOutcome } from '../register/seed';
import { DEMO_REGIONAL_STAFF, DEMO_STAFF } from '../register/seed';

// What `npm start` prints once the register listens: where to open it (this machine and the
// clinic network, so a tablet can reach it) and the demo accounts, in Russian and English.

const ROLE_NAMES: Record<StaffRole, { ru: string; en: string }> = {
  registrar: { ru: 'регистратор', en: 'registrar' },
  lab: { ru: 'лаборант', en: 'lab' },
  commission: { ru: 'комиссия', en: 'commission' },
  admin: { ru: 'администратор', en: 'admin' },
  verifier: { ru: 'проверяющий', en: 'verifier' },
  regional: { ru: 'регион. администратор', en: 'regional admin' },
};

/** Non-internal IPv4 addresses of this machine, e.g. ["192.168.1.20"]. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((info) => info !== undefined && info.family === 'IPv4' && !info.internal)
    .map((info) => info?.address ?? '')
    .filter((address) => address !== '');
}

function describeDatabase(config: RegisterConfig): string {
  if (config.database.kind === 'sqlite') return `SQLite ${config.database.file}`;
  const url = new URL(config.database.url);
  return `PostgreSQL ${url.host}${url.pathname}`;
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths?.[column] ?? 0))
      .join('   ')
      .trimEnd(),
  );
}

export function registerBanner(config: RegisterConfig, port: number, seed: SeedOutcome): string {
  const local = `http://localhost:${port}`;
  const lan = lanAddresses().map((address) => `http://${address}:${port}`);
  const accounts = table([
    ['Роль / Role', 'Логин / Login', 'Пароль / Password'],
    ...[...DEMO_STAFF, ...DEMO_REGIONAL_STAFF].map((staff) => [
      `${ROLE_NAMES[staff.role].ru} / ${ROLE_NAMES[staff.role].en}`,
      staff.login,
      staff.password,
    ]),
  ]);
  const seedNote =
    seed === 'seeded'
      ? 'созданы сейчас / created now'
      : 'созданы при первом запуске / created on first start';
  return [
    '',
    'SeroDesk — регистр запущен / the register is running',
    `  Открыть на этом компьютере / Open on this computer:  ${local}`,
    ...(lan.length === 0 ? [] : [`  В сети клиники / On the clinic network:  ${lan.join('  ')}`]),
    `  База данных / Database:  ${describeDatabase(config)}`,
    `  Издатель QR (ISSUER_URL) / QR issuer:  ${config.issuerUrl}`,
    ...(config.staticDir === null ? [] : [`  Приложение / App:  ${config.staticDir}`]),
    '',
    `  Демо-учётные записи, только для демонстрации (${seedNote}):`,
    `  Demo accounts, for demonstration only:`,
    ...accounts.map((line) => `    ${line}`),
    '',
    '  Остановить / Stop: Ctrl+C',
    '',
  ].join('\n');
}
