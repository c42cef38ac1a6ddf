import path from 'node:path';
import { z } from 'zod';

// The transfer connector's settings, read from the environment beside FEDERAL_TRANSFER
// (src/register/config.ts). Examples:
//
//   FEDERAL_TRANSFER=on                                   file drop into <DATA_DIR>/transfer
//   FEDERAL_TRANSFER=on FEDERAL_TRANSFER_DIR=/srv/egisz-outbox
//   FEDERAL_TRANSFER=on FEDERAL_TRANSFER_URL=https://gateway.example/fhir/Bundle
//                       FEDERAL_TRANSFER_TOKEN=…          HTTP (the URL alone picks it)
//   FEDERAL_TRANSFER_CONNECTOR=file|http                  to choose explicitly
//   FEDERAL_TRANSFER_TIMEOUT_MS=30000                     one send's time limit
//   FEDERAL_TRANSFER_INTERVAL_MS=5000                     how often the queue is looked at
//
// A mistake here does not stop the register: the clinics must keep syncing, and the queue
// keeps every certificate until the connector is fixed. The connector is then `misconfigured`
// with the problem, which the register logs at start and `transfer status` prints.

export type TransferConnectorSettings =
  | { readonly kind: 'file'; readonly dir: string }
  | { readonly kind: 'http'; readonly url: string; readonly token: string }
  | { readonly kind: 'misconfigured'; readonly problem: string };

export type TransferSettings = {
  readonly connector: TransferConnectorSettings;
  /** One send's time limit, after which it counts as failed (and is retried). */
  readonly timeoutMs: number;
  /** How often the worker looks for due items. */
  readonly intervalMs: number;
};

export const DEFAULT_TRANSFER_TIMEOUT_MS = 30_000;
export const DEFAULT_TRANSFER_INTERVAL_MS = 5_000;
export const TRANSFER_DIR_NAME = 'transfer';

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const milliseconds = optionalText.pipe(
  z
    .string()
    .regex(/^\d+$/, 'expected a whole number of milliseconds')
    .transform(Number)
    .pipe(z.number().int().min(10).max(3_600_000))
    .optional(),
);

const transferEnvSchema = z.object({
  FEDERAL_TRANSFER_CONNECTOR: optionalText.pipe(
    z.enum(['file', 'http'], { error: 'expected file or http' }).optional(),
  ),
  FEDERAL_TRANSFER_DIR: optionalText,
  FEDERAL_TRANSFER_URL: optionalText.pipe(
    z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  ),
  FEDERAL_TRANSFER_TOKEN: optionalText,
  FEDERAL_TRANSFER_TIMEOUT_MS: milliseconds,
  FEDERAL_TRANSFER_INTERVAL_MS: milliseconds,
});

/** Never fails: a wrong setting makes the connector `misconfigured`, naming the variable. */
export function readTransferSettings(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  dataDir: string,
): TransferSettings {
  const parsed = transferEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problem = parsed.error.issues
      .map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`)
      .join('; ');
    return {
      connector: { kind: 'misconfigured', problem },
      timeoutMs: DEFAULT_TRANSFER_TIMEOUT_MS,
      intervalMs: DEFAULT_TRANSFER_INTERVAL_MS,
    };
  }
  const vars = parsed.data;
  const timing = {
    timeoutMs: vars.FEDERAL_TRANSFER_TIMEOUT_MS ?? DEFAULT_TRANSFER_TIMEOUT_MS,
    intervalMs: vars.FEDERAL_TRANSFER_INTERVAL_MS ?? DEFAULT_TRANSFER_INTERVAL_MS,
  };
  const kind =
    vars.FEDERAL_TRANSFER_CONNECTOR ?? (vars.FEDERAL_TRANSFER_URL === undefined ? 'file' : 'http');
  if (kind === 'file') {
    const dir = path.resolve(
      cwd,
      vars.FEDERAL_TRANSFER_DIR ?? path.join(dataDir, TRANSFER_DIR_NAME),
    );
    return { connector: { kind: 'file', dir }, ...timing };
  }
  const url = vars.FEDERAL_TRANSFER_URL;
  const token = vars.FEDERAL_TRANSFER_TOKEN;
  if (url === undefined || token === undefined) {
    const missing = [
      url === undefined ? 'FEDERAL_TRANSFER_URL' : [],
      token === undefined ? 'FEDERAL_TRANSFER_TOKEN' : [],
    ].flat();
    return {
      connector: {
        kind: 'misconfigured',
        problem: `${missing.join(', ')}: required for the http connector`,
      },
      ...timing,
    };
  }
  return { connector: { kind: 'http', url, token }, ...timing };
}

/** One line for logs and `transfer status`; never the token. */
export function describeConnector(connector: TransferConnectorSettings): string {
  switch (connector.kind) {
    case 'file':
      return `file drop into ${connector.dir}`;
    case 'http':
      return `HTTP POST to ${connector.url}`;
    case 'misconfigured':
      return `misconfigured: ${connector.problem}`;
  }
}
