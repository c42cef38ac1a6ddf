import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { CertificateId } from '../core/ids';
import type { TransferStateResponse } from '../core/protocol/transferState';
import { fail, ok } from '../core/result';
import { openDatabase } from '../storage/database';
import { saveTabletToken } from '../storage/tablet';
import type { Transport, TransportRequest } from '../sync/transport';
import { readCertificateTransfers } from './certificateTransfer';

// The desk's question "what became of these certificates in the federal transfer" against a
// scripted register: a fresh answer is shown and kept; without the register the kept answer
// comes back with the reason it is not fresh. The real register: tests/integration/transferState.

const C1 = '0193a0b0-0000-7000-8000-0000000000c1' as CertificateId;
const C2 = '0193a0b0-0000-7000-8000-0000000000c2' as CertificateId;
const TOKEN = 'k3V6u2a5x4JtqfK3c9yP8wQe7nL1sD0gH5jR2bXo';

const ANSWER: TransferStateResponse = {
  at: '2026-12-01T09:30:00.000Z',
  federalTransfer: true,
  certificates: [
    {
      id: C1,
      known: true,
      items: [
        {
          event: 'issued',
          state: 'accepted',
          queuedAt: '2026-12-01T08:59:58.000Z',
          settledAt: '2026-12-01T09:00:00.000Z',
          externalId: 'EGISZ-42',
          reason: null,
        },
      ],
    },
    { id: C2, known: false, items: [] },
  ],
};

/** The register's answer about C1 alone. */
const ONLY_C1: TransferStateResponse = { ...ANSWER, certificates: ANSWER.certificates.slice(0, 1) };

async function enrolledDesk() {
  const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  await saveTabletToken(db, TOKEN);
  return { db };
}

function registerAnswering(body: unknown, seen: TransportRequest[] = []): Transport {
  return (request) => {
    seen.push(request);
    return Promise.resolve(ok({ status: 200, body }));
  };
}

const offline: Transport = () => Promise.resolve(fail('offline'));

describe('the transfer state of a case’s certificates', () => {
  it('asks the register with the tablet’s token and answers fresh, every certificate by id', async () => {
    const env = await enrolledDesk();
    const seen: TransportRequest[] = [];
    const read = await readCertificateTransfers(env, registerAnswering(ANSWER, seen), [C1, C2]);
    expect(seen).toEqual([
      { method: 'GET', path: `/api/transfer/certificates?ids=${C1},${C2}`, token: TOKEN },
    ]);
    expect(read.get(C1)).toEqual({
      answer: { at: ANSWER.at, federalTransfer: true, certificate: ANSWER.certificates[0] },
      failure: undefined,
    });
    expect(read.get(C2)?.answer?.certificate.known).toBe(false);
  });

  it('shows the last kept answer, with its time, when the register cannot be reached', async () => {
    const env = await enrolledDesk();
    await readCertificateTransfers(env, registerAnswering(ONLY_C1), [C1]);
    const read = await readCertificateTransfers(env, offline, [C1, C2]);
    expect(read.get(C1)).toEqual({
      answer: { at: ANSWER.at, federalTransfer: true, certificate: ANSWER.certificates[0] },
      failure: 'offline',
    });
    // Never answered before: nothing to show but the reason.
    expect(read.get(C2)).toEqual({ answer: undefined, failure: 'offline' });
  });

  it('replaces the kept answer with a newer one', async () => {
    const env = await enrolledDesk();
    await readCertificateTransfers(env, registerAnswering(ONLY_C1), [C1]);
    const later: TransferStateResponse = {
      ...ANSWER,
      at: '2026-12-02T10:00:00.000Z',
      certificates: [{ id: C1, known: true, items: [] }],
    };
    await readCertificateTransfers(env, registerAnswering(later), [C1]);
    const read = await readCertificateTransfers(env, offline, [C1]);
    expect(read.get(C1)?.answer).toEqual({
      at: later.at,
      federalTransfer: true,
      certificate: later.certificates[0],
    });
  });

  it('names a withdrawn tablet and an unreadable answer instead of guessing a state', async () => {
    const env = await enrolledDesk();
    const withdrawn: Transport = () =>
      Promise.resolve(
        ok({ status: 401, body: { error: { code: 'tablet-withdrawn', message: 'withdrawn' } } }),
      );
    expect((await readCertificateTransfers(env, withdrawn, [C1])).get(C1)).toEqual({
      answer: undefined,
      failure: 'tablet-withdrawn',
    });
    const strange = registerAnswering({ ...ANSWER, certificates: [{ id: C2, known: true }] });
    expect((await readCertificateTransfers(env, strange, [C1])).get(C1)?.failure).toBe(
      'unreadable-response',
    );
  });

  it('does not ask without a tablet token, and says the tablet is not enrolled', async () => {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    const seen: TransportRequest[] = [];
    const read = await readCertificateTransfers({ db }, registerAnswering(ANSWER, seen), [C1]);
    expect(seen).toEqual([]);
    expect(read.get(C1)).toEqual({ answer: undefined, failure: 'not-enrolled' });
  });
});
