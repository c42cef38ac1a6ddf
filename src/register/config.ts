import path from 'node:path';
import { z } from 'zod';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';

// The register is configured by environment variables only, each with a default that makes
// `npm start` work on a fresh machine. Example:
//
//   PORT=8080 HOST=0.0.0.0 DATA_DIR=./data LOG_LEVEL=info STATIC_DIR=./dist
//   DATABASE_URL=postgres://serodesk:secret@db.local:5432/serodesk   (unset → SQLite file)
//   ISSUER_URL=https://register.kamchatka.example                     (no trailing slash)
//   BODY_LIMIT_BYTES=5242880
//
// ISSUER_URL is the SMART Health Card `iss`: verifiers fetch `<ISSUER_URL>/.well-known/jwks.json`,
// so in production it must be the public https address of this register. SMART Health Cards
// allow only https issuers, so the demo default is https://localhost:<PORT>: a name SeroDesk's
// own verifiers trust (they download the keys from the register they are signed in to, not
// from the `iss` address), but which other SHC verifier apps cannot reach.

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type DatabaseTarget =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string };

export type RegisterConfig = {
  readonly port: number;
  readonly host: string;
  /** Absolute path; holds the SQLite file when no DATABASE_URL is given. */
  readonly dataDir: string;
  readonly database: DatabaseTarget;
  readonly logLevel: LogLevel;
  /** SHC issuer base URL, never ending in "/" (the spec forbids it). */
  readonly issuerUrl: string;
  /** Absolute path of the built PWA; null when the register serves the API only (dev). */
  readonly staticDir: string | null;
  readonly bodyLimitBytes: number;
};

export const DEFAULT_PORT = 8080;
export const DEFAULT_BODY_LIMIT_BYTES = 5 * 1024 * 1024;
export const SQLITE_FILE_NAME = 'register.sqlite';

/** Unset and empty variables both mean "use the default". */
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'expected a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const envSchema = z.object({
  PORT: optionalText.pipe(wholeNumber(0, 65535).optional()),
  HOST: optionalText.pipe(z.string().default('0.0.0.0')),
  DATA_DIR: optionalText.pipe(z.string().default('./data')),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// (leave it unset for SQLite)')
      .optional(),
  ),
  LOG_LEVEL: optionalText.pipe(z.enum(LOG_LEVELS).default('info')),
  ISSUER_URL: optionalText.pipe(
    z
      .url({
        protocol: /^https$/,
        error: 'must be an https:// URL (SMART Health Cards require it)',
      })
      .optional()
      .transform((url) => url?.replace(/\/+$/, '')),
  ),
  STATIC_DIR: optionalText.pipe(z.string().default('./dist')),
  BODY_LIMIT_BYTES: optionalText.pipe(wholeNumber(1024, 1024 ** 3).optional()),
});

/**
 * Reads the configuration; relative paths resolve against `cwd`. On failure `detail` is one
 * readable line naming the variable, e.g. "PORT: Too big: expected number to be <=65535".
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Result<RegisterConfig, 'invalid-config'> {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`)
      .join('; ');
    return fail('invalid-config', detail);
  }
  const vars = parsed.data;
  const dataDir = path.resolve(cwd, vars.DATA_DIR);
  const port = vars.PORT ?? DEFAULT_PORT;
  return ok({
    port,
    host: vars.HOST,
    dataDir,
    database:
      vars.DATABASE_URL === undefined
        ? { kind: 'sqlite', file: path.join(dataDir, SQLITE_FILE_NAME) }
        : { kind: 'postgres', url: vars.DATABASE_URL },
    logLevel: vars.LOG_LEVEL,
    issuerUrl: vars.ISSUER_URL ?? `https://localhost:${port}`,
    staticDir: path.resolve(cwd, vars.STATIC_DIR),
    bodyLimitBytes: vars.BODY_LIMIT_BYTES ?? DEFAULT_BODY_LIMIT_BYTES,
  });
}
