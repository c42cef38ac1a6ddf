// The register's administration CLI (issue #12): `npm run register -- <command> [flags]`.
// It reads the same DATA_DIR / DATABASE_URL as `npm start` and works while the register runs
// (register/openDatabase.ts). Each command lives in register/<command>.ts; this file only
// finds the command, prints help, and turns errors into exit statuses:
//   0 done · 1 refused or failed (a bilingual line on stderr) · 2 usage error (usage on stderr)
//
//   npm run register -- --help
//   npm run register -- create-staff --help
//   npm run register -- export --format csv --from 2026-11-01 --to 2026-11-30 --out nov.csv
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { RegisterDb } from '../register/db/connect';
import { backupCommand } from './register/backupCommand';
import type {
  CliOutput,
  CommandContext,
  OpenedDatabase,
  RegisterCommand,
} from './register/command';
import {
  bilingualLine,
  EXIT_OK,
  EXIT_REFUSED,
  EXIT_USAGE,
  RefusedError,
  UsageError,
} from './register/command';
import { createClinicCommand } from './register/createClinic';
import { createStaffCommand } from './register/createStaff';
import { demoDataCommand } from './register/demoData';
import { disableStaffCommand } from './register/disableStaff';
import { exportCommand } from './register/exportCommand';
import { listTabletsCommand } from './register/listTablets';
import { configFrom, openRegisterDatabase } from './register/openDatabase';
import { resetPasswordCommand } from './register/resetPassword';
import { revokeCommand } from './register/revoke';
import { transferCommand } from './register/transferCommand';
import { voidCardsCommand } from './register/voidCards';
import { withdrawTabletCommand } from './register/withdrawTablet';

export const COMMANDS: readonly RegisterCommand[] = [
  createClinicCommand,
  createStaffCommand,
  disableStaffCommand,
  resetPasswordCommand,
  listTabletsCommand,
  withdrawTabletCommand,
  revokeCommand,
  voidCardsCommand,
  exportCommand,
  demoDataCommand,
  backupCommand,
  transferCommand,
];

const PREFIX = 'npm run register --';

function overallUsage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    `usage: ${PREFIX} <command> [flags]   (${PREFIX} <command> --help for its flags)`,
    'Reads DATA_DIR / DATABASE_URL like npm start; works while the register runs.',
    'commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
  ].join('\n');
}

function commandUsage(command: RegisterCommand): string {
  return `usage: ${PREFIX} ${command.usage}`;
}

function commandHelp(command: RegisterCommand): string {
  return [commandUsage(command), command.summary, ...command.details].join('\n');
}

export type MainDeps = {
  readonly io: CliOutput;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly now?: () => Date;
  readonly random?: (bytes: number) => Uint8Array;
};

/** Runs one command line; resolves to the exit status. */
export async function main(argv: readonly string[], deps: MainDeps): Promise<number> {
  const { io } = deps;
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(`${overallUsage()}\n`);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    io.err(`register: unknown command ${name}\n${overallUsage()}\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${commandHelp(command)}\n`);
    return EXIT_OK;
  }

  let opened: OpenedDatabase | undefined;
  const config = () => configFrom(deps.env, deps.cwd);
  const context: CommandContext = {
    io,
    now: deps.now ?? (() => new Date()),
    random: deps.random ?? ((bytes) => new Uint8Array(randomBytes(bytes))),
    config,
    open: async () => {
      opened ??= await openRegisterDatabase(config(), (error) => {
        io.err(`register: database connection lost: ${error.message}\n`);
      });
      return opened;
    },
  };
  try {
    return await command.run(rest, context);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`register ${command.name}: ${error.message}\n${commandUsage(command)}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof RefusedError) {
      io.err(`register ${command.name}: ${bilingualLine(error.words)}\n`);
      return EXIT_REFUSED;
    }
    throw error;
  } finally {
    const db: RegisterDb | undefined = opened?.db;
    await db?.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), {
    io: {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
      errIsTerminal: process.stderr.isTTY,
    },
    env: process.env,
    cwd: process.cwd(),
  });
}
