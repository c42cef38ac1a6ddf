import { describe, expect, it } from 'vitest';
import type { TabletId } from '../core/ids';
import { fail, ok } from '../core/result';
import { listTablets, withdrawTablet } from './tabletAdmin';
import type { Transport, TransportRequest } from './transport';

// The admin's tablet calls against a scripted transport: every answer the register can give
// becomes a value the screen can put in words. The real register is in
// tests/integration/tabletAdmin.test.ts.

const T2 = '0193a0b0-0000-7000-8000-0000000000a2' as TabletId;
const TOKEN = 'k3V6u2a5x4JtqfK3c9yP8wQe7nL1sD0gH5jR2bXo';

function answering(status: number, body: unknown, seen: TransportRequest[] = []): Transport {
  return (request) => {
    seen.push(request);
    return Promise.resolve(ok({ status, body }));
  };
}

describe('withdrawing a tablet from the desk', () => {
  it('posts to the tablet’s withdraw route with the admin’s token and returns the time', async () => {
    const seen: TransportRequest[] = [];
    const at = '2026-11-26T10:00:00.000Z';
    const answer = await withdrawTablet(
      answering(200, { tablet: { id: T2, status: 'withdrawn', withdrawnAt: at } }, seen),
      { staffToken: TOKEN, tabletId: T2 },
    );
    expect(answer).toEqual({ ok: true, value: { id: T2, status: 'withdrawn', withdrawnAt: at } });
    expect(seen).toEqual([{ method: 'POST', path: `/api/tablets/${T2}/withdraw`, token: TOKEN }]);
  });

  it.each([
    [401, 'session-expired'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [500, 'register-refused'],
  ] as const)('names a %i refusal %s', async (status, reason) => {
    const error = { error: { code: 'x', message: 'x' } };
    const answer = await withdrawTablet(answering(status, error), {
      staffToken: TOKEN,
      tabletId: T2,
    });
    expect(answer).toMatchObject({ ok: false, reason });
  });

  it('passes on a failure to reach the register', async () => {
    const cut: Transport = () => Promise.resolve(fail('timeout'));
    expect(await withdrawTablet(cut, { staffToken: TOKEN, tabletId: T2 })).toEqual({
      ok: false,
      reason: 'timeout',
    });
  });

  it('does not take an answer about another tablet, or a malformed one, as success', async () => {
    const other = '0193a0b0-0000-7000-8000-0000000000a3';
    const wrongTablet = await withdrawTablet(
      answering(200, { tablet: { id: other, status: 'withdrawn', withdrawnAt: 'x' } }),
      { staffToken: TOKEN, tabletId: T2 },
    );
    expect(wrongTablet).toMatchObject({ ok: false, reason: 'unreadable-response' });
    const notWithdrawn = await withdrawTablet(
      answering(200, { tablet: { id: T2, status: 'enrolled', withdrawnAt: null } }),
      { staffToken: TOKEN, tabletId: T2 },
    );
    expect(notWithdrawn).toMatchObject({ ok: false, reason: 'unreadable-response' });
  });
});

describe('listing the clinic’s tablets for the admin', () => {
  it('names a registrar-only or expired session instead of showing an empty list', async () => {
    expect(await listTablets(answering(403, null), TOKEN)).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
    expect(await listTablets(answering(401, null), TOKEN)).toMatchObject({
      ok: false,
      reason: 'session-expired',
    });
    expect(await listTablets(answering(200, { tablets: [{ id: 'x' }] }), TOKEN)).toMatchObject({
      ok: false,
      reason: 'unreadable-response',
    });
  });
});
