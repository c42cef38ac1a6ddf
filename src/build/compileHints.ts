// Build step (a Vite plugin, vite.config.ts): marks the chunks that every start of the desk
// runs with V8's explicit compile hint, so Chromium (136 and later) compiles all of their
// functions while the file streams in, on a background thread, instead of each function on
// the main thread when it is first called (issue #14: the offline cold start). Other browsers
// read the line as a comment.
//
//   assets/app-DHg-75WO.js, before:  const __vite__mapDeps=(i,m=__vite__mapDeps,…
//   after:                           //# allFunctionsCalledOnLoad
//                                    const __vite__mapDeps=(i,m=__vite__mapDeps,…
//
// The hint counts only on the file's first line, so it is added after Vite has written its
// own first line (the preload helper's `__vite__mapDeps`), and the chunk's source map moves
// down by the one line (a `;` before its mappings).

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The parts of Rollup's/Rolldown's output bundle this step reads and changes. */
export type HintedChunk = {
  readonly type: 'chunk';
  readonly name: string;
  readonly fileName: string;
  code: string;
  map?: { mappings: string } | null;
};
export type HintedAsset = {
  readonly type: 'asset';
  readonly fileName: string;
  source: string | Uint8Array;
};

function shiftedMap(source: string | Uint8Array): string {
  const text = typeof source === 'string' ? source : new TextDecoder().decode(source);
  const map = JSON.parse(text) as { mappings: string };
  return JSON.stringify({ ...map, mappings: `;${map.mappings}` });
}

/**
 * Adds the hint to the chunks named `names`; returns the files it changed. A name that matches
 * no chunk fails the build: a renamed group would otherwise lose its hint without a word.
 */
export function addCompileHints(
  bundle: Record<string, HintedChunk | HintedAsset>,
  names: readonly string[],
): string[] {
  const hinted: string[] = [];
  for (const item of Object.values(bundle)) {
    if (item.type !== 'chunk' || !names.includes(item.name)) continue;
    if (item.code.startsWith(COMPILE_HINT)) continue;
    item.code = `${COMPILE_HINT}\n${item.code}`;
    // The map is in the bundle twice: on the chunk, and as the `.map` file to be written.
    if (item.map) item.map.mappings = `;${item.map.mappings}`;
    const mapFile = bundle[`${item.fileName}.map`];
    if (mapFile?.type === 'asset') mapFile.source = shiftedMap(mapFile.source);
    hinted.push(item.fileName);
  }
  const chunkNames = new Set(
    Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [item.name] : [])),
  );
  const missing = names.filter((name) => !chunkNames.has(name));
  if (missing.length > 0) {
    throw new Error(`compile hints: the build has no chunk named ${missing.join(', ')}`);
  }
  return hinted;
}

/** The Vite plugin: the named chunks (code-splitting groups or lazy screens) get the hint. */
export function compileHintsPlugin(names: readonly string[]): {
  name: string;
  apply: 'build';
  enforce: 'post';
  generateBundle: {
    order: 'post';
    handler(options: unknown, bundle: Record<string, HintedChunk | HintedAsset>): void;
  };
} {
  return {
    name: 'serodesk-compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        addCompileHints(bundle, names);
      },
    },
  };
}
