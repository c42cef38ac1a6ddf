import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

// Security headers on every answer, the app and the API alike (issue #13), via helmet:
//
//   Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval';
//     style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self';
//     manifest-src 'self'; font-src 'self'; media-src 'self' blob:; object-src 'none';
//     base-uri 'self'; form-action 'self'; frame-ancestors 'none'
//   X-Content-Type-Options: nosniff
//   Referrer-Policy: no-referrer
//   X-Frame-Options: DENY
//   Strict-Transport-Security: max-age=31536000   (ignored by browsers over plain http)
//
// Why each source is there:
// - scripts only from our own origin, no inline script (index.html has none; the build adds
//   only <script type="module" src>); 'wasm-unsafe-eval' lets the verifier compile its
//   ZXing decoder (a .wasm file served from our origin) and nothing else;
// - styles only as files: React sets `style` props through the CSSOM, which CSP allows;
// - images: the QR code is drawn as a data: URL, an uploaded photo is read as a blob: URL;
// - the service worker and its precache come from our origin (worker-src, connect-src);
// - no upgrade-insecure-requests: a clinic may reach its register over plain http on the
//   local network, and upgrading would break the app there (production is HTTPS behind a
//   reverse proxy, docs/DEPLOY.md, which is where HSTS takes effect).

/** The CSP directives, in helmet's spelling; null switches a helmet default off. */
export function cspDirectives(): Record<string, string[] | null> {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
    fontSrc: ["'self'"],
    mediaSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    upgradeInsecureRequests: null,
  };
}

export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives() },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: false },
    // Verifier apps of other issuers fetch /.well-known/jwks.json across origins.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
}
