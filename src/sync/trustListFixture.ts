// A fake register for the trust-list download tests (trustList*.test.ts).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DEFAULT_ADMISSION_POLICY } from '../core/admission/policy';
import { fail, ok } from '../core/result';
import { generateSigningKey } from '../core/shc/signingKey';
import { openDatabase } from '../storage/database';
import type { Transport, TransportRequest, TransportResponse } from './transport';

// The register's trust documents as a table of answers by path, each with its entity tag;
// a request that sends the current tag gets a 304, as the real register answers
// (tests/integration/trustDocuments.test.ts covers the register itself).
export const subtle = globalThis.crypto.subtle;
export const ISS = 'https://register.serodesk.test';
export const NOW = Date.parse('2026-11-26T12:00:00Z');
export const policyV2 = { ...DEFAULT_ADMISSION_POLICY, version: 2, presenceMonths: 3 };

const a = await generateSigningKey(subtle);
const b = await generateSigningKey(subtle);
/** Key A announces CRL version 3; key B has no CRL. */
export const keyA = { ...a.publicJwk, crlVersion: 3 };
export const keyB = { ...b.publicJwk };
export const KID_A = a.publicJwk.kid;
export const KID_B = b.publicJwk.kid;

export const crlA = () => ({
  kid: KID_A,
  method: 'rid',
  ctr: 3,
  rids: ['Xk3s9_aQ-2M'],
  updatedAt: '2026-11-26T10:14:02.000Z',
  revocations: { 'Xk3s9_aQ-2M': { at: '2026-11-26T10:14:02.000Z', reason: 'error' } },
});

export type Answer = (TransportResponse & { readonly etag?: string }) | 'offline';
export type Answers = Record<string, Answer>;

export function registerAnswers(overrides: Answers = {}): Answers {
  return {
    '/api/health': { status: 200, body: { status: 'ok', issuer: ISS } },
    '/.well-known/jwks.json': { status: 200, body: { keys: [keyA, keyB] }, etag: '"jwks-1"' },
    '/.well-known/admission-policy.json': { status: 200, body: policyV2, etag: '"policy-2"' },
    [`/.well-known/crl/${KID_A}.json`]: { status: 200, body: crlA(), etag: '"crl-a-3"' },
    ...overrides,
  };
}

export function transportOf(answers: Answers, seen: TransportRequest[] = []): Transport {
  return (request) => {
    seen.push(request);
    const answer = answers[request.path];
    if (answer === 'offline') return Promise.resolve(fail('offline'));
    if (answer === undefined) return Promise.resolve(ok({ status: 404, body: null }));
    if (answer.etag !== undefined && request.ifNoneMatch === answer.etag) {
      return Promise.resolve(ok({ status: 304, body: null, etag: answer.etag }));
    }
    return Promise.resolve(ok(answer));
  };
}

export const deps = (answers: Answers, seen: TransportRequest[] = []) => ({
  transport: transportOf(answers, seen),
  subtle,
  now: () => NOW,
  defaultIssuer: 'https://origin.example',
});

export const freshDatabase = () => openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
