import { describe, expect, it } from 'vitest';
import { exampleKit } from '../clinic/examples';
import { validateKit } from './kit';
import { ANTIBODY_LOINC, loincForKit } from './loinc';
import { snomedForInterpretation } from './snomed';

/** The kit as a form would send it, without the named fields. */
function without(keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(exampleKit()).filter(([key]) => !keys.includes(key)));
}

describe('validateKit', () => {
  it('accepts a complete quantitative kit and defaults `withdrawn` to false', () => {
    const result = validateKit(without(['withdrawn']));
    expect(result.ok && result.value.withdrawn).toBe(false);
  });

  it('requires a threshold for a quantitative kit', () => {
    expect(validateKit(without(['threshold', 'greyZone']))).toEqual({
      ok: false,
      errors: [{ field: 'threshold', reason: 'kit-threshold-missing' }],
    });
  });

  it('does not require a threshold for a qualitative kit', () => {
    expect(
      validateKit({
        ...without(['threshold', 'greyZone']),
        kind: 'qualitative',
        unit: null,
        method: 'rapid',
      }).ok,
    ).toBe(true);
  });

  it('requires a unit for a quantitative kit', () => {
    expect(validateKit({ ...exampleKit(), unit: null })).toEqual({
      ok: false,
      errors: [{ field: 'unit', reason: 'kit-unit-missing' }],
    });
  });

  it('rejects a grey zone whose bounds are inverted or that excludes the threshold', () => {
    expect(validateKit({ ...exampleKit(), greyZone: { low: 12, high: 8 } })).toEqual({
      ok: false,
      errors: [{ field: 'greyZone', reason: 'kit-grey-zone-inverted' }],
    });
    expect(validateKit({ ...exampleKit(), threshold: 15 })).toEqual({
      ok: false,
      errors: [{ field: 'threshold', reason: 'kit-threshold-outside-grey-zone' }],
    });
  });

  it('rejects a grey zone with equal bounds, which holds no value at all', () => {
    // [10, 10) is empty: the admin meant some zone, and none would ever be read equivocal.
    expect(
      validateKit({ ...exampleKit(), threshold: 10, greyZone: { low: 10, high: 10 } }),
    ).toEqual({
      ok: false,
      errors: [{ field: 'greyZone', reason: 'kit-grey-zone-inverted' }],
    });
    expect(
      validateKit({ ...exampleKit(), threshold: 10, greyZone: { low: 10, high: 10.5 } }).ok,
    ).toBe(true);
  });

  it('rejects a negative threshold and a LOINC code outside the antibody list', () => {
    expect(validateKit({ ...exampleKit(), threshold: -1, greyZone: undefined })).toEqual({
      ok: false,
      errors: [{ field: 'threshold', reason: 'kit-not-a-number' }],
    });
    const bad = validateKit({ ...exampleKit(), loinc: '94500-6' });
    expect(bad.ok).toBe(false);
  });
});

describe('loincForKit', () => {
  it.each([
    [{ antibodyClass: 'IgG', target: null, method: 'ELISA' }, '94563-4'],
    [{ antibodyClass: 'IgG', target: 'S+N', method: 'CLIA' }, '94563-4'],
    [{ antibodyClass: 'IgG', target: 'S', method: 'ELISA' }, '99597-7'],
    [{ antibodyClass: 'IgG', target: 'N', method: 'CLIA' }, '99596-9'],
    [{ antibodyClass: 'IgM', target: null, method: 'ELISA' }, '94564-2'],
    [{ antibodyClass: 'IgA', target: null, method: 'ELISA' }, '94562-6'],
    [{ antibodyClass: 'total', target: 'S', method: 'CLIA' }, '94762-2'],
    [{ antibodyClass: 'IgG+IgM', target: null, method: 'ELISA' }, '94547-7'],
    [{ antibodyClass: 'IgG', target: 'S', method: 'rapid' }, '94507-1'],
    [{ antibodyClass: 'IgM', target: null, method: 'rapid' }, '94508-9'],
    [{ antibodyClass: 'IgA', target: null, method: 'rapid' }, '94768-9'],
    [{ antibodyClass: 'total', target: null, method: 'rapid' }, '95542-7'],
    [{ antibodyClass: 'IgG+IgM', target: null, method: 'rapid' }, '95542-7'],
  ] as const)('%o → %s', (kit, code) => {
    expect(loincForKit(kit)).toEqual({
      system: 'http://loinc.org',
      code,
      display: ANTIBODY_LOINC[code],
    });
  });

  it('uses the clinic’s own code when the kit sets one', () => {
    expect(
      loincForKit({ antibodyClass: 'total', target: 'S', method: 'ELISA', loinc: '95411-5' }),
    ).toEqual({
      system: 'http://loinc.org',
      code: '95411-5',
      display: 'SARS-CoV-2 NAb Ser Ql pVNT',
    });
  });

  it('carries the display strings of the SMART Health Cards value set', () => {
    expect(ANTIBODY_LOINC['94563-4']).toBe('SARS-CoV-2 IgG SerPl Ql IA');
    expect(ANTIBODY_LOINC['94507-1']).toBe('SARS-CoV-2 IgG SerPlBld Ql IA.rapid');
    expect(ANTIBODY_LOINC['94547-7']).toBe('SARS-CoV-2 IgG+IgM SerPl Ql IA');
  });
});

describe('snomedForInterpretation', () => {
  it('codes detected and not detected as the value set does', () => {
    expect(snomedForInterpretation('detected')).toEqual({
      system: 'http://snomed.info/sct',
      code: '260373001',
      display: 'Detected (qualifier value)',
    });
    expect(snomedForInterpretation('not-detected').code).toBe('260415000');
  });
});
