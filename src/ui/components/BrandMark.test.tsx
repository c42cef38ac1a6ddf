import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BrandMark } from './BrandMark';

const repositoryFile = (name: string) =>
  readFileSync(new URL(`../../../${name}`, import.meta.url), 'utf8');

/**
 * The drawing of an SVG: its shapes, whatever the root's attributes and however written
 * (`<rect …/>` in a file, `<rect …></rect>` from React, spaces and line breaks from Prettier).
 */
const shapesOf = (svg: string) =>
  svg
    .replace(/^[\s\S]*?<svg[^>]*>|<\/svg>[\s\S]*$/g, '')
    .replace(/><\/(?:rect|circle|path)>/g, '/>')
    .replace(/\s*\/>/g, '/>')
    .replace(/>\s+</g, '><')
    .trim();

describe('the mark in the header', () => {
  const drawn = renderToStaticMarkup(<BrandMark />);

  it('is drawn inline, hidden from screen readers (the name beside it says what it is)', () => {
    expect(drawn).toMatch(/^<svg viewBox="0 0 64 64" width="36" height="36" aria-hidden="true"/);
  });

  it('draws the favicon', () => {
    expect(shapesOf(drawn)).toBe(shapesOf(repositoryFile('public/favicon.svg')));
  });

  it('is what the static header in index.html draws before any script runs', () => {
    const page = repositoryFile('index.html');
    const header = /<header class="app-header">([\s\S]*?)<\/header>/.exec(page)?.[1] ?? '';
    expect(header).not.toContain('<img');
    const svg = /<svg[\s\S]*?<\/svg>/.exec(header)?.[0] ?? '';
    expect(shapesOf(svg)).toBe(shapesOf(drawn));
  });
});
