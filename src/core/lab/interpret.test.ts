import { describe, expect, it } from 'vitest';
import {
  interpretQualitative,
  interpretQuantitative,
  interpretResult,
  parseResultValue,
} from './interpret';

const withZone = { threshold: 10, greyZone: { low: 8, high: 12 } };
const noZone = { threshold: 10 };

describe('parseResultValue', () => {
  it('reads a Russian decimal comma and a point alike', () => {
    expect(parseResultValue('12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseResultValue('12.5')).toEqual({ ok: true, value: 12.5 });
    expect(parseResultValue(' 1 250,75 ')).toEqual({ ok: true, value: 1250.75 });
    expect(parseResultValue('0')).toEqual({ ok: true, value: 0 });
  });

  it('rejects what is not a number', () => {
    for (const text of [
      'abc',
      '12,5,1',
      '1.250,5',
      '1e3',
      '12,',
      ',5',
      '<5',
      '>250',
      'положительно',
    ]) {
      expect(parseResultValue(text)).toEqual({ ok: false, reason: 'result-not-a-number' });
    }
  });

  it('says so when nothing is typed, or the value is negative', () => {
    expect(parseResultValue('  ')).toEqual({ ok: false, reason: 'result-empty' });
    expect(parseResultValue('-3,2')).toEqual({ ok: false, reason: 'result-negative' });
  });
});

describe('quantitative interpretation with a grey zone [8, 12)', () => {
  it.each([
    [0, 'not-detected'],
    [7.99, 'not-detected'],
    [8, 'equivocal'],
    [10, 'equivocal'],
    [11.99, 'equivocal'],
    [12, 'detected'],
    [250, 'detected'],
  ] as const)('%s → %s', (value, expected) => {
    expect(interpretQuantitative(value, withZone)).toEqual({ ok: true, value: expected });
  });
});

describe('quantitative interpretation without a grey zone, threshold 10', () => {
  it.each([
    [9.99, 'not-detected'],
    [10, 'detected'],
    [10.01, 'detected'],
  ] as const)('%s → %s', (value, expected) => {
    expect(interpretQuantitative(value, noZone)).toEqual({ ok: true, value: expected });
  });

  it('cannot interpret without a threshold', () => {
    expect(interpretQuantitative(50, {})).toEqual({ ok: false, reason: 'kit-threshold-missing' });
  });
});

describe('interpretResult', () => {
  it('maps qualitative readings', () => {
    expect(interpretQualitative('positive')).toBe('detected');
    expect(interpretQualitative('negative')).toBe('not-detected');
    expect(interpretQualitative('equivocal')).toBe('equivocal');
    expect(interpretResult({ kind: 'qualitative' }, { reading: 'negative' })).toEqual({
      ok: true,
      value: 'not-detected',
    });
  });

  it('asks for the entry the kit needs', () => {
    expect(
      interpretResult({ kind: 'quantitative', threshold: 1 }, { reading: 'positive' }),
    ).toEqual({
      ok: false,
      reason: 'result-value-missing',
    });
    expect(interpretResult({ kind: 'qualitative' }, { value: 3 })).toEqual({
      ok: false,
      reason: 'result-reading-missing',
    });
  });

  it('uses the value for a quantitative kit', () => {
    expect(interpretResult({ kind: 'quantitative', ...withZone }, { value: 9 })).toEqual({
      ok: true,
      value: 'equivocal',
    });
  });
});
