import { describe, expect, it } from 'vitest';
import { exampleKit } from '../../../core/clinic/examples';
import { formatResultValue, readResultEntry } from './resultEntry';

const quantitative = exampleKit(); // threshold 10, grey zone [8, 12)
const qualitative = exampleKit({
  kind: 'qualitative',
  unit: null,
  threshold: undefined,
  greyZone: undefined,
});

describe('reading a result the lab typed', () => {
  it('reads a Russian decimal comma and interprets against the grey zone', () => {
    expect(readResultEntry(quantitative, '12,5', '')).toEqual({
      ok: true,
      value: 12.5,
      interpretation: 'detected',
    });
    expect(readResultEntry(quantitative, '9', '')).toEqual({
      ok: true,
      value: 9,
      interpretation: 'equivocal',
    });
    expect(readResultEntry(quantitative, '7,99', '')).toEqual({
      ok: true,
      value: 7.99,
      interpretation: 'not-detected',
    });
  });

  it('says why a typed value is not a result', () => {
    expect(readResultEntry(quantitative, '', '')).toEqual({ ok: false, reason: 'result-empty' });
    expect(readResultEntry(quantitative, 'двенадцать', '')).toEqual({
      ok: false,
      reason: 'result-not-a-number',
    });
    expect(readResultEntry(quantitative, '-3', '')).toEqual({
      ok: false,
      reason: 'result-negative',
    });
  });

  it('takes a reading for a qualitative kit and asks for one when missing', () => {
    expect(readResultEntry(qualitative, '', 'positive')).toEqual({
      ok: true,
      reading: 'positive',
      interpretation: 'detected',
    });
    expect(readResultEntry(qualitative, '5', '')).toEqual({
      ok: false,
      reason: 'result-reading-missing',
    });
  });
});

describe('a result value as the desk shows it', () => {
  it('writes the decimal with a comma, as it was typed', () => {
    expect(formatResultValue(152.4)).toBe('152,4');
    expect(formatResultValue(9)).toBe('9');
  });
});
