import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { NavigationFallback } from './errorHandling';

// Serves the built PWA (Vite's dist/) from the register's own port.
// Caching rule: files whose names carry a content hash (everything under /assets/) never
// change, so browsers keep them a year; every other file — index.html, sw.js, the manifest,
// icons — must be revalidated on each load, or a deployed update would never reach tablets.
//
// The build writes `x.js.br` and `x.js.gz` beside each compressible file (vite.config.ts,
// with node:zlib at build time); a request that accepts them gets the precompressed
// bytes with `Content-Encoding`, others the plain file, and every answer says
// `Vary: Accept-Encoding` so caches keep the variants apart:
//
//   GET /assets/index-4f1c.js  Accept-Encoding: gzip, deflate, br
//   200 Content-Encoding: br  Content-Type: text/javascript; charset=utf-8  Vary: Accept-Encoding
//
// Source maps (`*.map`) are built for debugging but not served unless SERVE_SOURCE_MAPS=true:
// they would hand out the whole source, comments included.

const YEAR_SECONDS = 365 * 24 * 60 * 60;

export const NOT_BUILT_TEXT = [
  'SeroDesk: регистр работает, но приложение не собрано. Соберите его: npm run build',
  '(или запустите npm start — он собирает приложение сам), затем перезапустите регистр.',
  '',
  'SeroDesk: the register is running but the app is not built. Build it with: npm run build',
  '(or run npm start, which builds it for you), then restart the register.',
  '',
].join('\n');

function cacheControlFor(filePath: string, staticDir: string): string {
  const relative = path.relative(staticDir, filePath).split(path.sep).join('/');
  return relative.startsWith('assets/') ? `public, max-age=${YEAR_SECONDS}, immutable` : 'no-cache';
}

/** Whether a path of the build may be served: everything but source maps, unless allowed. */
export function isServedPath(pathName: string, serveSourceMaps: boolean): boolean {
  return serveSourceMaps || !pathName.toLowerCase().endsWith('.map');
}

function acceptsHtml(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

/**
 * Registers static serving when `staticDir` holds a build, and returns the fallback for
 * navigations to unknown paths: the app's index.html (the client router takes over), or,
 * with no build, a plain-text note on `/` saying how to build.
 */
export async function installStaticApp(
  app: FastifyInstance,
  staticDir: string | null,
  options: { readonly serveSourceMaps: boolean } = { serveSourceMaps: false },
): Promise<NavigationFallback> {
  if (staticDir === null || !existsSync(path.join(staticDir, 'index.html'))) {
    if (staticDir !== null) app.log.warn({ staticDir }, 'no built app to serve; API only');
    return (request: FastifyRequest, reply: FastifyReply) =>
      request.url === '/' ? reply.type('text/plain; charset=utf-8').send(NOT_BUILT_TEXT) : null;
  }
  await app.register(fastifyStatic, {
    root: staticDir,
    wildcard: true,
    index: ['index.html'],
    cacheControl: false,
    preCompressed: true,
    allowedPath: (pathName) => isServedPath(pathName, options.serveSourceMaps),
    setHeaders: (res, filePath) => {
      res.setHeader('Cache-Control', cacheControlFor(filePath, staticDir));
      res.setHeader('Vary', 'Accept-Encoding');
    },
  });
  return (request, reply) => (acceptsHtml(request) ? reply.sendFile('index.html') : null);
}
