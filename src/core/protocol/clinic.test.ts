import { describe, expect, it } from 'vitest';
import { DEFAULT_ADMISSION_POLICY } from '../admission/policy';
import type { ClinicSettings } from '../clinic/settings';
import { DEFAULT_CLINIC_POLICY } from '../clinic/settings';
import type { KitId } from '../ids';
import { clinicDirectorySchema, removedKits, saveSettingsRequestSchema } from './clinic';

const kit = (n: number, withdrawn = false) => ({
  id: `0193a1c0-7a00-7000-8000-00000000000${String(n)}` as KitId,
  name: `Набор ${String(n)}`,
  antibodyClass: 'IgG' as const,
  target: 'S' as const,
  method: 'rapid' as const,
  kind: 'qualitative' as const,
  unit: null,
  withdrawn,
});

const test = {
  code: 'igg',
  nameRu: 'Антитела IgG',
  nameEn: 'IgG antibodies',
  priceKopecks: 95_000,
  kind: 'antibody-test' as const,
};

const good: ClinicSettings = {
  priceList: [test],
  kits: [kit(1)],
  policy: DEFAULT_CLINIC_POLICY,
};

function issuesOf(settings: unknown) {
  const parsed = saveSettingsRequestSchema.safeParse({ settings });
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('the settings an admin saves', () => {
  it('accepts a price list with a test and a kit in use', () => {
    expect(issuesOf(good)).toEqual([]);
  });

  it('names the second of two price-list items with the same code', () => {
    const settings = { ...good, priceList: [test, { ...test, nameRu: 'Другое' }] };
    expect(issuesOf(settings)).toEqual([
      { path: 'settings.priceList.1.code', message: 'price-code-duplicate' },
    ]);
  });

  it('names a kit listed twice', () => {
    expect(issuesOf({ ...good, kits: [kit(1), kit(2), kit(1)] })).toEqual([
      { path: 'settings.kits.2.id', message: 'kit-id-duplicate' },
    ]);
  });

  it('needs an antibody test to sell, not only duplicates', () => {
    const settings = { ...good, priceList: [{ ...test, kind: 'duplicate' }] };
    expect(issuesOf(settings)).toEqual([
      { path: 'settings.priceList', message: 'price-list-empty' },
    ]);
    expect(issuesOf({ ...good, priceList: [] })).toEqual([
      { path: 'settings.priceList', message: 'price-list-empty' },
    ]);
  });

  it('needs a kit in use: withdrawn kits alone cannot ground a certificate', () => {
    expect(issuesOf({ ...good, kits: [kit(1, true)] })).toEqual([
      { path: 'settings.kits', message: 'kits-none-in-use' },
    ]);
  });

  it("reports a kit's own problem at its field", () => {
    const quantitative = { ...kit(2), kind: 'quantitative', unit: 'BAU/ml' };
    expect(issuesOf({ ...good, kits: [kit(1), quantitative] })).toEqual([
      { path: 'settings.kits.1.threshold', message: 'kit-threshold-missing' },
    ]);
  });

  it('lets a test name its kits, only kits of the clinic and one of them in use', () => {
    const named = (...kitIds: KitId[]) => ({ ...test, kitIds });
    const kits = [kit(1), kit(2, true)];
    expect(issuesOf({ ...good, kits, priceList: [named(kit(1).id, kit(2).id)] })).toEqual([]);
    expect(issuesOf({ ...good, kits, priceList: [named(kit(3).id)] })).toEqual([
      { path: 'settings.priceList.0.kitIds', message: 'price-kit-unknown' },
    ]);
    expect(issuesOf({ ...good, kits, priceList: [named(kit(2).id)] })).toEqual([
      { path: 'settings.priceList.0.kitIds', message: 'price-kits-none-in-use' },
    ]);
  });

  it('finds the saved kits a new document leaves out, and only those', () => {
    const previous = { ...good, kits: [kit(1), kit(2)] };
    expect(removedKits(previous, { ...good, kits: [kit(2, true), kit(3)] })).toEqual([kit(1).id]);
    expect(removedKits(previous, { ...good, kits: [kit(1), kit(2, true)] })).toEqual([]);
  });
});

const directoryClinic = {
  id: '0193a0b0-0000-7000-8000-0000000000cc',
  code: 'PKGP3',
  nameRu: 'Поликлиника',
  nameEn: 'Polyclinic',
  address: 'Петропавловск-Камчатский',
  issuerUrl: 'https://register.serodesk.test',
  settings: good,
};

describe('the clinic directory', () => {
  it('carries the region’s admission policy as the register sends it', () => {
    const policy = {
      ...DEFAULT_ADMISSION_POLICY,
      version: 3,
      admittedClasses: ['IgG', 'total'],
      updatedAt: '2026-11-30T23:00:00.000Z',
    };
    const parsed = clinicDirectorySchema.parse({
      clinic: directoryClinic,
      staff: [],
      admissionPolicy: policy,
    });
    expect(parsed.admissionPolicy).toEqual(policy);
  });

  it('applies the default IgG-only policy when an older register sends none', () => {
    const parsed = clinicDirectorySchema.parse({ clinic: directoryClinic, staff: [] });
    expect(parsed.admissionPolicy).toEqual(DEFAULT_ADMISSION_POLICY);
    expect(parsed.admissionPolicy.admittedClasses).toEqual(['IgG']);
  });

  it('refuses a directory whose policy is malformed rather than guessing a rule', () => {
    const parsed = clinicDirectorySchema.safeParse({
      clinic: directoryClinic,
      staff: [],
      admissionPolicy: { ...DEFAULT_ADMISSION_POLICY, admittedClasses: [] },
    });
    expect(parsed.success).toBe(false);
  });

  it('reads names and roles and drops anything else the register might add', () => {
    const parsed = clinicDirectorySchema.parse({
      clinic: {
        id: '0193a0b0-0000-7000-8000-0000000000cc',
        code: 'PKGP3',
        nameRu: 'Поликлиника',
        nameEn: 'Polyclinic',
        address: 'Петропавловск-Камчатский',
        issuerUrl: 'https://register.serodesk.test',
        settings: good,
      },
      staff: [
        {
          id: '0193a0b0-0000-7000-8000-0000000000dd',
          displayName: 'Петров Андрей Викторович',
          role: 'commission',
          login: 'commission',
        },
      ],
    });
    expect(parsed.staff).toEqual([
      {
        id: '0193a0b0-0000-7000-8000-0000000000dd',
        displayName: 'Петров Андрей Викторович',
        role: 'commission',
      },
    ]);
  });
});
