import type { CDPSession } from 'playwright-core';

// What Chromium's IndexedDB itself does while a page works (issue #14): a trace of the
// "IndexedDB" category over the DevTools protocol, summed by event name and thread. The
// page's CPU profile shows it waiting for the database; this shows on what. Session 33's
// trace of a push of 10,000 found the header's counts there:
//
//     ms   events  thread | event
//   3082      382  Browser/ThreadPoolForegroundWorker | Database::CountOperation
//   1561    10013  Browser/ThreadPoolForegroundWorker | Database::PutOperation

type TraceEvent = {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly dur?: number;
  readonly args?: { readonly name?: string };
};

function isTraceEvent(value: unknown): value is TraceEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Record<string, unknown>;
  return typeof event['name'] === 'string' && typeof event['ph'] === 'string';
}

/** Starts the trace; the returned stop ends it and gives the summary, longest first. */
export async function traceIndexedDb(cdp: CDPSession): Promise<() => Promise<string>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const event of value) if (isTraceEvent(event)) events.push(event);
  });
  await cdp.send('Tracing.start', {
    categories: 'IndexedDB,__metadata',
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise<void>((resolve) => {
      cdp.once('Tracing.tracingComplete', () => {
        resolve();
      });
    });
    await cdp.send('Tracing.end');
    await complete;
    return summary(events);
  };
}

function summary(events: readonly TraceEvent[]): string {
  const names = new Map<string, string>();
  for (const event of events) {
    if (event.ph !== 'M' || event.args?.name === undefined) continue;
    if (event.name === 'process_name') names.set(`${event.pid}`, event.args.name);
    if (event.name === 'thread_name') names.set(`${event.pid}:${event.tid}`, event.args.name);
  }
  const totals = new Map<string, { ms: number; count: number }>();
  for (const event of events) {
    // Complete events ("X") carry their duration, in microseconds.
    if (event.ph !== 'X' || event.dur === undefined || !event.cat.includes('IndexedDB')) continue;
    const thread = `${names.get(`${event.pid}`) ?? event.pid}/${names.get(`${event.pid}:${event.tid}`) ?? event.tid}`;
    const key = `${thread} | ${event.name}`;
    const total = totals.get(key) ?? { ms: 0, count: 0 };
    total.ms += event.dur / 1000;
    total.count += 1;
    totals.set(key, total);
  }
  const lines = [...totals]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, 25)
    .map(
      ([key, { ms, count }]) => `${ms.toFixed(0).padStart(7)} ${String(count).padStart(8)}  ${key}`,
    );
  return [`${'ms'.padStart(7)} ${'events'.padStart(8)}  thread | event`, ...lines].join('\n');
}
