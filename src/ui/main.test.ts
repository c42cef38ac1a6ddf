import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// main.tsx runs only in a browser (it renders into the page), so its rule is read from its
// text: the first-chunk screens render as a transition, which React renders in slices; an
// address whose screen is in a lazy chunk renders at once (issue #14).
describe('main.tsx', () => {
  const source = readFileSync(new URL('./main.tsx', import.meta.url), 'utf8');

  it('renders the sign-in and home screens inside startTransition, in slices', () => {
    expect(source).toMatch(/else \{\s*startTransition\(\(\) => \{\s*root\.render\(app\);/);
  });

  it('renders a lazy screen at once, so its reads are not held for its chunk', () => {
    expect(source).toMatch(/const lazyScreen = warmScreenFor\(window\.location\.pathname\);/);
    expect(source).toMatch(/if \(lazyScreen\) \{\s*root\.render\(app\);\s*\} else/);
  });
});
