import type { FastifyInstance } from 'fastify';
import { SYNC_PROTOCOL_VERSION } from '../../core/protocol/sync';
import type { RegisterContext } from '../context';
import { readSchemaVersion } from '../db/migrate';
import { replyError } from '../http/apiError';
import { DATABASE_RETRY_AFTER_SECONDS } from '../http/errorHandling';

// Liveness and identity of the register, for people, monitors and the sync client:
//
//   GET /api/health
//   200 {"status":"ok","database":"sqlite","schemaVersion":2,"protocolVersion":1,
//        "issuer":"https://register.example.ru"}
//   503 {"error":{"code":"database-unavailable","message":"The register cannot reach its database…",…}}
//       with Retry-After: 5
//
// The schema version is read from the database on every call, so a 200 also proves the
// database answers.

/** Version of the register ↔ tablet wire protocol; bumped on an incompatible change. */
export const PROTOCOL_VERSION = SYNC_PROTOCOL_VERSION;

export type HealthBody = {
  status: 'ok';
  database: RegisterContext['db']['kind'];
  schemaVersion: number;
  protocolVersion: number;
  /** The SMART Health Card issuer whose keys this register publishes; verifiers trust it. */
  issuer: string;
};

export function registerHealthRoutes(app: FastifyInstance, context: RegisterContext): void {
  app.get('/api/health', async (request, reply) => {
    let schemaVersion: number;
    try {
      schemaVersion = await readSchemaVersion(context.db);
    } catch (error) {
      request.log.error({ err: error }, 'health check: database unreachable');
      reply.header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      return replyError(reply, 'database-unavailable');
    }
    const body: HealthBody = {
      status: 'ok',
      database: context.db.kind,
      schemaVersion,
      protocolVersion: PROTOCOL_VERSION,
      issuer: context.config.issuerUrl,
    };
    return reply.header('Cache-Control', 'no-store').send(body);
  });
}
