import { describe, expect, it } from 'vitest';
import type { SyncBacklog } from '../core/protocol/sync';
import { runBacklog, withRunBacklog } from './pushBacklog';

// A push run reads the backlog once and carries it from batch to batch (pushBacklog.ts).

function counted(answers: (SyncBacklog | Error)[]) {
  let reads = 0;
  const read = () => {
    const answer = answers[Math.min(reads, answers.length - 1)];
    reads += 1;
    return answer instanceof Error
      ? Promise.reject(answer)
      : Promise.resolve(answer ?? { records: 0 });
  };
  return { read, reads: () => reads };
}

describe('the backlog a push run reports', () => {
  it('reads storage once and reports it less the records the register has taken since', async () => {
    const stored = counted([{ records: 2500, oldestAgeSeconds: 93600 }]);
    const backlog = runBacklog(stored.read);
    expect(await backlog.read()).toEqual({ records: 2500, oldestAgeSeconds: 93600 });
    backlog.settled(1000);
    expect(await backlog.read()).toEqual({ records: 1500, oldestAgeSeconds: 93600 });
    backlog.settled(1000);
    backlog.settled(1000);
    // No records, no age; never below none.
    expect(await backlog.read()).toEqual({ records: 0 });
    expect(stored.reads()).toBe(1);
  });

  it('fails a request’s report as its read failed, and reads again for the next', async () => {
    const stored = counted([new Error('storage closed'), { records: 3 }]);
    const backlog = runBacklog(stored.read);
    await expect(backlog.read()).rejects.toThrow('storage closed');
    expect(await backlog.read()).toEqual({ records: 3 });
    expect(stored.reads()).toBe(2);
  });

  it('gives a run credentials that read the backlog once, and leaves credentials without one as they are', async () => {
    const stored = counted([{ records: 7 }]);
    const bare = { tabletId: 't', token: 'k' };
    expect(withRunBacklog(bare).credentials).toBe(bare);
    const run = withRunBacklog({ ...bare, backlog: stored.read });
    expect(await run.credentials.backlog?.()).toEqual({ records: 7 });
    run.settled(2);
    expect(await run.credentials.backlog?.()).toEqual({ records: 5 });
    expect(stored.reads()).toBe(1);
  });
});
