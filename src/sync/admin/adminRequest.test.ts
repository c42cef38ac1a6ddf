import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ok } from '../../core/result';
import type { Transport } from '../transport';
import { adminFailureText, adminRequest, ADMIN_FAILURE_MESSAGES } from './adminRequest';

const answer =
  (status: number, body: unknown): Transport =>
  () =>
    Promise.resolve(ok({ status, body }));
const schema = z.object({ clinics: z.array(z.string()) });
const GET = { method: 'GET', path: '/api/admin/clinics' } as const;

describe('an administration call', () => {
  it('reads the answer through its schema and sends the staff token', async () => {
    let sentToken: string | undefined;
    const transport: Transport = (request) => {
      sentToken = request.token;
      return Promise.resolve(ok({ status: 200, body: { clinics: ['PKGP3'] } }));
    };
    const result = await adminRequest(transport, 'tok-1234567890abcdef', GET, schema);
    expect(result).toEqual({ ok: true, value: { clinics: ['PKGP3'] } });
    expect(sentToken).toBe('tok-1234567890abcdef');
  });

  it('names an expired session, a forbidden role and an unknown thing by status', async () => {
    for (const [status, reason] of [
      [401, 'session-expired'],
      [403, 'forbidden'],
      [404, 'not-found'],
      [503, 'register-failed'],
    ] as const) {
      const result = await adminRequest(answer(status, {}), 'token', GET, schema);
      expect(result).toMatchObject({ ok: false, reason });
    }
  });

  it('keeps the register’s words and field issues of a refusal for the form', async () => {
    const body = {
      error: {
        code: 'invalid-body',
        message: 'The login is taken',
        messageRu: 'Логин занят',
        issues: [{ path: 'login', message: 'taken' }],
      },
    };
    const result = await adminRequest(answer(400, body), 'token', GET, schema);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.reason).toBe('refused');
    expect(result.issues).toEqual([{ path: 'login', message: 'taken' }]);
    expect(adminFailureText(result)).toEqual({ ru: 'Логин занят', en: 'The login is taken' });
  });

  it('calls an answer that does not match the schema unreadable, in our own words', async () => {
    const result = await adminRequest(answer(200, { clinics: 3 }), 'token', GET, schema);
    if (result.ok) throw new Error('expected a failure');
    expect(result.reason).toBe('unreadable-response');
    expect(adminFailureText(result)).toEqual(ADMIN_FAILURE_MESSAGES['unreadable-response']);
  });

  it('passes a transport failure on as it is', async () => {
    const offline: Transport = () => Promise.resolve({ ok: false, reason: 'offline' });
    const result = await adminRequest(offline, 'token', GET, schema);
    expect(result).toMatchObject({ ok: false, reason: 'offline', issues: [] });
  });
});
