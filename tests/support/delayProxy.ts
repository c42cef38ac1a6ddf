import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { Agent, createServer, request } from 'node:http';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';
import { createSecureServer } from 'node:http2';
import type { AddressInfo } from 'node:net';

// A loopback proxy that holds every request half the round trip before passing it on, and
// the answer the other half before passing it back: what a link with that round-trip time
// does to a sync run of few, large requests (no bandwidth cap, no loss). Per request, not
// per TCP chunk: a 600 ms satellite link costs our tablet 0.6 s for each request it waits on.
//
//   tablet → http://127.0.0.1:<proxy>/api/sync/push  (+ rtt/2) → register  (+ rtt/2) → tablet
//
// Options for a browser's first load (bench/webFirstLoad.ts), off for the sync runs:
// `connectionSetup` holds the first request on each new connection one round trip more (TCP's
// handshake), `downKbitPerSecond` sends the answers' bytes one after another down one link of
// that rate (a satellite terminal's share), and `tls` serves HTTP/2 over TLS, as Caddy or
// nginx do in front of the register in production (docs/DEPLOY.md): the browser then opens one
// connection, whose setup is two round trips (TCP's, then TLS 1.3's), and sends every request
// on it.
//
//   answer of 100 KB at 2,000 kbit/s, link idle   + 400 ms, then + rtt/2
//   a second one asked meanwhile                   waits for the first's 400 ms to pass too

export type DelayProxy = {
  readonly url: string;
  /** Requests passed on so far. */
  readonly requests: () => number;
  /** Bytes of the answers passed back so far (bodies as sent, compressed or not). */
  readonly bytesDown: () => number;
  /** Connections the client opened so far. */
  readonly connections: () => number;
  /** The most requests the proxy held at one time (passed on, not yet answered) so far. */
  readonly mostInFlight: () => number;
  close(): Promise<void>;
};

export type LinkOptions = {
  /** The first request on a new connection waits one round trip more (TCP's handshake). */
  readonly connectionSetup?: boolean;
  /** The answers share one downlink of this rate; unlimited when absent. */
  readonly downKbitPerSecond?: number;
  /** HTTP/2 over TLS with this key and certificate (PEM); plain HTTP/1.1 when absent. */
  readonly tls?: { readonly key: string; readonly cert: string };
};

type Incoming = IncomingMessage | Http2ServerRequest;
type Outgoing = ServerResponse | Http2ServerResponse;

/** Headers HTTP/2 does not carry (RFC 9113 §8.2.2), nor its pseudo-headers over HTTP/1.1. */
const CONNECTION_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade']);

function headersFor(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(
    Object.entries(headers).filter(
      ([name]) => !name.startsWith(':') && !CONNECTION_HEADERS.has(name),
    ),
  );
}

/** What carries the request: the HTTP/2 session, or the HTTP/1.1 socket. */
function connectionOf(incoming: Incoming): object {
  return 'stream' in incoming ? (incoming.stream.session ?? incoming.stream) : incoming.socket;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function bodyOf(message: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startDelayProxy(
  target: string,
  rttMs: number,
  link: LinkOptions = {},
): Promise<DelayProxy> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true });
  const oneWay = rttMs / 2;
  let count = 0;
  let bytes = 0;
  let opened = 0;
  let inFlight = 0;
  let mostInFlight = 0;
  // Connections (sockets, or HTTP/2 sessions) whose first request has not been passed on yet:
  // they still owe the handshake.
  const unshaken = new WeakSet<object>();
  // When the downlink is free again (Date.now() time), with downKbitPerSecond.
  let linkFreeAt = 0;

  /** How long an answer of `size` bytes waits for the downlink and takes to cross it. */
  function transmission(size: number): number {
    const rate = link.downKbitPerSecond;
    if (rate === undefined) return 0;
    const start = Math.max(Date.now(), linkFreeAt);
    linkFreeAt = start + (size * 8) / rate;
    return linkFreeAt - Date.now();
  }

  async function pass(incoming: Incoming, outgoing: Outgoing): Promise<void> {
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    try {
      await delayed(incoming, outgoing);
    } finally {
      inFlight -= 1;
    }
  }

  async function delayed(incoming: Incoming, outgoing: Outgoing): Promise<void> {
    const body = await bodyOf(incoming);
    const connection = connectionOf(incoming);
    const handshake = unshaken.has(connection) ? (link.tls === undefined ? rttMs : 2 * rttMs) : 0;
    unshaken.delete(connection);
    await sleep(oneWay + handshake);
    count += 1;
    const answer = await new Promise<IncomingMessage>((resolve, reject) => {
      const forwarded = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: incoming.method,
          path: incoming.url,
          headers: { ...headersFor(incoming.headers), host: upstream.host },
          agent,
        },
        resolve,
      );
      forwarded.on('error', reject);
      forwarded.end(body);
    });
    const answerBody = await bodyOf(answer);
    bytes += answerBody.length;
    await sleep(transmission(answerBody.length) + oneWay);
    outgoing.writeHead(answer.statusCode ?? 502, headersFor(answer.headers)).end(answerBody);
  }

  const handle = (incoming: Incoming, outgoing: Outgoing) => {
    pass(incoming, outgoing).catch((error: unknown) => {
      outgoing.writeHead(502).end(String(error));
    });
  };
  // HTTP/2 sessions stay open until the client goes: closed with the proxy.
  const sessions = new Set<{ destroy(): void }>();
  const opening = (connection: object) => {
    opened += 1;
    if (link.connectionSetup === true) unshaken.add(connection);
  };
  const server =
    link.tls === undefined
      ? createServer(handle).on('connection', opening)
      : createSecureServer({ ...link.tls }, handle).on('session', (session) => {
          sessions.add(session);
          opening(session);
        });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${link.tls === undefined ? 'http' : 'https'}://127.0.0.1:${port}`,
    requests: () => count,
    bytesDown: () => bytes,
    connections: () => opened,
    mostInFlight: () => mostInFlight,
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        if ('closeAllConnections' in server) server.closeAllConnections();
        for (const session of sessions) session.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
}
