import { useSyncExternalStore } from 'react';

// The browser's own view of the network. It can say "online" behind a captive portal; the
// sync engine learns the truth from real requests, this only drives the header's badge.
function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}
