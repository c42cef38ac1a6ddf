import { describe, expect, it } from 'vitest';
import { ok } from '../core/result';
import { signIn } from './signIn';
import type { Transport } from './transport';

/** A register that answers every sign-in with this status and error code. */
function registerAnswering(status: number, code: string): Transport {
  return () => Promise.resolve(ok({ status, body: { error: { code, message: code } } }));
}

const request = { login: 'registrar', password: 'wrong' };

describe('signing in at the register', () => {
  it('tells a login that hit its own limit to wait a minute', async () => {
    const answer = await signIn(registerAnswering(429, 'too-many-attempts'), request);
    expect(answer).toEqual({ ok: false, reason: 'too-many-attempts' });
  });

  it('tells a clerk caught in a flood of password checks to retry in seconds, not a minute', async () => {
    const answer = await signIn(registerAnswering(429, 'sign-in-busy'), request);
    expect(answer).toEqual({ ok: false, reason: 'register-busy' });
  });

  it('says the password was wrong on 401', async () => {
    const answer = await signIn(registerAnswering(401, 'invalid-credentials'), request);
    expect(answer).toEqual({ ok: false, reason: 'invalid-credentials' });
  });
});
