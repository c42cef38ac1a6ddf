/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import type { LogLevel, Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { compileHintsPlugin } from './src/build/compileHints.js';
import { precompressPlugin } from './src/register/http/precompress.js';

// One config for the app build, the dev server and the test projects.
// The register serves dist/ and the API from one port; in dev, Vite proxies /api and
// /.well-known to a register started by `npm run dev` (REGISTER_URL).
const registerUrl = process.env['REGISTER_URL'] ?? 'http://127.0.0.1:8080';

// vite-plugin-pwa builds the service worker in a Vite build of its own, which logs at 'info'
// whatever the app's build was asked: `npm run bench -- --json` builds the app at 'warn' and
// its stdout must stay JSON. So the worker's build takes the app build's level.
let appLogLevel: LogLevel = 'info';
const logLevelOfAppBuild: Plugin = {
  name: 'serodesk:log-level-of-app-build',
  configResolved(config) {
    appLogLevel = config.logLevel ?? 'info';
  },
};

export default defineConfig({
  plugins: [
    logLevelOfAppBuild,
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      devOptions: { enabled: false },
      // The precache's glob below takes every icon and the favicon; vite-plugin-pwa would list
      // them a second time (its own asset and icon lists are added after manifestTransforms).
      includeAssets: [],
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'SeroDesk — справки об антителах',
        short_name: 'SeroDesk',
        description: 'Регистратура: справки о наличии антител к SARS-CoV-2 с QR-кодом',
        lang: 'ru',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0b5d7a',
        background_color: '#f4f7f9',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      // Our own service worker (src/ui/serviceWorker/sw.ts: it installs the precache six files
      // at a time), with the list of built files written into it.
      strategies: 'injectManifest',
      srcDir: 'src/ui/serviceWorker',
      filename: 'sw.ts',
      integration: {
        configureCustomSWViteBuild(swBuild) {
          swBuild.logLevel = appLogLevel;
        },
      },
      injectManifest: {
        // `wasm`: the verifier's QR decoder (zxing-wasm, ~0.9 MB, under Workbox's 2 MiB limit),
        // which must decode offline.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,woff2,wasm}'],
        // The web manifest is added by vite-plugin-pwa, whatever the glob, with its text's hash.
        globIgnores: ['**/node_modules/**/*', 'manifest.webmanifest'],
        // The install starts the files in this list's order; smallest first, so the screens'
        // chunks are cached first and the camera decoder (0.9 MB) last: a tablet taken offline
        // right after enrolment opens the desk.
        manifestTransforms: [
          (entries) => ({ manifest: [...entries].sort((a, b) => a.size - b.size), warnings: [] }),
        ],
      },
    }),
    // What every start of the desk runs (the first chunk, then the desk's and what it shares
    // with other screens) is compiled while it streams in, off the main thread; measured on the
    // offline cold start in docs/PERFORMANCE.md.
    compileHintsPlugin(['app', 'shared', 'DeskRoutes']),
    // Brotli and gzip copies of the built files, served by content negotiation.
    precompressPlugin(),
  ],
  server: {
    proxy: {
      '/api': registerUrl,
      '/.well-known': registerUrl,
    },
  },
  build: {
    outDir: 'dist',
    // Built for debugging, never served unless SERVE_SOURCE_MAPS=true (staticApp.ts).
    sourcemap: true,
    // The manifest lists each chunk and what it imports: bench/webBundle.ts sums the initial
    // chunks (the entry and its static imports) from it.
    manifest: true,
    // The first load is one chunk on purpose (see codeSplitting below): ~750 kB before
    // compression, ~230 kB gzip, which bench/webBundle.ts watches; Vite's 500 kB warning
    // would only repeat that on every build.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Few files, each loaded when its screen needs it. Left to itself the bundler cut
          // the lazy screens' shared modules into ~40 small chunks: over HTTP/1.1 (6
          // connections per host) each costs a round trip on first load — Lighthouse's first
          // paint went from 2.2 s to 2.9 s for less JavaScript — and the service worker's
          // install took three times as long, so a tablet taken offline right after
          // enrolment could not open the desk. So:
          //  - app: everything the entry imports statically, one chunk beside it;
          //  - camera: the QR camera decoder, shared by the verifier and the receipt scanner;
          //  - shared: what two or more lazy screens share, in one chunk.
          groups: [
            { name: 'app', tags: ['$initial'], priority: 3 },
            {
              name: 'camera',
              test: /zxing-wasm|[\\/]src[\\/]ui[\\/]verifier[\\/](CameraScanner|videoScan)/,
              priority: 2,
            },
            // fflate (gzip request bodies, the QR's PNG) builds its tables when evaluated;
            // kept out of `shared` so the desk's first screen neither loads nor runs it.
            { name: 'fflate', test: /[\\/]node_modules[\\/]fflate[\\/]/, priority: 2 },
            { name: 'shared', minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'tests/lint/**/*.test.ts'],
          environment: 'node',
          // Some unit suites spawn the CLI under tsx; on a loaded 2-core CI machine that can
          // take seconds. A generous limit keeps them from failing on load, not on behaviour.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          setupFiles: ['tests/e2e/browserFaults.setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
