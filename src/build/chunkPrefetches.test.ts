import { describe, expect, it } from 'vitest';
import type { BundleItem } from './chunkPrefetches';
import { chunkPrefetchTags } from './chunkPrefetches';

const chunk = (name: string): BundleItem => ({
  type: 'chunk',
  name,
  fileName: `assets/${name}-x1.js`,
});

const bundle: Record<string, BundleItem> = {
  'assets/app-x1.js': chunk('app'),
  'assets/serviceWorkerRegistration-x1.js': chunk('serviceWorkerRegistration'),
  'assets/workbox-window.prod.es5-x1.js': chunk('workbox-window.prod.es5'),
  'assets/app-x1.css': { type: 'asset', fileName: 'assets/app-x1.css' },
};

describe('prefetches in index.html of lazy chunks wanted early', () => {
  it('links the named chunks, in the order named, under the base', () => {
    const tags = chunkPrefetchTags(
      bundle,
      ['serviceWorkerRegistration', 'workbox-window.prod.es5'],
      '/',
    );
    expect(tags).toEqual([
      {
        tag: 'link',
        attrs: {
          rel: 'prefetch',
          crossorigin: true,
          href: '/assets/serviceWorkerRegistration-x1.js',
        },
        injectTo: 'head',
      },
      {
        tag: 'link',
        attrs: {
          rel: 'prefetch',
          crossorigin: true,
          href: '/assets/workbox-window.prod.es5-x1.js',
        },
        injectTo: 'head',
      },
    ]);
    expect(chunkPrefetchTags(bundle, ['app'], '/desk/')[0]?.attrs?.['href']).toBe(
      '/desk/assets/app-x1.js',
    );
  });

  it('fails the build for a name no chunk has, or two have', () => {
    expect(() => chunkPrefetchTags(bundle, ['UpdatePrompt'], '/')).toThrow(
      'the build has 0 chunks named UpdatePrompt, not one',
    );
    const twice = {
      ...bundle,
      'assets/app-y2.js': { ...chunk('app'), fileName: 'assets/app-y2.js' },
    };
    expect(() => chunkPrefetchTags(twice, ['app'], '/')).toThrow('2 chunks named app');
  });
});
