import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rasterizeQrSvg } from '../../tests/fixtures/shc/rasterizeQrSvg';
import {
  readVector,
  SPEC_ISSUER,
  SPEC_ISSUER_DIR,
  vectorPath,
} from '../../tests/fixtures/shc/specVectors';

const issuerArg = `--issuer=${SPEC_ISSUER}=${SPEC_ISSUER_DIR}`;
const at = '--at=2023-07-01T00:00:00Z';

type Run = { code: number | null; lines: Record<string, unknown>[]; stderr: string };

function verify(...args: string[]): Run {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/verify.ts', ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  const lines = run.stdout
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code: run.status, lines, stderr: run.stderr };
}

describe('npm run verify', () => {
  it('exits 0 and prints one JSON line per card when every card is valid', () => {
    const run = verify(
      issuerArg,
      at,
      vectorPath('example-00-f-qr-code-numeric-value-0.txt'),
      vectorPath('example-01-e-file.smart-health-card'),
      vectorPath('example-00-d-jws.txt'),
    );
    expect(run.code).toBe(0);
    expect(run.lines).toHaveLength(3);
    expect(run.lines[0]).toMatchObject({
      verdict: 'valid',
      reason: 'valid',
      message: 'Valid certificate',
      messageRu: 'Действительный сертификат',
      subject: { latin: 'John B. Anyperson', birthDate: '1951-01-20' },
    });
  });

  it('exits 1 when one of the cards is revoked', () => {
    const run = verify(
      issuerArg,
      at,
      vectorPath('example-00-d-jws.txt'),
      vectorPath('example-03-d-jws.txt'),
    );
    expect(run.code).toBe(1);
    expect(run.lines.map((l) => l['verdict'])).toEqual(['valid', 'revoked']);
  });

  it('verifies the three chunk files of example 02 together as one card, and one alone not', () => {
    const chunks = [0, 1, 2].map((i) => vectorPath(`example-02-f-qr-code-numeric-value-${i}.txt`));
    const together = verify(issuerArg, at, ...chunks);
    expect(together.code).toBe(0);
    expect(together.lines).toMatchObject([{ verdict: 'valid', input: chunks }]);
    const alone = verify(issuerArg, at, chunks[1] ?? '');
    expect(alone.code).toBe(1);
    expect(alone.lines).toMatchObject([
      {
        verdict: 'unsupported-format',
        reason: 'chunk-incomplete',
        message: 'Multi-chunk code (deprecated) — scan all parts',
      },
    ]);
  });

  it('reads a PNG of the QR code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shc-cli-'));
    const png = join(dir, 'card.png');
    writeFileSync(png, rasterizeQrSvg(readVector('example-01-g-qr-code-0.svg')));
    const run = verify(issuerArg, at, png);
    expect(run.code).toBe(0);
    expect(run.lines).toMatchObject([
      { verdict: 'valid', subject: { latin: 'John B. Anyperson' } },
    ]);
  });

  it('exits 1 with unknown-issuer when the issuer is not given', () => {
    const run = verify(at, vectorPath('example-00-d-jws.txt'));
    expect(run.code).toBe(1);
    expect(run.lines).toMatchObject([{ verdict: 'unknown-issuer', reason: 'issuer-untrusted' }]);
  });

  it.each([
    ['no input', [issuerArg, at]],
    ['an --issuer without =', ['--issuer', SPEC_ISSUER_DIR, vectorPath('example-00-d-jws.txt')]],
    [
      'an --at that is not a time',
      [issuerArg, '--at', 'yesterday', vectorPath('example-00-d-jws.txt')],
    ],
    ['an unknown option', ['--frobnicate', vectorPath('example-00-d-jws.txt')]],
    ['a missing input file', [issuerArg, at, '/nonexistent/card.txt']],
  ])('exits 2 with a usage line on %s', (_what, args) => {
    const run = verify(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: npm run verify --');
    expect(run.lines).toEqual([]);
  });
});
