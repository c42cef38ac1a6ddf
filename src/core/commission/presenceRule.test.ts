import { describe, expect, it } from 'vitest';
import type { AdmissionPolicy } from '../admission/policy';
import { DEFAULT_ADMISSION_POLICY } from '../admission/policy';
import { exampleKit } from '../clinic/examples';
import { cardClassOfKit, checkPresenceGround, presenceRefusalWords } from './presenceRule';

const igOnly = DEFAULT_ADMISSION_POLICY;

describe('whether a kit may ground a certificate of presence', () => {
  it('admits an IgG kit under the default IgG-only policy, whatever its target or method', () => {
    for (const kit of [
      exampleKit(),
      exampleKit({ target: 'N' }),
      exampleKit({ target: 'S+N', method: 'CLIA' }),
      exampleKit({ method: 'rapid', kind: 'qualitative', unit: null }),
    ]) {
      expect(checkPresenceGround(kit, igOnly)).toEqual({ ok: true, value: 'IgG' });
    }
  });

  it.each([
    ['IgM', 'IgM'],
    ['IgA', 'IgA'],
    ['total', 'total'],
    ['IgG+IgM', 'IgG+IgM'],
  ] as const)('refuses a %s kit under the default policy', (antibodyClass, cardClass) => {
    const refused = checkPresenceGround(exampleKit({ antibodyClass, target: 'N' }), igOnly);
    expect(refused).toEqual({
      ok: false,
      reason: 'presence-class-not-admitted',
      detail: `${cardClass}; admitted IgG; policy v1`,
    });
  });

  it('reads the class from the LOINC code the card carries, not from the kit’s class field', () => {
    // A rapid IgG+IgM cassette is coded as rapid total antibody (95542-7): its card says
    // "total", and that is what the verifier judges.
    const cassette = exampleKit({ antibodyClass: 'IgG+IgM', method: 'rapid' });
    expect(cardClassOfKit(cassette)).toBe('total');
    // A clinic's own LOINC choice wins: a neutralising-antibody test set on an IgG kit.
    const neutralising = exampleKit({ loinc: '95411-5' });
    expect(cardClassOfKit(neutralising)).toBe('neutralising');
    expect(checkPresenceGround(neutralising, igOnly).ok).toBe(false);
  });

  it('follows the region’s policy: a region that admits IgM lets an IgM kit through', () => {
    const withIgM: AdmissionPolicy = { ...igOnly, version: 4, admittedClasses: ['IgG', 'IgM'] };
    const igm = exampleKit({ antibodyClass: 'IgM', target: 'N' });
    expect(checkPresenceGround(igm, withIgM)).toEqual({ ok: true, value: 'IgM' });
  });

  it('says in both languages what the kit measures, what the region admits and which rules', () => {
    const igm = exampleKit({ antibodyClass: 'IgM', target: 'N' });
    const words = presenceRefusalWords(igm, { ...igOnly, version: 3 });
    expect(words.ru).toContain('определяет IgM');
    expect(words.ru).toContain('Камчатский край, версия 3');
    expect(words.ru).toContain('признают только IgG');
    expect(words.en).toContain('measures IgM');
    expect(words.en).toContain('Kamchatka Krai, version 3');
    expect(words.en).toContain('admit only IgG');
  });
});
