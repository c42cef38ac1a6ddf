// Money as the desk's Russian documents and messages write it: "1 950,00 ₽". Amounts are
// integer kopecks everywhere (never a float), so formatting is digit work, not arithmetic on
// fractions. Core's messages show amounts (a receipt whose sum differs from the price), and
// the UI's `formatMoney` (src/ui/desk/frame/format.ts) is this function.

/** 95000 → "950,00 ₽"; a non-breaking space between thousands and before the sign. */
export function formatRoubles(kopecks: number): string {
  if (!Number.isSafeInteger(kopecks) || kopecks < 0) {
    throw new Error(`formatRoubles needs a non-negative integer of kopecks: ${kopecks}`);
  }
  const roubles = String(Math.floor(kopecks / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const rest = String(kopecks % 100).padStart(2, '0');
  return `${roubles},${rest}\u00a0₽`;
}

/**
 * An amount as a cashier types it from a paper report: "1950", "1 950,00", "1950.5" → integer
 * kopecks; undefined when it is not roubles with at most two digits of kopecks.
 */
export function parseRoubles(text: string): number | undefined {
  const match = /^(\d{1,10})(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s\u00a0₽]/g, ''));
  if (match === null) return undefined;
  const [, roubles = '', kopecks = ''] = match;
  return Number(roubles) * 100 + Number(kopecks.padEnd(2, '0'));
}
