import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import Fastify from 'fastify';
import type { HashGateOptions } from './auth/hashGate';
import { createHashGate } from './auth/hashGate';
import { createSignInLimiter, SIGN_IN_LIMITS } from './auth/signInLimits';
import type { RegisterConfig } from './config';
import type { RegisterContext } from './context';
import type { RegisterDb } from './db/connect';
import { handleClientError } from './http/clientErrors';
import { installErrorHandling, replyToError } from './http/errorHandling';
import { installSecurityHeaders } from './http/securityHeaders';
import { installStaticApp } from './http/staticApp';
import { registerAdminCertificateRoutes } from './routes/adminCertificates';
import { registerAdminExportRoutes } from './routes/adminExports';
import { registerAdminReportRoutes } from './routes/adminReports';
import { registerAdminClinicRoutes } from './routes/adminClinics';
import { registerAdminTransferRoutes } from './routes/adminTransfer';
import { registerAdminStaffRoutes } from './routes/adminStaff';
import { registerClinicRoutes } from './routes/clinic';
import { registerCertificateRevocationRoute } from './routes/certificateRevocation';
import { registerHealthRoutes } from './routes/health';
import { registerSessionRoutes } from './routes/session';
import { registerSyncRoutes } from './routes/sync';
import { registerTabletListRoute } from './routes/tabletList';
import { registerTabletWithdrawRoute } from './routes/tabletWithdraw';
import { registerTabletRoutes } from './routes/tablets';
import { registerTransferStateRoute } from './routes/transferState';
import { registerAdminTabletRoutes } from './routes/adminTablets';
import { registerWellKnownRoutes } from './routes/wellKnown';
import { REFUSED_OP_SWEEP_INTERVAL_MS, sweepRefusedOps } from './sync/refusedOpRetention';
import { installTransferWorker } from './transfer/transferLifecycle';

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
  /** Sizes of the password-hash gate; defaults from auth/hashGate.ts. */
  readonly hashGate?: HashGateOptions;
};

/** Sign-in attempts allowed for one login, from all addresses, in one window. */
export const SIGN_IN_ATTEMPTS = SIGN_IN_LIMITS.perLogin;

/**
 * How often Node checks open connections against the request and header timeouts (its
 * default, 30 s, would let a dribbling client outlive a short timeout by that much).
 */
function connectionsCheckingInterval(headersMs: number): number {
  return Math.max(50, Math.min(5_000, Math.floor(headersMs / 4)));
}

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

/** TRUST_PROXY=2: trust the nearest two hops (Fastify's types have no number form). */
function fastifyHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}

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
    // Behind a TLS reverse proxy (docs/DEPLOY.md), TRUST_PROXY names it, so request.ip (what
    // the sign-in limits count) is the client's address, not the proxy's.
    trustProxy:
      typeof config.trustProxy === 'number' ? fastifyHops(config.trustProxy) : config.trustProxy,
    // Slow clients (issue #13): the whole request within requestMs, headers within
    // headersMs, an idle keep-alive connection closed after keepAliveMs; a socket silent for
    // a whole request time is closed too.
    requestTimeout: config.timeouts.requestMs,
    connectionTimeout: config.timeouts.requestMs,
    keepAliveTimeout: config.timeouts.keepAliveMs,
    http: {
      requestTimeout: config.timeouts.requestMs,
      headersTimeout: config.timeouts.headersMs,
      connectionsCheckingInterval: connectionsCheckingInterval(config.timeouts.headersMs),
    },
    clientErrorHandler: handleClientError,
    // A URL that does not decode, and Fastify's other early refusals, in the API's shape.
    frameworkErrors: (error: FastifyError, request, reply) => {
      replyToError(error, request, reply, config.bodyLimitBytes);
    },
  });

  // JSON is the only body the API reads; anything else is a 415, not a string to validate.
  app.removeContentTypeParser('text/plain');

  const context: RegisterContext = {
    config,
    db: deps.db,
    now: deps.now,
    random: deps.random,
    signIn: {
      limiter: createSignInLimiter(deps.db, deps.now),
      hashGate: createHashGate(deps.hashGate),
    },
  };

  await installSecurityHeaders(app);
  const navigationFallback = await installStaticApp(app, config.staticDir, {
    serveSourceMaps: config.serveSourceMaps,
  });
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
  registerTransferStateRoute(app, context);
  registerAdminStaffRoutes(app, context);
  registerAdminClinicRoutes(app, context);
  registerAdminCertificateRoutes(app, context);
  registerAdminTransferRoutes(app, context);
  registerAdminReportRoutes(app, context);
  registerAdminExportRoutes(app, context);
  registerAdminTabletRoutes(app, context);
  keepRefusedOpsBounded(app, context);
  installTransferWorker(app, context);
  return app;
}

/** Sweeps old refused ops once the app is ready and hourly after (sync/refusedOpRetention.ts). */
function keepRefusedOpsBounded(app: FastifyInstance, context: RegisterContext): void {
  const sweep = () => {
    sweepRefusedOps(context.db, context.now()).then(
      (deleted) => {
        if (deleted > 0) app.log.info({ deleted }, 'old refused ops swept');
      },
      (error: unknown) => {
        app.log.warn({ err: error }, 'sweeping old refused ops failed; next hour again');
      },
    );
  };
  let timer: ReturnType<typeof setInterval> | undefined;
  app.addHook('onReady', (done) => {
    sweep();
    timer = setInterval(sweep, REFUSED_OP_SWEEP_INTERVAL_MS);
    timer.unref();
    done();
  });
  app.addHook('onClose', (_instance, done) => {
    clearInterval(timer);
    done();
  });
}
