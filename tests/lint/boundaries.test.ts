import { ESLint } from 'eslint';
import importPlugin from 'eslint-plugin-import';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layerZones } from '../../.ci/eslint.config.js';

// The layering of DESIGN.md is a lint rule that fails the build. These tests prove the rule
// bites: a file placed in one layer that imports a forbidden layer is an error, and the
// project's real config applies the rule to every layer.
const RULE = 'import/no-restricted-paths';

function boundaryLinter(): ESLint {
  return new ESLint({
    cwd: process.cwd(),
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tseslint.parser },
        plugins: { import: importPlugin },
        settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx'] } } },
        rules: { [RULE]: ['error', { zones: layerZones }] },
      },
    ],
  });
}

async function boundaryErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await boundaryLinter().lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('the import boundary rule', () => {
  it.each([
    ['ui', "import { App } from '../ui/App';"],
    ['storage', "import { x } from '../storage/database';"],
    ['sync', "import { signIn } from '../sync/signIn';"],
    ['register', "import { x } from '../register/server';"],
  ])('rejects core importing from %s', async (_layer, source) => {
    const errors = await boundaryErrors('src/core/someRule.ts', source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('core is pure');
  });

  it('rejects the browser importing the register', async () => {
    const errors = await boundaryErrors(
      'src/ui/SomeScreen.tsx',
      "import { x } from '../register/server';",
    );
    expect(errors).toHaveLength(1);
  });

  it('rejects the register importing browser storage', async () => {
    const errors = await boundaryErrors(
      'src/register/someRoute.ts',
      "import { x } from '../storage/database';",
    );
    expect(errors).toHaveLength(1);
  });

  it('rejects the screens reading storage instead of going through the desk', async () => {
    const errors = await boundaryErrors(
      'src/ui/desk/SomeView.tsx',
      "import { writeRecord } from '../../storage/records';",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('ui never imports storage');
  });

  it.each([
    ['storage', 'src/storage/someTable.ts'],
    ['sync', 'src/sync/someRun.ts'],
    ['core', 'src/core/someRule.ts'],
    ['register', 'src/register/someRoute.ts'],
  ])('rejects %s importing the desk layer above it', async (_layer, filePath) => {
    const depth = filePath.split('/').length - 2;
    const up = '../'.repeat(depth);
    const errors = await boundaryErrors(filePath, `import { x } from '${up}desk/queries';`);
    expect(errors).toHaveLength(1);
  });

  it('rejects the desk importing the screens', async () => {
    const errors = await boundaryErrors(
      'src/desk/someCommand.ts',
      "import { useDesk } from '../ui/desk/frame/DeskEnvironment';",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('desk sits on');
  });

  it('allows ui → desk → storage and desk → sync', async () => {
    expect(
      await boundaryErrors('src/ui/desk/SomeView.tsx', "import { x } from '../../desk/queries';"),
    ).toEqual([]);
    expect(
      await boundaryErrors('src/desk/someCommand.ts', "import { x } from '../storage/records';"),
    ).toEqual([]);
    expect(
      await boundaryErrors('src/desk/someCommand.ts', "import { x } from '../sync/engine';"),
    ).toEqual([]);
  });

  it('allows the permitted direction: ui → sync → core, register → core', async () => {
    expect(
      await boundaryErrors('src/ui/SomeScreen.tsx', "import { signIn } from '../sync/signIn';"),
    ).toEqual([]);
    expect(
      await boundaryErrors('src/sync/other.ts', "import { ok } from '../core/result';"),
    ).toEqual([]);
    expect(
      await boundaryErrors('src/register/someRoute.ts', "import { ok } from '../core/result';"),
    ).toEqual([]);
  });

  it('is switched on for every source file by the project config', async () => {
    const eslint = new ESLint({
      cwd: process.cwd(),
      overrideConfigFile: '.ci/eslint.config.js',
    });
    const config = (await eslint.calculateConfigForFile('src/core/result.ts')) as {
      rules: Record<string, unknown>;
    };
    expect(config.rules[RULE]).toEqual([2, { zones: layerZones }]);
  });
});
