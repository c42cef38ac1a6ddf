import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RegisterContext } from '../context';
import { apiErrorBody, replyError } from '../http/apiError';
import { readAdmissionPolicy } from '../trust/admissionPolicy';
import { readCrlDetails } from '../trust/crlDetails';
import { readIssuerJwks } from '../trust/jwks';
import { readCrl } from '../trust/revocations';

// The SMART Health Card trust documents, at the issuer's well-known paths:
//
//   GET /.well-known/jwks.json        → {"keys":[…]}                    (see trust/jwks.ts)
//   GET /.well-known/crl/<kid>.json   → {"kid","method":"rid","ctr","rids":[…],
//                                        "updatedAt","revocations":{…}}  (trust/crlDetails.ts)
//                                        or 404: no CRL for that key yet
//   GET /.well-known/admission-policy.json → {"version","admittedClasses",…} (SeroDesk's own:
//                                     who the cards admit; core/admission/policy.ts)
//
// Each answer carries a strong ETag (a hash of its exact bytes) and `Cache-Control: no-cache`:
//
//   HTTP/1.1 200 OK                          GET … If-None-Match: "Lq3v…"
//   cache-control: no-cache                  HTTP/1.1 304 Not Modified
//   etag: "Lq3v…"                            etag: "Lq3v…"
//
// A revocation must reach verifiers at once, so no cache may answer for the register without
// asking it; asking is cheap, since an unchanged document costs a 304 with no body. A 404 is
// not a representation to revalidate (RFC 9110 §13.2.1: preconditions only apply to a 2xx),
// so "no CRL yet" is always answered in full, and `no-cache` keeps any cache from holding it.
// The SHC spec asks issuers to allow cross-origin reads, so any verifier app can fetch them.

/** `"<base64url sha-256 of the body>"`: equal bytes, equal tag, on every register instance. */
export function entityTag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/** If-None-Match: `*` or a list of tags, each maybe `W/`-prefixed (weak comparison, §13.1.2). */
function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

function sendDocument(
  request: FastifyRequest,
  reply: FastifyReply,
  status: 200 | 404,
  document: unknown,
): FastifyReply {
  const body = JSON.stringify(document);
  const etag = entityTag(body);
  reply
    .header('access-control-allow-origin', '*')
    .header('access-control-expose-headers', 'ETag')
    .header('cache-control', 'no-cache')
    .header('etag', etag);
  if (status === 200 && matchesIfNoneMatch(request.headers['if-none-match'], etag)) {
    return reply.code(304).send();
  }
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

export function registerWellKnownRoutes(app: FastifyInstance, context: RegisterContext): void {
  app.get('/.well-known/jwks.json', async (request, reply) =>
    sendDocument(request, reply, 200, await readIssuerJwks(context.db)),
  );

  app.get('/.well-known/admission-policy.json', async (request, reply) =>
    sendDocument(request, reply, 200, await readAdmissionPolicy(context.db)),
  );

  app.get<{ Params: { file: string } }>('/.well-known/crl/:file', async (request, reply) => {
    const match = /^([A-Za-z0-9_-]{43})\.json$/.exec(request.params.file);
    const kid = match?.[1];
    if (kid === undefined) return replyError(reply, 'not-found');
    const [crl, details] = await Promise.all([
      readCrl(context.db, kid),
      readCrlDetails(context.db, kid),
    ]);
    if (crl === null) return sendDocument(request, reply, 404, apiErrorBody('not-found'));
    return sendDocument(request, reply, 200, { ...crl, ...(details ?? {}) });
  });
}
