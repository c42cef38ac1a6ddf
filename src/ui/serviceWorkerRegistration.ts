import { registerSW } from 'virtual:pwa-register';
import { fetchAlongInstall } from './precacheAlong';

// The service worker's registration, loaded when the page is idle (components/UpdatePrompt.tsx):
// vite-plugin-pwa's register module, with the page ready beforehand to fetch the files the
// installing worker lists (precacheAlong.ts), so that none of its messages comes before the
// listener.

export type UpdateServiceWorker = (reloadPage?: boolean) => Promise<void>;

export function registerServiceWorker(handlers: {
  readonly onNeedRefresh: () => void;
  readonly onOfflineReady: () => void;
}): UpdateServiceWorker {
  fetchAlongInstall(navigator.serviceWorker, location.origin);
  return registerSW(handlers);
}
