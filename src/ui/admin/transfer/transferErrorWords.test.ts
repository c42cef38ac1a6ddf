import { describe, expect, it } from 'vitest';
import { transferErrorWords } from './transferErrorWords';

const failed = (lastError: string) => transferErrorWords({ state: 'failed', lastError })?.ru;

describe('a transfer error in words', () => {
  it('says nothing for an item without an error', () => {
    expect(transferErrorWords({ state: 'accepted', lastError: null })).toBeNull();
  });

  it('names an unwritable drop folder, a timeout, the receiver’s fault and an unreachable receiver', () => {
    expect(failed('cannot write /srv/out/x.json: EACCES: permission denied (EACCES)')).toMatch(
      /папку передачи/,
    );
    expect(failed('no answer within 30000 ms')).toMatch(/не ответил вовремя/);
    expect(failed('HTTP 503: Service Unavailable')).toMatch(/Сбой на стороне/);
    expect(failed('fetch failed (ECONNREFUSED)')).toMatch(/недоступен по сети/);
  });

  it('calls a rejection a refusal whatever its text', () => {
    expect(
      transferErrorWords({ state: 'rejected', lastError: 'HTTP 422: СНИЛС не найден' })?.en,
    ).toMatch(/refused/);
  });
});
