import { config } from 'zod/mini';

// The register serves the app under a Content-Security-Policy without 'unsafe-eval'
// (src/register/http/securityHeaders.ts), so zod 4's compiled fast paths, which need
// `new Function`, can never run in the browser. Told so before anything parses, zod parses
// without them from the start instead of probing eval on its first object parse — a refused
// eval that Chromium reported as a policy violation on every start (Lighthouse counts it
// against best practices; tests/e2e/contentSecurityPolicy.test.ts now allows no eval at all).
// The register keeps them: this module is the browser's entry's first import only.
config({ jitless: true });
