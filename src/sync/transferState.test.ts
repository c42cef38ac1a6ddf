import { describe, expect, it } from 'vitest';
import type { CertificateId } from '../core/ids';
import { MAX_TRANSFER_STATE_IDS } from '../core/protocol/transferState';
import { ok } from '../core/result';
import { fetchTransferStates } from './transferState';
import type { Transport, TransportRequest } from './transport';

// The tablet's question about transfer states against a scripted register; the real one is
// in tests/integration/transferState.test.ts.

const TOKEN = 'k3V6u2a5x4JtqfK3c9yP8wQe7nL1sD0gH5jR2bXo';
const idOf = (n: number) =>
  `0193a0b0-0000-7000-8000-${n.toString(16).padStart(12, '0')}` as CertificateId;

/** A register that answers every id asked as unknown, at a time that grows per request. */
function unknowing(seen: TransportRequest[]): Transport {
  return (request) => {
    seen.push(request);
    const ids = new URL(request.path, 'http://register').searchParams.get('ids')?.split(',') ?? [];
    return Promise.resolve(
      ok({
        status: 200,
        body: {
          at: `2026-12-01T09:30:0${seen.length}.000Z`,
          federalTransfer: true,
          certificates: ids.map((id) => ({ id, known: false, items: [] })),
        },
      }),
    );
  };
}

describe('asking the register for transfer states', () => {
  it('asks in requests of at most the allowed number of ids and answers them all, in order', async () => {
    const ids = Array.from({ length: MAX_TRANSFER_STATE_IDS + 1 }, (_, n) => idOf(n + 1));
    const seen: TransportRequest[] = [];
    const answer = await fetchTransferStates(unknowing(seen), TOKEN, ids);
    expect(seen).toHaveLength(2);
    expect(seen.every((request) => request.token === TOKEN)).toBe(true);
    expect(answer.ok && answer.value.certificates.map((certificate) => certificate.id)).toEqual(
      ids,
    );
    expect(answer.ok && answer.value.at).toBe('2026-12-01T09:30:01.000Z');
  });

  it('names a refusal it has no word for as the register’s error', async () => {
    const refusing: Transport = () =>
      Promise.resolve(
        ok({ status: 503, body: { error: { code: 'database-unavailable', message: 'x' } } }),
      );
    expect(await fetchTransferStates(refusing, TOKEN, [idOf(1)])).toMatchObject({
      ok: false,
      reason: 'register-refused',
    });
  });
});
