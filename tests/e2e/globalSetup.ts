import { build } from 'vite';
import { E2E_DIST } from '../support/appDist';

// Browser tests run against the *built* app, served by the register as in production:
// build it once per run so the service worker and precache manifest are the real ones.
export default async function setup(): Promise<void> {
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build; the
  // browser tests must test what ships.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir: E2E_DIST } });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
}
