import { describe, expect, it } from 'vitest';
import { recogniseInput } from './recogniseInput';
import { verifyHealthCard } from './verifyHealthCard';

const ctx = { subtle: globalThis.crypto.subtle, trust: new Map(), now: 0 };

describe('recognising what was scanned', () => {
  it.each([
    [
      'HC1:6BFOXN%TS3DH0YOJ58S S-W5HDC *M0II5XHC9B5G2+$N',
      'eu-dcc',
      'EU Digital COVID Certificate (HC1:) — not supported',
    ],
    [
      'https://www.gosuslugi.ru/covid-cert/verify/9160000012345678?lang=ru',
      'gosuslugi-link',
      'Gosuslugi link — check online at gosuslugi.ru',
    ],
    [
      'gosuslugi.ru/vaccine/cert/verify/123',
      'gosuslugi-link',
      'Gosuslugi link — check online at gosuslugi.ru',
    ],
    ['https://example.org/card', 'other-url', 'This is a web link, not a signed certificate'],
    [
      'shlink:/eyJ1cmwiOiJodHRwczovL2V4YW1wbGUifQ',
      'smart-health-link',
      'SMART Health Link — needs an online check, not supported',
    ],
    ['hello', 'unrecognised-text', 'The code is not a SMART Health Card'],
    ['', 'empty-input', 'Empty code'],
    ['\n', 'empty-input', 'Empty code'],
  ])('answers %j as unsupported-format (%s)', async (input, reason, en) => {
    const answer = await verifyHealthCard(input, ctx);
    expect(answer).toMatchObject({ verdict: 'unsupported-format', reason, message: { en } });
    expect(answer.message.ru.length).toBeGreaterThan(0);
  });

  it('allows exactly one trailing line break after a shc:/ text', () => {
    expect(recogniseInput('shc:/5662\n')).toMatchObject({ ok: true, value: { form: 'numeric' } });
    expect(recogniseInput('shc:/5662\r\n')).toMatchObject({ ok: true, value: { form: 'numeric' } });
    expect(recogniseInput('shc:/5662\n\n')).toMatchObject({
      ok: false,
      reason: 'numeric-bad-character',
    });
    expect(recogniseInput(' shc:/5662')).toMatchObject({ ok: false, reason: 'unrecognised-text' });
  });

  it('reads a .smart-health-card file and rejects a damaged one', () => {
    expect(recogniseInput('{"verifiableCredential":["eyJ.a.b","eyJ.c.d"]}')).toMatchObject({
      ok: true,
      value: { form: 'file', jws: ['eyJ.a.b', 'eyJ.c.d'] },
    });
    expect(recogniseInput('{"verifiableCredential":[]}')).toMatchObject({ reason: 'file-invalid' });
    expect(recogniseInput('{"verifiableCredential":')).toMatchObject({ reason: 'file-invalid' });
  });

  it('answers a JWS with too many parts as malformed', async () => {
    expect(await verifyHealthCard('eyJhIjoxfQ.e30.e30.e30', ctx)).toMatchObject({
      verdict: 'malformed',
      reason: 'jws-structure',
    });
  });
});
