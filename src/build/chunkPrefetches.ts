import type { HtmlTagDescriptor, Plugin } from 'vite';

// Build step (a Vite plugin, vite.config.ts): `<link rel="prefetch">` in index.html for
// chunks the app imports lazily but wants soon after its first screen (issue #14). The
// service worker's registration (src/ui/serviceWorkerRegistration.ts and workbox-window) is
// imported once the page is idle, to keep it out of the first chunk and off the start's main
// thread; fetched only then, on a satellite link, it cost a new tablet 1.2 s (a connection's
// handshake and a round trip) before sw.js could even be asked for, and so before the app
// could be saved for offline (docs/PERFORMANCE.md, "A new tablet's first load over a
// satellite link"). Prefetched, it is fetched beside the first chunk, at the lowest priority,
// and the idle import finds it in the HTTP cache. A prefetch is neither compiled nor run, so
// it adds nothing to the first screen's script (a `modulepreload` would: 3 KB gzip more than
// the initial-JS target allows, and compiled at start).
//
//   <link rel="prefetch" crossorigin href="/assets/serviceWorkerRegistration-BRpdFE6q.js">

/** The parts of Rollup's/Rolldown's output bundle this step reads. */
export type BundleItem =
  | { readonly type: 'chunk'; readonly name: string; readonly fileName: string }
  | { readonly type: 'asset'; readonly fileName: string };

/**
 * The prefetch tags of the chunks named `names`, in that order. A name that matches no chunk
 * fails the build: a renamed module would otherwise lose its prefetch without a word.
 */
export function chunkPrefetchTags(
  bundle: Record<string, BundleItem>,
  names: readonly string[],
  base: string,
): HtmlTagDescriptor[] {
  const chunks = Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [item] : []));
  return names.map((name) => {
    const named = chunks.filter((chunk) => chunk.name === name);
    const [chunk] = named;
    if (chunk === undefined || named.length > 1) {
      throw new Error(
        `chunk prefetches: the build has ${String(named.length)} chunks named ${name}, not one`,
      );
    }
    // `crossorigin`: fetched as the module import will ask for it (CORS mode), so that the
    // import can take the cached answer.
    return {
      tag: 'link',
      attrs: { rel: 'prefetch', crossorigin: true, href: `${base}${chunk.fileName}` },
      injectTo: 'head',
    };
  });
}

/** The Vite plugin: index.html prefetches the named chunks (lazy modules, by file name). */
export function chunkPrefetchesPlugin(names: readonly string[]): Plugin {
  let base = '/';
  return {
    name: 'serodesk-chunk-prefetches',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        return context.bundle === undefined ? [] : chunkPrefetchTags(context.bundle, names, base);
      },
    },
  };
}
