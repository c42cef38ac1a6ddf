// How often the verifier asks the register whether its trust documents changed. A poll is
// three conditional GETs (/api/health, the key set and the policy; each CRL only when the key
// set announces a new counter), answered 304 with no body when nothing changed, so polling
// often costs a few hundred bytes. docs/VERIFIER.md, "When it refreshes", gives the reasoning:
//   a verdict on screen   every 20 s: a card revoked at a desk turns red within a minute
//                         (sync to the register, then at most 20 s and one round trip);
//   the scanning screen   every 2 min: the next scan is checked against a list at most
//                         2 minutes old;
//   a hidden tab          every 15 min: browsers throttle hidden timers anyway, and the
//                         screen refreshes the moment it is shown again.
// Besides, it refreshes on opening, when the network returns and when the tab is shown.

export const VERDICT_REFRESH_MS = 20_000;
export const SCANNING_REFRESH_MS = 2 * 60_000;
export const HIDDEN_REFRESH_MS = 15 * 60_000;

export type RefreshContext = { readonly hidden: boolean; readonly verdictShown: boolean };

export function refreshIntervalMs(context: RefreshContext): number {
  if (context.hidden) return HIDDEN_REFRESH_MS;
  return context.verdictShown ? VERDICT_REFRESH_MS : SCANNING_REFRESH_MS;
}

/** Milliseconds until the next refresh, counted from the last attempt (never negative). */
export function nextRefreshInMs(
  lastAttemptAt: number | null,
  now: number,
  context: RefreshContext,
): number {
  if (lastAttemptAt === null) return 0;
  return Math.max(0, lastAttemptAt + refreshIntervalMs(context) - now);
}
