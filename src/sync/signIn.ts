import { refusalOf } from '../core/protocol/refusal';
import type { SignInRequest, SignInResponse } from '../core/protocol/session';
import { signInResponseSchema } from '../core/protocol/session';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import type { Transport, TransportFailure } from './transport';
import { unreadableDetail } from './unreadable';

export type SignInFailure =
  | TransportFailure
  | 'invalid-credentials'
  | 'too-many-attempts'
  | 'register-busy'
  | 'register-refused';

/** Signs a member of staff in at the register; every answer is parsed, never trusted. */
export async function signIn(
  transport: Transport,
  request: SignInRequest,
): Promise<Result<SignInResponse, SignInFailure>> {
  const sent = await transport({ method: 'POST', path: '/api/session', body: request });
  if (!sent.ok) return sent;
  const { status, body } = sent.value;
  if (status === 200) {
    const parsed = signInResponseSchema.safeParse(body);
    return parsed.success
      ? ok(parsed.data)
      : fail('unreadable-response', unreadableDetail(parsed.error));
  }
  const { code, detail } = refusalOf(status, body);
  if (status === 401 || code === 'invalid-credentials') return fail('invalid-credentials');
  // Both are 429: the login's own limit (wait a minute) or too many password checks at once
  // at the register (a flood somewhere; retry in a few seconds) — the clerk is told which.
  if (code === 'sign-in-busy') return fail('register-busy');
  if (status === 429 || code === 'too-many-attempts') return fail('too-many-attempts');
  return fail('register-refused', detail);
}
