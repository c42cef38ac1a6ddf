import type { IncomingMessage, ServerResponse } from 'node:http';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

// A loopback proxy that holds every request half the round trip before passing it on, and
// the answer the other half before passing it back: what a link with that round-trip time
// does to a sync run of few, large requests (no bandwidth cap, no loss). Per request, not
// per TCP chunk: a 600 ms satellite link costs our tablet 0.6 s for each request it waits on.
//
//   tablet → http://127.0.0.1:<proxy>/api/sync/push  (+ rtt/2) → register  (+ rtt/2) → tablet

export type DelayProxy = {
  readonly url: string;
  /** Requests passed on so far. */
  readonly requests: () => number;
  close(): Promise<void>;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function bodyOf(message: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startDelayProxy(target: string, rttMs: number): Promise<DelayProxy> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true });
  const oneWay = rttMs / 2;
  let count = 0;

  async function pass(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const body = await bodyOf(incoming);
    await sleep(oneWay);
    count += 1;
    const answer = await new Promise<IncomingMessage>((resolve, reject) => {
      const forwarded = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: incoming.method,
          path: incoming.url,
          headers: { ...incoming.headers, host: upstream.host },
          agent,
        },
        resolve,
      );
      forwarded.on('error', reject);
      forwarded.end(body);
    });
    const answerBody = await bodyOf(answer);
    await sleep(oneWay);
    outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
    outgoing.end(answerBody);
  }

  const server = createServer((incoming, outgoing) => {
    pass(incoming, outgoing).catch((error: unknown) => {
      outgoing.writeHead(502).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => count,
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
