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
