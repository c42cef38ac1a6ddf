import type { FastifyInstance, FastifyRequest } from 'fastify';
import Fastify from 'fastify';
import { createAttemptLimiter } from './auth/attemptLimiter';
import type { RegisterConfig } from './config';
import type { RegisterContext } from './context';
import type { RegisterDb } from './db/connect';
import { installErrorHandling } from './http/errorHandling';
import { installStaticApp } from './http/staticApp';
import { registerClinicRoutes } from './routes/clinic';
import { registerCertificateRevocationRoute } from './routes/certificateRevocation';
import { registerHealthRoutes } from './routes/health';
import { registerSessionRoutes } from './routes/session';
import { registerSyncRoutes } from './routes/sync';
import { registerTabletListRoute } from './routes/tabletList';
import { registerTabletWithdrawRoute } from './routes/tabletWithdraw';
import { registerTabletRoutes } from './routes/tablets';
import { registerWellKnownRoutes } from './routes/wellKnown';

// The register's HTTP face: the API under /api, the SHC trust documents under /.well-known
// (issue 5), and the built PWA for everything else, all from one port.

export type LogDestination = { write(line: string): void };

export type RegisterDeps = {
  readonly config: RegisterConfig;
  readonly db: RegisterDb;
  readonly now: () => Date;
  readonly random: (bytes: number) => Uint8Array;
  /** Where the JSON log lines go; stdout when omitted. */
  readonly log?: LogDestination;
};

/** Sign-in attempts allowed per login and client address in one window. */
export const SIGN_IN_ATTEMPTS = { maxAttempts: 5, windowMs: 60_000 } as const;

// Logs carry no personal data: requests are logged as method + path (no query string, which
// may one day carry a search by name), never headers or bodies; errors without the extra
// fields drivers attach (PostgreSQL's `detail` quotes the offending values).
const logSerializers = {
  req: (request: FastifyRequest) => ({
    method: request.method,
    path: request.url.split('?')[0],
  }),
  res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
  err: (error: Error & { code?: unknown }) => ({
    type: error.name,
    message: error.message,
    code: error.code,
    stack: error.stack ?? '',
  }),
};

export async function buildRegister(deps: RegisterDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      serializers: logSerializers,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization'],
      ...(deps.log === undefined ? {} : { stream: deps.log }),
    },
    bodyLimit: config.bodyLimitBytes,
    // Behind a reverse proxy, set this so rate limiting sees client addresses (not yet
    // configurable: the register is reached directly on the clinic's network for now).
    trustProxy: false,
  });

  // JSON is the only body the API reads; anything else is a 415, not a string to validate.
  app.removeContentTypeParser('text/plain');

  const context: RegisterContext = {
    config,
    db: deps.db,
    now: deps.now,
    random: deps.random,
    signInLimiter: createAttemptLimiter({
      ...SIGN_IN_ATTEMPTS,
      now: () => deps.now().getTime(),
    }),
  };

  const navigationFallback = await installStaticApp(app, config.staticDir);
  installErrorHandling(app, { bodyLimitBytes: config.bodyLimitBytes, navigationFallback });
  registerHealthRoutes(app, context);
  registerSessionRoutes(app, context);
  registerTabletRoutes(app, context);
  registerClinicRoutes(app, context);
  registerWellKnownRoutes(app, context);
  registerSyncRoutes(app, context);
  registerTabletWithdrawRoute(app, context);
  registerTabletListRoute(app, context);
  registerCertificateRevocationRoute(app, context);
  return app;
}
