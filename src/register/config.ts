import path from 'node:path';
import { z } from 'zod';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import { DEFAULT_SILENT_HOURS } from '../core/tablet/tabletWarnings';
import type { TransferSettings } from './transfer/transferConfig';
import { readTransferSettings } from './transfer/transferConfig';

// The register is configured by environment variables only, each with a default that makes
// `npm start` work on a fresh machine. Example:
//
//   PORT=8080 HOST=0.0.0.0 DATA_DIR=./data LOG_LEVEL=info STATIC_DIR=./dist
//   DATABASE_URL=postgres://serodesk:secret@db.local:5432/serodesk   (unset → SQLite file)
//   ISSUER_URL=https://register.kamchatka.example                     (no trailing slash)
//   BODY_LIMIT_BYTES=5242880
//   REQUEST_TIMEOUT_MS=120000 HEADERS_TIMEOUT_MS=20000 KEEP_ALIVE_TIMEOUT_MS=10000
//   TRUST_PROXY=127.0.0.1            (unset → false; true, a hop count, or addresses/CIDRs)
//   SERVE_SOURCE_MAPS=false
//   FEDERAL_TRANSFER=off             (on: the register transfers cases to the federal register)
//   FEDERAL_TRANSFER_DIR / _URL / _TOKEN / _CONNECTOR / _TIMEOUT_MS / _INTERVAL_MS
//                                    the transfer's connector (transfer/transferConfig.ts)
//   TABLET_SILENT_HOURS=72           admins are warned about a tablet silent for longer
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
  readonly timeouts: HttpTimeouts;
  /**
   * Fastify's `trustProxy`: whom to believe about the client's address (X-Forwarded-For) and
   * scheme. False when the register is reached directly; see docs/DEPLOY.md.
   */
  readonly trustProxy: TrustProxy;
  /** Whether `*.map` files of the build are served (they are always built). */
  readonly serveSourceMaps: boolean;
  /**
   * Whether this register transfers case data to the federal register (issue #11 item 10;
   * the transfer itself is issue #12). Sent to the tablets with each clinic, so the printed
   * statement promises the transfer only when it happens. Default off.
   */
  readonly federalTransfer: boolean;
  /** The transfer connector and its timing; used only while federalTransfer is on. */
  readonly transfer: TransferSettings;
  /**
   * After how many hours without contact an enrolled tablet is on the admins' warning list
   * (issue #12, src/core/tablet/tabletWarnings.ts).
   */
  readonly tabletSilentHours: number;
};

/**
 * How long a client may take (issue #13: connections that dribble a byte every few seconds
 * must not stay open for ever). All in milliseconds.
 */
export type HttpTimeouts = {
  /** The whole request, headers and body, must have arrived within this. */
  readonly requestMs: number;
  /** The request's headers must have arrived within this (≤ requestMs). */
  readonly headersMs: number;
  /** An idle keep-alive connection is closed after this. */
  readonly keepAliveMs: number;
};

export type TrustProxy = boolean | number | string;

export const DEFAULT_PORT = 8080;
export const DEFAULT_BODY_LIMIT_BYTES = 5 * 1024 * 1024;
export const SQLITE_FILE_NAME = 'register.sqlite';

/**
 * A push of 1,000 gzipped records over a slow satellite link arrives well within two minutes
 * (the tablet itself gives up after one, src/sync/syncCalls.ts); headers are a few hundred
 * bytes and never need twenty seconds.
 */
export const DEFAULT_TIMEOUTS: HttpTimeouts = {
  requestMs: 120_000,
  headersMs: 20_000,
  keepAliveMs: 10_000,
};

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
  REQUEST_TIMEOUT_MS: optionalText.pipe(wholeNumber(100, 3_600_000).optional()),
  HEADERS_TIMEOUT_MS: optionalText.pipe(wholeNumber(100, 3_600_000).optional()),
  KEEP_ALIVE_TIMEOUT_MS: optionalText.pipe(wholeNumber(100, 3_600_000).optional()),
  TRUST_PROXY: optionalText.pipe(
    z
      .string()
      .regex(
        /^(true|false|\d{1,2}|[0-9A-Fa-f.:/]+(\s*,\s*[0-9A-Fa-f.:/]+)*)$/,
        'expected true, false, a hop count, or comma-separated addresses/CIDRs',
      )
      .optional()
      .transform(parseTrustProxy),
  ),
  SERVE_SOURCE_MAPS: optionalText.pipe(
    z
      .enum(['true', 'false'], { error: 'expected true or false' })
      .optional()
      .transform((value) => value === 'true'),
  ),
  FEDERAL_TRANSFER: optionalText.pipe(
    z
      .enum(['on', 'off'], { error: 'expected on or off' })
      .optional()
      .transform((value) => value === 'on'),
  ),
  TABLET_SILENT_HOURS: optionalText.pipe(wholeNumber(1, 24 * 366).optional()),
});

/** "true"/"false" → boolean, "2" → hop count, "10.0.0.1, 10.0.0.0/8" → kept as Fastify reads it. */
function parseTrustProxy(value: string | undefined): TrustProxy {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

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
  const requestMs = vars.REQUEST_TIMEOUT_MS ?? DEFAULT_TIMEOUTS.requestMs;
  const headersMs = vars.HEADERS_TIMEOUT_MS ?? Math.min(DEFAULT_TIMEOUTS.headersMs, requestMs);
  if (headersMs > requestMs) {
    return fail('invalid-config', 'HEADERS_TIMEOUT_MS: must not exceed REQUEST_TIMEOUT_MS');
  }
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
    timeouts: {
      requestMs,
      headersMs,
      keepAliveMs: vars.KEEP_ALIVE_TIMEOUT_MS ?? DEFAULT_TIMEOUTS.keepAliveMs,
    },
    trustProxy: vars.TRUST_PROXY,
    serveSourceMaps: vars.SERVE_SOURCE_MAPS,
    federalTransfer: vars.FEDERAL_TRANSFER,
    transfer: readTransferSettings(env, cwd, dataDir),
    tabletSilentHours: vars.TABLET_SILENT_HOURS ?? DEFAULT_SILENT_HOURS,
  });
}
