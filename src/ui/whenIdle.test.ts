import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_TIMEOUT_MS, whenIdle } from './whenIdle';

describe('work put off until the page is idle', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('asks the browser for an idle moment, with a deadline', () => {
    const asked: { timeout?: number }[] = [];
    let queued: (() => void) | undefined;
    vi.stubGlobal('requestIdleCallback', (run: () => void, options: { timeout?: number }) => {
      asked.push(options);
      queued = run;
      return 7;
    });
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    const run = vi.fn();

    whenIdle(run);
    expect(run).not.toHaveBeenCalled();
    expect(asked).toEqual([{ timeout: IDLE_TIMEOUT_MS }]);
    queued?.();
    expect(run).toHaveBeenCalledOnce();
  });

  it('can be called off before the moment comes', () => {
    const cancel = vi.fn();
    vi.stubGlobal('requestIdleCallback', () => 7);
    vi.stubGlobal('cancelIdleCallback', cancel);

    whenIdle(vi.fn())();
    expect(cancel).toHaveBeenCalledWith(7);
  });

  it('runs on the next turn where the browser has no idle callbacks', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const run = vi.fn();

    const cancel = whenIdle(run);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledOnce();

    const never = vi.fn();
    whenIdle(never)();
    vi.advanceTimersByTime(10);
    expect(never).not.toHaveBeenCalled();
    cancel();
  });
});
