import { build } from 'vite';

// Browser tests run against the *built* app, served by the register as in production:
// build it once per run so the service worker and precache manifest are the real ones.
export default async function setup(): Promise<void> {
  await build({ logLevel: 'warn' });
}
