import { describe, expect, it } from 'vitest';
import { lazyScreenOf } from './App';

// main.tsx renders an address's first frame at once when its screen is in a lazy chunk, and
// fetches that chunk while React draws; the first chunk's screens render as a transition
// (issue #14). A lazy screen left out here would render as a transition that waits, with
// nothing of its own on screen, for its chunk.
describe('the screens main.tsx fetches ahead and renders at once', () => {
  it.each(['/desk', '/desk/person/0193', '/admin', '/admin/staff', '/verify', '/tablet'])(
    '%s opens a screen in a lazy chunk',
    (pathname) => {
      expect(lazyScreenOf(pathname)).toBeTypeOf('function');
    },
  );

  it.each(['/', '/nowhere', '/tablets'])('%s opens a first-chunk screen', (pathname) => {
    expect(lazyScreenOf(pathname)).toBeUndefined();
  });
});
