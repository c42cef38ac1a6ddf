// The app's mark in the header, drawn inline. As `<img src="/favicon.svg">` it cost every
// start of the app a separate SVG document (Chromium builds one per SVG image) and a request
// through the service worker: ≈ 50 ms of the page's main thread at 4× slowdown, before the
// first chunk runs (issue #14). index.html's static header draws the same shapes, and
// public/favicon.svg is the same mark for the browser's tab (BrandMark.test.tsx holds the
// three together).
export function BrandMark() {
  return (
    <svg viewBox="0 0 64 64" width="36" height="36" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="12" fill="#0b5d7a" />
      <circle cx="32" cy="32" r="22" fill="#7fd1ae" />
      <path d="M28 15h8v13h13v8H36v13h-8V36H15v-8h13z" fill="#fff" />
    </svg>
  );
}
