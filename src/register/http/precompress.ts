import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// Build step (a Vite plugin, vite.config.ts): writes `name.br` and `name.gz` beside each
// compressible file of the build, once, at the highest levels, so the register serves them
// by content negotiation (staticApp.ts, `preCompressed`) without compressing per request.
//
//   dist/assets/index-4f1c.js     412 KB
//   dist/assets/index-4f1c.js.br  101 KB
//   dist/assets/index-4f1c.js.gz  128 KB
//
// Source maps are skipped (they are not served, see staticApp.ts), and so are small files,
// where the headers outweigh the gain, and files that are already compressed (png, woff2).

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|wasm|txt|ico)$/i;
const MIN_BYTES = 1024;

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}

/** Writes the .br and .gz siblings; returns how many files were compressed. */
export function precompressDirectory(dir: string): number {
  let count = 0;
  for (const file of filesUnder(dir)) {
    if (!COMPRESSIBLE.test(file) || statSync(file).size < MIN_BYTES) continue;
    const content = readFileSync(file);
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
    );
    writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
    count += 1;
  }
  return count;
}

/** The Vite plugin: after the bundle (and the service worker) are written. */
export function precompressPlugin(): {
  name: string;
  apply: 'build';
  enforce: 'post';
  configResolved(config: { root: string; build: { outDir: string } }): void;
  closeBundle: { order: 'post'; sequential: true; handler(): void };
} {
  let outDir = '';
  return {
    name: 'serodesk-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        precompressDirectory(outDir);
      },
    },
  };
}
