import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from 'node:util';
import type { Bilingual } from '../../core/bilingual';
import type { RegisterConfig } from '../../register/config';
import type { RegisterDb } from '../../register/db/connect';

// What every `npm run register -- <command>` shares: the command's shape, the parsing of its
// flags with Node's util.parseArgs, and the exit statuses. A command file holds one command:
// its usage line and what it does; it reaches the database only through `open()`, after its
// flags were found good, so a wrong flag never touches the register.
//
// Exit status: 0 done, 1 refused or failed (unknown clinic, login taken, database
// unreachable…: a bilingual line on stderr), 2 usage error (usage line on stderr).

export type CliOutput = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whether stderr is a terminal, where a progress line may rewrite itself. */
  readonly errIsTerminal?: boolean;
};

export type OpenedDatabase = { readonly db: RegisterDb; readonly config: RegisterConfig };

export type CommandContext = {
  readonly io: CliOutput;
  readonly now: () => Date;
  readonly random: (bytes: number) => Uint8Array;
  /** The register's configuration from the environment (as `npm start` reads it). */
  readonly config: () => RegisterConfig;
  /** Opens and migrates the register's database; closed by the caller after the command. */
  readonly open: () => Promise<OpenedDatabase>;
};

export type RegisterCommand = {
  readonly name: string;
  /** One line for the overall --help. */
  readonly summary: string;
  /** The usage line, after `npm run register -- `. */
  readonly usage: string;
  /** Further lines for the command's own --help. */
  readonly details: readonly string[];
  run(argv: readonly string[], context: CommandContext): Promise<number>;
};

export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

/** A wrong argument: the command's usage line follows the message on stderr. */
export class UsageError extends Error {}

/** A refusal or failure with its words in both languages: exit 1. */
export class RefusedError extends Error {
  constructor(readonly words: Bilingual) {
    super(words.en);
  }
}

/** "English (Русский)": stderr speaks both, like `npm run verify`. */
export function bilingualLine(words: Bilingual): string {
  return `${words.en} (${words.ru})`;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The command's flags; unknown flags, stray words and a missing value are usage errors. */
export function parseOptions<const O extends Options>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** A flag that must be given, non-empty after trimming. */
export function required(value: string | undefined, flag: string): string {
  const trimmed = value?.trim();
  if (trimmed === undefined || trimmed === '') throw new UsageError(`--${flag} is required`);
  return trimmed;
}

/** A flag that must be one of `choices`. */
export function oneOf<const C extends string>(
  value: string | undefined,
  flag: string,
  choices: readonly C[],
): C {
  const given = required(value, flag);
  const found = choices.find((choice) => choice === given);
  if (found === undefined) {
    throw new UsageError(`--${flag} must be one of ${choices.join(', ')}, got ${given}`);
  }
  return found;
}
