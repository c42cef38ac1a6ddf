import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { Agent, createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

// A load balancer for tests (issue #13, "two registers, one PostgreSQL"): a plain-HTTP proxy
// on 127.0.0.1 that sends each request to the next register in turn, whatever connection
// it came on — so a tablet's push can land on one register and its very next pull on the
// other. It appends the caller's address to X-Forwarded-For, as nginx's
// `$proxy_add_x_forwarded_for` does, and keeps every exchange whole for the test to inspect:
//
//   exchange 7 → upstream 1: POST /api/sync/pull {"cursor":12,…} → 200 {"cursor":40,…}
//
// Bodies are held as the bytes that travelled (a gzipped push stays gzipped); the test
// undoes Content-Encoding itself. An upstream that cannot be reached answers 502.

export type ProxyExchange = {
  /** Index into the upstreams of the register that answered. */
  readonly upstream: number;
  readonly method: string;
  readonly path: string;
  readonly requestHeaders: IncomingHttpHeaders;
  readonly requestBody: Buffer;
  readonly status: number;
  readonly responseHeaders: IncomingHttpHeaders;
  readonly responseBody: Buffer;
};

export type RoundRobinProxy = {
  /** "http://127.0.0.1:41235", no trailing slash. */
  readonly url: string;
  /** Every answered exchange, in the order the answers completed. */
  readonly exchanges: ProxyExchange[];
  close(): Promise<void>;
};

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

/** Request headers for the upstream: its own Host, and the caller added to X-Forwarded-For. */
function forwardedHeaders(incoming: IncomingMessage, upstream: URL): IncomingHttpHeaders {
  const headers: IncomingHttpHeaders = { ...incoming.headers, host: upstream.host };
  const caller = incoming.socket.remoteAddress ?? '';
  const before = [incoming.headers['x-forwarded-for'] ?? []].flat();
  headers['x-forwarded-for'] = [...before, caller].join(', ');
  delete headers['connection'];
  return headers;
}

export async function startRoundRobinProxy(
  upstreamUrls: readonly string[],
): Promise<RoundRobinProxy> {
  if (upstreamUrls.length === 0) throw new Error('a proxy needs at least one upstream');
  const upstreams = upstreamUrls.map((url) => new URL(url));
  const agent = new Agent({ keepAlive: true });
  const exchanges: ProxyExchange[] = [];
  let next = 0;

  async function relay(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const index = next;
    next = (next + 1) % upstreams.length;
    const upstream = upstreams[index];
    if (upstream === undefined) throw new Error('round robin out of range');
    const requestBody = await readAll(incoming);
    const method = incoming.method ?? 'GET';
    const path = incoming.url ?? '/';
    const answer = await new Promise<IncomingMessage>((resolve, reject) => {
      const forwarded = httpRequest(
        {
          agent,
          host: upstream.hostname,
          port: upstream.port,
          method,
          path,
          headers: forwardedHeaders(incoming, upstream),
        },
        resolve,
      );
      forwarded.on('error', reject);
      forwarded.end(requestBody);
    });
    const responseBody = await readAll(answer);
    const status = answer.statusCode ?? 502;
    exchanges.push({
      upstream: index,
      method,
      path,
      requestHeaders: incoming.headers,
      requestBody,
      status,
      responseHeaders: answer.headers,
      responseBody,
    });
    const headers = { ...answer.headers };
    delete headers['connection'];
    delete headers['keep-alive'];
    delete headers['transfer-encoding'];
    outgoing.writeHead(status, { ...headers, 'content-length': String(responseBody.length) });
    outgoing.end(responseBody);
  }

  const server = createServer((incoming, outgoing) => {
    relay(incoming, outgoing).catch((error: unknown) => {
      if (outgoing.headersSent) {
        outgoing.destroy();
        return;
      }
      outgoing.writeHead(502, { 'content-type': 'text/plain' });
      outgoing.end(`proxy: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    exchanges,
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        server.close((error) => {
          agent.destroy();
          if (error === undefined) resolve();
          else reject(error);
        });
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
