import { describe, expect, it } from 'vitest';
import type { HintedAsset, HintedChunk } from './compileHints';
import { addCompileHints, COMPILE_HINT } from './compileHints';

function chunk(name: string, code: string, mappings: string): HintedChunk {
  return { type: 'chunk', name, fileName: `assets/${name}-x1.js`, code, map: { mappings } };
}
function mapAsset(fileName: string, mappings: string): HintedAsset {
  return {
    type: 'asset',
    fileName,
    source: JSON.stringify({ version: 3, sources: ['a.ts'], mappings }),
  };
}

describe('compile hints on the chunks every desk start runs', () => {
  it('puts the hint on the first line of the named chunks and moves their source maps down one line', () => {
    const app = chunk('app', 'const __vite__mapDeps=1;\nexport{a};', 'AAAA;AACA');
    const bundle = {
      'assets/app-x1.js': app,
      'assets/app-x1.js.map': mapAsset('assets/app-x1.js.map', 'AAAA;AACA'),
    };

    expect(addCompileHints(bundle, ['app'])).toEqual(['assets/app-x1.js']);

    expect(app.code.split('\n')[0]).toBe(COMPILE_HINT);
    expect(app.code.split('\n')[1]).toBe('const __vite__mapDeps=1;');
    expect(app.map?.mappings).toBe(';AAAA;AACA');
    const written = bundle['assets/app-x1.js.map'].source;
    expect(JSON.parse(typeof written === 'string' ? written : '')).toMatchObject({
      mappings: ';AAAA;AACA',
      sources: ['a.ts'],
    });
  });

  it('leaves other chunks, and their maps, as they were', () => {
    const verifier = chunk('VerifierScreen', 'export{v};', 'AAAA');
    const bundle = {
      'assets/app-x1.js': chunk('app', 'export{a};', 'AAAA'),
      'assets/VerifierScreen-x1.js': verifier,
      'assets/VerifierScreen-x1.js.map': mapAsset('assets/VerifierScreen-x1.js.map', 'AAAA'),
    };

    expect(addCompileHints(bundle, ['app'])).toEqual(['assets/app-x1.js']);

    expect(verifier.code).toBe('export{v};');
    expect(verifier.map?.mappings).toBe('AAAA');
    expect(bundle['assets/VerifierScreen-x1.js.map'].source).toContain('"mappings":"AAAA"');
  });

  it('fails the build when a named chunk is not in it (a renamed group would lose its hint)', () => {
    const bundle = { 'assets/app-x1.js': chunk('app', 'export{a};', 'AAAA') };

    expect(() => addCompileHints(bundle, ['app', 'DeskRoutes'])).toThrow(
      'the build has no chunk named DeskRoutes',
    );
  });

  it('adds the hint once when the step runs again over the same bundle', () => {
    const shared = chunk('shared', 'export{s};', 'AAAA');
    const bundle = { 'assets/shared-x1.js': shared };

    addCompileHints(bundle, ['shared']);
    addCompileHints(bundle, ['shared']);

    expect(shared.code).toBe(`${COMPILE_HINT}\nexport{s};`);
    expect(shared.map?.mappings).toBe(';AAAA');
  });
});
