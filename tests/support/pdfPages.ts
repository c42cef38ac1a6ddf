// How many pages a PDF that Chromium printed has. Chromium (Skia) writes the page tree's root
// uncompressed, e.g.
//
//   10 0 obj
//   <</Type /Pages
//   /Count 3
//   /Kids [2 0 R 6 0 R 8 0 R]>>
//
// so the root's `/Count` is the page total. A PDF without one is an error, not a zero.
export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) =>
    Number(m[1]),
  );
  if (counts.length === 0) throw new Error('no page tree in the PDF');
  // Nested page trees carry their own counts; the root's is the largest.
  return Math.max(...counts);
}
