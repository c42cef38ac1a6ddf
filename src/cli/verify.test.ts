import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rasterizeQrSvg } from '../../tests/fixtures/shc/rasterizeQrSvg';
import { main } from './verify';
import {
  readVector,
  SPEC_ISSUER,
  SPEC_ISSUER_DIR,
  vectorPath,
} from '../../tests/fixtures/shc/specVectors';

const issuerArg = `--issuer=${SPEC_ISSUER}=${SPEC_ISSUER_DIR}`;
const at = '--at=2023-07-01T00:00:00Z';

/** Our own issuer's cards and trust documents (tests/fixtures/cards, see its README). */
const CARDS = 'tests/fixtures/cards';
const context = JSON.parse(readFileSync(join(CARDS, 'context.json'), 'utf8')) as {
  iss: string;
  at: string;
};
const ourIssuer = (dir = join(CARDS, 'issuer')) => `--issuer=${context.iss}=${dir}`;
const ourAt = `--at=${context.at}`;
const card = (name: string) => join(CARDS, `${name}.txt`);

/** A copy of our issuer's folder with one document replaced. */
function issuerWith(document: string, content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'shc-issuer-'));
  cpSync(join(CARDS, 'issuer'), dir, { recursive: true });
  writeFileSync(join(dir, '.well-known', document), JSON.stringify(content));
  return dir;
}

const crlFile = readdirSync(join(CARDS, 'issuer', '.well-known', 'crl'))[0] ?? '';
const goodCrl = JSON.parse(
  readFileSync(join(CARDS, 'issuer', '.well-known', 'crl', crlFile), 'utf8'),
) as { kid: string; method: string; ctr: number; rids: string[] };

type Run = { code: number | null; lines: Record<string, unknown>[]; stderr: string };

