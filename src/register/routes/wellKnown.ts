import type { FastifyInstance, FastifyReply } from 'fastify';
import type { RegisterContext } from '../context';
import { replyError } from '../http/apiError';
import { readIssuerJwks } from '../trust/jwks';
import { readCrl } from '../trust/revocations';

// The SMART Health Card trust documents, at the issuer's well-known paths:
//
//   GET /.well-known/jwks.json        → {"keys":[…]}                    (see trust/jwks.ts)
//   GET /.well-known/crl/<kid>.json   → {"kid","method":"rid","ctr","rids":[…]} or 404
//
// The SHC spec asks issuers to allow cross-origin reads, so any verifier app can fetch them.
// Verifier devices cache them for offline use; a short max-age keeps revocations moving.

function publicDocument(reply: FastifyReply): FastifyReply {
  return reply
    .header('Access-Control-Allow-Origin', '*')
    .header('Cache-Control', 'public, max-age=300');
}

export function registerWellKnownRoutes(app: FastifyInstance, context: RegisterContext): void {
  app.get('/.well-known/jwks.json', async (_request, reply) =>
    publicDocument(reply).send(await readIssuerJwks(context.db)),
  );

  app.get<{ Params: { file: string } }>('/.well-known/crl/:file', async (request, reply) => {
    const match = /^([A-Za-z0-9_-]{43})\.json$/.exec(request.params.file);
    const kid = match?.[1];
    if (kid === undefined) return replyError(reply, 'not-found');
    const crl = await readCrl(context.db, kid);
    if (crl === null) return replyError(publicDocument(reply), 'not-found');
    return publicDocument(reply).send(crl);
  });
}
