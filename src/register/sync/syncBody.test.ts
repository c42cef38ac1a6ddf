import { deflateSync, gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linedJsonBytes } from '../../core/protocol/linedJson';
import { installErrorHandling } from '../http/errorHandling';
import { installSyncCompression } from './compression';
import { installSyncJsonParser } from './syncJsonBody';

// How a sync route reads its body (compression.ts, syncJsonBody.ts): inflated whole, read
// from its bytes a line-piece at a time, with Fastify's refusals kept: too large, not JSON, a
// "__proto__" or "constructor" key. An echo route in the sync routes' setting stands in for
// them; the register's error handling answers the refusals.

const LIMIT = 64 * 1024;

let app: FastifyInstance;

beforeAll(async () => {
  app = Fastify();
  installErrorHandling(app, { bodyLimitBytes: 1024, navigationFallback: () => null });
  await app.register((scope, _options, done) => {
    installSyncCompression(scope);
    installSyncJsonParser(scope);
    scope.post('/echo', { bodyLimit: LIMIT }, (request) => ({ body: request.body }));
    done();
  });
  await app.ready();
});

afterAll(async () => {
  await app.close();
});

type Sent = { readonly payload: Buffer | string; readonly encoding?: string };

async function post({ payload, encoding }: Sent) {
  const answer = await app.inject({
    method: 'POST',
    url: '/echo',
    headers: {
      'content-type': 'application/json',
      ...(encoding === undefined ? {} : { 'content-encoding': encoding }),
    },
    payload,
  });
  const json = answer.json<{ body?: unknown; error?: { code: string; message: string } }>();
  return { status: answer.statusCode, json };
}

const push = {
  protocolVersion: 1,
  tabletId: 't-1',
  ops: [
    { opId: 'o-1', record: { kind: 'person', surname: 'Иванова', note: 'a "quoted" line\n' } },
    { opId: 'o-2', record: { kind: 'person', surname: 'Ёлкин', emoji: '🙂' } },
    { opId: 'o-3', record: { kind: 'person', surname: 'Пак' } },
  ],
};

const lined = (value: unknown) => Buffer.concat(linedJsonBytes(value, 'ops') ?? []);

describe('a sync route body', () => {
  it('arrives as JSON.parse reads it: lined or not, plain, gzipped or deflated', async () => {
    const text = JSON.stringify(push);
    expect(lined(push).toString()).toContain('\n');
    for (const sent of [
      { payload: text },
      { payload: lined(push) },
      { payload: gzipSync(lined(push)), encoding: 'gzip' },
      { payload: gzipSync(text), encoding: 'x-gzip' },
      { payload: deflateSync(lined(push)), encoding: 'deflate' },
    ]) {
      expect(await post(sent)).toEqual({ status: 200, json: { body: push } });
    }
  });

  it('is refused as too large when it inflates past the route limit, or is sent larger', async () => {
    const bomb = gzipSync(JSON.stringify({ ops: ['x'.repeat(LIMIT * 16)] }));
    expect(bomb.length).toBeLessThan(LIMIT / 8);
    const inflated = await post({ payload: bomb, encoding: 'gzip' });
    expect([inflated.status, inflated.json.error?.code]).toEqual([413, 'body-too-large']);

    // Random bytes do not compress: sent, the gzip is itself past the limit.
    const noise = gzipSync(JSON.stringify({ ops: [randomBytes(LIMIT).toString('base64')] }));
    expect(noise.length).toBeGreaterThan(LIMIT);
    const sent = await post({ payload: noise, encoding: 'gzip' });
    expect([sent.status, sent.json.error?.code]).toEqual([413, 'body-too-large']);

    const justUnder = JSON.stringify({ ops: ['x'.repeat(LIMIT - 100)] });
    const taken = await post({ payload: gzipSync(justUnder), encoding: 'gzip' });
    expect(taken.status).toBe(200);

    const plain = await post({ payload: JSON.stringify({ ops: ['x'.repeat(LIMIT)] }) });
    expect([plain.status, plain.json.error?.code]).toEqual([413, 'body-too-large']);
    expect((await post({ payload: justUnder })).status).toBe(200);
  });

  it('is refused when its Content-Length is not the length sent', async () => {
    const sent = gzipSync(lined(push));
    for (const [payload, encoding] of [
      [sent, 'gzip'],
      [lined(push), undefined],
    ] as const) {
      const answer = await app.inject({
        method: 'POST',
        url: '/echo',
        headers: {
          'content-type': 'application/json',
          'content-length': String(payload.length + 7),
          ...(encoding === undefined ? {} : { 'content-encoding': encoding }),
        },
        payload,
      });
      expect(answer.statusCode).toBe(400);
    }
  });

  it('is refused with zlib’s words when it does not inflate, and 415 for an unknown coding', async () => {
    const broken = gzipSync(lined(push));
    const at = broken.length - 30;
    broken.writeUInt8(broken.readUInt8(at) ^ 0xff, at);
    const corrupt = await post({ payload: broken, encoding: 'gzip' });
    expect([corrupt.status, corrupt.json.error?.code]).toEqual([400, 'bad-request']);
    const notGzip = await post({ payload: lined(push), encoding: 'gzip' });
    expect(notGzip.json.error?.message).toMatch(/header/);
    const unknown = await post({ payload: lined(push), encoding: 'zstd' });
    expect([unknown.status, unknown.json.error?.code]).toEqual([415, 'unsupported-media-type']);
  });

  it('is refused as malformed when it is not JSON, lined or not, or empty', async () => {
    const text = lined(push).toString();
    for (const payload of [
      text.replace('"o-2"', '"o-2'),
      text.replace(',\n{"opId":"o-3"', '\n{"opId":"o-3"'),
      text.replace(/\]\}$/, ''),
      `${text}x`,
      '',
    ]) {
      const answer = await post({ payload });
      expect([answer.status, answer.json.error?.code]).toEqual([400, 'malformed-json']);
    }
  });

  it('is refused when it carries a "__proto__" key or a "constructor" with a prototype, plainly or escaped', async () => {
    for (const key of ['__proto__', '\\u005f\\u005fproto__', 'constructor', 'c\\u006fnstructor']) {
      const text = lined(push)
        .toString()
        .replace('"surname":"Пак"', `"${key}":{"prototype":{"x":1}}`);
      expect(text).toContain(key);
      for (const sent of [{ payload: text }, { payload: gzipSync(text), encoding: 'gzip' }]) {
        const answer = await post(sent);
        expect([answer.status, answer.json.error?.code]).toEqual([400, 'malformed-json']);
      }
    }
  });

  it('keeps a "\\u" escape and the word "constructor" in a value, read by Fastify’s parser', async () => {
    const escaped = { ...push, note: 'tab\there, \u0001, constructor' };
    const answer = await post({ payload: gzipSync(lined(escaped)), encoding: 'gzip' });
    expect(answer).toEqual({ status: 200, json: { body: escaped } });
  });
});
