import { describe, expect, it } from 'vitest';
import { DEFAULT_ADMISSION_POLICY } from '../admission/policy';
import { DEFAULT_CLINIC_POLICY, validityPolicyOf, type ClinicSettings } from './settings';

const settings = (presenceMonths: number): ClinicSettings => ({
  priceList: [],
  kits: [],
  policy: { ...DEFAULT_CLINIC_POLICY, presenceMonths },
});

describe('the validity a clinic issues with', () => {
  it('is the clinic’s own months when the region allows as many', () => {
    expect(validityPolicyOf(settings(4), DEFAULT_ADMISSION_POLICY).presenceMonths).toBe(4);
  });

  it('never promises more months than the region admits', () => {
    const region = { ...DEFAULT_ADMISSION_POLICY, presenceMonths: 3 };
    expect(validityPolicyOf(settings(6), region).presenceMonths).toBe(3);
  });
});
