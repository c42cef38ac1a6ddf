import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { freePort } from './freePort';

// A stand-in for the regional gateway the HTTP transfer connector posts to
// (src/register/transfer/httpConnector.ts): it records every request and, as the gateway is
// asked to, keeps one record per Idempotency-Key and answers a repeat with the same id. The
// test sets how it answers: accept (optionally slowly), reject with a reason, or fail.

export type ReceiverMode =
  | { readonly kind: 'accept'; readonly delayMs?: number }
  | { readonly kind: 'reject'; readonly status: number; readonly reason: string }
  | { readonly kind: 'fail'; readonly status: number };

export type Received = {
  readonly key: string;
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  readonly body: string;
};

export type Receiver = {
  readonly url: string;
  mode: ReceiverMode;
  readonly requests: Received[];
  /** The receiver's records: one id per idempotency key, made on first receipt. */
  readonly records: Map<string, string>;
  close(): Promise<void>;
};

export async function startReceiver(): Promise<Receiver> {
  const port = await freePort();
  const state = {
    mode: { kind: 'accept' } as ReceiverMode,
    requests: [] as Received[],
    records: new Map<string, string>(),
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const json = (status: number, body: unknown) => {
        if (response.destroyed) return;
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (request.method !== 'POST') {
        json(405, {});
        return;
      }
      const key = String(request.headers['idempotency-key'] ?? '');
      state.requests.push({
        key,
        authorization: request.headers.authorization,
        contentType: request.headers['content-type'],
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const mode = state.mode;
      if (mode.kind === 'reject') {
        json(mode.status, { reason: mode.reason });
      } else if (mode.kind === 'fail') {
        response.writeHead(mode.status, { 'content-type': 'text/plain' }).end('gateway down');
      } else {
        // A receiver commits first and answers after: a slow answer may be lost on the way.
        let id = state.records.get(key);
        if (id === undefined) {
          id = `EGISZ-${state.records.size + 1}`;
          state.records.set(key, id);
        }
        const answer = { id };
        setTimeout(() => {
          json(201, answer);
        }, mode.delayMs ?? 0);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/fhir/Bundle`,
    get mode() {
      return state.mode;
    },
    set mode(mode: ReceiverMode) {
      state.mode = mode;
    },
    requests: state.requests,
    records: state.records,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
