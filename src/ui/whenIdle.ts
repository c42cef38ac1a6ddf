// Work the first screen does not need (the service worker's registration,
// components/UpdatePrompt.tsx) is put off until the page has a quiet moment, so that it does
// not run between a start's tasks while the screen is still being built (issue #14). Where
// the browser has no requestIdleCallback (Safari), the next macrotask; at the latest after
// IDLE_TIMEOUT_MS, busy or not.

export const IDLE_TIMEOUT_MS = 2_000;

/** Runs `run` when the page is idle (or after `timeoutMs`); returns a cancel. */
export function whenIdle(run: () => void, timeoutMs: number = IDLE_TIMEOUT_MS): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: timeoutMs });
    return () => {
      cancelIdleCallback(id);
    };
  }
  const id = setTimeout(run, 0);
  return () => {
    clearTimeout(id);
  };
}
