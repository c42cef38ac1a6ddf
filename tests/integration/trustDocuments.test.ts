import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ADMISSION_POLICY, parseAdmissionPolicy } from '../../src/core/admission/policy';
import { publishAdmissionPolicy } from '../../src/register/trust/admissionPolicy';
import { recordRevocation } from '../../src/register/trust/revocations';
import { testDatabases } from '../support/databases';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import type { EnrolledIssuer } from '../e2e/verifierIssuer';
import { enrolTestTablet } from '../e2e/verifierIssuer';

// The trust documents as a verifier's HTTP client meets them (issue #9, "revocation that
// arrives"): no cache may answer for the register (`no-cache`), each document has a strong
// tag, and asking with the tag of an unchanged document costs a 304 with no body, while any
// change — a revocation, a new policy — changes the tag and is answered in full.

type Answer = {
  readonly status: number;
  readonly etag: string | null;
  readonly cacheControl: string | null;
  readonly text: string;
};

async function get(register: RunningRegister, path: string, ifNoneMatch?: string) {
  const headers: Record<string, string> =
    ifNoneMatch === undefined ? {} : { 'if-none-match': ifNoneMatch };
  const response = await fetch(register.url + path, { headers });
  const answer: Answer = {
    status: response.status,
    etag: response.headers.get('etag'),
    cacheControl: response.headers.get('cache-control'),
    text: await response.text(),
  };
  return answer;
}

/** A strong tag: quoted, no W/ prefix. */
const STRONG_TAG = /^"[A-Za-z0-9_-]{43}"$/;

describe.each(testDatabases())('trust documents over HTTP on $engine', (database) => {
  let register: RunningRegister;
  let drop: () => Promise<void>;
  let issuer: EnrolledIssuer;
  let kid: string;
  let otherKid: string;

  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    register = await startRegister({ databaseUrl: created.url });
    issuer = await enrolTestTablet(register);
    kid = issuer.key.publicJwk.kid;
    otherKid = (await enrolTestTablet(register)).key.publicJwk.kid;
    await recordRevocation(register.db, {
      kid,
      rid: 'firstRevoked',
      reason: 'error',
      at: new Date('2026-11-30T10:00:00Z'),
    });
  });

  afterAll(async () => {
    await register.stop();
    await drop();
  });

  const pathOf = (document: string): string =>
    ({
      'the key set': '/.well-known/jwks.json',
      'a CRL': `/.well-known/crl/${kid}.json`,
      'the admission policy': '/.well-known/admission-policy.json',
    })[document] ?? '';

  it.each(['the key set', 'a CRL', 'the admission policy'])(
    'serves %s with no-cache and a strong tag, and a bodiless 304 for that tag',
    async (document) => {
      const path = pathOf(document);
      const first = await get(register, path);
      expect(first.status).toBe(200);
      expect(first.cacheControl).toBe('no-cache');
      expect(first.etag).toMatch(STRONG_TAG);
      const again = await get(register, path);
      expect(again.etag).toBe(first.etag);

      const unchanged = await get(register, path, first.etag ?? '');
      expect([unchanged.status, unchanged.text, unchanged.etag]).toEqual([304, '', first.etag]);
      expect(unchanged.cacheControl).toBe('no-cache');
      // Weak comparison, as RFC 9110 asks of If-None-Match, and a list of tags.
      expect((await get(register, path, `W/${first.etag ?? ''}`)).status).toBe(304);
      expect((await get(register, path, `"stale", ${first.etag ?? ''}`)).status).toBe(304);
      expect((await get(register, path, '"stale"')).status).toBe(200);
    },
  );

  it('answers "no CRL yet" with no-cache and a tag, in full even when asked with that tag', async () => {
    const path = `/.well-known/crl/${otherKid}.json`;
    const missing = await get(register, path);
    expect(missing.status).toBe(404);
    expect(missing.cacheControl).toBe('no-cache');
    expect(missing.etag).toMatch(STRONG_TAG);
    // RFC 9110 §13.2.1: a precondition only applies to a 2xx, so a 404 is never "not modified".
    const asked = await get(register, path, missing.etag ?? '');
    expect(asked.status).toBe(404);
    expect(JSON.parse(asked.text)).toMatchObject({ error: { code: 'not-found' } });
  });

  it('changes the CRL’s tag with a revocation, and says when the list changed and why', async () => {
    const path = `/.well-known/crl/${kid}.json`;
    const before = await get(register, path);
    await recordRevocation(register.db, {
      kid,
      rid: 'secondRevoked',
      reason: 'fraud',
      at: new Date('2026-12-01T02:10:00Z'),
    });
    const after = await get(register, path, before.etag ?? '');
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(before.etag);
    expect(JSON.parse(after.text)).toEqual({
      kid,
      method: 'rid',
      ctr: 2,
      rids: ['firstRevoked', 'secondRevoked'],
      updatedAt: '2026-12-01T02:10:00.000Z',
      revocations: {
        firstRevoked: { at: '2026-11-30T10:00:00.000Z', reason: 'error' },
        secondRevoked: { at: '2026-12-01T02:10:00.000Z', reason: 'fraud' },
      },
    });
    // The key set announces the new counter, so its tag changes too.
    const jwks = await get(register, '/.well-known/jwks.json');
    const { keys } = JSON.parse(jwks.text) as { keys: { kid: string; crlVersion?: number }[] };
    expect(keys.find((key) => key.kid === kid)?.crlVersion).toBe(2);
  });

  it('never publishes a reason that is not one of the closed codes', async () => {
    await recordRevocation(register.db, {
      kid,
      rid: 'freeText',
      reason: 'Паспорт не совпадает',
      at: new Date('2026-12-01T03:00:00Z'),
    });
    const crl = JSON.parse((await get(register, `/.well-known/crl/${kid}.json`)).text) as {
      revocations: Record<string, unknown>;
    };
    expect(crl.revocations['freeText']).toEqual({ at: '2026-12-01T03:00:00.000Z' });
  });

  it('serves a newly published policy with the next version and a new tag', async () => {
    const path = '/.well-known/admission-policy.json';
    const before = await get(register, path);
    const published = parseAdmissionPolicy(JSON.parse(before.text));
    expect(published.ok && published.value.version).toBe(DEFAULT_ADMISSION_POLICY.version);

    const { region, admittedClasses, utcOffsetMinutes } = DEFAULT_ADMISSION_POLICY;
    const change = { region, admittedClasses, utcOffsetMinutes };
    await publishAdmissionPolicy(
      register.db,
      { ...change, presenceMonths: 3 },
      new Date('2026-12-01T04:00:00Z'),
    );
    const after = await get(register, path, before.etag ?? '');
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(before.etag);
    expect(JSON.parse(after.text)).toMatchObject({
      version: 2,
      presenceMonths: 3,
      updatedAt: '2026-12-01T04:00:00.000Z',
    });
  });
});
