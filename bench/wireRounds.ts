import { parseJsonBytes } from '../src/core/protocol/linedJson';
import { encodeBody } from '../src/sync/transport';

// The rounds of bench/wireJson.ts, run in Node and, built by Vite, in Chromium's page: a pull
// page read from its bytes and a push written to its gzip, whole and in pieces.

export type Figures = Readonly<Record<string, number>>;

/** Mean milliseconds of each step over 40 rounds, after 10 unmeasured. */
export async function rounds(text: string, body: unknown): Promise<Figures> {
  const bytes = new TextEncoder().encode(text);
  const time = async (step: () => Promise<unknown>) => {
    for (let i = 0; i < 10; i++) await step();
    const start = performance.now();
    for (let i = 0; i < 40; i++) await step();
    return (performance.now() - start) / 40;
  };
  return {
    'page read whole (text, JSON.parse)': await time(
      async () => JSON.parse(await new Response(bytes).text()) as unknown,
    ),
    'page read in pieces (bytes, parseJsonBytes)': await time(async () =>
      parseJsonBytes(new Uint8Array(await new Response(bytes).arrayBuffer())),
    ),
    'push written whole (JSON.stringify, gzip)': await time(() => encodeBody(body, true)),
    'push written in pieces (an op a line, gzip)': await time(() => encodeBody(body, true, 'ops')),
  };
}
