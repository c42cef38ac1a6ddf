// The worker's message asking a page to fetch the files it is about to precache (issue #14):
// the service worker in sw.ts sends it as it installs, src/ui/precacheAlong.ts fetches them.
// Only hashed files, not yet in the precache, largest first (the worker goes smallest first):
//
//   worker → page  {"type":"PRECACHE_FILES",
//                   "urls":["https://desk.clinic.example/assets/zxing_reader-BCjuyud6.wasm", …]}

export const PRECACHE_FILES = 'PRECACHE_FILES';

export type PrecacheFilesMessage = {
  readonly type: typeof PRECACHE_FILES;
  readonly urls: readonly string[];
};
