import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, isUnstorableText } from './connect';

// Which database errors become 503 database-unavailable (retry later) rather than a 500.

function coded(code: string, message = 'database error'): Error {
  return Object.assign(new Error(message), { code });
}

describe('isDatabaseUnavailable', () => {
  it.each([
    ['PostgreSQL shut down by an operator', coded('57P01')],
    ['PostgreSQL crash shutdown', coded('57P02')],
    ['PostgreSQL starting up', coded('57P03')],
    ['a connection failure', coded('08006')],
    ['a full disk on PostgreSQL', coded('53100')],
    ['too many connections', coded('53300')],
    ['a deadlock', coded('40P01')],
    ['a refused connection', coded('ECONNREFUSED')],
    ['a reset connection', coded('ECONNRESET')],
    ['a connection lost under a query', new Error('Connection terminated unexpectedly')],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
    ['a busy SQLite file', coded('SQLITE_BUSY')],
    ['a full disk on SQLite', coded('SQLITE_FULL')],
    ['a failed SQLite write', coded('SQLITE_IOERR_WRITE')],
    ['a refused connection inside an AggregateError', new AggregateError([coded('ECONNREFUSED')])],
    ['a wrapped cause', new Error('query failed', { cause: coded('57P01') })],
  ])('is true for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', coded('23505')],
    ['a syntax error in our SQL', coded('42601')],
    ['a SQLite constraint', coded('SQLITE_CONSTRAINT_UNIQUE')],
    ['a plain bug', new TypeError('x is undefined')],
    ['not an error at all', 'ECONNREFUSED'],
  ])('is false for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('isUnstorableText', () => {
  it('recognises PostgreSQL refusing a NUL character, and nothing else', () => {
    expect(isUnstorableText(coded('22021'))).toBe(true);
    expect(isUnstorableText(coded('22P05'))).toBe(true);
    expect(isUnstorableText(coded('23505'))).toBe(false);
  });
});
