import { describe, expect, it } from 'vitest';
import type { TransferPayload } from './connector';
import type { Fetch } from './httpConnector';
import { httpConnector } from './httpConnector';

// What each answer of the receiver means (the table at the top of httpConnector.ts), with
// the transport passed in; the real receiver is in tests/integration/transferQueue.test.ts.

const payload: TransferPayload = {
  idempotencyKey: '0193f4c2-0000-7000-8000-0000000000c1:issued',
  event: 'issued',
  certificateId: '0193f4c2-0000-7000-8000-0000000000c1',
  certificateNumber: 'KAM01-T03-2026-000017',
  bundle: {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: '2026-12-01T09:00:00.000Z',
    identifier: { system: 'https://register.example/fhir/identifier/transfer', value: 'k' },
    entry: [],
  },
};

function answering(status: number, body: string): Fetch {
  return () => Promise.resolve(new Response(body, { status }));
}

async function outcomeOf(fetch: Fetch) {
  const connector = httpConnector({
    url: 'https://gw.example/b',
    token: 't',
    timeoutMs: 1000,
    fetch,
  });
  return connector.send(payload, new AbortController().signal);
}

describe('the HTTP connector', () => {
  it('takes a 2xx with an id as accepted under that id', async () => {
    expect(await outcomeOf(answering(201, '{"id":"EGISZ-7"}'))).toEqual({
      kind: 'accepted',
      externalId: 'EGISZ-7',
    });
  });

  it('takes a 2xx without an id as failed, to be asked again', async () => {
    expect(await outcomeOf(answering(200, '{"ok":true}'))).toMatchObject({ kind: 'failed' });
  });

  it.each([
    ['{"reason":"СНИЛС не найден"}', 'HTTP 422: СНИЛС не найден'],
    ['{"message":"bad bundle"}', 'HTTP 422: bad bundle'],
    [
      '{"resourceType":"OperationOutcome","issue":[{"diagnostics":"Patient.birthDate missing"}]}',
      'HTTP 422: Patient.birthDate missing',
    ],
    ['plain\n  words', 'HTTP 422: plain words'],
  ])('takes a 4xx answer %s as rejected with %s', async (body, reason) => {
    expect(await outcomeOf(answering(422, body))).toEqual({ kind: 'rejected', reason });
  });

  it.each([408, 429, 500, 503])('takes HTTP %i as failed (later, not no)', async (status) => {
    expect(await outcomeOf(answering(status, 'busy'))).toEqual({
      kind: 'failed',
      error: `HTTP ${status}: busy`,
    });
  });

  it('takes a network error as failed with its message', async () => {
    const refused: Fetch = () => Promise.reject(new TypeError('fetch failed'));
    expect(await outcomeOf(refused)).toEqual({ kind: 'failed', error: 'fetch failed' });
  });

  it('sends the bearer token, the idempotency key and the Bundle as FHIR JSON', async () => {
    let seen: RequestInit | undefined;
    const recording: Fetch = (_url, init) => {
      seen = init;
      return Promise.resolve(new Response('{"id":"x"}', { status: 201 }));
    };
    await outcomeOf(recording);
    expect(seen?.method).toBe('POST');
    expect(seen?.headers).toMatchObject({
      authorization: 'Bearer t',
      'idempotency-key': payload.idempotencyKey,
      'content-type': 'application/fhir+json',
    });
    expect(typeof seen?.body === 'string' ? JSON.parse(seen.body) : undefined).toEqual(
      payload.bundle,
    );
  });
});
