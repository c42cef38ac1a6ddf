import { describe, expect, it } from 'vitest';
import { formatOms, omsCheckDigit, parseOms } from './oms';
import type { OmsNumber } from './oms';

/** Textbook Luhn, written independently of oms.ts, to compare against. */
function luhnCheckDigit(body: string): number {
  let total = 0;
  Array.from(body)
    .reverse()
    .forEach((char, index) => {
      let n = Number(char);
      if (index % 2 === 0) {
        n *= 2;
        if (n > 9) n -= 9;
      }
      total += n;
    });
  return (10 - (total % 10)) % 10;
}

describe('OMS single-format policy number', () => {
  it('computes the check digit by the FFOMS rule, worked by hand', () => {
    // 000430479759132: odd places from the right (15th…1st) 0,0,3,4,9,5,1,2 → 00349512 × 2
    // = 699024; even places 0,4,0,7,7,9,3 → "0407793" in front: digits of "0407793699024"
    // sum to 60, already a multiple of 10 → check digit 0.
    expect(omsCheckDigit('000430479759132')).toBe(0);
    expect(parseOms('0004304797591320')).toEqual({ ok: true, value: '0004304797591320' });
  });

  it('agrees with Luhn on many numbers', () => {
    let seed = 20261126;
    for (let i = 0; i < 500; i += 1) {
      let body = '';
      for (let d = 0; d < 15; d += 1) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        body += String(seed % 10);
      }
      expect(omsCheckDigit(body)).toBe(luhnCheckDigit(body));
    }
  });

  it('accepts spaces and hyphens between groups', () => {
    expect(parseOms('5152 5376 7599 1331')).toEqual({ ok: true, value: '5152537675991331' });
    expect(parseOms('1314-8511-9953-8443').ok).toBe(true);
  });

  it('rejects a wrong check digit and a swapped pair of digits', () => {
    expect(parseOms('5152537675991332')).toEqual({ ok: false, reason: 'oms-checksum' });
    expect(parseOms('1515537675991331')).toEqual({ ok: false, reason: 'oms-checksum' });
  });

  it('rejects anything but 16 digits as a format error', () => {
    expect(parseOms('515253767599133')).toEqual({ ok: false, reason: 'oms-format' });
    expect(parseOms('51525376759913310')).toEqual({ ok: false, reason: 'oms-format' });
    expect(parseOms('ЕП 5152537675991331')).toEqual({ ok: false, reason: 'oms-format' });
  });

  it('prints groups of four', () => {
    expect(formatOms('5152537675991331' as OmsNumber)).toBe('5152 5376 7599 1331');
  });
});
