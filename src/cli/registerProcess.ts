import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { RegisterConfig } from '../register/config';
import { loadConfig } from '../register/config';
import type { OpenedRegister } from '../register/boot';
import { openRegister } from '../register/boot';
import { errorCode } from '../register/dataDir';
import type { StartupFailure } from '../register/startupFailure';
import { startupFailureLine } from '../register/startupFailure';

// Shared by `npm start` and `npm run dev`: configuration, start-up failures told in one
// line (not a stack trace), and a clean shutdown on Ctrl+C or a service manager's SIGTERM.

/** Exit codes: 2 for a configuration the person must fix, 1 for the surroundings. */
export const EXIT_INVALID_CONFIG = 2;
export const EXIT_STARTUP_FAILED = 1;

export function exitWith(failure: StartupFailure, detail: string): never {
  console.error(startupFailureLine(failure, detail));
  process.exit(failure === 'invalid-config' ? EXIT_INVALID_CONFIG : EXIT_STARTUP_FAILED);
}

export function configFromEnvironment(): RegisterConfig {
  const loaded = loadConfig(process.env, process.cwd());
  if (!loaded.ok) exitWith('invalid-config', loaded.detail ?? loaded.reason);
  return loaded.value;
}

export async function openOrExit(config: RegisterConfig): Promise<OpenedRegister> {
  const opened = await openRegister(config, {
    now: () => new Date(),
    random: (bytes) => randomBytes(bytes),
  });
  if (!opened.ok) exitWith(opened.reason, opened.detail ?? '');
  return opened.value;
}

/** Listens, or exits with one line when the port is taken or not ours to open. */
export async function listenOrExit(
  opened: OpenedRegister,
  config: RegisterConfig,
  host: string,
): Promise<number> {
  try {
    await opened.app.listen({ port: config.port, host });
  } catch (error) {
    await opened.db.close();
    const code = errorCode(error);
    if (code === 'EADDRINUSE') exitWith('port-in-use', String(config.port));
    exitWith('listen-failed', `${host}:${config.port} (${code})`);
  }
  const address = opened.app.server.address();
  return typeof address === 'object' && address !== null ? address.port : config.port;
}

/** Closes the given servers, then the database, once, on SIGINT or SIGTERM. */
export function closeOnSignals(
  opened: OpenedRegister,
  others: readonly { close(): Promise<void> }[] = [],
): void {
  let closing = false;
  const close = (signal: NodeJS.Signals): void => {
    if (closing) return;
    closing = true;
    opened.app.log.info({ signal }, 'shutting down');
    void shutDown(opened.app, opened, others).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Ошибка при остановке / Error while stopping: ${errorCode(error)}`);
        process.exit(EXIT_STARTUP_FAILED);
      },
    );
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
}

async function shutDown(
  app: FastifyInstance,
  opened: OpenedRegister,
  others: readonly { close(): Promise<void> }[],
): Promise<void> {
  for (const other of others) await other.close();
  await app.close();
  await opened.db.close();
}
