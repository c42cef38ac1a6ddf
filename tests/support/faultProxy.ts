import type { IncomingMessage, ServerResponse } from 'node:http';
import { Agent, createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

// A bad network between tablets and the register, for the chaos run (issue #13): a loopback
// HTTP proxy that, for each request, rolls a seeded die and
//
//   drops it          the request never reaches the register; the caller's connection dies
//   loses the answer  the register acts (and commits), then the answer is cut on the way back
//   duplicates it     the register gets the same request twice at once; one answer returns
//   delays it         0…maxDelayMs before it goes on
//
// The same seed gives the same sequence of decisions, in the order requests arrive. A
// register that cannot be reached (killed, restarting) is a dead connection, as it would be
// behind a real proxy that gives up. Bodies travel as bytes, so a gzipped push stays gzipped.

export type Faults = {
  readonly drop: number;
  readonly loseAnswer: number;
  readonly duplicate: number;
  readonly delay: number;
  readonly maxDelayMs: number;
};

export const NO_FAULTS: Faults = { drop: 0, loseAnswer: 0, duplicate: 0, delay: 0, maxDelayMs: 0 };

export type FaultCounts = {
  requests: number;
  dropped: number;
  answersLost: number;
  duplicated: number;
  delayed: number;
  /** Requests the register could not be reached for (down or restarting). */
  unreachable: number;
};

export type FaultProxy = {
  /** "http://127.0.0.1:41235", no trailing slash. */
  readonly url: string;
  readonly counts: FaultCounts;
  /** Faults from now on (e.g. none while tablets enrol). */
  setFaults(faults: Faults): void;
  close(): Promise<void>;
};

type Answer = { readonly status: number; readonly headers: Record<string, string>; body: Buffer };

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    stream.on('error', reject);
  });
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);

function plainHeaders(headers: IncomingMessage['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

export async function startFaultProxy(options: {
  readonly upstreamUrl: string;
  readonly random: () => number;
  readonly faults?: Faults;
}): Promise<FaultProxy> {
  const upstream = new URL(options.upstreamUrl);
  const agent = new Agent({ keepAlive: true });
  let faults = options.faults ?? NO_FAULTS;
  const counts: FaultCounts = {
    requests: 0,
    dropped: 0,
    answersLost: 0,
    duplicated: 0,
    delayed: 0,
    unreachable: 0,
  };

  function forward(incoming: IncomingMessage, body: Buffer): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const headers = plainHeaders(incoming.headers);
      headers['host'] = upstream.host;
      headers['content-length'] = String(body.length);
      const outgoing = httpRequest(
        {
          agent,
          host: upstream.hostname,
          port: upstream.port,
          method: incoming.method ?? 'GET',
          path: incoming.url ?? '/',
          headers,
        },
        (answer) => {
          readAll(answer).then(
            (answerBody) => {
              resolve({
                status: answer.statusCode ?? 502,
                headers: plainHeaders(answer.headers),
                body: answerBody,
              });
            },
            (error: unknown) => {
              reject(error instanceof Error ? error : new Error(String(error)));
            },
          );
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  async function relay(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    counts.requests += 1;
    // All dice are rolled up front, so each request takes the same number of draws whatever
    // happens to it, and the sequence stays the seed's.
    const [dropRoll, loseRoll, duplicateRoll, delayRoll, delayLength] = [
      options.random(),
      options.random(),
      options.random(),
      options.random(),
      options.random(),
    ];
    const body = await readAll(incoming);
    if (dropRoll < faults.drop) {
      counts.dropped += 1;
      incoming.socket.destroy();
      return;
    }
    if (delayRoll < faults.delay) {
      counts.delayed += 1;
      await new Promise((resolve) => setTimeout(resolve, delayLength * faults.maxDelayMs));
    }
    let answer: Answer;
    try {
      if (duplicateRoll < faults.duplicate) {
        counts.duplicated += 1;
        const both = await Promise.allSettled([forward(incoming, body), forward(incoming, body)]);
        const first = both.find((settled) => settled.status === 'fulfilled');
        if (first === undefined) throw new Error('both copies failed');
        answer = first.value;
      } else {
        answer = await forward(incoming, body);
      }
    } catch {
      counts.unreachable += 1;
      incoming.socket.destroy();
      return;
    }
    if (loseRoll < faults.loseAnswer) {
      counts.answersLost += 1;
      incoming.socket.destroy();
      return;
    }
    outgoing.writeHead(answer.status, {
      ...answer.headers,
      'content-length': String(answer.body.length),
    });
    outgoing.end(answer.body);
  }

  const server = createServer((incoming, outgoing) => {
    relay(incoming, outgoing).catch(() => {
      incoming.socket.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    setFaults(next) {
      faults = next;
    },
    close() {
      agent.destroy();
      server.closeAllConnections();
      return new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
}
