import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// main.tsx runs only in a browser (it renders into the page), so its one rule is read from
// its text: the first render is a transition, which React renders in slices (issue #14).
describe('main.tsx', () => {
  it('renders the app inside startTransition, so the first render is no long task', () => {
    const source = readFileSync(new URL('./main.tsx', import.meta.url), 'utf8');
    expect(source).toMatch(/startTransition\(\(\) => \{\s*root\.render\(/);
    expect(source).not.toMatch(/createRoot\([^)]*\)\.render\(/);
  });
});