/** The CLI's main function in this process: what it prints and the exit status. */
async function verify(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
  });
  return { code, lines: jsonLines(stdout), stderr };
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('npm run verify as a process', () => {
  it('runs `npm run verify -- --issuer <iss>=<dir> --at <at> <file>` and exits 0 for a presence card', () => {
    const run = spawnSync(
      'npm',
      ['run', '--silent', 'verify', '--', ourIssuer(), ourAt, card('presence')],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)).toMatchObject([{ verdict: 'valid', admission: 'admit' }]);
  });

  it('exits 1 for an absence card, and 2 on a usage error', () => {
    const script = ['--import', 'tsx', 'src/cli/verify.ts'];
    const absence = spawnSync(process.execPath, [...script, ourIssuer(), ourAt, card('absence')], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(absence.status).toBe(1);
    const usage = spawnSync(process.execPath, [...script, ourIssuer()], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: npm run verify --');
  });
});

describe('npm run verify on our own certificates', () => {
  it('says valid and admit for a presence certificate, and exits 0', async () => {
    const run = await verify(ourIssuer(), ourAt, card('presence'));
    expect(run.code).toBe(0);
    expect(run.lines).toMatchObject([
      {
        input: card('presence'),
        verdict: 'valid',
        admission: 'admit',
        lastValidDay: '2027-05-20',
        policyVersion: 1,
        subject: { latin: 'ANNA IVANOVA', cyrillic: 'Иванова Анна Сергеевна' },
      },
    ]);
  });

  it('says valid but not-admit for an absence certificate, and exits 1', async () => {
    const run = await verify(ourIssuer(), ourAt, card('absence'));
    expect(run.code).toBe(1);
    expect(run.lines).toMatchObject([
      {
        verdict: 'valid',
        admission: 'not-admit',
        admissionReason: 'antibodies-not-detected',
        admissionMessageRu: 'Подлинная справка: антитела не обнаружены — не даёт прав QR-кода',
      },
    ]);
  });

  it('says expired, not admitted since the day after its last day, and exits 1', async () => {
    const run = await verify(ourIssuer(), ourAt, card('expired'));
    expect(run.code).toBe(1);
    expect(run.lines).toMatchObject([
      {
        verdict: 'expired',
        reason: 'exp-passed',
        admission: 'not-admit',
        admissionReason: 'validity-ended',
        admissionEndedOn: '2026-11-13',
      },
    ]);
  });

  it('says revoked for the card on the CRL, and exits 1', async () => {
    const run = await verify(ourIssuer(), ourAt, card('revoked'));
    expect(run.code).toBe(1);
    expect(run.lines).toMatchObject([
      {
        verdict: 'revoked',
        reason: 'rid-revoked',
        admission: 'not-admit',
        admissionReason: 'revoked',
      },
    ]);
  });

  it('exits 1 when one card of several does not admit, with one line per card', async () => {
    const run = await verify(ourIssuer(), ourAt, card('presence'), card('absence'));
    expect(run.code).toBe(1);
    expect(run.lines.map((l) => [l['verdict'], l['admission']])).toEqual([
      ['valid', 'admit'],
      ['valid', 'not-admit'],
    ]);
  });

  it.each([
    ['an unknown method', { method: 'hash' }, 'unknown method "hash"'],
    ['an over-long rid', { rids: ['ABCDEFGHIJKLMNOPQRSTUVWXYZ'] }, 'longer than 24 characters'],
    ['the same rid twice', { rids: [...goodCrl.rids, ...goodCrl.rids] }, 'appears more than once'],
    ['a ctr that is not the key set’s crlVersion', { ctr: goodCrl.ctr + 1 }, 'crlVersion'],
  ])(
    'refuses a CRL with %s, says what is wrong, and never shows its cards valid',
    async (_w, change, words) => {
      const dir = issuerWith(`crl/${crlFile}`, { ...goodCrl, ...change });
      const run = await verify(ourIssuer(dir), ourAt, card('presence'), card('revoked'));
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Revocation list of key ${goodCrl.kid} refused: `);
      expect(run.stderr).toContain(words);
      expect(run.stderr).toContain(`Список отзыва для ключа ${goodCrl.kid} отклонён: `);
      expect(run.stderr).not.toContain('not the CRL of kid');
      expect(run.lines).toMatchObject([
        { verdict: 'unknown-issuer', reason: 'crl-refused', admission: 'n/a' },
        { verdict: 'unknown-issuer', reason: 'crl-refused', admission: 'n/a' },
      ]);
    },
  );

  it('exits 2 naming the rule when the key set’s kid is not the key’s thumbprint', async () => {
    const jwks = JSON.parse(
      readFileSync(join(CARDS, 'issuer', '.well-known', 'jwks.json'), 'utf8'),
    ) as { keys: Record<string, unknown>[] };
    const dir = issuerWith('jwks.json', {
      keys: jwks.keys.map((k) => ({ ...k, kid: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })),
    });
    const run = await verify(ourIssuer(dir), ourAt, card('presence'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is not the key's RFC 7638 thumbprint");
    expect(run.stderr).toContain('Набор ключей издателя отклонён');
    expect(run.lines).toEqual([]);
  });

  it('exits 2 with a clear message when admission-policy.json is malformed', async () => {
    const dir = issuerWith('admission-policy.json', { version: 0, admittedClasses: [] });
    const run = await verify(ourIssuer(dir), ourAt, card('presence'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('admission-policy.json refused: it does not match the schema');
    expect(run.stderr).toContain('Правила допуска');
  });

  it('applies the issuer’s admission-policy.json: a policy of 3 months ends the presence card earlier', async () => {
    const policy = JSON.parse(
      readFileSync(join(CARDS, 'issuer', '.well-known', 'admission-policy.json'), 'utf8'),
    ) as Record<string, unknown>;
    const dir = issuerWith('admission-policy.json', { ...policy, version: 7, presenceMonths: 3 });
    const run = await verify(ourIssuer(dir), ourAt, card('presence'));
    expect(run.lines).toMatchObject([
      { verdict: 'valid', admission: 'admit', lastValidDay: '2027-02-20', policyVersion: 7 },
    ]);
  });
});

describe('npm run verify on the SMART Health Cards specification examples', () => {
  it('prints one JSON line per card, valid, and exits 1 because vaccination cards admit no one here', async () => {
    const run = await verify(
      issuerArg,
      at,
      vectorPath('example-00-f-qr-code-numeric-value-0.txt'),
      vectorPath('example-01-e-file.smart-health-card'),
      vectorPath('example-00-d-jws.txt'),
    );
    expect(run.code).toBe(1);
    expect(run.lines).toHaveLength(3);
    expect(run.lines[0]).toMatchObject({
      verdict: 'valid',
      reason: 'valid',
      message: 'Valid certificate',
      messageRu: 'Действительная справка',
      admission: 'not-admit',
      admissionReason: 'not-an-antibody-certificate',
      subject: { latin: 'John B. Anyperson', birthDate: '1951-01-20' },
    });
  });

  it('exits 1 when one of the cards is revoked', async () => {
    const run = await verify(
      issuerArg,
      at,
      vectorPath('example-00-d-jws.txt'),
      vectorPath('example-03-d-jws.txt'),
    );
    expect(run.code).toBe(1);
    expect(run.lines.map((l) => l['verdict'])).toEqual(['valid', 'revoked']);
  });

  it('verifies the three chunk files of example 02 together as one card, and one alone not', async () => {
    const chunks = [0, 1, 2].map((i) => vectorPath(`example-02-f-qr-code-numeric-value-${i}.txt`));
    const together = await verify(issuerArg, at, ...chunks);
    expect(together.lines).toMatchObject([{ verdict: 'valid', input: chunks }]);
    const alone = await verify(issuerArg, at, chunks[1] ?? '');
    expect(alone.code).toBe(1);
    expect(alone.lines).toMatchObject([
      {
        verdict: 'unsupported-format',
        reason: 'chunk-incomplete',
        message: 'Multi-chunk code (deprecated) — scan all parts',
      },
    ]);
  });

  it('reads a PNG of the QR code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shc-cli-'));
    const png = join(dir, 'card.png');
    writeFileSync(png, rasterizeQrSvg(readVector('example-01-g-qr-code-0.svg')));
    const run = await verify(issuerArg, at, png);
    expect(run.lines).toMatchObject([
      { verdict: 'valid', subject: { latin: 'John B. Anyperson' } },
    ]);
  });

  it('exits 1 with unknown-issuer when the issuer is not given', async () => {
    const run = await verify(at, vectorPath('example-00-d-jws.txt'));
    expect(run.code).toBe(1);
    expect(run.lines).toMatchObject([
      { verdict: 'unknown-issuer', reason: 'issuer-untrusted', admission: 'n/a' },
    ]);
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
  ])('exits 2 with a usage line on %s', async (_what, args) => {
    const run = await verify(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: npm run verify --');
    expect(run.lines).toEqual([]);
  });
});
