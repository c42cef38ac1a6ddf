import type { FastifyBaseLogger } from 'fastify';
import type { CliOutput } from './command';

// The register's shared code paths log through Fastify's logger interface; on the command
// line their warnings go to stderr as one JSON line each, and info and below are dropped.

export function stderrLogger(io: CliOutput): FastifyBaseLogger {
  const write =
    (level: string) =>
    (...args: unknown[]): void => {
      const [first, second] = args;
      const msg = typeof first === 'string' ? first : typeof second === 'string' ? second : '';
      const fields = typeof first === 'object' && first !== null ? first : {};
      io.err(`register: ${JSON.stringify({ level, msg, ...fields })}\n`);
    };
  const quiet = (): void => undefined;
  const logger: FastifyBaseLogger = {
    level: 'warn',
    fatal: write('fatal'),
    error: write('error'),
    warn: write('warn'),
    info: quiet,
    debug: quiet,
    trace: quiet,
    silent: quiet,
    child: () => logger,
  };
  return logger;
}
