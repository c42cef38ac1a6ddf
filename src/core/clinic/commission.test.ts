import { describe, expect, it } from 'vitest';
import { EXAMPLE_IDS, exampleCommission } from '../records/examples';
import { clinicCommissionSchema, COMMISSION_MESSAGES, isCommissionReason } from './commission';
import { clinicSettingsSchema, DEFAULT_CLINIC_POLICY } from './settings';

/** The issues of `input` as "path: message". */
function issuesOf(input: unknown): string[] {
  const parsed = clinicCommissionSchema.safeParse(input);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the commission from the clinic’s order', () => {
  it('accepts a chair and two distinct members with the order’s number and date', () => {
    expect(issuesOf(exampleCommission())).toEqual([]);
  });

  it('needs at least two members besides the chair', () => {
    expect(issuesOf(exampleCommission({ memberIds: [EXAMPLE_IDS.commissionMember2] }))).toEqual([
      'memberIds: commission-members-too-few',
    ]);
  });

  it('names a member listed twice and the chair ticked as a member, at their places', () => {
    const { commissionMember: chair, commissionMember2: member } = EXAMPLE_IDS;
    expect(issuesOf(exampleCommission({ memberIds: [member, member, chair] }))).toEqual([
      'memberIds.1: commission-member-twice',
      'memberIds.2: commission-chair-as-member',
    ]);
  });

  it('refuses an empty order number, an impossible order date and no chair', () => {
    expect(
      issuesOf({ ...exampleCommission(), orderNumber: '  ', orderDate: '2026-02-30', chairId: '' }),
    ).toEqual([
      'orderNumber: commission-order-number-missing',
      'orderDate: commission-order-date-format',
      'chairId: commission-chair-missing',
    ]);
  });

  it('has words in Russian and English for every reason it gives', () => {
    for (const reason of Object.keys(COMMISSION_MESSAGES)) {
      expect(isCommissionReason(reason)).toBe(true);
      expect(COMMISSION_MESSAGES[reason as keyof typeof COMMISSION_MESSAGES].ru).not.toBe('');
    }
  });

  it('is optional in the clinic settings, so settings saved before issue #11 still read', () => {
    const old = { priceList: [], kits: [], policy: DEFAULT_CLINIC_POLICY };
    expect(clinicSettingsSchema.parse(old).commission).toBeUndefined();
    expect(
      clinicSettingsSchema.safeParse({ ...old, commission: { orderNumber: '1' } }).success,
    ).toBe(false);
  });

  it('keeps the certificate’s territory line as the admin typed it, trimmed and bounded', () => {
    const base = { priceList: [], kits: [], policy: DEFAULT_CLINIC_POLICY };
    const line = ' Справка действительна на территории Камчатского края ';
    expect(
      clinicSettingsSchema.parse({ ...base, certificateTerritory: line }).certificateTerritory,
    ).toBe(line.trim());
    expect(
      clinicSettingsSchema.safeParse({ ...base, certificateTerritory: 'x'.repeat(201) }).success,
    ).toBe(false);
  });
});
